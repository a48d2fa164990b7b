namespace Mentoring.Domain.Common;

/// <summary>Calendar rules use Latvian local time (Europe/Riga, EET/EEST), whatever the server's zone.</summary>
public static class RigaCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");

    public static DateTimeOffset ToRiga(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The calendar day an instant falls on in Riga: the one conversion every rule uses.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToRiga(instant).DateTime);

    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());

    /// <summary>The instant a Riga wall-clock time happens; a time skipped by the spring change moves forward an hour.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
