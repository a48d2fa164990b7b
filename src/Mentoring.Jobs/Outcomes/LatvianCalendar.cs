namespace Mentoring.Jobs.Outcomes;

/// <summary>Latvian public holidays (Law on Public Holidays, Memorial Days and Celebration Days) and working days.</summary>
public static class LatvianCalendar
{
    public static bool IsHoliday(DateOnly d)
    {
        var easter = EasterSunday(d.Year);
        var fixedDays = new[] { (1, 1), (5, 1), (5, 4), (6, 23), (6, 24), (11, 18), (12, 24), (12, 25), (12, 26), (12, 31) };
        if (fixedDays.Contains((d.Month, d.Day))) return true;
        if (d == easter.AddDays(-2) || d == easter || d == easter.AddDays(1)) return true;
        // 4 May and 18 November falling on a weekend move to the next Monday.
        return d.DayOfWeek == DayOfWeek.Monday && (MovedToMonday(d, 5, 4) || MovedToMonday(d, 11, 18));
    }

    public static bool IsWorkingDay(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(d);

    public static DateOnly NthWorkingDay(int year, int month, int n)
    {
        var day = new DateOnly(year, month, 1);
        for (var seen = IsWorkingDay(day) ? 1 : 0; seen < n; seen += IsWorkingDay(day) ? 1 : 0) day = day.AddDays(1);
        return day;
    }

    private static bool MovedToMonday(DateOnly monday, int month, int day)
    {
        var holiday = new DateOnly(monday.Year, month, day);
        return holiday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && monday == holiday.AddDays(holiday.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
    }

    /// <summary>Western Easter (anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}
