using Mentoring.Domain.Clients;

namespace Mentoring.Domain.Monitoring;

public enum CheckInState { OnTrack, Due, Overdue }

/// <summary>Where one side's staff check-ins of a match stand today.</summary>
/// <param name="PeriodStart">The first day a check-in counts towards <paramref name="NextDue"/>.</param>
public sealed record CheckInStatus(DateOnly NextDue, DateOnly PeriodStart, CheckInState State, int DaysOverdue, DateOnly? LastCheckInOn);

/// <summary>
/// The staff check-in cadence, pure and in Riga days. Due dates are counted from the match's activation day as the law
/// counts months (<see cref="PathCalendar.MonthsAfter"/>, always from the activation day, so 31 January gives 28 February,
/// 31 March, 30 April…): the first month holds <see cref="CheckInPolicy.FirstMonthCheckIns"/> evenly spread dates, its last
/// one month after activation; then one every <see cref="CheckInPolicy.LaterIntervalMonths"/> months. Each due date owns the
/// period since the one before it; a check-in anywhere in that period meets it. A missed period is not owed forever: the next
/// due date is the one after the period of the latest check-in, so one check-in after a gap puts the match back on track.
/// </summary>
public static class CheckInCadence
{
    /// <summary>The due dates from activation up to and including the first one on or after <paramref name="until"/>.</summary>
    public static IEnumerable<DateOnly> DueDates(DateOnly activeFrom, CheckInPolicy policy, DateOnly until)
    {
        var oneMonth = PathCalendar.MonthsAfter(activeFrom, 1);
        var length = oneMonth.DayNumber - activeFrom.DayNumber;
        for (var k = 1; k <= policy.FirstMonthCheckIns; k++)
        {
            var due = k == policy.FirstMonthCheckIns ? oneMonth : activeFrom.AddDays((int)Math.Round(k * (double)length / policy.FirstMonthCheckIns));
            yield return due;
            if (due >= until) yield break;
        }
        for (var months = 1 + policy.LaterIntervalMonths; ; months += policy.LaterIntervalMonths)
        {
            var due = PathCalendar.MonthsAfter(activeFrom, months);
            yield return due;
            if (due >= until) yield break;
        }
    }

    /// <param name="checkIns">The Riga days of this side's check-ins, in any order.</param>
    public static CheckInStatus StatusOn(DateOnly activeFrom, IEnumerable<DateOnly> checkIns, DateOnly today, CheckInPolicy policy)
    {
        var last = checkIns.Where(d => d >= activeFrom).Select(d => (DateOnly?)d).Max();
        // A check-in meets the due date whose period holds it; the next due date after that one is owed.
        var periodStart = last is { } l ? EndOfPeriod(activeFrom, policy, l).AddDays(1) : activeFrom;
        var next = DueDates(activeFrom, policy, periodStart).Last();
        var state = today > next ? CheckInState.Overdue : today >= next.AddDays(-policy.DueSoonDays) ? CheckInState.Due : CheckInState.OnTrack;
        return new CheckInStatus(next, periodStart, state, Math.Max(0, today.DayNumber - next.DayNumber), last);
    }

    /// <summary>The due date whose period holds <paramref name="day"/>.</summary>
    public static DateOnly EndOfPeriod(DateOnly activeFrom, CheckInPolicy policy, DateOnly day) =>
        DueDates(activeFrom, policy, day).Last();
}
