using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Mentors;

public sealed class VolunteerStatementTests
{
    private static readonly Guid Mentor = Guid.NewGuid();
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static SupervisionSessionRecorded Supervision(string on, string by) => new(Mentor, D(on), by, null, Guid.Empty, DateTimeOffset.UnixEpoch);
    private static TrainingModuleCompleted Training(string on, string module) => new(Mentor, module, D(on), Guid.Empty, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Every_month_of_the_period_is_counted_from_the_days_and_events_inside_it_and_nothing_outside()
    {
        ContactDay[] days =
        [
            new(D("2026-09-30"), 2, 120), // the day before the period
            new(D("2026-10-01"), 1, 45), new(D("2026-10-31"), 2, 75),
            new(D("2026-12-01"), 3, 200),
            new(D("2026-12-16"), 1, 30), // the day after the period
        ];
        var statement = VolunteerStatement.Build(D("2026-10-01"), D("2026-12-15"), days,
            [Supervision("2026-10-15", "Dr. Ozola"), Supervision("2026-12-15", "I. Kalniņa"), Supervision("2027-01-05", "Dr. Ozola")],
            [Training("2026-09-30", "Confidentiality"), Training("2026-11-02", "Addiction basics")]);

        Assert.Equal(
            [new VolunteerStatementMonth("2026-10", 3, 120, 1, 0), new VolunteerStatementMonth("2026-11", 0, 0, 0, 1), new VolunteerStatementMonth("2026-12", 3, 200, 1, 0)],
            statement.Months);
        Assert.Equal(6, statement.Meetings);
        Assert.Equal(320, statement.MeetingMinutes);
        Assert.Equal(5.3m, statement.MeetingHours);
        Assert.Equal([new VolunteerActivity(D("2026-10-15"), "Dr. Ozola"), new VolunteerActivity(D("2026-12-15"), "I. Kalniņa")], statement.Supervision);
        Assert.Equal([new VolunteerActivity(D("2026-11-02"), "Addiction basics")], statement.Training);
    }

    [Fact]
    public void Supervision_and_training_count_their_recorded_minutes_and_older_events_without_one_are_listed_with_0()
    {
        var statement = VolunteerStatement.Build(D("2026-10-01"), D("2026-11-30"), [],
            [Supervision("2026-10-05", "Dr. Ozola"), Supervision("2026-10-20", "I. Kalniņa") with { Minutes = 90 }, Supervision("2026-11-03", "I. Kalniņa") with { Minutes = 45 }],
            [Training("2026-10-07", "Ievads") with { Minutes = 34 }, Training("2026-10-07", "Robežas") with { Minutes = 33 }, Training("2026-11-10", "Old module")]);

        Assert.Equal([(90, 67), (45, 0)], statement.Months.Select(m => (m.SupervisionMinutes, m.TrainingMinutes)));
        Assert.Equal([(2, 2), (1, 1)], statement.Months.Select(m => (m.SupervisionSessions, m.TrainingModules)));
        Assert.Equal((135, 67), (statement.SupervisionMinutes, statement.TrainingMinutes));
        Assert.Equal([0, 90, 45], statement.Supervision.Select(s => s.Minutes));
        Assert.Equal([("Ievads", 34), ("Robežas", 33), ("Old module", 0)], statement.Training.Select(t => (t.What, t.Minutes)));
        Assert.Equal(2.3m, VolunteerStatement.Hours(statement.SupervisionMinutes));
    }

    [Fact]
    public void The_total_is_all_the_time_counted_meetings_group_activities_supervision_and_training_inside_the_period()
    {
        var statement = VolunteerStatement.Build(D("2026-10-01"), D("2026-11-30"),
            [new ContactDay(D("2026-10-02"), 2, 135), new ContactDay(D("2026-12-01"), 1, 60)],
            [Supervision("2026-10-20", "I. Kalniņa") with { Minutes = 90 }, Supervision("2026-09-30", "I. Kalniņa") with { Minutes = 60 }],
            [Training("2026-11-10", "Robežas") with { Minutes = 33 }],
            [new AttendedActivity(D("2026-11-21"), 150), new AttendedActivity(D("2026-12-05"), 120)]);

        // 135 + 150 + 90 + 33 minutes; the meeting of 1 December, the activity of 5 December and September's session are outside.
        Assert.Equal((135, 150, 90, 33, 408), (statement.MeetingMinutes, statement.GroupActivityMinutes, statement.SupervisionMinutes, statement.TrainingMinutes,
            statement.TotalMinutes));
        Assert.Equal(6.8m, statement.TotalHours);
    }

    [Fact]
    public void A_period_within_one_month_has_that_month_only_and_an_empty_one_has_zeros()
    {
        var statement = VolunteerStatement.Build(D("2027-02-10"), D("2027-02-20"), [], [], []);
        Assert.Equal([new VolunteerStatementMonth("2027-02", 0, 0, 0, 0)], statement.Months);
        Assert.Equal(0m, statement.MeetingHours);
        Assert.Empty(statement.Supervision);
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-01", false)]
    [InlineData("2026-11-01", "2026-11-01", true)]
    [InlineData("2024-01-01", "2026-12-31", true)] // 3 × 366 days at most
    [InlineData("2024-01-01", "2027-01-05", false)]
    public void The_period_runs_forwards_and_spans_at_most_three_years(string from, string to, bool valid)
    {
        var errors = VolunteerStatement.Validate(D(from), D(to));
        if (valid) Assert.Empty(errors);
        else Assert.Equal((ErrorCodes.InvalidPeriod, "to"), (Assert.Single(errors).Code, errors[0].Field));
    }
}
