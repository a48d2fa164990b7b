using Mentoring.Domain.Common;

namespace Mentoring.Jobs.Delivery;

/// <summary>
/// Reminders are never delivered between 21:00 and 08:00 Riga time: mentors are volunteers with day jobs and
/// families. Safeguarding alerts ignore this window; everything else waits for the morning.
/// </summary>
public static class QuietHours
{
    public static readonly TimeOnly Ends = new(8, 0);
    public static readonly TimeOnly Starts = new(21, 0);

    public static bool IsQuiet(DateTimeOffset instant)
    {
        var local = TimeOnly.FromDateTime(RigaCalendar.ToRiga(instant).DateTime);
        return local >= Starts || local < Ends;
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> when a message may go out.</summary>
    public static DateTimeOffset NextDeliveryTime(DateTimeOffset instant)
    {
        if (!IsQuiet(instant)) return instant;
        var local = RigaCalendar.ToRiga(instant);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= Starts) day = day.AddDays(1);
        return RigaCalendar.At(day, Ends);
    }
}
