using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Transfers;
using Mentoring.Jobs.Erasure;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Retention;

/// <summary>What one night's retention did.</summary>
public sealed record RetentionReport(int ClosedCasesErased, int DormantCasesClosed, int RejectedMentorsErased, int WithdrawnMentorsErased,
    int UnconfirmedApplicationsErased, int MessagesDeleted, int AuditRecordsDeleted)
{
    /// <summary>Declined referrals and declined or withdrawn transfers whose details were masked.</summary>
    public int DeclinedPackagesMasked { get; init; }
}

/// <summary>
/// The retention rules (<see cref="RetentionOptions"/>), applied nightly. People are erased through the erasure job
/// (<see cref="ErasureJob"/>: recorded, resumable, in the register, audited as done by the system); a dormant case is
/// closed, after which the closed-case period runs; old messages and audit records are deleted. Safe to run twice or on
/// two nodes: what a rule has done no longer matches it, and an erasure is requested once per person.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IDocumentStore store, ErasureJob erasure, TimeProvider clock, JobsOptions options, ILogger<RetentionJob> log) : IJob
{
    public static readonly JobKey Key = new("retention", "mentoring");
    private const int Batch = 500;

    private RetentionOptions Rules => options.Retention;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        int closedErased = 0, dormant = 0, rejected = 0, withdrawn = 0, packages = 0;
        foreach (var tenant in await ReminderScan.NgoTenantsAsync(store, ct))
        {
            // Dormant cases first: one closed tonight waits for the closed-case period like any other.
            if (Rules.DormantCaseMonths > 0) dormant += await CloseDormantCasesAsync(tenant, now, ct);
            if (Rules.DeclinedPackageDays > 0) packages += await MaskDeclinedPackagesAsync(tenant, now, ct);
            if (Rules.ClosedCaseYears > 0)
            {
                var cutoff = now.AddYears(-Rules.ClosedCaseYears);
                closedErased += await EraseAsync(tenant, RetentionRule.ClosedCase, s => s.Query<Client>()
                    .Where(c => c.Stage == ClientStage.Closed && c.LastChangedAt < cutoff && c.Person.Name != PersonalDataMasking.Erased).Select(c => c.Id), now, ct);
            }
            if (Rules.RejectedMentorMonths > 0)
            {
                var cutoff = now.AddMonths(-Rules.RejectedMentorMonths);
                rejected += await EraseAsync(tenant, RetentionRule.RejectedMentor, s => s.Query<Mentor>()
                    .Where(m => m.Stage == MentorStage.Rejected && m.LastChangedAt < cutoff && m.Profile.Name != PersonalDataMasking.Erased).Select(m => m.Id), now, ct);
            }
            if (Rules.WithdrawnMentorMonths > 0)
            {
                var cutoff = now.AddMonths(-Rules.WithdrawnMentorMonths);
                withdrawn += await EraseAsync(tenant, RetentionRule.WithdrawnMentor, s => s.Query<Mentor>()
                    .Where(m => m.Stage == MentorStage.Withdrawn && m.LastChangedAt < cutoff && m.Profile.Name != PersonalDataMasking.Erased).Select(m => m.Id), now, ct);
            }
        }
        var report = new RetentionReport(closedErased, dormant, rejected, withdrawn, await EraseUnconfirmedApplicationsAsync(now, ct),
            Rules.OutboxDays > 0 ? await DeleteMessagesAsync(now.AddDays(-Rules.OutboxDays), ct) : 0,
            Rules.AuditYears > 0 ? await DeleteAuditRecordsAsync(now.AddYears(-Rules.AuditYears), ct) : 0) { DeclinedPackagesMasked = packages };
        if (report != new RetentionReport(0, 0, 0, 0, 0, 0, 0)) log.LogInformation("Retention: {Report}", report);
        return report;
    }

    /// <summary>
    /// Each person the rule finds is erased through the erasure job, one at a time; one that fails is left to the erasure
    /// sweep (its request is recorded) and the night goes on. Returns how many erasures finished.
    /// </summary>
    private async Task<int> EraseAsync(string tenant, RetentionRule rule, Func<IQuerySession, IQueryable<Guid>> due, DateTimeOffset now, CancellationToken ct)
    {
        List<Guid> people;
        await using (var session = store.QuerySession(tenant)) people = [.. await due(session).Take(Batch).ToListAsync(ct)];
        var erased = 0;
        foreach (var id in people)
        {
            ErasureSubject? subject;
            await using (var session = store.QuerySession(tenant)) subject = await Domain.Privacy.Erasure.FindAsync(session, id, ct);
            if (subject is null) continue;
            var audit = new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, id, ErasureJob.SystemUser, [], AuditPurposes.Retention(rule), now);
            var requested = await ErasureJob.RequestAsync(store, tenant, subject, ErasureSource.Retention, audit, ct);
            try
            {
                if ((await erasure.RunAsync(tenant, requested.Result.StreamId, ct))?.CompletedAt is not null) erased++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Retention ({Rule}): erasure {RequestId} stopped ({Error}); the erasure sweep takes it up", rule, requested.Result.StreamId, ex.GetType().Name);
            }
        }
        return erased;
    }

    /// <summary>
    /// A referral this NGO declined, and a transfer it declined or its sender withdrew, hold a person this NGO never took on:
    /// after <see cref="RetentionOptions.DeclinedPackageDays"/> their details are masked in the events, the NGO's copy and the
    /// sender's status copy are folded again, and the NGO's audit trail records it as done by the system under the rule.
    /// What was masked no longer matches, so a second run changes nothing.
    /// </summary>
    private async Task<int> MaskDeclinedPackagesAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-Rules.DeclinedPackageDays);
        List<Guid> referrals, transfers;
        await using (var session = store.QuerySession(tenant))
        {
            referrals = [.. await session.Query<Referral>()
                .Where(r => r.Status == ReferralStatus.Declined && r.LastChangedAt < cutoff && r.Details.Person.Name != PersonalDataMasking.Erased)
                .Select(r => r.Id).Take(Batch).ToListAsync(ct)];
            transfers = [.. await session.Query<Transfer>()
                .Where(t => (t.Status == TransferStatus.Declined || t.Status == TransferStatus.Withdrawn) && t.LastChangedAt < cutoff
                            && t.Package.Person.Name != PersonalDataMasking.Erased)
                .Select(t => t.Id).Take(Batch).ToListAsync(ct)];
        }
        if (referrals.Count + transfers.Count == 0) return 0;
        await Domain.Privacy.Erasure.MaskStreamsAsync(store, tenant, [.. referrals, .. transfers], ct);
        await using (var session = store.LightweightSession(tenant))
        {
            AuditRecord Audit(string kind, Guid id) =>
                new(Guid.CreateVersion7(), AuditAction.PersonErased, kind, id, ErasureJob.SystemUser, [], AuditPurposes.Retention(RetentionRule.DeclinedPackage), now);
            foreach (var id in referrals)
            {
                var referral = (await session.Events.AggregateStreamAsync<Referral>(id, token: ct))!;
                session.Store(referral);
                session.ForTenant(referral.Sender.TenantId).Store(SentReferral.Of(referral));
                session.Insert(Audit("referral", id));
            }
            foreach (var id in transfers)
            {
                var transfer = (await session.Events.AggregateStreamAsync<Transfer>(id, token: ct))!;
                session.Store(transfer);
                session.ForTenant(transfer.Sender.TenantId).Store(SentTransfer.Of(transfer));
                session.Insert(Audit("transfer", id));
            }
            await session.SaveChangesAsync(ct);
        }
        return referrals.Count + transfers.Count;
    }

    /// <summary>
    /// An open case is dormant when nothing was recorded on it or on its matches (meetings and failed attempts included)
    /// for <see cref="RetentionOptions.DormantCaseMonths"/>, and its release date is as long past. It is closed as NO_CONTACT
    /// by the system; the case stays readable (and can be reopened) until the closed-case period ends.
    /// </summary>
    private async Task<int> CloseDormantCasesAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddMonths(-Rules.DormantCaseMonths);
        var cutoffDay = RigaCalendar.Day(cutoff);
        List<Guid> dormant;
        await using (var session = store.QuerySession(tenant))
        {
            var quiet = (await session.Query<Client>().Where(c => c.Stage != ClientStage.Closed && c.LastChangedAt < cutoff)
                    .Select(c => new { c.Id, c.ReleasedOn, c.ExpectedReleaseDate }).Take(Batch).ToListAsync(ct))
                .Where(c => (c.ReleasedOn ?? c.ExpectedReleaseDate) < cutoffDay).Select(c => c.Id).ToArray();
            if (quiet.Length == 0) return 0;
            var matches = await session.Query<Match>().Where(m => m.ClientId.IsOneOf(quiet)).Select(m => new { m.Id, m.ClientId, m.LastChangedAt }).ToListAsync(ct);
            var matchIds = matches.Select(m => m.Id).ToArray();
            var contacts = await ContactLogQueries.LastContactAtAsync(session, matchIds, ct);
            var attempts = matchIds.Length == 0 ? [] : await session.Query<ContactAttemptRecord>().Where(a => a.MatchId.IsOneOf(matchIds) && a.RecordedAt >= cutoff)
                .Select(a => a.MatchId).ToListAsync(ct);
            var active = matches.Where(m => m.LastChangedAt >= cutoff || contacts.GetValueOrDefault(m.Id) >= cutoff || attempts.Contains(m.Id))
                .Select(m => m.ClientId).ToHashSet();
            dormant = [.. quiet.Where(id => !active.Contains(id))];
        }
        var closed = 0;
        var actor = new Actor(ErasureJob.SystemUser, now, RigaCalendar.Day(now));
        foreach (var id in dormant)
        {
            await using var session = store.LightweightSession(tenant);
            var written = await StreamWrites.Handle<Client>(session, id, null,
                c => ClientDecider.Decide(new CloseCase(CaseClosureReason.NoContact, null, actor), c), ClientDecider.Evolve, ct);
            if (written.Succeeded) closed++;
        }
        return closed;
    }

    /// <summary>
    /// Messages sent, cancelled or dead-lettered longer ago than <see cref="RetentionOptions.OutboxDays"/> go: their events
    /// and the document folded from them, every organisation's. The stream goes first, so a run that dies in between finds
    /// the document again and finishes. Keys are per day, match or period, so a deleted message is never recorded again.
    /// </summary>
    private async Task<int> DeleteMessagesAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var deleted = 0;
        while (true)
        {
            List<OutboxMessage> old;
            await using (var session = store.QuerySession())
                old = [.. await session.Query<OutboxMessage>()
                    .Where(m => m.AnyTenant() && (m.SentAt < cutoff || m.CancelledAt < cutoff || (m.SentAt == null && m.CancelledAt == null && m.DeadLetteredAt < cutoff)))
                    .Take(Batch).ToListAsync(ct)];
            if (old.Count == 0) return deleted;
            foreach (var tenant in old.GroupBy(m => m.OwnerTenant))
            {
                foreach (var message in tenant) await store.Advanced.Clean.DeleteSingleEventStreamAsync(message.Id, tenant.Key, ct);
                await using var session = store.LightweightSession(tenant.Key);
                foreach (var message in tenant) session.Delete<OutboxMessage>(message.Id);
                await session.SaveChangesAsync(ct);
            }
            deleted += old.Count;
        }
    }

    /// <summary>Audit records older than <see cref="RetentionOptions.AuditYears"/>, every organisation's (platform and municipalities too).</summary>
    private async Task<int> DeleteAuditRecordsAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var count = await session.Query<AuditRecord>().Where(a => a.AnyTenant() && a.At < cutoff).CountAsync(ct);
        if (count == 0) return 0;
        session.DeleteWhere<AuditRecord>(a => a.AnyTenant() && a.At < cutoff);
        await session.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>
    /// An application from the public form that nobody confirmed may name someone who never applied: once its link has
    /// expired, its profile is masked like an erasure (only the dates stay). Returns how many were erased.
    /// </summary>
    public async Task<int> EraseUnconfirmedApplicationsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var erased = 0;
        foreach (var tenant in await ReminderScan.NgoTenantsAsync(store, ct))
        {
            List<Guid> due;
            await using (var session = store.QuerySession(tenant))
            {
                var expired = await session.Events.QueryRawEventDataOnly<MentorApplicationAwaitingConfirmation>()
                    .Where(e => e.ExpiresAt < now && e.Profile.Name != PersonalDataMasking.Erased).Select(e => e.ApplicationId).Take(Batch).ToListAsync(ct);
                if (expired.Count == 0) continue;
                var confirmed = (await session.Events.QueryRawEventDataOnly<MentorApplicationConfirmed>()
                    .Where(e => e.ApplicationId.IsOneOf(expired.ToArray())).Select(e => e.ApplicationId).ToListAsync(ct)).ToHashSet();
                due = expired.Where(id => !confirmed.Contains(id)).ToList();
            }
            await Domain.Privacy.Erasure.MaskStreamsAsync(store, tenant, due, ct);
            erased += due.Count;
        }
        return erased;
    }
}
