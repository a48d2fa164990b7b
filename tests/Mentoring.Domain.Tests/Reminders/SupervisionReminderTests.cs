using Mentoring.Domain.Clients;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Tests.Reminders;

/// <summary>Supervision due and lapsed (to the mentor and their supervisor) and refresher expiry (to the mentor and the coordinators).</summary>
public sealed class SupervisionReminderTests
{
    private static readonly Guid MentorId = Guid.NewGuid(), MentorUser = Guid.NewGuid(), Supervisor = Guid.NewGuid(), OtherCoordinator = Guid.NewGuid();
    private static readonly DateOnly Due = new(2027, 2, 28);

    private static IReadOnlyList<Digest> Plan(DateOnly today, MentorFacts mentor, params NotificationKind[] supervisorMuted) =>
        ReminderPlanner.Plan(today, ReminderRules.Default, [], new Dictionary<Guid, ClientFacts>(), new Dictionary<Guid, MentorFacts> { [mentor.Id] = mentor },
            [new Recipient(MentorUser, MentorId, false, []), new Recipient(Supervisor, null, true, supervisorMuted), new Recipient(OtherCoordinator, null, true, [])]);

    private static IReadOnlyList<(Guid, string, string)> Lines(IReadOnlyList<Digest> digests) =>
        [.. digests.SelectMany(d => d.Items.Select(i => (d.RecipientUserId, i.Text, string.Join("|", i.Args))))];

    private static MentorFacts Mentor(Guid? supervisor = null) => new(MentorId, "Anna Kalna", null) { SupervisionDueOn = Due, SupervisorUserId = supervisor };

    [Fact]
    public void Supervision_due_14_days_ahead_and_lapsed_the_day_after_go_to_the_mentor_and_their_supervisor_only()
    {
        Assert.Equal([(MentorUser, "item.supervision-due", "Anna Kalna|28.02.2027"), (Supervisor, "item.supervision-due", "Anna Kalna|28.02.2027")],
            Lines(Plan(new DateOnly(2027, 2, 14), Mentor(Supervisor))));
        Assert.Equal([(MentorUser, "item.supervision-lapsed", "Anna Kalna|28.02.2027"), (Supervisor, "item.supervision-lapsed", "Anna Kalna|28.02.2027")],
            Lines(Plan(new DateOnly(2027, 3, 1), Mentor(Supervisor))));
        // Every other day: nothing.
        foreach (var day in new[] { new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 15), Due, new DateOnly(2027, 3, 2) })
            Assert.Empty(Plan(day, Mentor(Supervisor)));
        Assert.All(Plan(new DateOnly(2027, 3, 1), Mentor(Supervisor)), d => Assert.Equal([MentorId], d.About));
    }

    [Fact]
    public void Without_a_supervisor_or_with_one_who_is_no_longer_a_coordinator_the_coordinators_hear_of_it()
    {
        var expected = new[] { MentorUser, Supervisor, OtherCoordinator };
        Assert.Equal(expected, Lines(Plan(new DateOnly(2027, 2, 14), Mentor())).Select(l => l.Item1));
        Assert.Equal(expected, Lines(Plan(new DateOnly(2027, 2, 14), Mentor(Guid.NewGuid()))).Select(l => l.Item1));
    }

    [Fact]
    public void A_supervisor_who_muted_supervision_reminders_gets_none_and_the_mentor_still_does()
    {
        Assert.Equal([(MentorUser, "item.supervision-due", "Anna Kalna|28.02.2027")],
            Lines(Plan(new DateOnly(2027, 2, 14), Mentor(Supervisor), NotificationKind.SupervisionReminder)));
        Assert.Equal(NotificationKind.SupervisionReminder, Assert.Single(Plan(new DateOnly(2027, 2, 14), Mentor(Supervisor))[0].Items).Kind);
    }

    [Fact]
    public void A_refresher_expiring_is_announced_30_days_ahead_to_the_mentor_and_every_coordinator_like_a_background_check()
    {
        var mentor = new MentorFacts(MentorId, "Anna Kalna", null) { Refreshers = [("Drošības jautājumi", new DateOnly(2027, 3, 31)), ("Cits", new DateOnly(2027, 6, 1))] };
        var lines = Lines(Plan(new DateOnly(2027, 3, 1), mentor));
        Assert.Equal(
            [
                (MentorUser, "item.refresher-expiry", "Anna Kalna|Drošības jautājumi|31.03.2027"),
                (Supervisor, "item.refresher-expiry", "Anna Kalna|Drošības jautājumi|31.03.2027"),
                (OtherCoordinator, "item.refresher-expiry", "Anna Kalna|Drošības jautājumi|31.03.2027"),
            ], lines);
        Assert.Equal(NotificationKind.VettingExpiry, Plan(new DateOnly(2027, 3, 1), mentor)[0].Items[0].Kind);
        Assert.Empty(Plan(new DateOnly(2027, 3, 2), mentor));
    }
}
