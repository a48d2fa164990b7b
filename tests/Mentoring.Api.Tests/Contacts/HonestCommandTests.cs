namespace Mentoring.Api.Tests.Contacts;

/// <summary>Commands say what they did: a reused key with another meeting is refused, a match does not end without a reason.</summary>
public sealed class HonestCommandTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Log = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id durationMinutes } } errors { code field } } }";

    private static object Meeting(Guid matchId, string key, int minutes) => new
    {
        i = new { matchId, idempotencyKey = key, happenedAt = "2026-11-22T10:00:00Z", durationMinutes = minutes, mode = "PHONE",
                  topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<string>(), concern = "NONE" },
    };

    [Fact]
    public async Task A_reused_key_with_a_different_meeting_is_refused_and_the_first_meeting_stays()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.Empty((await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "offline-edit-1", 30))).UserErrors("logContact"));
        Assert.Empty((await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "offline-edit-1", 30))).UserErrors("logContact")); // a true retry
        var before = await api.CountWritesAsync();
        var edited = await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "offline-edit-1", 45));
        Assert.Equal([("IDEMPOTENCY_KEY_REUSED", "idempotencyKey")], edited.UserErrors("logContact"));
        Assert.Equal(before, await api.CountWritesAsync());
        var stored = await coordinator.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { nodes { durationMinutes } } }", new { m = pair.MatchId });
        Assert.Equal([30], stored.Data.GetProperty("contactTimeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("durationMinutes").GetInt32()));
    }

    [Fact]
    public async Task A_match_does_not_end_without_a_reason_and_volunteer_hours_are_exact()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "hours-0001", 75));
        var hours = await coordinator.PostAsync("query($m: ID!) { volunteerHours(mentorId: $m, from: \"2026-11-01\", to: \"2026-11-30\") { minutes hours } }", new { m = pair.MentorId });
        Assert.Equal(1.25, hours.Data.GetProperty("volunteerHours")[0].GetProperty("hours").GetDouble());

        var version = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = pair.MatchId })).Data.GetProperty("match").GetProperty("version").GetInt64();
        var before = await api.CountWritesAsync();
        var ended = await coordinator.PostAsync($"mutation {{ endMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {version} }}) {{ errors {{ code field }} }} }}");
        Assert.Equal([("VALIDATION", "endReason")], ended.UserErrors("endMatch"));
        Assert.Equal(before, await api.CountWritesAsync());
    }
}
