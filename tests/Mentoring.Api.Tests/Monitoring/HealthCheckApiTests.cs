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
/// The mentor's own health check at one month: once, even synced twice, never for another mentor's match.
/// Every pair's match begins on 20 November 2026 (a 30-day first month): with the default policy, check-ins are due on
/// 5 December, 20 December, then the 20th of each month; the first health check opens on 20 December. The fixture's
/// clock (23 November 2026) only moves forward, so each class that moves it has a fixture of its own.
/// </summary>
public sealed class HealthCheckApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_mentor_answers_their_own_health_check_once_even_synced_twice_and_never_for_another_match()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var other = await Scenarios.ActivePairAsync(api, coordinator);

        // Before one month: nothing open.
        Assert.Equal([("HEALTH_CHECK_NOT_DUE", "matchId")],
            (await pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 4, supported = 5, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));

        await MonitoringCalls.At(api, new DateOnly(2026, 12, 21), coordinator);
        await pair.Mentor.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        await other.Mentor.LoginAsync(other.MentorEmail, Scenarios.MentorPassword);
        Assert.Equal(1, MineDue(await pair.Mentor.PostAsync("{ myMatches { matchId healthCheckDue } }"), pair.MatchId));

        var key = "phone-" + Guid.NewGuid();
        var sends = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 4, supported = 5, idempotencyKey = key } })));
        Assert.All(sends, s => Assert.Empty(s.UserErrors("answerMatchHealthCheck")));
        Assert.All(sends, s => Assert.Equal((1, "2026-12-21"), (s.Data.GetProperty("answerMatchHealthCheck").GetProperty("healthCheck").GetProperty("milestone").GetInt32(),
            s.Data.GetProperty("answerMatchHealthCheck").GetProperty("healthCheck").GetProperty("answeredOn").GetString())));
        var health = (await coordinator.PostAsync(MonitoringQuery, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").GetProperty("health");
        Assert.Equal(("MENTOR", 1, 4, 5), (health[0].GetProperty("source").GetString(), health[0].GetProperty("milestone").GetInt32(),
            health[0].GetProperty("goingWell").GetInt32(), health[0].GetProperty("supported").GetInt32()));
        Assert.Equal(1, health.GetArrayLength());
        Assert.Null(MineDue(await pair.Mentor.PostAsync("{ myMatches { matchId healthCheckDue } }"), pair.MatchId));

        // A second answer with another key is refused; another mentor cannot answer for this match at all.
        Assert.Equal([("HEALTH_CHECK_ANSWERED", "matchId")],
            (await pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 1, supported = 1, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));
        var writes = await api.CountWritesAsync();
        Assert.Equal([("NOT_FOUND", "matchId")],
            (await other.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 1, supported = 1, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }
}
