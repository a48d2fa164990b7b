using BenchmarkDotNet.Attributes;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Reminders;

namespace Mentoring.Bench.Jobs;

/// <summary>
/// The reminder scan's planning over an NGO's active matches (all rules, digests grouped per person) against the
/// least any scan must do: compute each match's next due date. Both over the same generated matches.
/// </summary>
[MemoryDiagnoser]
public class ReminderScanBenchmarks
{
    private static readonly DateOnly Today = new(2026, 12, 8);
    private List<MatchFacts> _matches = [];
    private Dictionary<Guid, ClientFacts> _clients = [];
    private Dictionary<Guid, MentorFacts> _mentors = [];
    private List<Recipient> _recipients = [];
    private List<MonitoredMatchFacts> _monitored = [];

    [Params(10_000, 100_000)]
    public int ActiveMatches { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var coordinators = Enumerable.Range(0, 20).Select(_ => new Recipient(Guid.NewGuid(), null, true, [])).ToList();
        // Issue 21: every mentor owes supervision on some day of the next months, half have a named supervisor, and each holds
        // one or two refresher modules expiring within the next year and a half (the planner's own lines per mentor, O(refreshers)).
        var mentors = Enumerable.Range(0, ActiveMatches / 2).Select(i => new MentorFacts(Guid.NewGuid(), "Mentor", Today.AddDays(random.Next(0, 400)))
        {
            SupervisionDueOn = Today.AddDays(random.Next(-30, 70)),
            SupervisorUserId = i % 2 == 0 ? coordinators[i % coordinators.Count].UserId : null,
            Refreshers = [.. Enumerable.Range(0, 1 + i % 2).Select(k => ($"Refresher {k}", Today.AddDays(random.Next(0, 540))))],
        }).ToList();
        _mentors = mentors.ToDictionary(m => m.Id);
        _recipients = [.. mentors.Select(m => new Recipient(Guid.NewGuid(), m.Id, false, [])), .. coordinators];
        _clients = [];
        _matches = [];
        for (var i = 0; i < ActiveMatches; i++)
        {
            var client = new ClientFacts(Guid.NewGuid(), "Jānis Ozols", Today.AddDays(random.Next(-200, 60)), []);
            _clients[client.Id] = client;
            _matches.Add(new MatchFacts(Guid.NewGuid(), mentors[i % mentors.Count].Id, client.Id, MatchStage.Active, true, Today.AddDays(-random.Next(10, 300)),
                new DateTimeOffset(Today.AddDays(-random.Next(0, 30)).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), DateTimeOffset.UnixEpoch));
        }
        // Staff monitoring of the same matches: a check-in with each side every month or so since activation.
        _monitored = [.. _matches.Select(m =>
        {
            var checkIns = Enumerable.Range(0, (Today.DayNumber - m.ActiveFrom!.Value.DayNumber) / 30)
                .SelectMany(k => new[] { CheckInParty.Mentor, CheckInParty.Client }.Select(with => new StaffCheckIn(Guid.NewGuid(), with, CheckInMode.Phone, 4, null, null,
                    m.ActiveFrom.Value.AddDays(30 * k + random.Next(0, 30)), Guid.Empty, DateTimeOffset.UnixEpoch)))
                .Where(c => c.On <= Today).ToList();
            return new MonitoredMatchFacts(m.Id, m.MentorId, m.ClientId, "Jānis Ozols", "Mentor", m.ActiveFrom.Value,
                MatchMonitoring.Empty(m.Id) with { CheckIns = checkIns });
        })];
    }

    [Benchmark(Baseline = true, Description = "next due date only")]
    public int DueDatesOnly() => _matches.Count(m => Cadence.NextDue(m.LastContactAt, m.ActiveFrom, _clients[m.ClientId].ReleaseDate, Today) == Today);

    [Benchmark(Description = "full plan (all rules, digests)")]
    public int Plan() => ReminderPlanner.Plan(Today, ReminderRules.Default, _matches, _clients, _mentors, _recipients).Count;

    /// <summary>Issue 21: the staff check-ins and health milestones planned beside the rules (each match's cadence is O(its months)).</summary>
    [Benchmark(Description = "full plan with staff monitoring")]
    public int PlanWithMonitoring()
    {
        var monitoring = MonitoringPlanner.Plan(Today, CheckInPolicy.Default, _monitored, _recipients);
        return ReminderPlanner.Plan(Today, ReminderRules.Default, _matches, _clients, _mentors, _recipients, monitoring.Lines).Count + monitoring.Escalations.Count;
    }
}
