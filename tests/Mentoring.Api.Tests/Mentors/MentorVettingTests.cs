using System.Text.Json;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

public sealed class MentorVettingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string Email() => $"mentor-{Guid.NewGuid():N}@example.lv";

    [Fact]
    public async Task Anyone_may_apply_without_an_account_and_sees_only_that_it_was_received()
    {
        using var anonymous = api.Client();
        var response = await anonymous.PostAsync(Submit, Application(api.NgoA.Id, Email()));
        var payload = response.Data.GetProperty("submitMentorApplication");
        Assert.True(payload.GetProperty("received").GetBoolean());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("mentorId").ValueKind);
        Assert.Empty(response.UserErrors("submitMentorApplication"));

        // Confirmed by the e-mailed link, it is an applicant like any other.
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var mentor = await MentorAsync(coordinator, await ApplyThroughFormAsync(api, anonymous, api.NgoA.Id, Email()));
        Assert.Equal("APPLIED", mentor.GetProperty("status").GetString());
        Assert.Equal("APPLIED", mentor.GetProperty("timeline")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_coordinator_entering_the_same_email_twice_in_one_ngo_gets_a_duplicate_but_another_ngo_accepts_it()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = Email();
        await ApplyAsync(coordinator, api.NgoA.Id, email);
        var before = await api.CountWritesAsync();
        var again = await coordinator.PostAsync(Submit, Application(api.NgoA.Id, email.ToUpperInvariant()));
        Assert.Equal([("DUPLICATE_APPLICATION", "email")], again.UserErrors("submitMentorApplication"));
        Assert.Equal(before, await api.CountWritesAsync());
        await ApplyThroughFormAsync(api, api.Client(), api.NgoB.Id, email);
    }

    [Theory]
    [InlineData(0, null, 1979, "capacity", "VALIDATION")]
    [InlineData(9, null, 1979, "capacity", "VALIDATION")]
    [InlineData(2, "xx", 1979, "languages", "UNKNOWN_LANGUAGE")]
    [InlineData(2, null, 2031, "birthYear", "VALIDATION")]
    public async Task Bad_applications_are_typed_errors_and_write_nothing(int capacity, string? language, int birthYear, string field, string code)
    {
        using var anonymous = api.Client();
        var before = await api.CountWritesAsync();
        var response = await anonymous.PostAsync(Submit, Application(api.NgoA.Id, Email(), capacity, language is null ? null : ["lv", language], birthYear));
        Assert.Contains((code, field), response.UserErrors("submitMentorApplication"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Applying_to_an_unknown_or_non_ngo_organisation_is_not_found()
    {
        using var anonymous = api.Client();
        Assert.Equal([("NOT_FOUND", "organisationId")], (await anonymous.PostAsync(Submit, Application(Guid.NewGuid(), Email()))).UserErrors("submitMentorApplication"));
        Assert.Equal([("NOT_FOUND", "organisationId")], (await anonymous.PostAsync(Submit, Application(api.Riga.Id, Email()))).UserErrors("submitMentorApplication"));
    }

    [Fact]
    public async Task The_same_idempotency_key_gives_one_application_even_concurrently()
    {
        using var anonymous = api.Client();
        var key = "form-" + Guid.NewGuid();
        var input = Application(api.NgoB.Id, Email(), key: key);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => anonymous.PostAsync(Submit, input)));
        Assert.Single(results.Select(r => r.Body.GetRawText()).Distinct());
        await using var session = api.Store.QuerySession(api.NgoB.TenantId);
        Assert.Single(await session.Events.FetchStreamAsync(ApplicationIdOf(key)));
        Assert.NotNull(await ConfirmationRequestAsync(api, api.NgoB.Id, ApplicationIdOf(key)));
    }

    [Fact]
    public async Task Approval_with_steps_missing_is_vetting_incomplete_listing_them()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        var before = await api.CountWritesAsync();
        var response = await ApproveAsync(coordinator, id);
        var error = response.Data.GetProperty("approveMentor").GetProperty("errors")[0];
        Assert.Equal("VETTING_INCOMPLETE", error.GetProperty("code").GetString());
        // What is missing comes as codes a screen names in the reader's language, each step once.
        Assert.Equal(["SCREENING_INTERVIEW", "REFERENCES", "BACKGROUND_CHECK", "TRAINING", "CONFIDENTIALITY_AGREEMENT"],
            error.GetProperty("params").EnumerateArray().Select(p => p.GetProperty("value").GetString()).Distinct());
        Assert.All(error.GetProperty("params").EnumerateArray(), p => Assert.Equal("VettingStep", p.GetProperty("enumType").GetString()));
        var checklist = (await MentorAsync(coordinator, id)).GetProperty("vettingChecklist").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "REFERENCES");
        Assert.Equal("POSITIVE_REFERENCES", checklist.GetProperty("detail").GetString());
        Assert.Equal(["count=0", "required=2"], checklist.GetProperty("params").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}={p.GetProperty("value").GetString()}"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Invalid_transitions_are_typed_errors_and_append_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        Assert.Empty((await CommandAsync(coordinator, "rejectMentor", "RejectMentorInput", id, new { reason = "NOT_SUITABLE_NOW", note = "not yet" })).UserErrors("rejectMentor"));

        var before = await api.CountWritesAsync();
        Assert.Equal("INVALID_TRANSITION", (await ApproveAsync(coordinator, id)).UserErrors("approveMentor")[0].Code);
        Assert.Equal("INVALID_TRANSITION", (await CommandAsync(coordinator, "recordReference", "RecordReferenceInput", id,
            new { refereeName = "Late Referee", relationship = "friend", outcome = "POSITIVE", receivedOn = "2026-11-20" })).UserErrors("recordReference")[0].Code);
        Assert.Equal("INVALID_TRANSITION", (await CommandAsync(coordinator, "suspendMentor", "SuspendMentorInput", id, new { reason = "why" })).UserErrors("suspendMentor")[0].Code);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Two_coordinators_acting_at_once_get_a_conflict_not_a_lost_update()
    {
        using var first = await api.SignedIn("a", Role.Coordinator);
        using var second = await api.SignedIn("a", Role.OrgAdmin);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        const string Interview = "mutation($i: RecordScreeningInterviewInput!) { recordScreeningInterview(input: $i) { mentor { version } errors { code field } } }";
        object Input(string interviewer) => new { i = new { mentorId = id, expectedVersion = 1, heldOn = "2026-11-20", interviewer, outcome = "RECOMMENDED" } };

        var results = await Task.WhenAll(first.PostAsync(Interview, Input("Anna")), second.PostAsync(Interview, Input("Ilze")));
        Assert.Single(results, r => r.UserErrors("recordScreeningInterview").Count == 0);
        Assert.Single(results, r => r.UserErrors("recordScreeningInterview").SequenceEqual([("CONCURRENCY_CONFLICT", "expectedVersion")]));
        var timeline = (await MentorAsync(first, id)).GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["APPLIED", "INTERVIEW_RECORDED"], timeline);
    }

    [Fact]
    public async Task Suspension_reinstatement_supervision_and_withdrawal()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        await VetFullyAsync(coordinator, id);
        await ApproveAsync(coordinator, id);

        var suspended = await CommandAsync(coordinator, "suspendMentor", "SuspendMentorInput", id, new { reason = "Complaint under review" });
        Assert.Equal("SUSPENDED", suspended.Data.GetProperty("suspendMentor").GetProperty("mentor").GetProperty("status").GetString());
        var supervision = await CommandAsync(coordinator, "recordSupervisionSession", "RecordSupervisionSessionInput", id, new { heldOn = "2026-11-21", supervisor = "Dr. Ozola" });
        Assert.Empty(supervision.UserErrors("recordSupervisionSession"));
        var reinstated = await CommandAsync(coordinator, "reinstateMentor", "ReinstateMentorInput", id, new { reason = "Complaint unfounded" });
        Assert.True(reinstated.Data.GetProperty("reinstateMentor").GetProperty("mentor").GetProperty("matchable").GetBoolean());
        var capacity = await CommandAsync(coordinator, "changeMentorCapacity", "ChangeMentorCapacityInput", id, new { capacity = 9 });
        Assert.Equal([("VALIDATION", "capacity")], capacity.UserErrors("changeMentorCapacity"));
        var withdrawn = await CommandAsync(coordinator, "withdrawMentor", "WithdrawMentorInput", id, new { reason = "moved to Liepāja" });
        Assert.Equal("WITHDRAWN", withdrawn.Data.GetProperty("withdrawMentor").GetProperty("mentor").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Mentors_are_invisible_to_other_tenants_anonymous_callers_and_other_roles()
    {
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        using var other = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(JsonValueKind.Null, (await other.PostAsync("query($id: ID!) { mentor(id: $id) { id } }", new { id })).Data.GetProperty("mentor").ValueKind);
        var before = await api.CountWritesAsync();
        var foreign = await other.PostAsync("""
            mutation($i: RejectMentorInput!) { rejectMentor(input: $i) { errors { code field } } }
            """, new { i = new { mentorId = id, expectedVersion = 1, reason = "OTHER", note = "not ours" } });
        Assert.Equal([("NOT_FOUND", "mentorId")], foreign.UserErrors("rejectMentor"));
        Assert.Equal(before, await api.CountWritesAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().PostAsync("{ mentors { totalCount } }")).Status);
        using var mentor = await api.SignedIn("a", Role.Mentor);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsync("{ mentors { totalCount } }")).Status);
        using var auditor = await api.SignedIn("a", Role.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync("query($id: ID!) { mentor(id: $id) { livedExperience { incarceration } } }", new { id })).Status);
    }

    [Fact]
    public async Task Vetting_queue_lists_waiting_applicants_oldest_first_with_what_they_wait_for()
    {
        using var coordinator = await api.SignedIn("b", Role.Coordinator);
        var older = await ApplyAsync(api.Client(), api.NgoB.Id, Email());
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await ApplyAsync(api.Client(), api.NgoB.Id, Email());
        await CommandAsync(coordinator, "recordScreeningInterview", "RecordScreeningInterviewInput", newer,
            new { heldOn = "2026-11-20", interviewer = "Anna", outcome = "RECOMMENDED" });

        var queue = (await coordinator.PostAsync("{ vettingQueue { mentor { id } missing { kind } } }")).Data.GetProperty("vettingQueue").EnumerateArray().ToList();
        var ids = queue.Select(q => q.GetProperty("mentor").GetProperty("id").GetString()).ToList();
        Assert.True(ids.IndexOf(older.ToString()) < ids.IndexOf(newer.ToString()));
        var newerEntry = queue.Single(q => q.GetProperty("mentor").GetProperty("id").GetString() == newer.ToString());
        Assert.DoesNotContain("SCREENING_INTERVIEW", newerEntry.GetProperty("missing").EnumerateArray().Select(w => w.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Mentors_are_filtered_searched_and_paged()
    {
        using var coordinator = await api.SignedIn("b", Role.OrgAdmin);
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
            await ApplyAsync(api.Client(), api.NgoB.Id, $"paging-{tag}-{i}@example.lv", municipality: "ogre-novads", specialities: ["EMPLOYMENT"]);

        const string Query = "query($f: MentorFilter, $after: String) { mentors(filter: $f, first: 2, after: $after) { totalCount hasNextPage endCursor nodes { email } } }";
        var filter = new { search = $"paging-{tag}", municipality = "ogre-novads", speciality = "EMPLOYMENT", language = "ru", status = "APPLIED" };
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await coordinator.PostAsync(Query, new { f = filter, after })).Data.GetProperty("mentors");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt64());
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()!));
            after = page.GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("endCursor").GetString() : null;
        } while (after is not null);
        Assert.Equal(5, seen.Distinct().Count());

        var none = await coordinator.PostAsync(Query, new { f = new { search = $"paging-{tag}", language = "de" }, after = (string?)null });
        Assert.Equal(0, none.Data.GetProperty("mentors").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task Vetting_policy_is_editable_by_org_admins_with_conflict_detection()
    {
        using var admin = await api.SignedIn("b", Role.OrgAdmin);
        var policy = (await admin.PostAsync("{ vettingPolicy { version minimumReferences requiredTrainingModules } }")).Data.GetProperty("vettingPolicy");
        Assert.Equal(2, policy.GetProperty("minimumReferences").GetInt32());
        const string Update = """
            mutation($i: UpdateVettingPolicyInput!) { updateVettingPolicy(input: $i) { policy { version minimumReferences } errors { code field } } }
            """;
        object Input(string version, int references) => new
        {
            i = new { version, interviewRequired = true, minimumReferences = references, backgroundCheckValidityMonths = 12,
                      requiredTrainingModules = new[] { "Ievads" }, agreementRequired = true, refresherTrainingMonths = (int?)null },
        };
        var bad = await admin.PostAsync(Update, Input(policy.GetProperty("version").GetString()!, 9));
        Assert.Equal([("VALIDATION", "minimumReferences")], bad.UserErrors("updateVettingPolicy"));
        var updated = await admin.PostAsync(Update, Input(policy.GetProperty("version").GetString()!, 1));
        Assert.Equal(1, updated.Data.GetProperty("updateVettingPolicy").GetProperty("policy").GetProperty("minimumReferences").GetInt32());
        var stale = await admin.PostAsync(Update, Input(policy.GetProperty("version").GetString()!, 3));
        Assert.Equal([("CONCURRENCY_CONFLICT", "version")], stale.UserErrors("updateVettingPolicy"));

        using var coordinator = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync(Update, Input(Guid.Empty.ToString(), 1))).Status);
    }

    [Fact]
    public async Task Mentors_expiring_soon_lists_checks_running_out_within_the_window()
    {
        using var coordinator = await api.SignedIn("a", Role.OrgAdmin);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());
        await VetFullyAsync(coordinator, id, checkedOn: "2024-12-10");
        await ApproveAsync(coordinator, id);
        const string Query = "query($d: Int!) { mentorsExpiringSoon(days: $d) { mentor { id } what on } }";
        Assert.DoesNotContain((await coordinator.PostAsync(Query, new { d = 7 })).Data.GetProperty("mentorsExpiringSoon").EnumerateArray(),
            e => e.GetProperty("mentor").GetProperty("id").GetString() == id.ToString());
        var soon = (await coordinator.PostAsync(Query, new { d = 30 })).Data.GetProperty("mentorsExpiringSoon").EnumerateArray()
            .Single(e => e.GetProperty("mentor").GetProperty("id").GetString() == id.ToString());
        Assert.Equal("BACKGROUND_CHECK", soon.GetProperty("what").GetString());
        Assert.Equal("2026-12-10", soon.GetProperty("on").GetString());
    }

    [Fact]
    public async Task A_mentor_who_already_has_an_account_is_approved_without_a_new_invitation()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, ApiFixture.EmailOf("a", Role.Auditor));
        await VetFullyAsync(coordinator, id);
        var approval = (await ApproveAsync(coordinator, id)).Data.GetProperty("approveMentor").GetProperty("approval");
        Assert.Equal("APPROVED", approval.GetProperty("mentor").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, approval.GetProperty("invitation").ValueKind);
    }

    [Fact]
    public async Task Profile_availability_and_check_dates_are_validated_through_the_api()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = await ApplyAsync(api.Client(), api.NgoA.Id, Email());

        var future = await CommandAsync(coordinator, "recordBackgroundCheck", "RecordBackgroundCheckInput", id, new { checkedOn = "2027-01-01", outcome = "CLEAR" });
        Assert.Equal([("VALIDATION", "checkedOn")], future.UserErrors("recordBackgroundCheck"));
        var backwards = await CommandAsync(coordinator, "recordBackgroundCheck", "RecordBackgroundCheckInput", id,
            new { checkedOn = "2026-11-01", outcome = "CLEAR", expiresOn = "2026-10-01" });
        Assert.Equal([("INVALID_PERIOD", "expiresOn")], backwards.UserErrors("recordBackgroundCheck"));

        var availability = await CommandAsync(coordinator, "changeMentorAvailability", "ChangeMentorAvailabilityInput", id,
            new { availability = new[] { new { day = "SATURDAY", part = "MORNING" }, new { day = "SUNDAY", part = "AFTERNOON" } } });
        Assert.Empty(availability.UserErrors("changeMentorAvailability"));

        var profile = MentorApi.Application(api.NgoA.Id, Email(), languages: ["lv", "klingon"]);
        var profileInput = System.Text.Json.JsonSerializer.SerializeToNode(profile)!["i"]!["profile"];
        var refused = await CommandAsync(coordinator, "updateMentorProfile", "UpdateMentorProfileInput", id, new { profile = profileInput });
        Assert.Equal([("UNKNOWN_LANGUAGE", "languages")], refused.UserErrors("updateMentorProfile"));
        profileInput!["languages"] = new System.Text.Json.Nodes.JsonArray("lv", "uk");
        profileInput["name"] = "Jānis B.";
        var updated = await CommandAsync(coordinator, "updateMentorProfile", "UpdateMentorProfileInput", id, new { profile = profileInput });
        Assert.Equal("Jānis B.", updated.Data.GetProperty("updateMentorProfile").GetProperty("mentor").GetProperty("name").GetString());
        var timeline = updated.Data.GetProperty("updateMentorProfile").GetProperty("mentor").GetProperty("timeline").EnumerateArray()
            .Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["APPLIED", "AVAILABILITY_CHANGED", "PROFILE_CHANGED"], timeline);
    }
}
