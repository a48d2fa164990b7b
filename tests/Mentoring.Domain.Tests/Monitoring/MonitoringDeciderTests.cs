using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Monitoring;

namespace Mentoring.Domain.Tests.Monitoring;

/// <summary>Staff check-ins and health checks as given-events / when-command / then-events-or-refusal.</summary>
public sealed class MonitoringDeciderTests
{
    private static readonly Guid MatchId = Guid.NewGuid();
    private static readonly DateOnly ActiveFrom = new(2027, 1, 31);
    private static readonly MonitoredMatch Active = new(MatchId, MatchStage.Active, ActiveFrom);
    private static readonly CheckInPolicy Policy = CheckInPolicy.Default;

    private static Actor On(DateOnly day, int hour = 10) =>
        new(Guid.NewGuid(), RigaCalendar.At(day, new TimeOnly(hour, 0)), day);

    private static MatchMonitoring? Given(params object[] events) => events.Aggregate((MatchMonitoring?)null, MonitoringDecider.Evolve);

    private static LogStaffCheckIn CheckIn(int rating = 4, DateOnly? on = null, Guid? id = null, CheckInParty with = CheckInParty.Mentor) =>
        new(id ?? Guid.NewGuid(), with, CheckInMode.Phone, rating, "Sleeps at the shelter", "Visit NVA together", on ?? new DateOnly(2027, 2, 10), On(new DateOnly(2027, 2, 10)));

    private static string[] Codes(Decision d) => [.. d.Errors.Select(e => e.Code)];

    [Fact]
    public void A_check_in_on_an_active_match_is_logged_with_everything_said()
    {
        var decision = MonitoringDecider.Decide(CheckIn(), Active, null);
        var logged = Assert.IsType<StaffCheckInLogged>(Assert.Single(decision.Events));
        Assert.Equal((CheckInParty.Mentor, CheckInMode.Phone, 4, "Sleeps at the shelter", "Visit NVA together", new DateOnly(2027, 2, 10)),
            (logged.With, logged.Mode, logged.HealthRating, logged.Concerns, logged.AgreedActions, logged.On));
    }

    [Fact]
    public void The_same_check_in_sent_twice_is_logged_once()
    {
        var first = CheckIn();
        var state = Given([.. MonitoringDecider.Decide(first, Active, null).Events]);
        var again = MonitoringDecider.Decide(first, Active, state);
        Assert.True(again.IsAccepted);
        Assert.Empty(again.Events);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_rating_outside_1_to_5_is_refused(int rating) =>
        Assert.Equal([MonitoringDecider.RatingOutOfRange], Codes(MonitoringDecider.Decide(CheckIn(rating), Active, null)));

    [Fact]
    public void A_check_in_in_the_future_or_before_the_match_is_refused()
    {
        Assert.Equal([MonitoringDecider.CheckInInFuture], Codes(MonitoringDecider.Decide(CheckIn(on: new DateOnly(2027, 2, 11)), Active, null)));
        Assert.Equal([MonitoringDecider.CheckInBeforeMatch], Codes(MonitoringDecider.Decide(CheckIn(on: new DateOnly(2027, 1, 30)), Active, null)));
    }

    [Theory]
    [InlineData(MatchStage.Proposed)]
    [InlineData(MatchStage.Paused)]
    [InlineData(MatchStage.Ended)]
    [InlineData(MatchStage.Declined)]
    public void Only_an_active_match_is_monitored(MatchStage stage)
    {
        var match = Active with { Stage = stage };
        Assert.Equal([MonitoringDecider.MatchNotActive], Codes(MonitoringDecider.Decide(CheckIn(), match, null)));
        Assert.Equal([MonitoringDecider.MatchNotActive], Codes(MonitoringDecider.Decide(new AnswerHealthCheck(4, 4, "key-12345", On(new DateOnly(2027, 2, 28))), match, null, Policy)));
        Assert.Equal([MonitoringDecider.MatchNotActive], Codes(MonitoringDecider.Decide(new RecordClientHealth(1, 4, 4, "key-12345", On(new DateOnly(2027, 2, 28))), match, null, Policy)));
    }

    [Theory]
    [InlineData("2027-02-27", null)]  // the day before one month
    [InlineData("2027-02-28", 1)]     // one month after 31 January
    [InlineData("2027-03-27", 1)]     // the 28th day of its window
    [InlineData("2027-03-28", null)]  // the window closed
    [InlineData("2027-04-30", 3)]     // three months after 31 January
    [InlineData("2027-07-31", 6)]
    [InlineData("2028-01-31", 12)]
    public void The_mentors_health_check_is_open_from_its_milestone_for_the_window(string today, int? milestone)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var decision = MonitoringDecider.Decide(new AnswerHealthCheck(4, 5, "phone-key-1", On(day)), Active, null, Policy);
        if (milestone is null) Assert.Equal([MonitoringDecider.HealthCheckNotDue], Codes(decision));
        else Assert.Equal(milestone, Assert.IsType<MatchHealthAnswered>(Assert.Single(decision.Events)).Milestone);
    }

