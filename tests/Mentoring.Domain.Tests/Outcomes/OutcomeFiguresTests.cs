using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Domain.Tests.Outcomes;

/// <summary>
/// Every figure of a month's outcome summary, from a hand-made history of four people and three matches, counted by
/// hand in the comments. One person's release date moved after their plan was made: "social assistance in time" must
/// follow the moved deadline, as the case does.
/// </summary>
public sealed class OutcomeFiguresTests
{
    private static readonly Guid By = Guid.Empty;
    private static DateTimeOffset On(int month, int day) => new(2026, month, day, 10, 0, 0, TimeSpan.Zero);
    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ClientOutcome Client(Guid id, DateTimeOffset referred, DateOnly expectedRelease, params object[] events)
    {
        var c = ClientOutcome.Create(new ClientReferred(id, new ClientPerson("X", Gender.Male, 1980, ["lv"], null), "olaine", expectedRelease,
            ReleaseType.EndOfSentence, "riga", null, "R", null, null, By, referred));
        foreach (var e in events) c = (ClientOutcome)((dynamic)c).Apply((dynamic)e);
        return c;
    }

    /// <summary>The meetings' events of every match, for the contact log.</summary>
    private readonly List<object> _contactEvents = [];

    private MatchOutcome Match(Guid client, DateTimeOffset proposed, params object[] events)
    {
        var id = Guid.NewGuid();
        var m = MatchOutcome.Create(new MatchProposed(id, client, Guid.NewGuid(), new ScoreSnapshot(1, []), null, By, proposed));
        foreach (var e in events.Select(e => e is Func<Guid, object> make ? make(id) : e))
            if (e is IContactEvent) _contactEvents.Add(e);
            else m = (MatchOutcome)((dynamic)m).Apply((dynamic)e);
        return m;
    }

    /// <summary>The standing meetings per day, as the report reads them from the contact log.</summary>
    private IReadOnlyList<ContactDay> Meetings() => ContactLog.Fold(_contactEvents).Where(c => !c.Retracted).GroupBy(c => c.Day)
        .Select(g => new ContactDay(g.Key, g.Count(), g.Sum(c => c.DurationMinutes))).ToList();

    private static Func<Guid, object> Contact(DateTimeOffset at, int minutes) => id =>
        new ContactLogged(id, Guid.NewGuid(), new ContactDetails(at, minutes, ContactMode.InPerson, null, [], [], null, Concern.None), By, at);

    private static Func<Guid, object> Active(DateOnly from) => id => new MatchActivated(id, from, By, On(from.Month, from.Day));
    private static Func<Guid, object> Ended(DateOnly on) => id => new MatchEnded(id, MatchEndReason.GoalsMet, null, on, By, On(on.Month, on.Day));

    private static GoalAdded Goal(Guid client, Guid goal, StandardGoal? standard, NeedDomain? domain, DeadlineRule rule) =>
        new(client, goal, "t", domain, standard, rule, By, On(8, 1));

