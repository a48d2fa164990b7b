using System.Text.Json;

namespace Mentoring.Api.Tests.Auth;

/// <summary>
/// A mentor gets a mentor's view and nothing of the case file, whatever path they take; their access follows their
/// standing and the match's; withdrawn consent takes effect everywhere; every read of a case is on record.
/// </summary>
public sealed class MentorViewTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string SecretNote = "Insulīna atkarīgs diabēts";
    private const string MyMatches = """
        { myMatches { matchId stage mentorAccepted clientName releaseDate destinationMunicipality { code name } endedOn
          goals { title deadline status } needs { domain level note } riskFlags } }
        """;

    private sealed record Case(ActivePair Pair, string ClientId, GraphQLClient Coordinator);

    /// <summary>An active pair whose client has a health need with a note and a risk flag recorded.</summary>
    private async Task<Case> CaseAsync()
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var clientId = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        await ClientCommand(coordinator, clientId, "assessNeeds", "AssessNeedsInput", new Dictionary<string, object>
        {
            ["needs"] = new[] { new { domain = "HEALTH", level = "HIGH", note = (string?)SecretNote }, new { domain = "HOUSING", level = "MEDIUM", note = (string?)null } },
            ["source"] = "prison assessment", ["assessedOn"] = "2026-11-20",
        });
        await ClientCommand(coordinator, clientId, "recordRiskFlags", "RecordRiskFlagsInput", new Dictionary<string, object> { ["flags"] = new[] { "RELAPSE_RISK" } });
        return new Case(pair, clientId, coordinator);
    }

    [Fact]
    public async Task A_mentor_sees_name_release_destination_plan_and_need_levels_and_no_field_of_the_case_file_through_any_path()
    {
        var (pair, _, coordinator) = await CaseAsync();

        var mine = Single(await pair.Mentor.PostAsync(MyMatches));
        Assert.Equal(pair.ClientName, mine.GetProperty("clientName").GetString());
        Assert.Equal("2026-11-25", mine.GetProperty("releaseDate").GetString());
        Assert.Equal("Rīga", mine.GetProperty("destinationMunicipality").GetProperty("name").GetString());
        Assert.Equal(6, mine.GetProperty("goals").GetArrayLength()); // the standard plan, with its deadlines
        Assert.All(mine.GetProperty("goals").EnumerateArray(), g => Assert.True(DateOnly.TryParse(g.GetProperty("deadline").GetString(), out _)));
        var needs = mine.GetProperty("needs").EnumerateArray().ToDictionary(n => n.GetProperty("domain").GetString()!);
        Assert.Equal("HIGH", needs["HEALTH"].GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, needs["HEALTH"].GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("riskFlags").ValueKind);

        // Every path that returns a match or a person to a mentor refuses the staff types, before anything runs.
        var version = await MatchVersion(coordinator, pair.MatchId);
        foreach (var document in new[]
                 {
                     $"mutation {{ acceptMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {version} }}) {{ match {{ client {{ needs {{ note }} }} }} errors {{ code field }} }} }}",
                     $"mutation {{ declineMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {version}, reason: \"busy\" }}) {{ match {{ client {{ contact referrerName }} }} }} }}",
                     $"{{ match(id: \"{pair.MatchId}\") {{ client {{ needs {{ note }} }} }} }}",
                     $"{{ matches(mentorId: \"{pair.MentorId}\") {{ client {{ needs {{ note }} }} }} }}",
                     $"{{ client(id: \"{pair.MatchId}\") {{ needs {{ note }} }} }}",
                 })
        {
            var refused = await pair.Mentor.PostAsync(document);
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }
        // The mentor's own answer comes back in the mentor's shape.
        var answered = await pair.Mentor.PostAsync($"mutation {{ acceptMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {version} }}) {{ myMatch {{ clientName needs {{ note }} }} errors {{ code field }} }} }}");
        Assert.Equal(["INVALID_TRANSITION"], answered.UserErrors("acceptMatch").Select(e => e.Code)); // already active; nothing leaks either way
        Assert.DoesNotContain(SecretNote, answered.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_needs_note_reaches_the_mentor_only_while_a_coordinator_shares_it_and_each_change_is_audited()
    {
        var (pair, clientId, coordinator) = await CaseAsync();
        var share = await MatchStep(coordinator, pair.MatchId, "shareNeedNoteWithMentor", "domain: HEALTH");
        Assert.Empty(share);
        var needs = Single(await pair.Mentor.PostAsync(MyMatches)).GetProperty("needs").EnumerateArray().ToDictionary(n => n.GetProperty("domain").GetString()!);
        Assert.Equal(SecretNote, needs["HEALTH"].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, needs["HOUSING"].GetProperty("note").ValueKind);
        // A need without a note cannot be shared; an OrgAdmin cannot share at all (coordinators decide).
        Assert.Equal(["NOT_FOUND"], (await MatchStep(coordinator, pair.MatchId, "shareNeedNoteWithMentor", "domain: HOUSING")).Select(e => e.Code));

        Assert.Empty(await MatchStep(coordinator, pair.MatchId, "shareNeedNoteWithMentor", "domain: HEALTH, share: false"));
        needs = Single(await pair.Mentor.PostAsync(MyMatches)).GetProperty("needs").EnumerateArray().ToDictionary(n => n.GetProperty("domain").GetString()!);
        Assert.Equal(JsonValueKind.Null, needs["HEALTH"].GetProperty("note").ValueKind);

        using var auditor = await api.SignedIn("a", Role.Auditor);
        var shared = (await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: SHARED_WITH_MENTOR) { nodes { purpose via } } }", new { s = clientId }))
            .Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("purpose").GetString(), n.GetProperty("via").GetString())).ToList();
        Assert.Equal([("share:NEED_NOTE:HEALTH", "shareNeedNoteWithMentor"), ("unshare:NEED_NOTE:HEALTH", "shareNeedNoteWithMentor")], shared.Order());
    }

    [Fact]
    public async Task Suspending_a_mentor_pauses_their_matches_takes_back_what_was_shared_and_ends_their_cookie_and_token()
    {
        var (pair, _, coordinator) = await CaseAsync();
        Assert.Empty(await MatchStep(coordinator, pair.MatchId, "shareRiskFlagsWithMentor", "share: true"));
        Assert.Equal(["RELAPSE_RISK"], Single(await pair.Mentor.PostAsync(MyMatches)).GetProperty("riskFlags").EnumerateArray().Select(f => f.GetString()));
        var secret = (await pair.Mentor.PostAsync("mutation { createApiToken(input: { name: \"phone\" }) { apiToken { secret } } }"))
            .Data.GetProperty("createApiToken").GetProperty("apiToken").GetProperty("secret").GetString()!;
        using var byToken = api.Client();
        byToken.UseBearer(secret);
        Assert.False((await byToken.PostAsync(MyMatches)).HasErrors);

        var mentorVersion = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { version } }", new { id = pair.MentorId })).Data.GetProperty("mentor").GetProperty("version").GetInt64();
        var suspended = await coordinator.PostAsync("mutation($i: SuspendMentorInput!) { suspendMentor(input: $i) { errors { code field } } }",
            new { i = new { mentorId = pair.MentorId, expectedVersion = mentorVersion, reason = "complaint under review" } });
        Assert.Empty(suspended.UserErrors("suspendMentor"));

        // The very next request with the old cookie or the token is no longer a mentor's.
        Assert.Equal(HttpStatusCode.Unauthorized, (await pair.Mentor.PostAsync(MyMatches)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await byToken.PostAsync(MyMatches)).Status);
        // Signing in again gives a person without mentor access: told why, refused every mentor operation and new tokens.
        using var again = api.Client();
        await again.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        Assert.Equal("SUSPENDED", (await again.PostAsync("{ me { mentorStanding } }")).Data.GetProperty("me").GetProperty("mentorStanding").GetString());
        foreach (var document in new[] { MyMatches, $"{{ contactTimeline(matchId: \"{pair.MatchId}\") {{ totalCount }} }}", "mutation { createApiToken(input: { name: \"x\" }) { errors { code field } } }" })
            Assert.Equal(["FORBIDDEN"], (await again.PostAsync(document)).ErrorCodes);

        var match = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { stage pausedBecause riskFlagsShared version } }", new { id = pair.MatchId })).Data.GetProperty("match");
        Assert.Equal("PAUSED", match.GetProperty("stage").GetString());
        Assert.Equal("MENTOR_SUSPENDED", match.GetProperty("pausedBecause").GetString());
        Assert.False(match.GetProperty("riskFlagsShared").GetBoolean());
        Assert.Equal(["MENTOR_NOT_CURRENT"], (await MatchStep(coordinator, pair.MatchId, "resumeMatch", "")).Select(e => e.Code));

        mentorVersion = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { version } }", new { id = pair.MentorId })).Data.GetProperty("mentor").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: ReinstateMentorInput!) { reinstateMentor(input: $i) { errors { code field } } }",
            new { i = new { mentorId = pair.MentorId, expectedVersion = mentorVersion, reason = "complaint unfounded" } })).UserErrors("reinstateMentor"));
        Assert.Empty(await MatchStep(coordinator, pair.MatchId, "resumeMatch", ""));
        Assert.Equal("ACTIVE", Single(await again.PostAsync(MyMatches)).GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, Single(await again.PostAsync(MyMatches)).GetProperty("riskFlags").ValueKind); // not shared again by itself
    }

    [Fact]
    public async Task Withdrawn_consent_empties_consent_pauses_the_match_and_leaves_the_mentor_only_the_pause()
    {
        var (pair, clientId, coordinator) = await CaseAsync();
        Assert.Empty(await MatchStep(coordinator, pair.MatchId, "shareNeedNoteWithMentor", "domain: HEALTH"));
        await ClientCommand(coordinator, clientId, "withdrawConsent", "WithdrawConsentInput", new Dictionary<string, object> { ["withdrawnOn"] = "2026-11-22" });

        var client = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { consent consentWithdrawn consentWithdrawnOn frozen } }", new { id = clientId })).Data.GetProperty("client");
        Assert.Equal(0, client.GetProperty("consent").GetArrayLength());
        Assert.Equal("2026-11-22", client.GetProperty("consentWithdrawnOn").GetString());
        Assert.True(client.GetProperty("frozen").GetBoolean());
        var match = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { stage pausedBecause sharedNeedNotes } }", new { id = pair.MatchId })).Data.GetProperty("match");
        Assert.Equal(("PAUSED", "CONSENT_WITHDRAWN", 0), (match.GetProperty("stage").GetString(), match.GetProperty("pausedBecause").GetString(), match.GetProperty("sharedNeedNotes").GetArrayLength()));

        var mine = Single(await pair.Mentor.PostAsync(MyMatches));
        Assert.Equal("PAUSED", mine.GetProperty("stage").GetString());
        Assert.Equal((0, 0, JsonValueKind.Null), (mine.GetProperty("goals").GetArrayLength(), mine.GetProperty("needs").GetArrayLength(), mine.GetProperty("riskFlags").ValueKind));
        Assert.DoesNotContain(SecretNote, (await pair.Mentor.PostAsync(MyMatches)).Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["CASE_FROZEN"], (await MatchStep(coordinator, pair.MatchId, "resumeMatch", "")).Select(e => e.Code));
        Assert.Equal(["CASE_FROZEN"], (await MatchStep(coordinator, pair.MatchId, "shareRiskFlagsWithMentor", "share: true")).Select(e => e.Code));
    }

    [Fact]
    public async Task An_ended_match_is_read_only_to_its_mentor_and_shows_no_private_note()
    {
        var (pair, _, coordinator) = await CaseAsync();
        var logged = await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id privateNote } } errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "ended-match-1", happenedAt = "2026-11-22T10:00:00Z", durationMinutes = 30, mode = "PHONE",
                      topics = Array.Empty<string>(), goalsProgressed = Array.Empty<string>(), privateNote = "felt low today", concern = "NONE" },
        });
        var contactId = logged.Data.GetProperty("logContact").GetProperty("result").GetProperty("contact").GetProperty("id").GetString();
        Assert.Empty(await MatchStep(coordinator, pair.MatchId, "endMatch", "endReason: GOALS_MET"));

        var mine = Single(await pair.Mentor.PostAsync(MyMatches));
        Assert.Equal(("ENDED", "2026-11-23", 0), (mine.GetProperty("stage").GetString(), mine.GetProperty("endedOn").GetString(), mine.GetProperty("goals").GetArrayLength()));
        var timeline = await pair.Mentor.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { nodes { id privateNote } } }", new { m = pair.MatchId });
        Assert.Equal(JsonValueKind.Null, timeline.Data.GetProperty("contactTimeline").GetProperty("nodes")[0].GetProperty("privateNote").ValueKind);
        // Staff still read the note.
        var staff = await coordinator.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { nodes { privateNote } } }", new { m = pair.MatchId });
        Assert.Equal("felt low today", staff.Data.GetProperty("contactTimeline").GetProperty("nodes")[0].GetProperty("privateNote").GetString());

        var before = await api.CountWritesAsync();
        var late = await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "ended-match-2", happenedAt = "2026-11-22T12:00:00Z", durationMinutes = 30, mode = "PHONE",
                      topics = Array.Empty<string>(), goalsProgressed = Array.Empty<string>(), concern = "NONE" },
        });
        Assert.Equal(["MATCH_NOT_ACTIVE"], late.UserErrors("logContact").Select(e => e.Code));
        var retract = await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { retractContact(matchId: $m, contactId: $c, reason: \"mistake\") { errors { code field } } }",
            new { m = pair.MatchId, c = contactId });
        Assert.Equal(["MATCH_NOT_ACTIVE"], retract.UserErrors("retractContact").Select(e => e.Code));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Every_read_of_a_case_is_on_record_once_per_person_request_and_purpose_whichever_operation_returned_it()
    {
        var (pair, clientId, coordinator) = await CaseAsync();
        using var auditor = await api.SignedIn("a", Role.Auditor);
        async Task<List<string?>> Reads() => (await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: CASE_READ, first: 100) { nodes { via purpose } } }", new { s = clientId }))
            .Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("via").GetString()).ToList();
        var start = (await Reads()).Count;

        // A list showing only the summary (name, stage, dates) is not a read of the file…
        await coordinator.PostAsync("{ clients(first: 100) { nodes { id name stage releaseDate } } }");
        Assert.Equal(start, (await Reads()).Count);
        // …a list showing needs notes is, once per person, however many fields and aliases show them.
        await coordinator.PostAsync("{ clients(first: 100) { nodes { id needs { note } contact again: needs { level } } } }");
        Assert.True(start + 1 == (await Reads()).Count, string.Join(",", await Reads()));
        await coordinator.PostAsync("{ upcomingReleases(withinDays: 30) { client { id riskFlags goals { title } } } }");
        var clientReads = (await Reads()).Count(v => v == "client");
        // One request reading the case three ways (a list, and the case twice by alias): one record, under the first operation.
        await coordinator.PostAsync($"{{ matches(mentorId: \"{pair.MentorId}\") {{ client {{ needs {{ note }} }} }} a: client(id: \"{clientId}\") {{ contact }} b: client(id: \"{clientId}\") {{ contact }} }}");
        var reads = await Reads();
        Assert.Equal(start + 3, reads.Count);
        Assert.Equal((1, 1, 1, clientReads), (reads.Count(v => v == "clients"), reads.Count(v => v == "upcomingReleases"), reads.Count(v => v == "matches"),
            reads.Count(v => v == "client")));
        // The mentor reading their plan is on record too.
        await pair.Mentor.PostAsync(MyMatches);
        Assert.Equal(1, (await Reads()).Count(v => v == "myMatches"));
    }

    [Fact]
    public async Task A_referral_names_only_a_prison_or_probation_office_as_referrer()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var before = await api.CountWritesAsync();
        var refused = await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id } errors { code field } } }", new
        {
            i = new { name = "Pēteris Ozols", gender = "MALE", birthYear = 1980, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = "2026-12-20",
                      releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze", referringOrganisationId = api.NgoB.Id },
        });
        Assert.Equal([("WRONG_ORGANISATION_KIND", "referringOrganisationId")], refused.UserErrors("referClient"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    private static JsonElement Single(GraphQLResponse response)
    {
        Assert.False(response.HasErrors, response.Body.GetRawText());
        return Assert.Single(response.Data.GetProperty("myMatches").EnumerateArray());
    }

    private static async Task<long> MatchVersion(GraphQLClient coordinator, Guid matchId) =>
        (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = matchId })).Data.GetProperty("match").GetProperty("version").GetInt64();

    private static async Task<IReadOnlyList<(string Code, string? Field)>> MatchStep(GraphQLClient coordinator, Guid matchId, string step, string extra)
    {
        var version = await MatchVersion(coordinator, matchId);
        var args = extra.Length > 0 ? ", " + extra : "";
        return (await coordinator.PostAsync($"mutation {{ {step}(input: {{ matchId: \"{matchId}\", expectedVersion: {version}{args} }}) {{ errors {{ code field }} }} }}")).UserErrors(step);
    }

    private static async Task ClientCommand(GraphQLClient coordinator, string clientId, string mutation, string inputType, Dictionary<string, object> fields)
    {
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        fields["clientId"] = clientId;
        fields["expectedVersion"] = version;
        var response = await coordinator.PostAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ errors {{ code field }} }} }}", new { i = fields });
        Assert.Empty(response.UserErrors(mutation));
    }
}
