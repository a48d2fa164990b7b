using Mentoring.Api.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Mentoring.Api.Tests.Hosting;

/// <summary>Mentoring:ClockOffset, the fault suite's clock for real processes: off unless set, and never in Production.</summary>
public sealed class ClockSettingTests
{
    private static IConfiguration Settings(string? offset) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ClockSetting.Key] = offset }).Build();

    private static HostingEnvironment In(string environment) => new() { EnvironmentName = environment };

    [Fact]
    public void Unset_the_clock_is_the_systems() =>
        Assert.Same(TimeProvider.System, ClockSetting.From(Settings(null), In(Environments.Production)));

    [Fact]
    public void Set_outside_production_every_reading_is_moved_ahead_by_the_offset()
    {
        var clock = ClockSetting.From(Settings("2.03:00:00"), In("Testing"));
        var ahead = clock.GetUtcNow() - DateTimeOffset.UtcNow;
        Assert.InRange(ahead, TimeSpan.FromHours(51) - TimeSpan.FromSeconds(5), TimeSpan.FromHours(51) + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Set_in_production_it_is_refused_at_start() =>
        Assert.Throws<InvalidOperationException>(() => ClockSetting.From(Settings("1.00:00:00"), In(Environments.Production)));
}
