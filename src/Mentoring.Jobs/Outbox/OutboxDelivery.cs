using Hangfire;
using Marten;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// The Hangfire job that sends one recorded message. Any number of copies of this job may run for one message (a
/// retry, the sweep, a second node): a transaction-scoped advisory lock on the message id lets one in at a time,
/// and whoever comes second finds <see cref="OutboxMessage.SentAt"/> set and does nothing. A message the server refuses
/// for good <see cref="JobsOptions.DeadLetterAfter"/> times becomes a dead letter: no more attempts, and an admin sees
/// it with its reason, to retry or cancel it.
/// </summary>
public sealed class OutboxDelivery(IDocumentStore store, SmtpMailer mailer, TimeProvider clock, JobsOptions options, ILogger<OutboxDelivery> log)
{
    // Hangfire's own back-off between attempts (seconds to hours); the sweep picks up whatever it gives up on. Hangfire's
    // own log line would quote the server's refusal, which may quote the address: the warning below names only the code.
    [AutomaticRetry(Attempts = 12, OnAttemptsExceeded = AttemptsExceededAction.Delete, LogEvents = false)]
    public async Task DeliverAsync(string tenantId, Guid messageId, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenantId);
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", ct, LockKey(messageId));
        var message = await session.LoadAsync<OutboxMessage>(messageId, ct);
        if (message is null || !message.Pending) return;
        if (message.NotBefore > clock.GetUtcNow()) return; // early (clock skew): the sweep hands it over again when due

        try
        {
            await mailer.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var (code, permanent) = DeliveryFailure.Classify(ex);
            var events = OutboxDecisions.Failed(message, code, permanent, clock.GetUtcNow(), options.DeadLetterAfter);
            session.Events.Append(messageId, events);
            await session.SaveChangesAsync(ct);
            // Only the code and the error's type: the server's words may carry the address.
            if (events.OfType<MessageDeadLettered>().Any())
            {
                log.LogError("Message {MessageId} ({Kind}) dead-lettered after {Refusals} permanent refusals ({Code}, {Error})", messageId, message.Kind,
                    options.DeadLetterAfter, code, ex.GetType().Name);
                return; // no more attempts: an admin retries or cancels it
            }
            log.LogWarning("Message {MessageId} ({Kind}) not delivered: {Code} ({Error}); it waits for the next attempt", messageId, message.Kind, code, ex.GetType().Name);
            throw; // Hangfire retries with back-off
        }
        session.Events.Append(messageId, new MessageSent(messageId, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        log.LogInformation("Message {MessageId} ({Kind}) sent", messageId, message.Kind);
    }

    internal static long LockKey(Guid messageId) => BitConverter.ToInt64(messageId.ToByteArray(), 0);
}
