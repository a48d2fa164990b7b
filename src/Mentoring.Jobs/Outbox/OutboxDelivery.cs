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
        // The server has the message. From here a failure must not lead to sending it again: were this to throw, Hangfire
        // would retry and the recipient get a second copy. A database restart or a dropped connection takes seconds, so
        // recording is tried again in a fresh session (Kill -9 in this window remains: a copy under the same Message-Id).
        session.Events.Append(messageId, new MessageSent(messageId, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Message {MessageId} ({Kind}) was accepted by the server but recording it failed ({Error}); recording again", messageId,
                message.Kind, ex.GetType().Name);
            await RecordSentAgainAsync(tenantId, messageId, ct);
        }
        log.LogInformation("Message {MessageId} ({Kind}) sent", messageId, message.Kind);
    }

    /// <summary>Waits before each further attempt to record a message the server accepted: about half a minute in all.</summary>
    public static readonly TimeSpan[] RecordAgainAfter = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4),
        TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16)];

    private async Task RecordSentAgainAsync(string tenantId, Guid messageId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await Task.Delay(RecordAgainAfter[attempt], clock, ct);
            try
            {
                // Under the message's lock again: a copy of this job that came in between finds it sent, or has sent it.
                await using var session = store.LightweightSession(tenantId);
                await session.BeginTransactionAsync(ct);
                await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", ct, LockKey(messageId));
                var message = await session.LoadAsync<OutboxMessage>(messageId, ct);
                if (message is null || message.SentAt is not null) return;
                session.Events.Append(messageId, new MessageSent(messageId, clock.GetUtcNow()));
                await session.SaveChangesAsync(ct);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RecordAgainAfter.Length - 1)
            {
                log.LogWarning("Recording message {MessageId} as sent failed again ({Error})", messageId, ex.GetType().Name);
            }
        }
    }

    internal static long LockKey(Guid messageId) => BitConverter.ToInt64(messageId.ToByteArray(), 0);
}
