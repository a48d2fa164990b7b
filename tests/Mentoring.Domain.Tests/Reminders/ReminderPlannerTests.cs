using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly Guid MentorId = Guid.NewGuid(), ClientId = Guid.NewGuid(), MentorUser = Guid.NewGuid(), Coordinator = Guid.NewGuid();
    private static readonly DateOnly Release = new(2026, 12, 1);

    private static MatchFacts Active(DateOnly activeFrom, DateTimeOffset? lastContact = null) =>
        new(Guid.NewGuid(), MentorId, ClientId, MatchStage.Active, true, activeFrom, lastContact, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    private static IReadOnlyList<Digest> Plan(DateOnly today, MatchFacts match, IReadOnlyList<Goal>? goals = null, NotificationKind[]? muted = null,
        ReminderRules? rules = null, DateOnly? vettingExpires = null) =>
        ReminderPlanner.Plan(today, rules ?? ReminderRules.Default, [match],
            // Every document in hand: the path's own reminders (PathReminderTests) stay out of these.
            new Dictionary<Guid, ClientFacts> { [ClientId] = new(ClientId, "Jānis Ozols", Release, goals ?? []) { Documents = Enum.GetValues<DocumentKind>() } },
            new Dictionary<Guid, MentorFacts> { [MentorId] = new(MentorId, "Anna", vettingExpires) },
            [new Recipient(MentorUser, MentorId, false, muted ?? []), new Recipient(Coordinator, null, true, [])]);

    private static IEnumerable<string> Items(IReadOnlyList<Digest> digests, Guid user) =>
        digests.Where(d => d.RecipientUserId == user).SelectMany(d => d.Items).Select(i => i.Text);

    [Fact]
    public void After_release_the_mentor_is_reminded_when_due_again_after_N_days_and_the_coordinator_after_M_more()
    {
        // Released 1 Dec, last contact on release day: weekly, due 8 Dec; N = 3, M = 4.
        var match = Active(new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var byDay = Enumerable.Range(0, 20).Select(i => new DateOnly(2026, 12, 2).AddDays(i))
            .ToDictionary(d => d, d => Plan(d, match));
        Assert.Equal(["item.checkin-due"], Items(byDay[new DateOnly(2026, 12, 8)], MentorUser));
        Assert.Equal(["item.checkin-overdue"], Items(byDay[new DateOnly(2026, 12, 11)], MentorUser));
        Assert.Equal(["item.escalation"], Items(byDay[new DateOnly(2026, 12, 15)], Coordinator));
        // Nothing on any other day: each reminder belongs to exactly one day.
        Assert.Equal(3, byDay.Values.Sum(d => d.Count));
    }

    [Fact]
    public void Before_release_one_contact_a_month_then_release_soon_and_release_day()
    {
        var match = Active(new DateOnly(2026, 10, 20));
        Assert.Equal(["item.pre-release"], Items(Plan(new DateOnly(2026, 11, 19), match), MentorUser));
        Assert.Equal(["item.release-soon"], Items(Plan(Release.AddDays(-7), match), MentorUser));
        Assert.Contains("item.release-day", Items(Plan(Release, match), MentorUser));
    }

    [Fact]
    public void Goal_deadlines_three_days_ahead_and_everything_of_one_day_in_one_digest()
    {
        var goal = new Goal(Guid.NewGuid(), "Sociālās palīdzības pieteikums", null, StandardGoal.SocialAssistance, DeadlineRule.On(Release.AddDays(-4)),
            Release.AddDays(-4), GoalStatus.NotStarted, null, null);
        var digests = Plan(Release.AddDays(-7), Active(new DateOnly(2026, 10, 20)), [goal]);
        var digest = Assert.Single(digests, d => d.RecipientUserId == MentorUser);
        Assert.Equal(["item.release-soon", "item.goal-deadline.standard"], digest.Items.Select(i => i.Text));
        Assert.Equal("SocialAssistance", digest.Items[1].Args[1]); // named in the mentor's language when the mail is written
        Assert.Equal($"digest:{MentorUser}:{Release.AddDays(-7):yyyy-MM-dd}", digest.Key);
    }

    [Fact]
    public void Muted_kinds_are_left_out_and_names_appear_as_initials()
    {
        var day = Release.AddDays(-7);
        Assert.Empty(Items(Plan(day, Active(new DateOnly(2026, 10, 20)), muted: [NotificationKind.ReleaseReminder]), MentorUser));
        Assert.Equal("J. O.", Assert.Single(Plan(day, Active(new DateOnly(2026, 10, 20)))).Items[0].Args[0]);
    }

    [Fact]
    public void Vetting_expiry_30_days_ahead_goes_to_the_mentor_and_the_coordinators()
    {
        var expires = new DateOnly(2027, 1, 10);
        var digests = Plan(expires.AddDays(-30), Active(new DateOnly(2026, 10, 20)), vettingExpires: expires);
        Assert.Contains("item.vetting-expiry", Items(digests, MentorUser));
        Assert.Contains("item.vetting-expiry", Items(digests, Coordinator));
    }

    [Fact]
    public void The_rules_change_the_cadence()
    {
        var rules = ReminderRules.Default with { WeeklyIntervalDays = 3 };
        var match = Active(new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(["item.checkin-due"], Items(Plan(new DateOnly(2026, 12, 4), match, rules: rules), MentorUser));
        Assert.Contains("weeklyIntervalDays", ReminderRules.Check(rules with { WeeklyIntervalDays = 0 }).Select(e => e.Field));
    }
}
