using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
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

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>How many digests this run recorded (0 when another run got there first).</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = RigaCalendar.Today(clock);
        var recorded = 0;
        foreach (var tenant in await NgoTenantsAsync(store, ct))
        {
            var (digests, people) = await PlanAsync(store, tenant, today, ct);
            foreach (var digest in digests)
                if (await Outbox.Outbox.RecordAsync(store, tenant, DigestMail.Render(digest, people[digest.RecipientUserId]), now, ct)) recorded++;
        }
        if (recorded > 0) log.LogInformation("Reminder scan recorded {Digests} digests for {Day}", recorded, today);
        return recorded;
    }

    public static async Task<IReadOnlyList<string>> NgoTenantsAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return await registry.Query<Organisation>().Where(o => o.Kind == OrganisationKind.Ngo).Select(o => o.TenantId).ToListAsync(ct);
    }

    /// <summary>Reads one NGO's facts as narrow projections (no contact logs, no notes) and plans today's digests.</summary>
    public static async Task<(IReadOnlyList<Digest>, IReadOnlyDictionary<Guid, UserAccount>)> PlanAsync(IDocumentStore store, string tenant, DateOnly today,
        CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var rules = await session.LoadAsync<ReminderRules>(ReminderRules.RulesId, ct) ?? ReminderRules.Default;
        var matches = (await session.Query<Match>()
                .Where(m => m.Stage == MatchStage.Proposed || m.Stage == MatchStage.Active || m.Stage == MatchStage.Paused)
                .Select(m => new { m.Id, m.MentorId, m.ClientId, m.Stage, m.MentorAccepted, m.ActiveFrom, m.LastContactAt, m.ProposedAt })
                .ToListAsync(ct))
            .Select(m => new MatchFacts(m.Id, m.MentorId, m.ClientId, m.Stage, m.MentorAccepted, m.ActiveFrom, m.LastContactAt, m.ProposedAt)).ToList();
        var clients = (await session.Query<Client>().Where(c => c.Stage != ClientStage.Closed)
                .Select(c => new { c.Id, c.Person.Name, c.ExpectedReleaseDate, c.ReleasedOn, c.Goals }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new ClientFacts(c.Id, c.Name, c.ReleasedOn ?? c.ExpectedReleaseDate, c.Goals));
        var mentors = (await session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved)
                .Select(m => new { m.Id, m.Profile.Name, m.BackgroundCheckExpiresOn }).ToListAsync(ct))
            .ToDictionary(m => m.Id, m => new MentorFacts(m.Id, m.Name, m.BackgroundCheckExpiresOn));
        var users = (await session.Query<UserAccount>().ToListAsync(ct)).Where(u => u.IsActive).ToDictionary(u => u.Id);
        var recipients = users.Values.Select(u => new Recipient(u.Id, u.MentorId, u.Roles.Contains(Role.Coordinator), u.Muted)).ToList();
        return (ReminderPlanner.Plan(today, rules, matches, clients, mentors, recipients), users);
    }
}
