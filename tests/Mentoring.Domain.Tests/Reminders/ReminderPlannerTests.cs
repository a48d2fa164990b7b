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
    public void Each_digest_is_about_the_people_its_lines_name_so_erasing_one_of_them_reaches_it()
    {
        // The mentor's line names the client; the coordinator's escalation names the mentor and the client.
        var match = Active(new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal([ClientId], Assert.Single(Plan(new DateOnly(2026, 12, 8), match)).About);
        Assert.Equal([MentorId, ClientId], Assert.Single(Plan(new DateOnly(2026, 12, 15), match), d => d.RecipientUserId == Coordinator).About);
        // A vetting expiry names only the mentor.
        var expires = new DateOnly(2027, 1, 10);
        var coordinators = Assert.Single(Plan(expires.AddDays(-30), Active(new DateOnly(2026, 10, 20)), vettingExpires: expires), d => d.RecipientUserId == Coordinator);
        Assert.Equal(["item.vetting-expiry"], coordinators.Items.Select(i => i.Text));
        Assert.Equal([MentorId], coordinators.About);
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

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 15, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Three_failed_attempts_since_the_last_meeting_reach_the_coordinator_the_day_after_the_third_whatever_the_cadence()
    {
        // Last met on 1 Dec (due again on 8 Dec); no answer on 2 and 3 Dec, did not come on 5 Dec.
        var match = Active(new DateOnly(2026, 11, 20), At(12, 1)) with { FailedAttempts = [At(12, 5), At(12, 2), At(12, 3)] };
        var byDay = Enumerable.Range(0, 20).Select(i => new DateOnly(2026, 12, 2).AddDays(i)).ToDictionary(d => d, d => Plan(d, match));

        var line = Assert.Single(byDay[new DateOnly(2026, 12, 6)].Where(d => d.RecipientUserId == Coordinator).SelectMany(d => d.Items));
        Assert.Equal((ReminderPlanner.AttemptsFailed, NotificationKind.Escalation), (line.Text, line.Kind));
        Assert.Equal(["Anna", "J. O.", "3", "02.12.2026"], line.Args);
        Assert.Empty(Items(byDay[new DateOnly(2026, 12, 3)], Coordinator));
        Assert.Empty(Items(byDay[new DateOnly(2026, 12, 4)], Coordinator));
        // Escalated sooner: the regular escalation (15 Dec) still comes, and says the mentor tried three times.
        var escalation = Assert.Single(byDay[new DateOnly(2026, 12, 15)].Where(d => d.RecipientUserId == Coordinator).SelectMany(d => d.Items));
        Assert.Equal((ReminderPlanner.EscalationWithAttempts, "3"), (escalation.Text, escalation.Args[3]));
    }

    [Fact]
    public void Attempts_before_the_last_meeting_do_not_count_and_fewer_than_three_wait_for_the_regular_escalation()
    {
        // Three failed attempts, then a meeting on 1 Dec: nothing to escalate the day after.
        var met = Active(new DateOnly(2026, 11, 20), At(12, 1)) with { FailedAttempts = [At(11, 26), At(11, 27), At(11, 28)] };
        Assert.DoesNotContain(ReminderPlanner.AttemptsFailed, Items(Plan(new DateOnly(2026, 11, 29), met), Coordinator));
        Assert.Equal(["item.escalation"], Items(Plan(new DateOnly(2026, 12, 15), met), Coordinator));
        // Two attempts after it: no early line; the escalation on 15 Dec names them.
        var twice = met with { FailedAttempts = [At(12, 9), At(12, 10)] };
        Assert.Empty(Enumerable.Range(0, 5).SelectMany(i => Items(Plan(new DateOnly(2026, 12, 10).AddDays(i), twice), Coordinator)));
        var escalation = Assert.Single(Plan(new DateOnly(2026, 12, 15), twice).Where(d => d.RecipientUserId == Coordinator).SelectMany(d => d.Items));
        Assert.Equal((ReminderPlanner.EscalationWithAttempts, "2"), (escalation.Text, escalation.Args[3]));
    }

    [Fact]
    public void On_the_day_both_fall_the_coordinator_reads_one_line()
    {
        // The third failed attempt on 14 Dec: its line on 15 Dec replaces the regular escalation of that day.
        var match = Active(new DateOnly(2026, 11, 20), At(12, 1)) with { FailedAttempts = [At(12, 12), At(12, 13), At(12, 14)] };
        Assert.Equal([ReminderPlanner.AttemptsFailed], Items(Plan(new DateOnly(2026, 12, 15), match), Coordinator));
    }
}
