using System.Text.Json;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Matching;

public sealed class MatchingApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Propose = "mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { match { id version stage score factors { name value reason params { name value } } } errors { code message field } } }";

    private async Task<Guid> ApprovedMentorAsync(GraphQLClient coordinator, string municipality = "riga", int capacity = 2)
    {
        var email = $"m-{Guid.NewGuid():N}@example.lv";
        var response = await coordinator.PostAsync(Submit, Application(api.NgoA.Id, email, capacity: capacity, municipality: municipality));
        var id = Guid.Parse(response.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
        await VetFullyAsync(coordinator, id);
        Assert.Empty((await ApproveAsync(coordinator, id)).UserErrors("approveMentor"));
        return id;
    }

    private static async Task<Guid> ConsentedClientAsync(GraphQLClient coordinator, string municipality = "riga", string release = "2027-01-10")
    {
        var referred = await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } errors { code } } }", new
        {
            i = new
            {
                name = $"Client {Guid.NewGuid():N}"[..20], gender = "MALE", birthYear = 1984, languages = new[] { "lv" }, prisonCode = "olaine",
                expectedReleaseDate = release, releaseType = "END_OF_SENTENCE", destinationMunicipality = municipality, referrerName = "Ilze",
            },
        });
        var client = referred.Data.GetProperty("referClient").GetProperty("client");
        var consent = await coordinator.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code } } }", new
        {
            i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(),
                      scopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, givenOn = "2026-11-20", documentReference = "PK-1" },
        });
        Assert.Empty(consent.UserErrors("recordConsent"));
        return Guid.Parse(client.GetProperty("id").GetString()!);
    }

    private static async Task<GraphQLResponse> StepAsync(GraphQLClient client, string mutation, JsonElement match, object? extra = null)
    {
        var input = JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        input["matchId"] = match.GetProperty("id").GetString();
        input["expectedVersion"] = match.GetProperty("version").GetInt64();
        return await client.PostAsync($"mutation($i: MatchCommandInput!) {{ {mutation}(input: $i) {{ match {{ id version stage mentorAccepted }} errors {{ code message field }} }} }}", new { i = input });
    }

    [Fact]
    public async Task Candidates_are_ranked_with_reasons_and_why_not_lists_failed_constraints()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var fits = await ApprovedMentorAsync(coordinator);
        var elsewhere = await ApprovedMentorAsync(coordinator, municipality: "liepaja");
        var client = await ConsentedClientAsync(coordinator);

        var candidates = (await coordinator.PostAsync("query($c: ID!) { matchCandidates(clientId: $c) { mentorId eligible score factors { name weight value reason params { name value kind } } } }", new { c = client }))
            .Data.GetProperty("matchCandidates").EnumerateArray().ToList();
        Assert.Contains(candidates, c => c.GetProperty("mentorId").GetString() == fits.ToString());
        Assert.DoesNotContain(candidates, c => c.GetProperty("mentorId").GetString() == elsewhere.ToString());
        Assert.Equal(6, candidates[0].GetProperty("factors").GetArrayLength());

        var whyNot = (await coordinator.PostAsync("query($c: ID!, $m: ID!) { matchCandidate(clientId: $c, mentorId: $m) { eligible failedConstraints { name params { name value kind } } } }",
            new { c = client, m = elsewhere })).Data.GetProperty("matchCandidate");
        Assert.False(whyNot.GetProperty("eligible").GetBoolean());
        var failed = Assert.Single(whyNot.GetProperty("failedConstraints").EnumerateArray());
        Assert.Equal("MUNICIPALITY", failed.GetProperty("name").GetString());
        // The reason is data: the destination's official name as a parameter, no English sentence.
        Assert.Equal(["municipality=Rīga/TEXT"], failed.GetProperty("params").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}={p.GetProperty("value").GetString()}/{p.GetProperty("kind").GetString()}"));
        var load = candidates[0].GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "LOAD");
        Assert.Equal("SUPPORTS_NOW", load.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_match_lifecycle_from_proposal_to_end_and_rematch()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var mentor = await ApprovedMentorAsync(coordinator);
        var client = await ConsentedClientAsync(coordinator);
        var match = (await coordinator.PostAsync(Propose, new { i = new { clientId = client, mentorId = mentor } })).Data.GetProperty("proposeMatch").GetProperty("match");
        Assert.Equal("PROPOSED", match.GetProperty("stage").GetString());

        var early = await StepAsync(coordinator, "activateMatch", match);
        Assert.Equal("INVALID_TRANSITION", early.UserErrors("activateMatch")[0].Code);
        var accepted = await StepAsync(coordinator, "acceptMatch", match);
        Assert.True(accepted.Data.GetProperty("acceptMatch").GetProperty("match").ValueKind == System.Text.Json.JsonValueKind.Object, accepted.Body.GetRawText());
        match = accepted.Data.GetProperty("acceptMatch").GetProperty("match");
        match = (await StepAsync(coordinator, "recordClientAgreement", match)).Data.GetProperty("recordClientAgreement").GetProperty("match");
        match = (await StepAsync(coordinator, "activateMatch", match)).Data.GetProperty("activateMatch").GetProperty("match");
        Assert.Equal("ACTIVE", match.GetProperty("stage").GetString());
        match = (await StepAsync(coordinator, "pauseMatch", match, new { reason = "client in hospital" })).Data.GetProperty("pauseMatch").GetProperty("match");
        match = (await StepAsync(coordinator, "resumeMatch", match)).Data.GetProperty("resumeMatch").GetProperty("match");
        var second = await coordinator.PostAsync(Propose, new { i = new { clientId = client, mentorId = await ApprovedMentorAsync(coordinator) } });
        Assert.Equal("CLIENT_ALREADY_MATCHED", second.UserErrors("proposeMatch")[0].Code);
        match = (await StepAsync(coordinator, "endMatch", match, new { endReason = "MENTOR_UNAVAILABLE" })).Data.GetProperty("endMatch").GetProperty("match");
        Assert.Equal("ENDED", match.GetProperty("stage").GetString());
        var rematch = await coordinator.PostAsync(Propose, new { i = new { clientId = client, mentorId = mentor, replacesMatchId = match.GetProperty("id").GetString() } });
        Assert.Empty(rematch.UserErrors("proposeMatch"));
        var history = await coordinator.PostAsync("query($c: ID!) { matches(clientId: $c) { stage } }", new { c = client });
        Assert.Equal(2, history.Data.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task An_ineligible_proposal_lists_every_failed_constraint_and_writes_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var mentor = await ApprovedMentorAsync(coordinator, municipality: "liepaja");
        var client = await ConsentedClientAsync(coordinator);
        var before = await api.CountWritesAsync();
        var refused = await coordinator.PostAsync(Propose, new { i = new { clientId = client, mentorId = mentor } });
        Assert.All(refused.UserErrors("proposeMatch"), e => Assert.Equal("NOT_ELIGIBLE", e.Code));
        Assert.Contains("MUNICIPALITY", refused.Data.GetProperty("proposeMatch").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Two_coordinators_racing_for_the_last_place_exactly_one_succeeds()
    {
        using var first = await api.SignedIn("a", Role.Coordinator);
        using var second = await api.SignedIn("a", Role.OrgAdmin);
        var mentor = await ApprovedMentorAsync(first, capacity: 1);
        var clientA = await ConsentedClientAsync(first);
        var clientB = await ConsentedClientAsync(first);

        for (var round = 0; round < 3; round++)
        {
            var results = await Task.WhenAll(
                first.PostAsync(Propose, new { i = new { clientId = clientA, mentorId = mentor } }),
                second.PostAsync(Propose, new { i = new { clientId = clientB, mentorId = mentor } }));
            var won = results.Where(r => r.UserErrors("proposeMatch").Count == 0).ToList();
            var lost = results.Where(r => r.UserErrors("proposeMatch").Count > 0).ToList();
            Assert.Single(won);
            Assert.Equal("CAPACITY_EXCEEDED", Assert.Single(lost).UserErrors("proposeMatch")[0].Code);
            // Free the place again for the next round.
            var match = won[0].Data.GetProperty("proposeMatch").GetProperty("match");
            Assert.Empty((await StepAsync(first, "endMatch", match, new { endReason = "OTHER", note = "test round over" })).UserErrors("endMatch"));
        }
    }

    [Fact]
    public async Task A_batch_is_proposed_without_writing_and_confirmed_pair_by_pair()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var mentor = await ApprovedMentorAsync(coordinator, municipality: "ventspils", capacity: 1);
        var sooner = await ConsentedClientAsync(coordinator, municipality: "ventspils", release: "2026-12-01");
        var later = await ConsentedClientAsync(coordinator, municipality: "ventspils", release: "2027-01-15");

        var before = await api.CountWritesAsync();
        var batch = await coordinator.PostAsync("mutation($c: [ID!]) { proposeBatchMatches(clientIds: $c) { clientId mentorId score daysToRelease } }",
            new { c = new[] { sooner, later } });
        var proposed = batch.Data.GetProperty("proposeBatchMatches").EnumerateArray().ToList();
        Assert.Equal(before, await api.CountWritesAsync());
        var only = Assert.Single(proposed); // one place: the sooner release wins it at an equal score
        Assert.Equal(sooner.ToString(), only.GetProperty("clientId").GetString());
        Assert.Equal(mentor.ToString(), only.GetProperty("mentorId").GetString());

        var confirmed = await coordinator.PostAsync("mutation($p: [ProposalInput!]!) { confirmProposals(proposals: $p) { clientId match { stage } errors { code } } }",
            new { p = new[] { new { clientId = sooner, mentorId = mentor }, new { clientId = later, mentorId = mentor } } });
        var outcomes = confirmed.Data.GetProperty("confirmProposals").EnumerateArray().ToList();
        Assert.Equal("PROPOSED", outcomes[0].GetProperty("match").GetProperty("stage").GetString());
        Assert.Equal("CAPACITY_EXCEEDED", outcomes[1].GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Weights_are_validated_versioned_and_only_org_admins_change_them()
    {
        using var admin = await api.SignedIn("b", Role.OrgAdmin);
        const string Update = "mutation($i: MatchingWeightsInput!) { updateMatchingWeights(input: $i) { weights { load version } errors { code field } } }";
        object Weights(string version, double needs, double load) =>
            new { i = new { version, needCoverage = needs, livedExperienceFit = 0.1, ageProximity = 0.1, availabilityOverlap = 0.1, load, preferredLanguage = 0.1 } };
        var read = (await admin.PostAsync("{ matchingWeights { version } }")).Data.GetProperty("matchingWeights").GetProperty("version").GetString()!;
        Assert.Equal(Guid.Empty.ToString(), read); // the defaults: nothing saved yet
        var bad = await admin.PostAsync(Update, Weights(read, 2.0, 0.1));
        Assert.Equal([("VALIDATION", "weights")], bad.UserErrors("updateMatchingWeights"));

        var ok = await admin.PostAsync(Update, Weights(read, 0.5, 0.3));
        var saved = ok.Data.GetProperty("updateMatchingWeights").GetProperty("weights");
        Assert.Equal(0.3, saved.GetProperty("load").GetDouble());
        // A second admin who read the defaults before that save is refused, not silently written over.
        var before = await api.CountWritesAsync();
        Assert.Equal([("CONCURRENCY_CONFLICT", "version")], (await admin.PostAsync(Update, Weights(read, 0.2, 0.2))).UserErrors("updateMatchingWeights"));
        Assert.Equal(before, await api.CountWritesAsync());
        var again = await admin.PostAsync(Update, Weights(saved.GetProperty("version").GetString()!, 0.2, 0.2));
        Assert.Equal(0.2, again.Data.GetProperty("updateMatchingWeights").GetProperty("weights").GetProperty("load").GetDouble());

        using var coordinator = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync(Update, Weights(read, 0.5, 0.3))).Status);
    }

    [Fact]
    public async Task A_declared_conflict_of_interest_excludes_the_mentor()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var mentor = await ApprovedMentorAsync(coordinator, municipality: "jurmala");
        var client = await ConsentedClientAsync(coordinator, municipality: "jurmala");
        var declared = await coordinator.PostAsync("mutation($m: ID!, $c: ID!) { declareConflictOfInterest(mentorId: $m, clientId: $c, kind: SAME_PRISON_SAME_TIME) }",
            new { m = mentor, c = client });
        Assert.True(declared.Data.GetProperty("declareConflictOfInterest").GetBoolean());
        var whyNot = (await coordinator.PostAsync("query($c: ID!, $m: ID!) { matchCandidate(clientId: $c, mentorId: $m) { failedConstraints { name } } }",
            new { c = client, m = mentor })).Data.GetProperty("matchCandidate");
        Assert.Equal(["CONFLICT_OF_INTEREST"], whyNot.GetProperty("failedConstraints").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var refused = await coordinator.PostAsync(Propose, new { i = new { clientId = client, mentorId = mentor } });
        Assert.Equal("NOT_ELIGIBLE", refused.UserErrors("proposeMatch")[0].Code);
    }
}
