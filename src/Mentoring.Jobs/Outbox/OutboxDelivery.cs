using Hangfire;
using Marten;
using Mentoring.Domain.Messages;
using Microsoft.Extensions.Logging;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// The Hangfire job that sends one recorded message. Any number of copies of this job may run for one message (a
/// retry, the sweep, a second node): a transaction-scoped advisory lock on the message id lets one in at a time,
/// and whoever comes second finds <see cref="OutboxMessage.SentAt"/> set and does nothing.
/// </summary>
public sealed class OutboxDelivery(IDocumentStore store, SmtpMailer mailer, TimeProvider clock, ILogger<OutboxDelivery> log)
{
    // Hangfire's own back-off between attempts (seconds to hours); the sweep picks up whatever it gives up on.
    [AutomaticRetry(Attempts = 12, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task DeliverAsync(string tenantId, Guid messageId, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenantId);
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", ct, LockKey(messageId));
        var message = await session.LoadAsync<OutboxMessage>(messageId, ct);
        if (message is null || message.SentAt is not null) return;
        if (message.NotBefore > clock.GetUtcNow()) return; // early (clock skew): the sweep hands it over again when due

        try
        {
            await mailer.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only the error's type: its message may carry the address.
            log.LogWarning("Message {MessageId} ({Kind}) not delivered: {Error}; it waits for the next attempt", messageId, message.Kind, ex.GetType().Name);
            session.Events.Append(messageId, new MessageDeliveryFailed(messageId, ex.GetType().Name, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
            throw; // Hangfire retries with back-off
        }
        session.Events.Append(messageId, new MessageSent(messageId, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        log.LogInformation("Message {MessageId} ({Kind}) sent", messageId, message.Kind);
    }

    internal static long LockKey(Guid messageId) => BitConverter.ToInt64(messageId.ToByteArray(), 0);
}
