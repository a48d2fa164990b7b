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
/// Refused check-ins, tenant isolation, the mentor refused the staff types, and the check-in policy: all on the fixture's first day.
/// Every pair's match begins on 20 November 2026 (a 30-day first month): with the default policy, check-ins are due on
/// 5 December, 20 December, then the 20th of each month; the first health check opens on 20 December. The fixture's
/// clock (23 November 2026) only moves forward, so each class that moves it has a fixture of its own.
/// </summary>
public sealed class MonitoringApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(6, "2026-11-23", "RATING_OUT_OF_RANGE", "healthRating")]
    [InlineData(0, "2026-11-23", "RATING_OUT_OF_RANGE", "healthRating")]
    [InlineData(3, "2026-11-24", "CHECK_IN_IN_FUTURE", "on")]
    [InlineData(3, "2026-11-19", "CHECK_IN_BEFORE_MATCH", "on")]
    public async Task Bad_check_ins_are_typed_errors_and_write_nothing(int rating, string on, string code, string field)
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var writes = await api.CountWritesAsync();
        Assert.Contains((code, field), (await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, rating: rating, on: on))).UserErrors("logStaffCheckIn"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Another_ngo_and_the_mentor_reach_nothing_of_the_staffs_monitoring()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.Empty((await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).UserErrors("logStaffCheckIn"));

        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        var writes = await api.CountWritesAsync();
        Assert.Equal([("NOT_FOUND", "matchId")], (await otherNgo.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).UserErrors("logStaffCheckIn"));
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Equal(JsonValueKind.Null, (await otherNgo.PostAsync(MonitoringQuery, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").ValueKind);
        var theirs = await otherNgo.PostAsync("{ checkInsDue(includeOnTrack: true) { match { id } } openHealthTasks { match { id } } }");
        Assert.DoesNotContain(pair.MatchId.ToString(), theirs.Body.GetRawText(), StringComparison.Ordinal);

        // The mentor is refused the staff's operations and types outright.
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync(MonitoringQuery, new { m = pair.MatchId })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync("{ myMatches { matchId } checkInsDue { with } }")).Status);
    }

    [Fact]
    public async Task The_check_in_policy_is_versioned_and_checked()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var version = (await admin.PostAsync("{ checkInPolicy { version firstMonthCheckIns } }")).Data.GetProperty("checkInPolicy").GetProperty("version").GetString();
        const string Update = "mutation($i: UpdateCheckInPolicyInput!) { updateCheckInPolicy(input: $i) { policy { version firstMonthCheckIns } errors { code field } } }";
        object Input(string? v, int first) => new { i = new { version = v, firstMonthCheckIns = first, laterIntervalMonths = 1, dueSoonDays = 7, remindOverdueAfterDays = 3,
            escalateAfterDaysOverdue = 7, healthCheckWindowDays = 28, lowRating = 2, fallingDrop = 2 } };
        Assert.Equal([("VALIDATION", "firstMonthCheckIns")], (await admin.PostAsync(Update, Input(version, 9))).UserErrors("updateCheckInPolicy"));
        var saved = await admin.PostAsync(Update, Input(version, 3));
        Assert.Equal(3, saved.Data.GetProperty("updateCheckInPolicy").GetProperty("policy").GetProperty("firstMonthCheckIns").GetInt32());
        Assert.Equal([("CONCURRENCY_CONFLICT", "version")], (await admin.PostAsync(Update, Input(version, 2))).UserErrors("updateCheckInPolicy"));
        var current = saved.Data.GetProperty("updateCheckInPolicy").GetProperty("policy").GetProperty("version").GetString();
        Assert.Empty((await admin.PostAsync(Update, Input(current, 2))).UserErrors("updateCheckInPolicy")); // back to the default for the other tests
    }
}
