using System.Globalization;

namespace Mentoring.Api.Hosting;

/// <summary>
/// The clock every part of the app reads (<see cref="TimeProvider"/>). Normally the system's. <c>Mentoring:ClockOffset</c>
/// (a TimeSpan, e.g. <c>2.14:30:00</c>) moves it ahead by that much: the fault suite starts real API and worker processes,
/// where no fake clock can be injected, and gives all of them the same offset so that the work it checks is due whatever
/// day CI runs it (outcome summaries from a month's third working day, mail outside quiet hours). Off unless set, and
/// refused in the Production environment.
/// </summary>
public static class ClockSetting
{
    public const string Key = "Mentoring:ClockOffset";

    public static TimeProvider From(IConfiguration configuration, IHostEnvironment environment)
    {
        var setting = configuration[Key];
        if (string.IsNullOrWhiteSpace(setting)) return TimeProvider.System;
        if (environment.IsProduction())
            throw new InvalidOperationException($"{Key} moves the clock for tests and is refused in the Production environment.");
        return new Offset(TimeSpan.Parse(setting, CultureInfo.InvariantCulture));
    }

    private sealed class Offset(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }
}
