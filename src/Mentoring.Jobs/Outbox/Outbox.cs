using Marten;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Delivery;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// Recording a message is appending its <see cref="MessageQueued"/> as a new stream whose id comes from the message's
/// key. Delivery (Hangfire, MailKit) happens after the commit and only ever reads what was recorded.
/// </summary>
public static class Outbox
{
    /// <summary>Stages the message in <paramref name="session"/>, to commit with whatever else the handler writes.</summary>
    public static void Stage(IDocumentSession session, OutgoingMessage message, DateTimeOffset now) =>
        session.Events.StartStream<OutboxMessage>(message.MessageId, message.Queued(session.TenantId, now) with { NotBefore = EarliestDelivery(message, now) });

    /// <summary>Everything a person can switch off also waits for the morning; account messages and safeguarding alerts do not.</summary>
    public static DateTimeOffset EarliestDelivery(OutgoingMessage message, DateTimeOffset now)
    {
        var requested = message.NotBefore is { } notBefore && notBefore > now ? notBefore : now;
        return NotificationKinds.CanOptOut(message.Kind) ? QuietHours.NextDeliveryTime(requested) : requested;
    }

    /// <summary>Records the message on its own; false when a message with the same key was recorded before (by anyone).</summary>
    public static async Task<bool> RecordAsync(IDocumentStore store, string tenantId, OutgoingMessage message, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenantId);
        if (await session.Events.FetchStreamStateAsync(message.MessageId, ct) is not null) return false;
        Stage(session, message, now);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is JasperFx.Events.ExistingStreamIdCollisionException or global::Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return false; // another node recorded it between our check and our commit
        }
    }
}