    [Fact]
    public void A_milestone_on_the_day_clocks_change_opens_at_Riga_midnight()
    {
        // Activated 28 February 2027: one month is 28 March, the night Riga moves to summer time (at 03:00).
        var match = Active with { ActiveFrom = new DateOnly(2027, 2, 28) };
        var justAfterMidnight = new DateTimeOffset(2027, 3, 27, 22, 30, 0, TimeSpan.Zero); // 00:30 on 28 March in Riga (UTC+2)
        var justBefore = new DateTimeOffset(2027, 3, 27, 21, 30, 0, TimeSpan.Zero);        // 23:30 on 27 March
        Actor At(DateTimeOffset at) => new(Guid.NewGuid(), at, RigaCalendar.Day(at));
        Assert.Equal([MonitoringDecider.HealthCheckNotDue], Codes(MonitoringDecider.Decide(new AnswerHealthCheck(4, 4, "phone-key-1", At(justBefore)), match, null, Policy)));
        var answered = MonitoringDecider.Decide(new AnswerHealthCheck(4, 4, "phone-key-1", At(justAfterMidnight)), match, null, Policy);
        Assert.Equal(new DateOnly(2027, 3, 28), Given([.. answered.Events])!.Health.Single().On);
    }

    [Fact]
    public void A_second_answer_to_a_milestone_is_refused_but_the_same_answer_synced_twice_is_not()
    {
        var day = new DateOnly(2027, 3, 1);
        var state = Given([.. MonitoringDecider.Decide(new AnswerHealthCheck(4, 4, "phone-key-1", On(day)), Active, null, Policy).Events]);
        var retry = MonitoringDecider.Decide(new AnswerHealthCheck(4, 4, "phone-key-1", On(day.AddDays(1))), Active, state, Policy);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
        Assert.Equal([MonitoringDecider.HealthCheckAnswered],
            Codes(MonitoringDecider.Decide(new AnswerHealthCheck(3, 3, "phone-key-2", On(day.AddDays(1))), Active, state, Policy)));
        // The client's answers are a series of their own.
        Assert.True(MonitoringDecider.Decide(new RecordClientHealth(1, 3, 3, "desk-key-1", On(day)), Active, state, Policy).IsAccepted);
    }

    [Fact]
    public void Answers_outside_1_to_5_are_refused_each_on_its_field()
    {
        var decision = MonitoringDecider.Decide(new AnswerHealthCheck(0, 6, "phone-key-1", On(new DateOnly(2027, 3, 1))), Active, null, Policy);
        Assert.Equal([("goingWell", MonitoringDecider.RatingOutOfRange), ("supported", MonitoringDecider.RatingOutOfRange)],
            decision.Errors.Select(e => (e.Field!, e.Code)));
    }

    [Fact]
    public void The_client_can_be_recorded_late_for_a_milestone_reached_but_not_for_one_ahead()
    {
        var late = MonitoringDecider.Decide(new RecordClientHealth(1, 4, 4, "desk-key-1", On(new DateOnly(2027, 4, 20))), Active, null, Policy);
        Assert.Equal(1, Assert.IsType<ClientHealthRecorded>(Assert.Single(late.Events)).Milestone);
        Assert.Equal([MonitoringDecider.HealthCheckNotDue],
            Codes(MonitoringDecider.Decide(new RecordClientHealth(3, 4, 4, "desk-key-2", On(new DateOnly(2027, 4, 20))), Active, null, Policy)));
        Assert.Equal([MonitoringDecider.HealthCheckNotDue],
            Codes(MonitoringDecider.Decide(new RecordClientHealth(2, 4, 4, "desk-key-3", On(new DateOnly(2027, 4, 20))), Active, null, Policy)));
    }

