using System.Text.Json;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;

using static Mentoring.Api.Tests.Monitoring.MonitoringCalls;

namespace Mentoring.Api.Tests.Monitoring;

/// <summary>
/// A low rating raises a coordinator task; the next staff check-in closes it.
/// Every pair's match begins on 20 November 2026 (a 30-day first month): with the default policy, check-ins are due on
/// 5 December, 20 December, then the 20th of each month; the first health check opens on 20 December. The fixture's
/// clock (23 November 2026) only moves forward, so each class that moves it has a fixture of its own.
/// </summary>
public sealed class HealthTaskApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_low_client_rating_raises_a_task_that_the_next_staff_check_in_closes()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        await MonitoringCalls.At(api, new DateOnly(2026, 12, 22), coordinator);

        var recorded = await coordinator.PostAsync(RecordClient, new { i = new { matchId = pair.MatchId, milestone = 1, goingWell = 2, supported = 4, idempotencyKey = "desk-" + Guid.NewGuid() } });
        Assert.Empty(recorded.UserErrors("recordClientHealthCheck"));
        var task = Assert.Single(recorded.Data.GetProperty("recordClientHealthCheck").GetProperty("monitoring").GetProperty("tasks").EnumerateArray());
        Assert.Equal(("LOW_RATING", true, 2), (task.GetProperty("rule").GetString(), task.GetProperty("open").GetBoolean(), task.GetProperty("to").GetInt32()));
        Assert.Contains(pair.MatchId.ToString(), (await coordinator.PostAsync("{ openHealthTasks { match { id } task { rule } } }")).Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal([("HEALTH_CHECK_NOT_DUE", "milestone")],
            (await coordinator.PostAsync(RecordClient, new { i = new { matchId = pair.MatchId, milestone = 3, goingWell = 4, supported = 4, idempotencyKey = "desk-" + Guid.NewGuid() } })).UserErrors("recordClientHealthCheck"));

        var checkIn = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, with: "CLIENT", rating: 3, on: "2026-12-22"));
        Assert.False(checkIn.Data.GetProperty("logStaffCheckIn").GetProperty("monitoring").GetProperty("tasks")[0].GetProperty("open").GetBoolean());
        Assert.DoesNotContain(pair.MatchId.ToString(), (await coordinator.PostAsync("{ openHealthTasks { match { id } } }")).Body.GetRawText(), StringComparison.Ordinal);
    }
}
