using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Tests.Monitoring;

/// <summary>
/// The monitoring lines of the digests and the escalations, day by day for one match activated on 31 January 2027 under the
/// default policy (two check-ins in the first month, due 14 and 28 February; listed 7 days ahead, reminded 3 days late,
/// escalated 7 days late for a week): exact lines in, exact lines out.
/// </summary>
public sealed class MonitoringPlannerTests
{
    private static readonly Guid MatchId = Guid.NewGuid(), MentorId = Guid.NewGuid(), ClientId = Guid.NewGuid();
    private static readonly Guid Coordinator1 = Guid.NewGuid(), Coordinator2 = Guid.NewGuid(), MentorUser = Guid.NewGuid(), Admin = Guid.NewGuid();
    private static readonly DateOnly ActiveFrom = new(2027, 1, 31);

    private static readonly IReadOnlyList<Recipient> Recipients =
    [
        new(Coordinator1, null, true, []), new(Coordinator2, null, true, []), new(MentorUser, MentorId, false, []), new(Admin, null, false, []),
    ];

    private static MonitoredMatchFacts Match(MatchMonitoring? monitoring = null) =>
        new(MatchId, MentorId, ClientId, "Jānis Ozols", "Anna Bērziņa", ActiveFrom, monitoring);

    private static MatchMonitoring ClientCheckedInOn(DateOnly on) => MatchMonitoring.Empty(MatchId) with
    {
        CheckIns = [new StaffCheckIn(Guid.NewGuid(), CheckInParty.Client, CheckInMode.Phone, 4, null, null, on, Coordinator1, DateTimeOffset.UnixEpoch)],
    };

    private static MonitoringPlan On(int month, int day, MatchMonitoring? monitoring = null) =>
        MonitoringPlanner.Plan(new DateOnly(2027, month, day), CheckInPolicy.Default, [Match(monitoring)], Recipients);

    private static (Guid, NotificationKind, string, string)[] Lines(MonitoringPlan plan) =>
        [.. plan.Lines.Select(l => (l.RecipientUserId, l.Kind, l.Text, string.Join("|", l.Args)))];

    private static (Guid, NotificationKind, string, string)[] ToBothCoordinators(NotificationKind kind, string text, params string[] args) =>
        [(Coordinator1, kind, text, string.Join("|", args)), (Coordinator2, kind, text, string.Join("|", args))];

    [Fact]
    public void A_check_in_is_listed_a_week_ahead_and_reminded_three_days_late_to_every_coordinator_for_each_side()
    {
        var due = On(2, 7);
        Assert.Equal([.. ToBothCoordinators(NotificationKind.StaffCheckIn, MonitoringPlanner.CheckInDue, "J. O.", "Mentor", "14.02.2027", "Anna Bērziņa"),
            .. ToBothCoordinators(NotificationKind.StaffCheckIn, MonitoringPlanner.CheckInDue, "J. O.", "Client", "14.02.2027", "Anna Bērziņa")], Lines(due));
        Assert.All(due.Lines, l => Assert.Equal([ClientId, MentorId], l.About));
        Assert.Empty(due.Escalations);

        Assert.Equal([.. ToBothCoordinators(NotificationKind.StaffCheckIn, MonitoringPlanner.CheckInOverdue, "J. O.", "Mentor", "14.02.2027", "Anna Bērziņa", "3"),
            .. ToBothCoordinators(NotificationKind.StaffCheckIn, MonitoringPlanner.CheckInOverdue, "J. O.", "Client", "14.02.2027", "Anna Bērziņa", "3")], Lines(On(2, 17)));
        // Each line has its one day: nothing the day before or after either.
        foreach (var day in new[] { 6, 8, 14, 16, 18 }) Assert.Empty(On(2, day).Lines);
    }

    [Fact]
    public void An_overdue_check_in_escalates_from_seven_days_late_for_a_week_once_per_side_with_no_digest_line()
    {
        for (var day = 21; day <= 27; day++)
        {
            var plan = On(2, day);
            Assert.Empty(plan.Lines);
            Assert.Equal([(CheckInParty.Mentor, new DateOnly(2027, 2, 14), day - 14), (CheckInParty.Client, new DateOnly(2027, 2, 14), day - 14)],
                plan.Escalations.Select(e => (e.With, e.Due, e.DaysOverdue)));
            Assert.All(plan.Escalations, e => Assert.Equal((MatchId, ClientId, MentorId, "Jānis Ozols", "Anna Bērziņa"), (e.MatchId, e.ClientId, e.MentorId, e.ClientName, e.MentorName)));
        }
        Assert.Empty(On(2, 20).Escalations);
        Assert.Empty(On(2, 28).Escalations);
    }

