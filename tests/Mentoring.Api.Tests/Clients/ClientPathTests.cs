using System.Text.Json;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Clients;

/// <summary>The person's path over HTTP: goals with status and institution, the documents checklist, warnings and refusals.</summary>
public sealed class ClientPathTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // The fixture's clock: 2026-11-23 (Riga). Released 2026-12-28, the application is due 2027-01-28.
    private const string PathFields = """
        id version applicationDeadline hasResidenceToDeclare lastDeclaredResidenceMunicipality { code }
        goals { id kind standard status institution deadline achievedOn dropReason followsRefusal followUp refusedBy }
        documents { kind obtained obtainedOn months { period from to } }
        warnings { code params { name value kind } }
        refusals { id institution help reason refusedOn note goalId status followUpGoals closedOn }
        timeline { kind }
        """;

    private static Task<GraphQLResponse> Command(GraphQLClient client, string mutation, string inputType, JsonElement current, object fields) =>
        CommandAsync(client, mutation, inputType, current, fields, PathFields);

    private static JsonElement Ok(GraphQLResponse response, string mutation)
    {
        Assert.Empty(response.UserErrors(mutation));
        return ClientOf(response, mutation);
    }

    private async Task<JsonElement> CaseAsync(GraphQLClient coordinator, string releaseType = "END_OF_SENTENCE")
    {
        var referred = await ReferAsync(coordinator, Referral(Unique("Path"), "2026-12-28", releaseType: releaseType));
        return (await coordinator.PostAsync($"query($id: ID!) {{ client(id: $id) {{ {PathFields} }} }}", new { id = referred.GetProperty("id").GetString() }))
            .Data.GetProperty("client");
    }

    private static JsonElement Goal(JsonElement client, string standard) =>
        client.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("standard").GetString() == standard);

    private static List<string?> Codes(JsonElement client) => [.. client.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString())];

    private static Dictionary<string, string> Params(JsonElement client, string code) => client.GetProperty("warnings").EnumerateArray()
        .Single(w => w.GetProperty("code").GetString() == code).GetProperty("params").EnumerateArray()
        .GroupBy(p => p.GetProperty("name").GetString()!).ToDictionary(g => g.Key, g => string.Join(",", g.Select(p => p.GetProperty("value").GetString())));

    [Fact]
    public async Task The_case_shows_its_path_with_institutions_the_documents_checklist_and_warnings_as_codes()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await CaseAsync(coordinator, "PRE_TRIAL_DETENTION");

        var application = Goal(client, "SOCIAL_ASSISTANCE");
        Assert.Equal(("MUNICIPAL_SOCIAL_SERVICE", "2027-01-28", "NOT_STARTED"),
            (application.GetProperty("institution").GetString(), application.GetProperty("deadline").GetString(), application.GetProperty("status").GetString()));
        Assert.Equal("PMLP", Goal(client, "IDENTITY_DOCUMENT").GetProperty("institution").GetString());
        Assert.Equal("2027-01-28", client.GetProperty("applicationDeadline").GetString());

        var documents = client.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["IDENTITY_DOCUMENT", "RELEASE_CERTIFICATE", "ACCOUNT_STATEMENTS", "DECLARED_RESIDENCE", "NVA_REGISTRATION", "FAMILY_DOCTOR"],
            documents.Select(d => d.GetProperty("kind").GetString()));
        Assert.All(documents, d => Assert.False(d.GetProperty("obtained").GetBoolean()));
        var months = documents[2].GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(["2026-09", "2026-10", "2026-11"], months.Select(m => m.GetProperty("period").GetString()));
        Assert.Equal("2026-11-30", months[^1].GetProperty("to").GetString());

        Assert.Equal(["RELEASED_FROM_PRE_TRIAL_DETENTION", "NO_ACCOUNT_STATEMENTS", "APPLICATION_DEADLINE", "NOT_REGISTERED_WITH_NVA"], Codes(client));
        Assert.Equal(new() { ["date"] = "2027-01-28", ["count"] = "66" }, Params(client, "APPLICATION_DEADLINE"));
        Assert.Equal("2026-09,2026-10,2026-11", Params(client, "NO_ACCOUNT_STATEMENTS")["month"]);

        // The months for another application day, across a leap February.
        var leap = await coordinator.PostAsync("query($id: ID!) { client(id: $id) { documents(applicationDate: \"2028-03-01\") { kind months { period to } } } }",
            new { id = client.GetProperty("id").GetString() });
        var statements = leap.Data.GetProperty("client").GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "ACCOUNT_STATEMENTS");
        Assert.Equal("2028-02-29", statements.GetProperty("months")[2].GetProperty("to").GetString());
    }

    [Fact]
    public async Task Goals_documents_and_residence_facts_change_through_their_commands_and_the_warnings_follow()
    {
        using var coordinator = await api.SignedIn("a", Role.OrgAdmin);
        var client = await CaseAsync(coordinator);
        var bank = Goal(client, "BANK_ACCOUNT").GetProperty("id").GetString();

        client = Ok(await Command(coordinator, "setGoalStatus", "SetGoalStatusInput", client, new { goalId = bank, status = "IN_PROGRESS" }), "setGoalStatus");
        Assert.Equal("IN_PROGRESS", Goal(client, "BANK_ACCOUNT").GetProperty("status").GetString());
        client = Ok(await Command(coordinator, "setGoalStatus", "SetGoalStatusInput", client, new { goalId = bank, status = "DONE", on = "2026-11-20" }), "setGoalStatus");
        Assert.Equal(("DONE", "2026-11-20"), (Goal(client, "BANK_ACCOUNT").GetProperty("status").GetString(), Goal(client, "BANK_ACCOUNT").GetProperty("achievedOn").GetString()));
        var employment = Goal(client, "EMPLOYMENT_AGENCY").GetProperty("id").GetString();
        client = Ok(await Command(coordinator, "setGoalInstitution", "SetGoalInstitutionInput", client, new { goalId = employment, institution = "STATE_PROBATION_SERVICE" }),
            "setGoalInstitution");
        Assert.Equal("STATE_PROBATION_SERVICE", Goal(client, "EMPLOYMENT_AGENCY").GetProperty("institution").GetString());

        client = Ok(await Command(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "NVA_REGISTRATION", obtainedOn = "2026-11-21" }), "recordDocument");
        client = Ok(await Command(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "IDENTITY_DOCUMENT" }), "recordDocument");
        var documents = client.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("kind").GetString()!);
        Assert.Equal("2026-11-21", documents["NVA_REGISTRATION"].GetProperty("obtainedOn").GetString());
        Assert.Equal("2026-11-23", documents["IDENTITY_DOCUMENT"].GetProperty("obtainedOn").GetString()); // default: today
        Assert.DoesNotContain("NOT_REGISTERED_WITH_NVA", Codes(client));
        client = Ok(await Command(coordinator, "unrecordDocument", "UnrecordDocumentInput", client, new { kind = "NVA_REGISTRATION", reason = "ticked by mistake" }),
            "unrecordDocument");
        Assert.Contains("NOT_REGISTERED_WITH_NVA", Codes(client));

        client = Ok(await Command(coordinator, "recordResidenceFacts", "RecordResidenceFactsInput", client,
            new { lastDeclaredResidenceMunicipality = "jelgava", hasResidenceToDeclare = false }), "recordResidenceFacts");
        Assert.Equal("jelgava", client.GetProperty("lastDeclaredResidenceMunicipality").GetProperty("code").GetString());
        Assert.Equal(new() { ["municipality"] = "Jelgava", ["destination"] = "Rīga" }, Params(client, "LAST_RESIDENCE_IN_OTHER_MUNICIPALITY"));
        Assert.Contains("NO_RESIDENCE_TO_DECLARE", Codes(client));

        var kinds = client.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "GOAL_STATUS_CHANGED", "GOAL_ACHIEVED", "GOAL_INSTITUTION_CHANGED", "DOCUMENT_OBTAINED", "DOCUMENT_UNRECORDED",
            "RESIDENCE_FACTS_RECORDED" }, kinds);
    }

    [Fact]
    public async Task Bad_path_input_is_a_typed_error_and_writes_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await CaseAsync(coordinator);
        var application = Goal(client, "SOCIAL_ASSISTANCE").GetProperty("id").GetString();
        var cases = new (string Mutation, string Input, object Fields, string Code, string Field)[]
        {
            ("setGoalStatus", "SetGoalStatusInput", new { goalId = application, status = "REFUSED" }, "REFUSAL_NEEDS_REASON", "status"),
            ("setGoalStatus", "SetGoalStatusInput", new { goalId = Guid.NewGuid(), status = "IN_PROGRESS" }, "NOT_FOUND", "goalId"),
            ("setGoalStatus", "SetGoalStatusInput", new { goalId = application, status = "NOT_NEEDED" }, "VALIDATION", "note"),
            ("setGoalStatus", "SetGoalStatusInput", new { goalId = application, status = "DONE", on = "2026-12-01" }, "VALIDATION", "on"),
            ("setGoalInstitution", "SetGoalInstitutionInput", new { goalId = Guid.NewGuid(), institution = "NVA" }, "NOT_FOUND", "goalId"),
            ("recordDocument", "RecordDocumentInput", new { kind = "RELEASE_CERTIFICATE", obtainedOn = "2026-11-24" }, "VALIDATION", "obtainedOn"),
            ("unrecordDocument", "UnrecordDocumentInput", new { kind = "FAMILY_DOCTOR" }, "DOCUMENT_NOT_RECORDED", "kind"),
            ("recordResidenceFacts", "RecordResidenceFactsInput", new { lastDeclaredResidenceMunicipality = "narnia" }, "UNKNOWN_MUNICIPALITY", "lastDeclaredResidenceMunicipality"),
            ("recordRefusal", "RecordRefusalInput", new { institution = "NVA", help = "OTHER", reason = "OTHER", refusedOn = "2026-11-20" }, "VALIDATION", "note"),
            ("recordRefusal", "RecordRefusalInput", new { institution = "NVA", help = "OTHER", reason = "DOES_NOT_COOPERATE", refusedOn = "2026-11-24" }, "VALIDATION", "refusedOn"),
            ("recordRefusal", "RecordRefusalInput", new { institution = "BANK", help = "OTHER", reason = "DOES_NOT_MEET_RULES", refusedOn = "2026-11-20", goalId = Guid.NewGuid() },
                "NOT_FOUND", "goalId"),
            ("closeRefusal", "CloseRefusalInput", new { refusalId = Guid.NewGuid() }, "NOT_FOUND", "refusalId"),
            ("planRefusalFollowUp", "PlanRefusalFollowUpInput", new { refusalId = Guid.NewGuid(), kind = "APPEAL", deadline = "2027-01-10" }, "NOT_FOUND", "refusalId"),
        };
        var before = await api.CountWritesAsync();
        foreach (var (mutation, input, fields, code, field) in cases)
            Assert.Contains((code, field), (await Command(coordinator, mutation, input, client, fields)).UserErrors(mutation));
        Assert.Equal(before, await api.CountWritesAsync());

        // A value outside the enum is refused by the schema itself.
        var unknown = await Command(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "PASSPORT_PHOTO" });
        Assert.True(unknown.HasErrors);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_refusal_waits_on_the_coordinators_desk_until_an_appeal_is_planned_or_it_is_closed()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await CaseAsync(coordinator);
        var id = client.GetProperty("id").GetString();
        var application = Goal(client, "SOCIAL_ASSISTANCE").GetProperty("id").GetString();
        var refusal = Guid.NewGuid();
        client = Ok(await Command(coordinator, "recordRefusal", "RecordRefusalInput", client, new
        {
            refusalId = refusal, institution = "MUNICIPAL_SOCIAL_SERVICE", help = "GMI_BENEFIT", reason = "NO_ACCOUNT_STATEMENTS",
            refusedOn = "2026-11-20", note = "Izraksti tikai par oktobri", goalId = application,
        }), "recordRefusal");
        Assert.Equal(("REFUSED", refusal.ToString()), (Goal(client, "SOCIAL_ASSISTANCE").GetProperty("status").GetString(),
            Goal(client, "SOCIAL_ASSISTANCE").GetProperty("refusedBy").GetString()));
        Assert.Equal("OPEN", client.GetProperty("refusals")[0].GetProperty("status").GetString());
        Assert.DoesNotContain("APPLICATION_DEADLINE", Codes(client)); // refused: no longer waiting to be filed

        var desk = await OpenRefusalsAsync(coordinator, id!);
        var waiting = Assert.Single(desk);
        Assert.Equal((3, "NO_ACCOUNT_STATEMENTS"), (waiting.GetProperty("daysOpen").GetInt32(), waiting.GetProperty("refusal").GetProperty("reason").GetString()));
        using (var other = await api.SignedIn("b", Role.Coordinator)) Assert.Empty(await OpenRefusalsAsync(other, id!));
        using (var mentor = await api.SignedIn("a", Role.Mentor))
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await mentor.PostAsync("{ openRefusals { daysOpen } }")).Status);

        var appeal = Guid.NewGuid();
        client = Ok(await Command(coordinator, "planRefusalFollowUp", "PlanRefusalFollowUpInput", client,
            new { refusalId = refusal, kind = "APPEAL", deadline = "2026-12-20", goalId = appeal }), "planRefusalFollowUp");
        var goal = client.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == appeal.ToString());
        Assert.Equal(("FOLLOW_UP", "APPEAL", refusal.ToString(), "MUNICIPAL_SOCIAL_SERVICE"), (goal.GetProperty("kind").GetString(), goal.GetProperty("followUp").GetString(),
            goal.GetProperty("followsRefusal").GetString(), goal.GetProperty("institution").GetString()));
        Assert.Equal("FOLLOWED_UP", client.GetProperty("refusals")[0].GetProperty("status").GetString());
        Assert.Empty(await OpenRefusalsAsync(coordinator, id!));

        // A second refusal, closed by the coordinator: off the desk, and closed once.
        var second = Guid.NewGuid();
        client = Ok(await Command(coordinator, "recordRefusal", "RecordRefusalInput", client, new
        {
            refusalId = second, institution = "SHELTER", help = "SHELTER_PLACE", reason = "RESIDENCE_IN_OTHER_MUNICIPALITY", refusedOn = "2026-11-22",
        }), "recordRefusal");
        Assert.Single(await OpenRefusalsAsync(coordinator, id!));
        client = Ok(await Command(coordinator, "closeRefusal", "CloseRefusalInput", client, new { refusalId = second, note = "Vieta atrasta citur" }), "closeRefusal");
        Assert.Equal(("CLOSED", "2026-11-23"), (client.GetProperty("refusals")[1].GetProperty("status").GetString(), client.GetProperty("refusals")[1].GetProperty("closedOn").GetString()));
        Assert.Empty(await OpenRefusalsAsync(coordinator, id!));
        var again = await Command(coordinator, "closeRefusal", "CloseRefusalInput", client, new { refusalId = second });
        Assert.Equal([("REFUSAL_CLOSED", "refusalId")], again.UserErrors("closeRefusal"));
        Assert.Superset(new HashSet<string?> { "REFUSAL_RECORDED", "REFUSAL_CLOSED" },
            client.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToHashSet());
    }

    private static async Task<List<JsonElement>> OpenRefusalsAsync(GraphQLClient coordinator, string clientId) =>
        [.. (await coordinator.PostAsync("{ openRefusals { daysOpen client { id name } refusal { id reason status } } }")).Data.GetProperty("openRefusals")
            .EnumerateArray().Where(r => r.GetProperty("client").GetProperty("id").GetString() == clientId)];

    [Fact]
    public async Task A_mentor_sees_the_persons_path_documents_and_warnings_and_cannot_change_them()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var id = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString();
        var client = (await coordinator.PostAsync($"query($id: ID!) {{ client(id: $id) {{ {PathFields} }} }}", new { id })).Data.GetProperty("client");
        client = Ok(await Command(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "RELEASE_CERTIFICATE", obtainedOn = "2026-11-20" }), "recordDocument");

        var mine = (await pair.Mentor.PostAsync("""
            { myMatches { goals { standard status institution deadline } documents { kind obtained obtainedOn months { period } } warnings { code params { name value } } } }
            """)).Data.GetProperty("myMatches")[0];
        Assert.Contains(mine.GetProperty("goals").EnumerateArray(), g => g.GetProperty("standard").GetString() == "SOCIAL_ASSISTANCE"
            && g.GetProperty("institution").GetString() == "MUNICIPAL_SOCIAL_SERVICE" && g.GetProperty("deadline").GetString() == "2026-12-25");
        var certificate = mine.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "RELEASE_CERTIFICATE");
        Assert.Equal("2026-11-20", certificate.GetProperty("obtainedOn").GetString());
        Assert.Contains(mine.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "APPLICATION_DEADLINE");

        // Refusals and the case's own fields stay with the staff; commands too.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden,
            (await pair.Mentor.PostAsync("query($id: ID!) { client(id: $id) { refusals { note } } }", new { id })).Status);
        var before = await api.CountWritesAsync();
        var refused = await Command(pair.Mentor, "recordDocument", "RecordDocumentInput", client, new { kind = "FAMILY_DOCTOR" });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(before, await api.CountWritesAsync());
    }
}
