using Marten;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Retention;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>Closed cases are anonymised by the nightly job once the retention period has passed — not a day before.</summary>
public sealed class RetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_case_closed_five_years_ago_is_anonymised_once_and_an_open_one_is_kept()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var closed = await ReferAsync(coordinator, "Aivars Vecais");
        var open = await ReferAsync(coordinator, "Aivars Jaunais");
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = closed })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId = closed, expectedVersion = version, reason = "GOALS_MET" } })).UserErrors("closeCase"));

        var job = new RetentionJob(api.Store, api.Clock, new JobsOptions { RetentionYears = 5 }, NullLogger<RetentionJob>.Instance);
        api.Clock.Advance(TimeSpan.FromDays(5 * 365)); // a day short of five years (2028 is a leap year)
        Assert.Equal(0, await job.RunAsync(default));
        api.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await job.RunAsync(default));
        Assert.Equal(0, await job.RunAsync(default)); // nothing left to do

        using var again = await api.SignedIn("a", Role.Coordinator); // the clock moved past the cookie's life
        var names = await again.PostAsync("query($a: ID!, $b: ID!) { a: client(id: $a) { name closureReason goals { id } } b: client(id: $b) { name } }", new { a = closed, b = open });
        Assert.Equal("[erased]", names.Data.GetProperty("a").GetProperty("name").GetString());
        Assert.Equal("GOALS_MET", names.Data.GetProperty("a").GetProperty("closureReason").GetString());
        Assert.True(names.Data.GetProperty("a").GetProperty("goals").GetArrayLength() >= 6);
        Assert.Equal("Aivars Jaunais", names.Data.GetProperty("b").GetProperty("name").GetString());

        using var auditor = await api.SignedIn("a", Role.Auditor);
        var trail = await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: PERSON_ERASED) { nodes { byRoles bySystem purpose } } }", new { s = closed });
        var entry = Assert.Single(trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.Equal(0, entry.GetProperty("byRoles").GetArrayLength());
        Assert.True(entry.GetProperty("bySystem").GetBoolean());
    }

    [Fact]
    public async Task An_application_nobody_confirmed_is_erased_once_its_link_expired_and_a_confirmed_one_is_kept()
    {
        using var anonymous = api.Client();
        var forged = $"forged-{Guid.NewGuid():N}@example.lv";
        var real = $"real-{Guid.NewGuid():N}@example.lv";
        foreach (var email in new[] { forged, real })
            Assert.Empty((await anonymous.PostAsync(Mentors.MentorApi.Submit, Mentors.MentorApi.Application(api.NgoA.Id, email))).UserErrors("submitMentorApplication"));
        var token = await Mentors.MentorApi.ConfirmationTokenForAsync(api, api.NgoA.Id, real);
        Assert.Empty((await anonymous.PostAsync("mutation($t: String!) { confirmMentorApplication(token: $t) { errors { code field } } }", new { t = token }))
            .UserErrors("confirmMentorApplication"));

        var job = new RetentionJob(api.Store, api.Clock, new JobsOptions(), NullLogger<RetentionJob>.Instance);
        Assert.Equal(0, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default)); // still within 48 hours
        api.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Equal(1, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default));
        Assert.Equal(0, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default));

        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        var profiles = await session.Events.QueryRawEventDataOnly<Domain.Mentors.MentorApplicationAwaitingConfirmation>().Select(e => e.Profile.Email).ToListAsync();
        Assert.DoesNotContain(forged, profiles);
        Assert.Contains(real, profiles);
    }

    private static async Task<string> ReferAsync(GraphQLClient coordinator, string name) =>
        (await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id } errors { code } } }", new
        {
            i = new { name, gender = "MALE", birthYear = 1970, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = "2026-12-01",
                      releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Inese" },
        })).Data.GetProperty("referClient").GetProperty("client").GetProperty("id").GetString()!;
}
