using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Privacy;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Retention;

/// <summary>
/// Retention: a case closed longer than the retention period (default 5 years, Mentoring:Jobs:RetentionYears) is
/// anonymised the way an administrator's erasure is — names, contacts and notes masked, dates and counts kept —
/// and the erasure is recorded in the audit trail as done by the system. Safe to run twice or on two nodes:
/// an erased case no longer matches the query, and masking an erased event changes nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IDocumentStore store, TimeProvider clock, JobsOptions options, ILogger<RetentionJob> log) : IJob
{
    public static readonly JobKey Key = new("retention", "mentoring");

    /// <summary>Who the audit trail names for the job's erasures.</summary>
    public static readonly Guid SystemUser = Guid.Empty;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>How many cases this run anonymised.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddYears(-options.RetentionYears);
        var erased = 0;
        foreach (var tenant in await ReminderScan.NgoTenantsAsync(store, ct))
        {
            List<Guid> due;
            await using (var session = store.QuerySession(tenant))
            {
                // LastChangedAt of a closed case is when it was closed (or last touched since): the period runs from there.
                due = (await session.Query<Client>()
                    .Where(c => c.Stage == ClientStage.Closed && c.LastChangedAt < cutoff && c.Person.Name != PersonalDataMasking.Erased)
                    .Select(c => c.Id).Take(500).ToListAsync(ct)).ToList();
            }
            foreach (var id in due)
            {
                ErasureSubject? subject;
                await using (var session = store.QuerySession(tenant)) subject = await Erasure.FindAsync(session, id, ct);
                if (subject is null) continue;
                var record = new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, id, SystemUser, ["System"],
                    $"retention: closed more than {options.RetentionYears} years ago", now);
                await Erasure.EraseAsync(store, tenant, subject, record, ct);
                erased++;
            }
        }
        if (erased > 0) log.LogInformation("Retention anonymised {Cases} closed cases", erased);
        var unconfirmed = await EraseUnconfirmedApplicationsAsync(now, ct);
        if (unconfirmed > 0) log.LogInformation("Retention erased {Applications} unconfirmed applications", unconfirmed);
        return erased;
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
                var expired = await session.Events.QueryRawEventDataOnly<Domain.Mentors.MentorApplicationAwaitingConfirmation>()
                    .Where(e => e.ExpiresAt < now && e.Profile.Name != PersonalDataMasking.Erased).Select(e => e.ApplicationId).Take(500).ToListAsync(ct);
                if (expired.Count == 0) continue;
                var confirmed = (await session.Events.QueryRawEventDataOnly<Domain.Mentors.MentorApplicationConfirmed>()
                    .Where(e => e.ApplicationId.IsOneOf(expired.ToArray())).Select(e => e.ApplicationId).ToListAsync(ct)).ToHashSet();
                due = expired.Where(id => !confirmed.Contains(id)).ToList();
            }
            foreach (var id in due)
            {
                await store.Advanced.ApplyEventDataMasking(x =>
                {
                    x.IncludeStream(id);
                    x.ForTenant(tenant);
                }, ct);
                erased++;
            }
        }
        return erased;
    }
}
