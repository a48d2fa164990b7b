using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>An approved mentor signed in through their invitation, with a match (active, or only proposed) with a consented client.</summary>
public sealed record ActivePair(Guid MatchId, GraphQLClient Mentor, Guid MentorId, string MentorEmail, string ClientName);

/// <summary>Whole situations built through the public API, as a coordinator would build them.</summary>
public static class Scenarios
{
    public const string MentorPassword = "a-long-enough-passphrase";

    /// <summary>The match starts on 2026-11-20; the client is released on 2026-11-25 (the fixture's clock says 2026-11-23).</summary>
    public static async Task<ActivePair> ActivePairAsync(ApiFixture api, GraphQLClient coordinator, string? clientName = null, Guid? organisationId = null, string? mentorEmail = null,
        Guid? clientId = null)
    {
        var pair = await ProposedPairAsync(api, coordinator, clientName, organisationId, mentorEmail, clientId);
        await StepsAsync(coordinator, pair.MatchId, "acceptMatch", "recordClientAgreement", "activateMatch");
        return pair;
    }

    /// <summary>Moves a match on as its coordinator records it (the match starts on 2026-11-20).</summary>
    public static async Task StepsAsync(GraphQLClient coordinator, Guid matchId, params string[] steps)
    {
        foreach (var step in steps)
        {
            var version = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = matchId })).Data.GetProperty("match").GetProperty("version").GetInt64();
            var extra = step == "activateMatch" ? ", on: \"2026-11-20\"" : "";
            Assert.Empty((await coordinator.PostAsync($"mutation {{ {step}(input: {{ matchId: \"{matchId}\", expectedVersion: {version}{extra} }}) {{ errors {{ code }} }} }}")).UserErrors(step));
        }
    }

    /// <summary>The same, up to the coordinator's proposal: the mentor has neither accepted nor declined it yet.</summary>
    /// <param name="clientId">A consented case already on record (a referral accepted); otherwise one is referred.</param>
    public static async Task<ActivePair> ProposedPairAsync(ApiFixture api, GraphQLClient coordinator, string? clientName = null, Guid? organisationId = null, string? mentorEmail = null,
        Guid? clientId = null)
    {
        var email = mentorEmail ?? $"m-{Guid.NewGuid():N}@example.lv";
        var mentorId = Guid.Parse((await coordinator.PostAsync(Submit, Application(organisationId ?? api.NgoA.Id, email))).Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
        await VetFullyAsync(coordinator, mentorId);
        await ApproveAsync(coordinator, mentorId);
        var token = await api.LinkSecretAsync(email, "inv_"); // the link the mentor was e-mailed
        var mentor = api.Client();
        await mentor.PostAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { errors { code field } } }", new { i = new { token, password = MentorPassword } });
        await mentor.RefreshAntiforgeryAsync();

        var name = clientName ?? $"C {Guid.NewGuid():N}"[..16];
        if (clientId is null)
        {
            var client = (await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } } }", new
            {
                i = new { name, gender = "MALE", birthYear = 1984, languages = new[] { "lv" }, prisonCode = "olaine",
                          expectedReleaseDate = "2026-11-25", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze" },
            })).Data.GetProperty("referClient").GetProperty("client");
            await coordinator.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code field } } }", new
            {
                i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(),
                          scopes = new[] { "PROCESSING", "MENTOR_CONTACT", "AGGREGATE_REPORTING" }, givenOn = "2026-11-20", documentReference = "PK-1" },
            });
            clientId = Guid.Parse(client.GetProperty("id").GetString()!);
        }
        var match = (await coordinator.PostAsync("mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { match { id version } errors { code message } } }",
            new { i = new { clientId, mentorId } })).Data.GetProperty("proposeMatch").GetProperty("match");
        return new ActivePair(Guid.Parse(match.GetProperty("id").GetString()!), mentor, mentorId, email, name);
    }
}