    [Fact]
    public void Every_figure_of_november_is_counted_from_the_events()
    {
        Guid c1 = Guid.NewGuid(), c2 = Guid.NewGuid(), c3 = Guid.NewGuid(), c4 = Guid.NewGuid();
        Guid social1 = Guid.NewGuid(), residence1 = Guid.NewGuid(), social2 = Guid.NewGuid(), housing3 = Guid.NewGuid();
        var clients = new[]
        {
            // C1: referred in October; release moved to 20 Nov; social assistance (deadline 20 Dec) applied 28 Nov, in time; residence 21 Nov.
            Client(c1, On(10, 5), D(11, 10),
                Goal(c1, social1, StandardGoal.SocialAssistance, NeedDomain.IncomeAndBenefits, DeadlineRule.AfterRelease(months: 1)),
                Goal(c1, residence1, StandardGoal.Residence, NeedDomain.Housing, DeadlineRule.AfterRelease()),
                new ReleaseDateChanged(c1, D(11, 20), "court", By, On(11, 1)), new ClientReleased(c1, D(11, 20), By, On(11, 20)),
                new GoalAchieved(c1, residence1, D(11, 21), By, On(11, 21)), new GoalAchieved(c1, social1, D(11, 28), By, On(11, 28))),
            // C2: planned for a 1 Sep release (deadline 1 Oct); released 25 Oct instead (deadline 25 Nov); applied 15 Nov: in time.
            Client(c2, On(8, 1), D(9, 1),
                Goal(c2, social2, StandardGoal.SocialAssistance, NeedDomain.IncomeAndBenefits, DeadlineRule.AfterRelease(months: 1)),
                new ReleaseDateChanged(c2, D(10, 25), "parole hearing", By, On(8, 20)), new ClientReleased(c2, D(10, 25), By, On(10, 25)),
                new GoalAchieved(c2, social2, D(11, 15), By, On(11, 15))),
            // C3: referred 3 Nov, still inside; a housing need goal achieved 18 Nov.
            Client(c3, On(11, 3), D(12, 15),
                Goal(c3, housing3, null, NeedDomain.Housing, DeadlineRule.AfterRelease(days: 14)),
                new GoalAchieved(c3, housing3, D(11, 18), By, On(11, 18))),
            // C4: referred 10 Nov, released 12 Nov, back in prison: closed 30 Nov.
            Client(c4, On(11, 10), D(11, 12), new ClientReleased(c4, D(11, 12), By, On(11, 12)),
                new CaseClosed(c4, CaseClosureReason.Reincarcerated, null, By, On(11, 30))),
        };
        var matches = new[]
        {
            // M1 (C1): proposed 20 Oct, active 25 Oct; meetings 28 Oct (45'), 5 Nov (60'), 19 Nov (30').
            Match(c1, On(10, 20), Active(D(10, 25)), Contact(On(10, 28), 45), Contact(On(11, 5), 60), Contact(On(11, 19), 30)),
            // M2 (C2): proposed 1 Nov (after release), active 2 Nov, ended 29 Nov after 27 days; a meeting 10 Nov (90').
            Match(c2, On(11, 1), Active(D(11, 2)), Contact(On(11, 10), 90), Ended(D(11, 29))),
            // M3 (C4): proposed and active 11 Nov, the day before release.
            Match(c4, On(11, 11), Active(D(11, 11))),
        };

        var figures = OutcomeSummary.Compute(Period.Month(D(11, 1)), clients, matches, Meetings()).ToDictionary(f => f.Key, f => f.RawValue);
        var expected = figures.Keys.ToDictionary(k => k, _ => (double?)0);
        expected["referralsReceived"] = 2;          // C3, C4
        expected["releasedInPeriod"] = 2;           // C1 (20 Nov), C4 (12 Nov)
        expected["matchedBeforeRelease"] = 2;       // M1 before C1's release, M3 before C4's
        expected["matchedBeforeReleasePercent"] = 100;
        expected["medianDaysReferralToMatch"] = 46.5; // proposed in Nov: M2 92 days after C2's referral, M3 1 day after C4's
        expected["activeMatches"] = 3;
        expected["contacts"] = 3;                   // 5 Nov, 19 Nov, 10 Nov
        expected["contactHours"] = 3;               // 60 + 30 + 90 minutes
        expected["goal.Residence"] = 1;
        expected["goal.SocialAssistance"] = 2;      // both in time, C2's only because its deadline moved with the release
        expected["goal.Housing"] = 1;
        expected["applicationsFiledWithinMonth"] = 1; // of those released in November only C1 (C2 was released in October)
        expected["applicationsFiledWithinMonthPercent"] = 50; // 1 of C1, C4
        expected["closures.Reincarcerated"] = 1;
        expected["reincarceratedWithin12Months"] = 1;
        expected["medianMatchLengthDays"] = 27;     // M2: 2 → 29 Nov
        expected["plannedClosures"] = 1;            // M2 ended with its goals met
        expected["plannedClosurePercent"] = 100;    // 1 of 1 (shown as "<5")
        Assert.Equal(expected.OrderBy(k => k.Key), figures.OrderBy(k => k.Key));
    }
}
