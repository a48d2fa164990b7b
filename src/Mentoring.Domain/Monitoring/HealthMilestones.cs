using Mentoring.Domain.Clients;

namespace Mentoring.Domain.Monitoring;

/// <summary>The match-health milestones, counted from activation as the law counts months (<see cref="PathCalendar.MonthsAfter"/>).</summary>
public static class HealthMilestones
{
    public static readonly int[] Months = [1, 3, 6, 12];

    public static DateOnly DayOf(DateOnly activeFrom, int milestone) => PathCalendar.MonthsAfter(activeFrom, milestone);

    /// <summary>The milestone open today (reached, and within its window), if any; a later milestone closes an earlier one.</summary>
    public static int? OpenOn(DateOnly activeFrom, DateOnly today, int windowDays) =>
        Months.Where(m => DayOf(activeFrom, m) <= today && today < DayOf(activeFrom, m).AddDays(windowDays)).Select(m => (int?)m).LastOrDefault();

    /// <summary>The milestones reached by today: a coordinator may record the client's answers for any of them, late too.</summary>
    public static bool Reached(DateOnly activeFrom, int milestone, DateOnly today) => Months.Contains(milestone) && DayOf(activeFrom, milestone) <= today;
}

/// <summary>
/// When a health check raises a coordinator task: its rating (the lower of its two answers) is at or below the policy's
/// <see cref="CheckInPolicy.LowRating"/> (default 2), or it fell by <see cref="CheckInPolicy.FallingDrop"/> (default 2) or
/// more from the same side's previous check. Mentor and client are compared each with their own earlier answers.
/// </summary>
public static class FallingRating
{
    public static int RatingOf(int goingWell, int supported) => Math.Min(goingWell, supported);

    public static HealthTaskRule? Check(int? previous, int current, CheckInPolicy policy) =>
        current <= policy.LowRating ? HealthTaskRule.LowRating
        : previous is { } p && p - current >= policy.FallingDrop ? HealthTaskRule.Drop
        : null;
}
