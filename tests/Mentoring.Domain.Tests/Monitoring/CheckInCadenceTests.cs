using Mentoring.Domain.Monitoring;

namespace Mentoring.Domain.Tests.Monitoring;

/// <summary>The staff check-in cadence across month ends, a leap year and a change of clocks, and what is due or overdue.</summary>
public sealed class CheckInCadenceTests
{
    private static readonly CheckInPolicy Default = CheckInPolicy.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Dates(string activeFrom, string until, CheckInPolicy? policy = null) =>
        [.. CheckInCadence.DueDates(D(activeFrom), policy ?? Default, D(until)).Select(d => d.ToString("yyyy-MM-dd"))];

    [Fact]
    public void Activated_on_31_January_the_month_ends_are_the_laws()
    {
        // 28 days to 28 February: the first check-in half way, then one month after activation, then each month's 31st or last day.
        Assert.Equal(["2027-02-14", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"], Dates("2027-01-31", "2027-06-30"));
    }

    [Fact]
    public void In_a_leap_year_the_first_month_ends_on_29_February()
    {
        // 29 days: half way rounds to the 14th day (banker's rounding of 14.5), and the month ends on the 29th.
        Assert.Equal(["2028-02-14", "2028-02-29", "2028-03-31", "2028-04-30"], Dates("2028-01-31", "2028-04-30"));
    }

    [Fact]
    public void Months_are_counted_from_activation_not_from_the_previous_due_date()
    {
        // Chained months would give 28 February → 28 March; counted from 30 January they are the 30th again.
        Assert.Equal(["2027-02-13", "2027-02-28", "2027-03-30", "2027-04-30"], Dates("2027-01-30", "2027-04-30"));
    }

    [Fact]
    public void Across_the_spring_clock_change_the_days_are_calendar_days()
    {
        // Riga moves to summer time on 28 March 2027; 31 days from 15 March to 15 April.
        Assert.Equal(["2027-03-31", "2027-04-15", "2027-05-15"], Dates("2027-03-15", "2027-05-15"));
        // Across the autumn change (31 October 2027) too.
        Assert.Equal(["2027-11-09", "2027-11-24", "2027-12-24"], Dates("2027-10-24", "2027-12-24"));
    }

    [Fact]
    public void Four_first_month_check_ins_weekly_and_later_ones_every_second_month()
    {
        var policy = Default with { FirstMonthCheckIns = 4, LaterIntervalMonths = 2 };
        Assert.Equal(["2027-02-07", "2027-02-14", "2027-02-21", "2027-02-28", "2027-04-30", "2027-06-30"], Dates("2027-01-31", "2027-06-30", policy));
    }

    [Fact]
    public void One_first_month_check_in_falls_one_month_after_activation()
    {
        Assert.Equal(["2027-02-28", "2027-03-31"], Dates("2027-01-31", "2027-03-01", Default with { FirstMonthCheckIns = 1 }));
    }

    [Theory]
    [InlineData("2027-02-01", "ON_TRACK", "2027-02-14", 0)]   // 13 days ahead: more than the 7 days' notice
    [InlineData("2027-02-07", "DUE", "2027-02-14", 0)]        // 7 days ahead
    [InlineData("2027-02-14", "DUE", "2027-02-14", 0)]        // on the day
    [InlineData("2027-02-15", "OVERDUE", "2027-02-14", 1)]
    [InlineData("2027-03-03", "OVERDUE", "2027-02-14", 17)]   // nothing logged: the first date stays owed
    public void Without_check_ins_the_first_date_is_owed(string today, string state, string due, int daysOverdue)
    {
        var status = CheckInCadence.StatusOn(D("2027-01-31"), [], D(today), Default);
        Assert.Equal((state, D(due), daysOverdue), (Constant(status.State), status.NextDue, status.DaysOverdue));
        Assert.Equal(D("2027-01-31"), status.PeriodStart);
    }

    [Fact]
    public void A_check_in_meets_the_due_date_of_its_period_and_the_next_is_owed()
    {
        // Logged on 10 February (period to 14 February): next due 28 February, counting from 15 February.
        var status = CheckInCadence.StatusOn(D("2027-01-31"), [D("2027-02-10")], D("2027-02-21"), Default); // 7 days ahead
        Assert.Equal((D("2027-02-28"), D("2027-02-15"), CheckInState.Due), (status.NextDue, status.PeriodStart, status.State));
        // Logged on the due day itself: still that period's.
        Assert.Equal(D("2027-02-28"), CheckInCadence.StatusOn(D("2027-01-31"), [D("2027-02-14")], D("2027-02-20"), Default).NextDue);
        // Logged the day after: the next period's, so the one after is owed.
        Assert.Equal(D("2027-03-31"), CheckInCadence.StatusOn(D("2027-01-31"), [D("2027-02-15")], D("2027-02-20"), Default).NextDue);
    }

    [Fact]
    public void A_late_check_in_puts_the_match_back_on_track_and_earlier_gaps_are_not_owed_for_ever()
    {
        // Nothing in February or March; a check-in on 5 April (period to 30 April) owes 31 May next.
        var status = CheckInCadence.StatusOn(D("2027-01-31"), [D("2027-04-05")], D("2027-04-06"), Default);
        Assert.Equal((D("2027-04-30"), CheckInState.OnTrack), (status.NextDue.AddMonths(-1), status.State));
        Assert.Equal(D("2027-05-31"), status.NextDue);
        Assert.Equal(D("2027-04-05"), status.LastCheckInOn);
    }

    [Fact]
    public void Check_ins_dated_before_activation_do_not_count()
    {
        var status = CheckInCadence.StatusOn(D("2027-01-31"), [D("2027-01-20")], D("2027-02-15"), Default);
        Assert.Equal((D("2027-02-14"), CheckInState.Overdue, (DateOnly?)null), (status.NextDue, status.State, status.LastCheckInOn));
    }

    [Fact]
    public void Every_activation_day_of_a_leap_and_a_common_year_gives_increasing_dates_a_month_apart_at_most()
    {
        foreach (var start in Enumerable.Range(0, 366 + 365).Select(i => new DateOnly(2027, 1, 1).AddDays(i)))
        {
            var dates = CheckInCadence.DueDates(start, Default, start.AddMonths(14)).ToList();
            Assert.Equal(start.AddMonths(1), dates[1]);
            Assert.All(dates.Zip(dates.Skip(1)), p => Assert.InRange(p.Second.DayNumber - p.First.DayNumber, 12, 31));
            Assert.All(dates.Skip(1).Select((d, i) => (d, i)), x => Assert.Equal(Mentoring.Domain.Clients.PathCalendar.MonthsAfter(start, x.i + 1), x.d));
        }
    }

    private static string Constant(CheckInState s) => s switch { CheckInState.OnTrack => "ON_TRACK", CheckInState.Due => "DUE", _ => "OVERDUE" };
}
