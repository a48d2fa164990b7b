using Mentoring.Jobs.Reminders;

namespace Mentoring.Api.Tests.Auth;

/// <summary>A lapse of vetting needs no event; the day it happens the mentor's access and matches follow it.</summary>
public sealed class LapsedMentorTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task When_vetting_lapses_the_mentor_loses_mentor_access_at_once_and_the_scan_holds_their_matches()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.False((await pair.Mentor.PostAsync("{ myMatches { matchId } }")).HasErrors);

        // Years later the background check has expired: the very next request is no longer a mentor's…
        api.Clock.Advance(TimeSpan.FromDays(3 * 365));
        using var again = api.Client();
        var login = await again.PostAsync("mutation($i: LoginInput!) { login(input: $i) { user { mentorStanding } errors { code } } }",
            new { i = new { email = pair.MentorEmail, password = Scenarios.MentorPassword } });
        Assert.Equal("LAPSED", login.Data.GetProperty("login").GetProperty("user").GetProperty("mentorStanding").GetString()); // the app knows at sign-in
        await again.RefreshAntiforgeryAsync();
        Assert.Equal("LAPSED", (await again.PostAsync("{ me { mentorStanding } }")).Data.GetProperty("me").GetProperty("mentorStanding").GetString());
        Assert.Equal(["FORBIDDEN"], (await again.PostAsync("{ myMatches { matchId } }")).ErrorCodes);

        // …and the scan puts the match on hold (once: a second scan holds nothing more) and ends the mentor's sessions.
        var today = Domain.Common.RigaCalendar.Today(api.Clock);
        Assert.Equal(1, await ReminderScan.HoldLapsedAsync(api.Store, api.NgoA.TenantId, api.Clock.GetUtcNow(), today, CancellationToken.None));
        Assert.Equal(0, await ReminderScan.HoldLapsedAsync(api.Store, api.NgoA.TenantId, api.Clock.GetUtcNow(), today, CancellationToken.None));
        using var staff = await api.SignedIn("a", Role.Coordinator); // the morning's session expired long ago
        var match = (await staff.PostAsync("query($id: ID!) { match(id: $id) { stage pausedBecause } }", new { id = pair.MatchId })).Data.GetProperty("match");
        Assert.Equal(("PAUSED", "MENTOR_LAPSED"), (match.GetProperty("stage").GetString(), match.GetProperty("pausedBecause").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.PostAsync("{ me { id } myMatches { matchId } }")).Status);
    }
}
