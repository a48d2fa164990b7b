using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Api.Outcomes;

/// <summary>
/// A resend is for a lost e-mail, not a way to fill a municipality's mailbox: one period's summary goes to one recipient
/// at most <c>Mentoring:OutcomeResendsPerDay</c> times (default 3) a Riga day. The count is of the resend messages
/// recorded in the outbox, taken under an advisory lock on the (contract, period) that is held until the new issue has
/// committed: concurrent requests and other nodes count each other's resends, and no counter lives in any one process.
/// </summary>
public static class OutcomeResends
{
    public const string LimitReached = "RESEND_LIMIT";
    public const int DefaultPerDay = 3;

    public static int PerDay(IServiceProvider? services) =>
        services?.GetService<IConfiguration>()?.GetValue("Mentoring:OutcomeResendsPerDay", DefaultPerDay) ?? DefaultPerDay;

    /// <summary>Runs <paramref name="resend"/> unless a recipient has had <paramref name="perDay"/> resends of the period today.</summary>
    public static async Task<WriteResult> WithinLimitAsync(IDocumentStore store, OutcomeTarget target, IReadOnlyCollection<string> recipients, int perDay,
        TimeProvider clock, Func<Task<WriteResult>> resend, CancellationToken ct)
    {
        var streamId = OutcomeSummaryIssues.StreamId(target.Contract.Id, target.Period.Name);
        await using var guard = store.LightweightSession(target.TenantId);
        await guard.BeginTransactionAsync(ct);
        await guard.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtext(?))) as locked", ct, $"outcome-resend:{streamId}");

        var sent = await SentTodayAsync(guard, streamId, clock, ct);
        if (recipients.FirstOrDefault(r => sent.GetValueOrDefault(r) >= perDay) is { } full)
            return new WriteResult(streamId, 0, [new UserError(LimitReached,
                $"The summary for {target.Period.Name} was resent to {full} {perDay} times today; it can be resent again tomorrow.", "recipient")]);
        return await resend(); // its own session and transaction; the lock is released when the guard is disposed, after it
    }

    /// <summary>Resend messages recorded today (Riga) for the period, by recipient.</summary>
    public static async Task<Dictionary<string, int>> SentTodayAsync(IQuerySession session, Guid streamId, TimeProvider clock, CancellationToken ct)
    {
        var issues = await session.LoadAsync<OutcomeSummaryIssues>(streamId, ct);
        var since = RigaCalendar.At(RigaCalendar.Today(clock), TimeOnly.MinValue);
        var ids = issues?.Issues.Where(i => i.Reason == IssueReason.Resend && i.At >= since).SelectMany(i => i.MessageIds).ToArray() ?? [];
        if (ids.Length == 0) return [];
        var messages = await session.LoadManyAsync<OutboxMessage>(ct, ids);
        return messages.GroupBy(m => m.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
