using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Clients;

public sealed class ClientCaseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // The fixture's clock: 2026-11-23 (Riga).
    private const string ClientFields = "id version name stage frozen canBeMatched releaseDate consent goals { id standard deadline status overdue followsRelease } timeline { kind }";
    internal const string Refer = "mutation($i: ReferClientInput!) { referClient(input: $i) { client { " + ClientFields + " } errors { code message field } } }";

    internal static object Referral(string name = "Andris Kalns", string release = "2026-12-28", string prison = "olaine", string municipality = "riga",
        string? alreadyReleasedOn = null, bool notADuplicate = false, string? key = null, int birthYear = 1985, string releaseType = "END_OF_SENTENCE") => new
    {
        i = new
        {
            name, gender = "MALE", birthYear, languages = new[] { "lv", "ru" }, contact = "via probation", prisonCode = prison,
            expectedReleaseDate = release, releaseType, destinationMunicipality = municipality,
            referrerName = "Ilze Probācija", alreadyReleasedOn, notADuplicate, idempotencyKey = key,
        },
    };

    internal static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..Math.Min(name.Length + 9, 60)];

    internal static async Task<JsonElement> ReferAsync(GraphQLClient client, object referral)
    {
        var response = await client.PostAsync(Refer, referral);
        Assert.Empty(response.UserErrors("referClient"));
        return response.Data.GetProperty("referClient").GetProperty("client");
    }

    internal static async Task<GraphQLResponse> CommandAsync(GraphQLClient client, string mutation, string inputType, JsonElement current, object fields, string select = ClientFields)
    {
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["clientId"] = current.GetProperty("id").GetString();
        input["expectedVersion"] = current.GetProperty("version").GetInt64();
        return await client.PostAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ client {{ {select} }} errors {{ code message field }} }} }}", new { i = input });
    }

    internal static JsonElement ClientOf(GraphQLResponse response, string mutation) => response.Data.GetProperty(mutation).GetProperty("client");

    [Fact]
    public async Task A_referral_creates_the_case_with_its_standard_plan()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Andris"), "2027-01-31"));
        Assert.Equal("REFERRED", client.GetProperty("stage").GetString());
        Assert.False(client.GetProperty("canBeMatched").GetBoolean());
        var goals = client.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(6, goals.Count);
        Assert.Equal("2027-02-28", goals.Single(g => g.GetProperty("standard").GetString() == "SOCIAL_ASSISTANCE").GetProperty("deadline").GetString());
    }

    [Theory]
    [InlineData("alcatraz", "riga", "2026-12-28", "UNKNOWN_PRISON", "prisonCode")]
    [InlineData("olaine", "narnia", "2026-12-28", "UNKNOWN_MUNICIPALITY", "destinationMunicipality")]
    [InlineData("olaine", "riga", "2026-11-01", "INVALID_PERIOD", "expectedReleaseDate")]
    public async Task Bad_referrals_are_typed_errors_and_write_nothing(string prison, string municipality, string release, string code, string field)
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var before = await api.CountWritesAsync();
        var response = await coordinator.PostAsync(Refer, Referral(Unique("Bad"), release, prison, municipality));
        Assert.Contains((code, field), response.UserErrors("referClient"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_past_release_is_accepted_when_recorded_as_already_released()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Late"), "2026-11-01", alreadyReleasedOn: "2026-11-01"));
        Assert.Equal("RELEASED", client.GetProperty("stage").GetString());
        Assert.Contains(client.GetProperty("goals").EnumerateArray(), g => g.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_likely_duplicate_is_reported_and_created_only_when_confirmed()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var name = Unique("Twin");
        await ReferAsync(coordinator, Referral(name));
        var before = await api.CountWritesAsync();
        var duplicate = await coordinator.PostAsync(Refer, Referral(name.ToUpperInvariant()));
        Assert.Equal([("LIKELY_DUPLICATE", "name")], duplicate.UserErrors("referClient"));
        Assert.Equal(before, await api.CountWritesAsync());
        await ReferAsync(coordinator, Referral(name, notADuplicate: true));
    }

    [Fact]
    public async Task The_same_idempotency_key_records_one_referral_even_concurrently()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var referral = Referral(Unique("Retry"), key: "ref-" + Guid.NewGuid());
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => coordinator.PostAsync(Refer, referral)));
        Assert.Single(results.Select(r => ClientOf(r, "referClient").GetProperty("id").GetString()).Distinct());
    }

    [Fact]
    public async Task Consent_withdrawal_freezes_the_case_and_consent_again_unfreezes_it()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Consent")));
        client = ClientOf(await CommandAsync(coordinator, "recordConsent", "RecordConsentInput", client,
            new { scopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, givenOn = "2026-11-20", documentReference = "PK-17" }), "recordConsent");
        Assert.True(client.GetProperty("canBeMatched").GetBoolean());
        client = ClientOf(await CommandAsync(coordinator, "withdrawConsent", "WithdrawConsentInput", client, new { withdrawnOn = "2026-11-23" }), "withdrawConsent");
        Assert.True(client.GetProperty("frozen").GetBoolean());
        Assert.False(client.GetProperty("canBeMatched").GetBoolean());

        var before = await api.CountWritesAsync();
        var refused = await CommandAsync(coordinator, "recordPreferences", "RecordPreferencesInput", client, new { language = "ru" });
        Assert.Equal([("CASE_FROZEN", "clientId")], refused.UserErrors("recordPreferences"));
        Assert.Equal(before, await api.CountWritesAsync());

        client = ClientOf(await CommandAsync(coordinator, "recordConsent", "RecordConsentInput", client,
            new { scopes = new[] { "PROCESSING" }, givenOn = "2026-11-23", documentReference = "PK-18" }), "recordConsent");
        Assert.False(client.GetProperty("frozen").GetBoolean());
    }

    [Fact]
    public async Task Needs_become_goals_and_goals_are_completed_dropped_and_redated()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Needs"), "2027-01-15"));
        client = ClientOf(await CommandAsync(coordinator, "assessNeeds", "AssessNeedsInput", client, new
        {
            needs = new[] { new { domain = "ADDICTION", level = "HIGH", note = (string?)"8 years" }, new { domain = "LEGAL_AID", level = "LOW", note = (string?)null } },
            source = "RNA of Olaine prison", assessedOn = "2026-11-20",
        }), "assessNeeds");
        var goals = client.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(7, goals.Count);

        var bank = goals.Single(g => g.GetProperty("standard").GetString() == "BANK_ACCOUNT").GetProperty("id").GetString();
        client = ClientOf(await CommandAsync(coordinator, "completeGoal", "CompleteGoalInput", client, new { goalId = bank }), "completeGoal");
        var again = await CommandAsync(coordinator, "dropGoal", "DropGoalInput", client, new { goalId = bank, reason = "duplicate" });
        Assert.Equal([("GOAL_NOT_OPEN", "goalId")], again.UserErrors("dropGoal"));

        var doctor = goals.Single(g => g.GetProperty("standard").GetString() == "FAMILY_DOCTOR").GetProperty("id").GetString();
        client = ClientOf(await CommandAsync(coordinator, "changeGoalDeadline", "ChangeGoalDeadlineInput", client,
            new { goalId = doctor, deadline = "2027-01-20", reason = "appointment booked" }), "changeGoalDeadline");
        var custom = Guid.NewGuid();
        client = ClientOf(await CommandAsync(coordinator, "addGoal", "AddGoalInput", client,
            new { goalId = custom, title = "Visit the daughter's school", domain = "FAMILY_AND_CHILDREN", deadline = "2027-03-01" }), "addGoal");

        // The release moves: goals that follow it move, re-dated and custom ones stay.
        client = ClientOf(await CommandAsync(coordinator, "changeReleaseDate", "ChangeReleaseDateInput", client,
            new { expectedReleaseDate = "2027-02-10", reason = "court decision" }), "changeReleaseDate");
        var after = client.GetProperty("goals").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!, g => g.GetProperty("deadline").GetString());
        Assert.Equal("2027-03-10", after[goals.Single(g => g.GetProperty("standard").GetString() == "SOCIAL_ASSISTANCE").GetProperty("id").GetString()!]);
        Assert.Equal("2027-01-20", after[doctor!]);
        Assert.Equal("2027-03-01", after[custom.ToString()]);
    }

    [Fact]
    public async Task Release_closure_and_reopening()
    {
        using var coordinator = await api.SignedIn("a", Role.OrgAdmin);
        var client = await ReferAsync(coordinator, Referral(Unique("Close"), "2026-11-30"));
        var future = await CommandAsync(coordinator, "recordRelease", "RecordReleaseInput", client, new { releasedOn = "2026-11-30" });
        Assert.Equal([("INVALID_PERIOD", "releasedOn")], future.UserErrors("recordRelease"));
        client = ClientOf(await CommandAsync(coordinator, "recordRelease", "RecordReleaseInput", client, new { releasedOn = "2026-11-23" }), "recordRelease");
        Assert.Equal("RELEASED", client.GetProperty("stage").GetString());
        client = ClientOf(await CommandAsync(coordinator, "closeCase", "CloseCaseInput", client, new { reason = "MOVED_AWAY" }), "closeCase");
        var closed = await CommandAsync(coordinator, "recordInterInstitutionalMeeting", "RecordInterInstitutionalMeetingInput", client,
            new { heldOn = "2026-11-23", organisationsPresent = new[] { "Olaines cietums" }, decisions = "plan agreed" });
        Assert.Equal([("CASE_CLOSED", "clientId")], closed.UserErrors("recordInterInstitutionalMeeting"));
        client = ClientOf(await CommandAsync(coordinator, "reopenCase", "ReopenCaseInput", client, new { note = "came back to Rīga" }), "reopenCase");
        Assert.Equal("RELEASED", client.GetProperty("stage").GetString());
        var kinds = client.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["REFERRED", "RELEASED", "CASE_CLOSED", "CASE_REOPENED"], kinds.Where(k => k != "GOAL_ADDED"));
    }

    [Fact]
    public async Task Concurrent_edits_give_a_conflict_and_keep_both_versions_apart()
    {
        using var first = await api.SignedIn("a", Role.Coordinator);
        using var second = await api.SignedIn("a", Role.OrgAdmin);
        var client = await ReferAsync(first, Referral(Unique("Race")));
        var results = await Task.WhenAll(
            CommandAsync(first, "recordPreferences", "RecordPreferencesInput", client, new { language = "ru" }),
            CommandAsync(second, "recordPreferences", "RecordPreferencesInput", client, new { language = "lv" }));
        Assert.Single(results, r => r.UserErrors("recordPreferences").Count == 0);
        Assert.Single(results, r => r.UserErrors("recordPreferences").SequenceEqual([("CONCURRENCY_CONFLICT", "expectedVersion")]));
    }

    [Fact]
    public async Task Risk_flags_are_for_coordinators_only_and_cases_for_their_own_ngo_only()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Risk")));
        var flagged = await CommandAsync(coordinator, "recordRiskFlags", "RecordRiskFlagsInput", client,
            new { flags = new[] { "RELAPSE_RISK" }, note = "recent use" }, "id version riskFlags");
        Assert.Equal("RELAPSE_RISK", ClientOf(flagged, "recordRiskFlags").GetProperty("riskFlags")[0].GetString());
        var id = client.GetProperty("id").GetString();

        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync("query($id: ID!) { client(id: $id) { riskFlags } }", new { id })).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("query($id: ID!) { client(id: $id) { name } }", new { id })).Status);

        using var other = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(JsonValueKind.Null, (await other.PostAsync("query($id: ID!) { client(id: $id) { id } }", new { id })).Data.GetProperty("client").ValueKind);
        var before = await api.CountWritesAsync();
        var foreign = await CommandAsync(other, "closeCase", "CloseCaseInput", client, new { reason = "DECLINED" });
        Assert.Equal([("NOT_FOUND", "clientId")], foreign.UserErrors("closeCase"));
        Assert.Equal(before, await api.CountWritesAsync());

        using var mentor = await api.SignedIn("a", Role.Mentor);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsync("{ upcomingReleases { daysToRelease } }")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().PostAsync(Refer, Referral())).Status);
    }

    [Fact]
    public async Task Upcoming_releases_are_sorted_with_days_to_release_and_match_by_date()
    {
        using var coordinator = await api.SignedIn("b", Role.Coordinator);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await ReferAsync(coordinator, Referral($"Later {tag}", "2027-01-10", municipality: "liepaja"));
        await ReferAsync(coordinator, Referral($"Sooner {tag}", "2026-12-03", municipality: "liepaja"));
        await ReferAsync(coordinator, Referral($"Far {tag}", "2027-06-01", municipality: "liepaja"));

        var upcoming = (await coordinator.PostAsync("{ upcomingReleases(municipality: \"liepaja\", unmatchedOnly: true) { daysToRelease needsMatchBy client { name } } }"))
            .Data.GetProperty("upcomingReleases").EnumerateArray().Where(u => u.GetProperty("client").GetProperty("name").GetString()!.EndsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"Sooner {tag}", $"Later {tag}"], upcoming.Select(u => u.GetProperty("client").GetProperty("name").GetString()));
        Assert.Equal(10, upcoming[0].GetProperty("daysToRelease").GetInt32());
        Assert.Equal("2026-11-03", upcoming[0].GetProperty("needsMatchBy").GetString());

        var paged = await coordinator.PostAsync("query($f: ClientFilter) { clients(filter: $f, first: 2) { totalCount hasNextPage endCursor nodes { name } } }",
            new { f = new { search = tag, municipality = "liepaja" } });
        Assert.Equal(3, paged.Data.GetProperty("clients").GetProperty("totalCount").GetInt64());
        Assert.True(paged.Data.GetProperty("clients").GetProperty("hasNextPage").GetBoolean());
    }
}