    [Theory]
    [InlineData(null, 3, 3, null)]                         // first check, fair: nothing
    [InlineData(null, 2, 5, "LowRating")]                  // the lower answer counts: 2 is low
    [InlineData(5, 3, 4, "Drop")]                          // 5 → 3: fell by two
    [InlineData(4, 3, 3, null)]                            // 4 → 3: by one only
    [InlineData(3, 1, 1, "LowRating")]                     // low and fallen: named as low
    public void A_falling_or_low_rating_raises_a_coordinator_task(int? previous, int goingWell, int supported, string? rule)
    {
        var given = previous is { } p ? Given(new MatchHealthAnswered(MatchId, 1, p, p, "phone-key-0", Guid.NewGuid(), RigaCalendar.At(new DateOnly(2027, 3, 1), new TimeOnly(10, 0)))) : null;
        var decision = MonitoringDecider.Decide(new AnswerHealthCheck(goingWell, supported, "phone-key-1", On(new DateOnly(2027, 4, 30))), Active, given, Policy);
        var task = decision.Events.OfType<MatchHealthFalling>().SingleOrDefault();
        Assert.Equal(rule, task?.Rule.ToString());
        if (task is not null) Assert.Equal((previous, Math.Min(goingWell, supported), 3, new DateOnly(2027, 4, 30)), (task.From, task.To, task.Milestone, task.RaisedOn));
    }

    [Fact]
    public void The_mentors_and_the_clients_ratings_are_compared_each_with_their_own()
    {
        var given = Given(new MatchHealthAnswered(MatchId, 1, 5, 5, "phone-key-0", Guid.NewGuid(), RigaCalendar.At(new DateOnly(2027, 3, 1), new TimeOnly(10, 0))));
        // The client's first check at 3 after the mentor's 5: no drop, the client had no earlier check.
        var decision = MonitoringDecider.Decide(new RecordClientHealth(3, 3, 3, "desk-key-1", On(new DateOnly(2027, 5, 2))), Active, given, Policy);
        Assert.Empty(decision.Events.OfType<MatchHealthFalling>());
    }

    [Fact]
    public void The_next_staff_check_in_closes_the_open_task()
    {
        var state = Given(
            new MatchHealthAnswered(MatchId, 1, 2, 2, "phone-key-0", Guid.NewGuid(), RigaCalendar.At(new DateOnly(2027, 3, 1), new TimeOnly(10, 0))),
            new MatchHealthFalling(MatchId, Guid.NewGuid(), CheckInParty.Mentor, 1, HealthTaskRule.LowRating, null, 2, new DateOnly(2027, 3, 1), DateTimeOffset.UnixEpoch));
        Assert.True(state!.Tasks.Single().IsOpen);
        var checkIn = CheckIn(on: new DateOnly(2027, 3, 2));
        var after = MonitoringDecider.Decide(checkIn with { Actor = On(new DateOnly(2027, 3, 2)) }, Active, state).Events.Aggregate((MatchMonitoring?)state, MonitoringDecider.Evolve);
        Assert.Equal(checkIn.CheckInId, after!.Tasks.Single().ClosedBy);
    }

    [Fact]
    public void A_policy_outside_its_ranges_is_refused_field_by_field()
    {
        var errors = CheckInPolicy.Check(Policy with { FirstMonthCheckIns = 0, EscalateAfterDaysOverdue = 61, LowRating = 5 });
        Assert.Equal(["firstMonthCheckIns", "escalateAfterDaysOverdue", "lowRating"], errors.Select(e => e.Field!));
        // Escalating before the overdue reminder is refused at the reminder, whose message names the order.
        Assert.Equal(["remindOverdueAfterDays"], CheckInPolicy.Check(Policy with { RemindOverdueAfterDays = 5, EscalateAfterDaysOverdue = 5 }).Select(e => e.Field!));
        Assert.Empty(CheckInPolicy.Check(Policy));
    }
}