    [Fact]
    public void A_check_in_moves_that_side_to_the_next_due_date_and_the_other_side_still_escalates()
    {
        // The client was seen on 10 February: their next check-in is due 28 February, listed on the 21st, when the mentor's escalates.
        var plan = On(2, 21, ClientCheckedInOn(new DateOnly(2027, 2, 10)));
        Assert.Equal(ToBothCoordinators(NotificationKind.StaffCheckIn, MonitoringPlanner.CheckInDue, "J. O.", "Client", "28.02.2027", "Anna Bērziņa"), Lines(plan));
        var escalation = Assert.Single(plan.Escalations);
        Assert.Equal((CheckInParty.Mentor, new DateOnly(2027, 2, 14), 7), (escalation.With, escalation.Due, escalation.DaysOverdue));
        Assert.Equal("checkin-escalation:" + MatchId + ":Mentor:2027-02-14:" + Admin, escalation.KeyFor(Admin));
    }

    [Fact]
    public void The_mentor_is_asked_for_the_health_check_the_day_a_milestone_opens_unless_they_answered_it()
    {
        // One month after 31 January is 28 February; three months, 30 April.
        Assert.Equal([(MentorUser, NotificationKind.HealthCheck, MonitoringPlanner.HealthCheckDue, "J. O.|1")], Lines(On(2, 28)));
        Assert.Equal([(MentorUser, NotificationKind.HealthCheck, MonitoringPlanner.HealthCheckDue, "J. O.|3")],
            Lines(On(4, 30)).Where(l => l.Item2 == NotificationKind.HealthCheck));
        var answered = MatchMonitoring.Empty(MatchId) with { Health = [new HealthCheck(CheckInParty.Mentor, 1, 4, 4, "k", new DateOnly(2027, 2, 28), MentorUser)] };
        Assert.Empty(On(2, 28, answered).Lines);
        // The client's answer (recorded by the coordinator) does not stand for the mentor's.
        var clientOnly = MatchMonitoring.Empty(MatchId) with { Health = [new HealthCheck(CheckInParty.Client, 1, 4, 4, "k", new DateOnly(2027, 2, 28), Coordinator1)] };
        Assert.Single(On(2, 28, clientOnly).Lines);
    }

    [Fact]
    public void A_falling_health_task_reaches_every_coordinator_the_day_after_it_was_raised_while_it_is_open()
    {
        var raised = new HealthTask(Guid.NewGuid(), CheckInParty.Mentor, 3, HealthTaskRule.Drop, 5, 2, new DateOnly(2027, 3, 1));
        var open = ClientCheckedInOn(new DateOnly(2027, 2, 26)) with { Tasks = [raised] };
        // By 2 March both sides' check-ins are on track (the mentor's long escalated), so the task's line is the only one.
        var mentorSeen = open with { CheckIns = [.. open.CheckIns, open.CheckIns[0] with { Id = Guid.NewGuid(), With = CheckInParty.Mentor }] };
        Assert.Equal(ToBothCoordinators(NotificationKind.HealthCheck, MonitoringPlanner.HealthFalling, "J. O.", "Mentor", "3", "2", "5"), Lines(On(3, 2, mentorSeen)));
        var lowFirst = mentorSeen with { Tasks = [raised with { Rule = HealthTaskRule.LowRating, From = null }] };
        Assert.Equal(ToBothCoordinators(NotificationKind.HealthCheck, MonitoringPlanner.HealthFalling, "J. O.", "Mentor", "3", "2", ""), Lines(On(3, 2, lowFirst)));
        Assert.Empty(On(3, 2, mentorSeen with { Tasks = [raised with { ClosedBy = Guid.NewGuid() }] }).Lines);
        Assert.Empty(On(3, 3, mentorSeen).Lines);
    }
}
