using Mentoring.Domain.Clients;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>The path's calendar: the one-month deadline across month ends and leap years, and the statements' three full months.</summary>
public sealed class PathCalendarTests
{
    [Theory]
    [InlineData("2027-01-15", "2027-02-15")]
    [InlineData("2027-01-31", "2027-02-28")] // February has no 31st: its last day
    [InlineData("2028-01-31", "2028-02-29")] // leap year
    [InlineData("2028-01-29", "2028-02-29")]
    [InlineData("2027-01-29", "2027-02-28")]
    [InlineData("2028-02-29", "2028-03-29")]
    [InlineData("2027-03-31", "2027-04-30")]
    [InlineData("2027-08-31", "2027-09-30")]
    [InlineData("2027-12-15", "2028-01-15")] // across the year end
    [InlineData("2027-12-31", "2028-01-31")]
    public void The_one_month_deadline_is_the_same_day_next_month_or_that_months_last_day(string day, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline), PathCalendar.OneMonthAfter(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2027-01-10", "2026-10-01", "2026-10-31", "2026-11-01", "2026-11-30", "2026-12-01", "2026-12-31")] // across the year end
    [InlineData("2028-01-01", "2027-10-01", "2027-10-31", "2027-11-01", "2027-11-30", "2027-12-01", "2027-12-31")]
    [InlineData("2027-02-28", "2026-11-01", "2026-11-30", "2026-12-01", "2026-12-31", "2027-01-01", "2027-01-31")]
    [InlineData("2027-03-31", "2026-12-01", "2026-12-31", "2027-01-01", "2027-01-31", "2027-02-01", "2027-02-28")] // the month applied in is not full
    [InlineData("2028-03-01", "2027-12-01", "2027-12-31", "2028-01-01", "2028-01-31", "2028-02-01", "2028-02-29")] // leap February
    [InlineData("2027-12-31", "2027-09-01", "2027-09-30", "2027-10-01", "2027-10-31", "2027-11-01", "2027-11-30")]
    public void Account_statements_cover_the_last_three_full_calendar_months_before_the_application(string application,
        string from1, string to1, string from2, string to2, string from3, string to3)
    {
        var months = PathCalendar.StatementMonths(DateOnly.Parse(application));
        Assert.Equal([(from1, to1), (from2, to2), (from3, to3)], months.Select(m => ($"{m.From:yyyy-MM-dd}", $"{m.To:yyyy-MM-dd}")));
        Assert.Equal(from3[..7], months[^1].Period);
    }

    [Theory]
    [InlineData("2027-01-05", "2027-01-25", true)]
    [InlineData("2027-01-05", "2027-02-01", false)] // January is over by then and they do not show it
    [InlineData("2026-12-31", "2027-01-02", false)] // across the year end
    [InlineData("2027-02-01", "2027-01-31", true)]
    public void Statements_obtained_on_a_day_cover_an_application_only_in_that_month_or_before(string obtained, string application, bool covers) =>
        Assert.Equal(covers, PathCalendar.StatementsCover(DateOnly.Parse(obtained), DateOnly.Parse(application)));

    [Fact]
    public void The_social_assistance_deadline_follows_the_actual_release_across_a_leap_february()
    {
        var client = Referred(new DateOnly(2028, 1, 10), new DateOnly(2028, 2, 15));
        Assert.Equal(new DateOnly(2028, 3, 15), Goal(client, StandardGoal.SocialAssistance).Deadline);
        client = Then(client, ClientDecider.Decide(new RecordRelease(new DateOnly(2028, 1, 31), On(new DateOnly(2028, 2, 1))), client));
        Assert.Equal(new DateOnly(2028, 2, 29), Goal(client, StandardGoal.SocialAssistance).Deadline);
    }
}
