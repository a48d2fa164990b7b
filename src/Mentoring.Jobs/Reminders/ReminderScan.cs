using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Reminders;

/// <summary>
/// Quartz fires this on every node's schedule; it plans each NGO's digests for today (<see cref="ReminderPlanner"/>) and
/// records each in the outbox under its person-and-day key. Running it twice, or on two nodes at once, records nothing
/// new the second time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReminderScan(IDocumentStore store, TimeProvider clock, ILogger<ReminderScan> log) : IJob
{
    public static readonly JobKey Key = new("reminder-scan", "mentoring");
    private sealed record AttemptAt(Guid MatchId, DateTimeOffset At);

    /// <summary>How far back the scan reads failed attempts to meet.</summary>
    public const int AttemptsLookBackDays = 60;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>How many digests this run recorded (0 when another run got there first).</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = RigaCalendar.Today(clock);
        var recorded = 0;
        var escalated = 0;
        foreach (var tenant in await NgoTenantsAsync(store, ct))
        {
            try
            {
                await HoldLapsedAsync(store, tenant, now, today, ct);
            }
            catch (JasperFx.ConcurrencyException)
            {
                log.LogWarning("Lapsed-mentor holds met a concurrent change; the next scan holds them");
            }
            var (digests, people, escalations) = await PlanAsync(store, tenant, today, ct);
            foreach (var digest in digests)
                if (await Outbox.Outbox.RecordAsync(store, tenant, DigestMail.Render(digest, people[digest.RecipientUserId]), now, ct)) recorded++;
            escalated += await EscalateAsync(store, tenant, escalations, people.Values, now, ct);
        }
        if (recorded > 0) log.LogInformation("Reminder scan recorded {Digests} digests for {Day}", recorded, today);
        if (escalated > 0) log.LogInformation("Reminder scan escalated {Escalations} overdue staff check-ins", escalated);
        return recorded;
    }

    /// <summary>
    /// A lapse of vetting needs no event (the clock makes it), so the scan notices it: an approved mentor whose background
    /// check or refresher has run out has their open matches put on hold, what was shared taken back, their tokens
    /// revoked and their sessions ended — as a suspension does. A mentor already held holds nothing twice.
    /// </summary>
    public static async Task<int> HoldLapsedAsync(IDocumentStore store, string tenant, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var policy = await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;
        var approved = await session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved).ToListAsync(ct);
        var lapsed = approved.Where(m => m.HasLapsed(today, policy)).Select(m => m.Id).ToHashSet();
        if (lapsed.Count == 0) return 0;
        var holding = await session.Query<Match>()
            .Where(m => m.MentorId.IsOneOf(lapsed.ToArray()) && (m.Stage == MatchStage.Proposed || m.Stage == MatchStage.Active || m.RiskFlagsShared))
            .Select(m => m.MentorId).ToListAsync(ct);
        var held = 0;
        foreach (var mentorId in holding.Distinct())
        {
            var hold = await StandingHold.ForMentorAsync(session, mentorId, ct);
            held += hold.Stage(session, PauseReason.MentorLapsed, new Actor(Guid.Empty, now, today));
        }
        await session.SaveChangesAsync(ct);
        return held;
    }

    public static async Task<IReadOnlyList<string>> NgoTenantsAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return await registry.Query<Organisation>().Where(o => o.Kind == OrganisationKind.Ngo).Select(o => o.TenantId).ToListAsync(ct);
    }

    /// <summary>Reads one NGO's facts as narrow projections (no contact logs, no notes) and plans today's digests.</summary>
    /// <summary>
    /// Overdue staff check-ins go to each of the NGO's admins once: the message's key names the match, the side, the due date
    /// and the admin, so a later scan (or another node) finds it recorded. Only keys not recorded yet are written.
    /// </summary>
    public static async Task<int> EscalateAsync(IDocumentStore store, string tenant, IReadOnlyList<CheckInEscalation> escalations,
        IEnumerable<UserAccount> people, DateTimeOffset now, CancellationToken ct)
    {
        var admins = people.Where(u => u.Roles.Contains(Role.OrgAdmin)).ToList();
        var messages = escalations.SelectMany(e => admins.Select(a => MonitoringMail.Escalation(e, a))).ToList();
        if (messages.Count == 0) return 0;
        await using var session = store.QuerySession(tenant);
        var recordedBefore = (await session.LoadManyAsync<OutboxMessage>(ct, messages.Select(m => m.MessageId))).Select(m => m.Id).ToHashSet();
        var recorded = 0;
        foreach (var message in messages.Where(m => !recordedBefore.Contains(m.MessageId)))
            if (await Outbox.Outbox.RecordAsync(store, tenant, message, now, ct)) recorded++;
        return recorded;
    }

    public static async Task<(IReadOnlyList<Digest>, IReadOnlyDictionary<Guid, UserAccount>, IReadOnlyList<CheckInEscalation>)> PlanAsync(IDocumentStore store,
        string tenant, DateOnly today, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var rules = await session.LoadAsync<ReminderRules>(ReminderRules.RulesId, ct) ?? ReminderRules.Default;
        var open = await session.Query<Match>()
            .Where(m => m.Stage.IsOneOf(Match.OpenStages))
            .Select(m => new { m.Id, m.MentorId, m.ClientId, m.Stage, m.MentorAccepted, m.ActiveFrom, m.ProposedAt })
            .ToListAsync(ct);
        var lastContacts = await ContactLogQueries.LastContactAtAsync(session, open.Select(m => m.Id).ToList(), ct);
        // Failed attempts of the last weeks only: older ones cannot make a line today (the planner counts those since the last meeting).
        var attemptsFrom = new DateTimeOffset(today.AddDays(-AttemptsLookBackDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var openIds = open.Select(m => m.Id).ToArray();
        var attempts = (openIds.Length == 0 ? [] : await session.Query<ContactAttemptRecord>()
                .Where(a => a.MatchId.IsOneOf(openIds) && a.AttemptedAt >= attemptsFrom).Select(a => new AttemptAt(a.MatchId, a.AttemptedAt)).ToListAsync(ct))
            .ToLookup(a => a.MatchId, a => a.At);
        var matches = open.Select(m => new MatchFacts(m.Id, m.MentorId, m.ClientId, m.Stage, m.MentorAccepted, m.ActiveFrom,
            lastContacts.TryGetValue(m.Id, out var last) ? last : null, m.ProposedAt) { FailedAttempts = attempts[m.Id].ToList() }).ToList();
        var clients = (await session.Query<Client>().Where(c => c.Stage != ClientStage.Closed)
                .Select(c => new { c.Id, c.Person.Name, c.ExpectedReleaseDate, c.ReleasedOn, c.Goals, c.ConsentWithdrawn, c.Documents, c.Refusals })
                .ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new ClientFacts(c.Id, c.Name, c.ReleasedOn ?? c.ExpectedReleaseDate, c.Goals)
            {
                Frozen = c.ConsentWithdrawn, Documents = [.. c.Documents.Select(d => d.Kind)], OpenRefusals = [.. c.Refusals.Where(r => r.IsOpen)],
            });
        var vetting = await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;
        var catalogue = await session.LoadAsync<TrainingCatalogue>(TrainingCatalogue.CatalogueId, ct) ?? TrainingCatalogue.Default;
        var mentors = (await session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved)
                .Select(m => new { m.Id, m.Profile.Name, m.BackgroundCheckExpiresOn, m.Stage, m.LastSupervisionOn, m.ApprovedAt, m.SupervisorUserId, m.Training })
                .ToListAsync(ct))
            .ToDictionary(m => m.Id, m => new MentorFacts(m.Id, m.Name, m.BackgroundCheckExpiresOn)
            {
                SupervisionDueOn = SupervisionDecider.Standing(m.Stage, m.LastSupervisionOn, m.ApprovedAt, vetting.SupervisionEveryMonths, today).DueOn,
                SupervisorUserId = m.SupervisorUserId,
                Refreshers = [.. TrainingDecider.Refreshers(m.Training, catalogue, today).Select(r => (r.Name, r.ExpiresOn))],
            });
        var users = (await session.Query<UserAccount>().ToListAsync(ct)).Where(u => u.IsActive).ToDictionary(u => u.Id);
        var recipients = users.Values.Select(u => new Recipient(u.Id, u.MentorId, u.Roles.Contains(Role.Coordinator), u.Muted)).ToList();
        // Staff monitoring of the active matches: the check-in policy and each match's monitoring stream, read by id.
        var policy = await session.LoadAsync<CheckInPolicy>(CheckInPolicy.PolicyId, ct) ?? CheckInPolicy.Default;
        var active = open.Where(m => m.Stage == MatchStage.Active && m.ActiveFrom is not null && clients.TryGetValue(m.ClientId, out var c) && !c.Frozen).ToList();
        var monitoring = active.Count == 0 ? [] : (await session.LoadManyAsync<MatchMonitoring>(ct, active.Select(m => MatchMonitoring.StreamOf(m.Id))))
            .ToDictionary(m => m.MatchId);
        var monitored = active.Select(m => new MonitoredMatchFacts(m.Id, m.MentorId, m.ClientId, clients[m.ClientId].Name,
            mentors.TryGetValue(m.MentorId, out var mentor) ? mentor.Name : "", m.ActiveFrom!.Value, monitoring.GetValueOrDefault(m.Id))).ToList();
        var monitoringPlan = MonitoringPlanner.Plan(today, policy, monitored, recipients);
        var digests = ReminderPlanner.Plan(today, rules, matches, clients, mentors, recipients, monitoringPlan.Lines);
        return (digests, users, monitoringPlan.Escalations);
    }
}
