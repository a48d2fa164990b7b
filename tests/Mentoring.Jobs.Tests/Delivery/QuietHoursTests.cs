using Mentoring.Domain.Common;
using Mentoring.Jobs.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Jobs.Tests.Delivery;

public sealed class QuietHoursTests
{
    private static DateTimeOffset Riga(int year, int month, int day, int hour, int minute = 0) =>
        RigaCalendar.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Theory]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 30, true)]
    public void The_window_is_21_to_8_riga_time(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.IsQuiet(Riga(2026, 11, 23, hour, minute)));

    [Fact]
    public void Late_evening_waits_for_eight_next_morning_and_daytime_goes_at_once()
    {
        Assert.Equal(Riga(2026, 11, 24, 8), QuietHours.NextDeliveryTime(Riga(2026, 11, 23, 22, 15)));
        Assert.Equal(Riga(2026, 11, 23, 8), QuietHours.NextDeliveryTime(Riga(2026, 11, 23, 3)));
        Assert.Equal(Riga(2026, 11, 23, 12), QuietHours.NextDeliveryTime(Riga(2026, 11, 23, 12)));
    }

    [Fact]
    public void Riga_time_is_used_whatever_the_offset_of_the_input()
    {
        // 19:30 UTC in winter is 21:30 in Riga (UTC+2): quiet.
        Assert.True(QuietHours.IsQuiet(new DateTimeOffset(2026, 11, 23, 19, 30, 0, TimeSpan.Zero)));
        // 05:30 UTC in summer is 08:30 in Riga (UTC+3): not quiet.
        Assert.False(QuietHours.IsQuiet(new DateTimeOffset(2026, 7, 1, 5, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Across_the_spring_clock_change_the_next_morning_is_still_eight_local()
    {
        // 2027-03-28: clocks go from 03:00 to 04:00 in Riga.
        var next = QuietHours.NextDeliveryTime(Riga(2027, 3, 27, 22));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 5, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void Today_follows_riga_midnight_not_utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 22, 30, 0, TimeSpan.Zero)); // 00:30 on the 24th in Riga
        Assert.Equal(new DateOnly(2026, 11, 24), RigaCalendar.Today(clock));
    }
}
