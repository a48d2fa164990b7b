using System.Text.Json;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>Supervisors, supervision and training sessions, and the training catalogue through GraphQL, against PostgreSQL.</summary>
public sealed class SupervisionTrainingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Standing = "supervisor { id name } supervision { state dueOn lastOn } supervisionSessions supervisionMinutes learningMinutes " +
                                    "lastSupervisionOn refreshers { code expiresOn expired } training { module completedOn } vettingChecklist { module done }";
    private const string RecordSupervision = """
        mutation($i: RecordSupervisionInput!) { recordSupervision(input: $i) { session { id kind minutes supervisor attendance { mentorId present } } errors { code field } } }
        """;
    private const string RecordTraining = """
        mutation($i: RecordTrainingSessionInput!) { recordTrainingSession(input: $i) { session { id moduleCodes minutes } errors { code field } } }
        """;
    private const string Assign = "mutation($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { mentor { supervisor { name } } errors { code field } } }";

    private static string Email() => $"mentor-{Guid.NewGuid():N}@example.lv";

    private static async Task<Guid> MeAsync(GraphQLClient client) => Guid.Parse((await client.PostAsync("{ me { id } }")).Data.GetProperty("me").GetProperty("id").GetString()!);

    private async Task<Guid> ApprovedAsync(GraphQLClient coordinator)
    {
        var id = await ApplyAsync(coordinator, api.NgoA.Id, Email());
        await VetFullyAsync(coordinator, id);
        Assert.Empty((await ApproveAsync(coordinator, id)).UserErrors("approveMentor"));
        return id;
    }

    private static async Task<JsonElement> StandingAsync(GraphQLClient client, Guid id) =>
        (await client.PostAsync($"query($id: ID!) {{ mentor(id: $id) {{ version {Standing} }} }}", new { id })).Data.GetProperty("mentor");

    private static object Attend(params (Guid Id, bool Present)[] who) => who.Select(w => new { mentorId = w.Id, present = w.Present }).ToArray();

    [Fact]
    public async Task A_group_session_is_recorded_once_and_reaches_each_mentor_present_and_a_retry_with_its_key_adds_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var supervisor = await MeAsync(coordinator);
        var (anna, ivars) = (await ApprovedAsync(coordinator), await ApprovedAsync(coordinator));
        // Approved today (23 November 2026): the default cadence of 2 months makes supervision due on 23 January 2027.
        Assert.Equal(("ON_TRACK", "2027-01-23"), Of((await StandingAsync(coordinator, anna)).GetProperty("supervision")));

        var input = new { kind = "GROUP", heldOn = "2026-11-22", minutes = 90, supervisorId = supervisor, attendance = Attend((anna, true), (ivars, false)), idempotencyKey = "sup-" + Guid.NewGuid() };
        var first = await coordinator.PostAsync(RecordSupervision, new { i = input });
        Assert.Empty(first.UserErrors("recordSupervision"));
        var session = first.Data.GetProperty("recordSupervision").GetProperty("session");
        Assert.Equal(("GROUP", 90, 2), (session.GetProperty("kind").GetString(), session.GetProperty("minutes").GetInt32(), session.GetProperty("attendance").GetArrayLength()));

        var before = await api.CountWritesAsync();
        var retry = await coordinator.PostAsync(RecordSupervision, new { i = input });
        Assert.Equal(session.GetProperty("id").GetString(), retry.Data.GetProperty("recordSupervision").GetProperty("session").GetProperty("id").GetString());
        Assert.Equal(before, await api.CountWritesAsync());

        var a = await StandingAsync(coordinator, anna);
        Assert.Equal((1, 90, "2026-11-22"), (a.GetProperty("supervisionSessions").GetInt32(), a.GetProperty("supervisionMinutes").GetInt32(), a.GetProperty("lastSupervisionOn").GetString()));
        Assert.Equal(("ON_TRACK", "2027-01-22"), Of(a.GetProperty("supervision")));
        var i = await StandingAsync(coordinator, ivars);
        Assert.Equal((0, 0), (i.GetProperty("supervisionSessions").GetInt32(), i.GetProperty("supervisionMinutes").GetInt32()));
    }

    [Fact]
    public async Task The_monitoring_view_lists_mentors_whose_supervision_is_due_soon_or_lapsed_soonest_first_and_not_those_on_track()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (lapsed, dueSoon, onTrack) = (await ApprovedAsync(coordinator), await ApprovedAsync(coordinator), await ApprovedAsync(coordinator));
        var supervisor = await MeAsync(coordinator);
        // Today is 23 November 2026. Sessions on 1 September (due 1 November: lapsed) and 30 September (due 30 November: within
        // 14 days); the third mentor has had none since approval today (due 23 January 2027: on track).
        foreach (var (mentor, heldOn) in new[] { (lapsed, "2026-09-01"), (dueSoon, "2026-09-30") })
            Assert.Empty((await coordinator.PostAsync(RecordSupervision, new { i = new { kind = "INDIVIDUAL", heldOn, minutes = 45, supervisorId = supervisor,
                attendance = Attend((mentor, true)) } })).UserErrors("recordSupervision"));

        var response = await coordinator.PostAsync("{ supervisionAttention { id supervision { state dueOn } } }");
        Assert.False(response.HasErrors, response.Body.ToString());
        var rows = response.Data.GetProperty("supervisionAttention").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString() is { } id && (id == lapsed.ToString() || id == dueSoon.ToString() || id == onTrack.ToString()))
            .Select(r => (r.GetProperty("id").GetString(), Of(r.GetProperty("supervision")))).ToList();
        Assert.Equal([(lapsed.ToString(), ("LAPSED", (string?)"2026-11-01")), (dueSoon.ToString(), ("DUE_SOON", "2026-11-30"))], rows);
        using var mentorUser = await api.SignedIn("a", Role.Mentor);
        Assert.Contains("FORBIDDEN", (await mentorUser.PostAsync("{ supervisionAttention { id } }")).ErrorCodes);
    }

    private static (string, string?) Of(JsonElement supervision) =>
        (supervision.GetProperty("state").GetString()!, supervision.GetProperty("dueOn").ValueKind == JsonValueKind.Null ? null : supervision.GetProperty("dueOn").GetString());

    [Fact]
    public async Task A_supervisor_must_be_a_coordinator_of_the_same_ngo()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        var mentor = await ApprovedAsync(coordinator);
        async Task<GraphQLResponse> AssignTo(Guid user) =>
            await coordinator.PostAsync(Assign, new { i = new { mentorId = mentor, expectedVersion = (await StandingAsync(coordinator, mentor)).GetProperty("version").GetInt64(), supervisorId = user } });

        Assert.Equal([("SUPERVISOR_NOT_COORDINATOR", "supervisorId")], (await AssignTo(await MeAsync(admin))).UserErrors("assignSupervisor"));
        Assert.Equal([("SUPERVISOR_NOT_COORDINATOR", "supervisorId")], (await AssignTo(await MeAsync(otherNgo))).UserErrors("assignSupervisor"));
        var ok = await AssignTo(await MeAsync(coordinator));
        Assert.Empty(ok.UserErrors("assignSupervisor"));
        var name = (await coordinator.PostAsync("{ me { displayName } }")).Data.GetProperty("me").GetProperty("displayName").GetString();
        Assert.Equal(name, ok.Data.GetProperty("assignSupervisor").GetProperty("mentor").GetProperty("supervisor").GetProperty("name").GetString());
        Assert.Contains(name, (await coordinator.PostAsync("{ supervisors { name } }")).Data.GetProperty("supervisors").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        // A session with someone who is not a coordinator is refused the same way, and writes nothing.
        var before = await api.CountWritesAsync();
        var refused = await coordinator.PostAsync(RecordSupervision, new { i = new { kind = "INDIVIDUAL", heldOn = "2026-11-20", minutes = 60, supervisorId = await MeAsync(admin), attendance = Attend((mentor, true)) } });
        Assert.Equal([("SUPERVISOR_NOT_COORDINATOR", "supervisorId")], refused.UserErrors("recordSupervision"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_mentor_cannot_record_sessions_and_another_ngos_mentor_is_not_found()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var mentorUser = await api.SignedIn("a", Role.Mentor);
        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        var mentor = await ApprovedAsync(coordinator);
        var supervision = new { kind = "INDIVIDUAL", heldOn = "2026-11-20", minutes = 60, supervisorId = await MeAsync(coordinator), attendance = Attend((mentor, true)) };
        var training = new { heldOn = "2026-11-20", trainer = "Dace Liepa", moduleCodes = new[] { "INTRO" }, minutes = 60, attendance = Attend((mentor, true)) };

        Assert.Contains("FORBIDDEN", (await mentorUser.PostAsync(RecordSupervision, new { i = supervision })).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await mentorUser.PostAsync(RecordTraining, new { i = training })).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await mentorUser.PostAsync("{ trainingCatalogue { version } }")).ErrorCodes);

        var before = await api.CountWritesAsync();
        Assert.Contains(("NOT_FOUND", "attendance"), (await otherNgo.PostAsync(RecordSupervision,
            new { i = supervision with { supervisorId = await MeAsync(otherNgo) } })).UserErrors("recordSupervision"));
        Assert.Contains(("NOT_FOUND", "attendance"), (await otherNgo.PostAsync(RecordTraining, new { i = training })).UserErrors("recordTrainingSession"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task The_catalogue_sets_the_required_modules_and_a_training_session_ticks_them_for_everyone_present()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        const string Catalogue = "{ trainingCatalogue { version modules { code name hours kind validityMonths } } }";
        const string Update = "mutation($i: UpdateTrainingCatalogueInput!) { updateTrainingCatalogue(input: $i) { catalogue { version modules { code } } errors { code field } } }";
        var read = (await admin.PostAsync(Catalogue)).Data.GetProperty("trainingCatalogue");
        Assert.Equal(["INTRO", "CONFIDENTIALITY"], read.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("code").GetString()));

        var modules = new object[]
        {
            new { code = "INTRO", name = "Ievads līdzgaitnieka darbā", hours = 8m, kind = "REQUIRED_FOR_APPROVAL", validityMonths = (int?)null },
            new { code = "TRAUMA", name = "Trauma un atkarības", hours = 6m, kind = "REQUIRED_FOR_APPROVAL", validityMonths = (int?)null },
            new { code = "SAFEGUARD", name = "Drošības jautājumi", hours = 3m, kind = "REFRESHER", validityMonths = (int?)12 },
        };
        var bad = await admin.PostAsync(Update, new { i = new { version = read.GetProperty("version").GetString(), modules = new object[]
            { new { code = "SAFEGUARD", name = "Drošības jautājumi", hours = 3m, kind = "REFRESHER", validityMonths = (int?)null } } } });
        Assert.Equal([("REFRESHER_VALIDITY", "modules")], bad.UserErrors("updateTrainingCatalogue"));
        var saved = await admin.PostAsync(Update, new { i = new { version = read.GetProperty("version").GetString(), modules } });
        Assert.Empty(saved.UserErrors("updateTrainingCatalogue"));
        // The same version again is a conflict: someone saved meanwhile.
        Assert.Equal([("CONCURRENCY_CONFLICT", "version")], (await admin.PostAsync(Update, new { i = new { version = read.GetProperty("version").GetString(), modules } })).UserErrors("updateTrainingCatalogue"));
        Assert.Equal(["Ievads līdzgaitnieka darbā", "Trauma un atkarības"],
            (await admin.PostAsync("{ vettingPolicy { requiredTrainingModules } }")).Data.GetProperty("vettingPolicy").GetProperty("requiredTrainingModules").EnumerateArray().Select(m => m.GetString()));

        var (anna, ivars) = (await ApplyAsync(coordinator, api.NgoA.Id, Email()), await ApplyAsync(coordinator, api.NgoA.Id, Email()));
        var unknown = await coordinator.PostAsync(RecordTraining, new { i = new { heldOn = "2026-11-20", trainer = "Dace Liepa", moduleCodes = new[] { "NOPE" }, minutes = 60, attendance = Attend((anna, true)) } });
        Assert.Equal([("UNKNOWN_TRAINING_MODULE", "moduleCodes")], unknown.UserErrors("recordTrainingSession"));
        var recorded = await coordinator.PostAsync(RecordTraining, new { i = new { heldOn = "2026-11-20", trainer = "Dace Liepa",
            moduleCodes = new[] { "trauma", "SAFEGUARD" }, minutes = 135, attendance = Attend((anna, true), (ivars, false)) } });
        Assert.Empty(recorded.UserErrors("recordTrainingSession"));
        Assert.Equal(["TRAUMA", "SAFEGUARD"], recorded.Data.GetProperty("recordTrainingSession").GetProperty("session").GetProperty("moduleCodes").EnumerateArray().Select(m => m.GetString()));

        var a = await StandingAsync(coordinator, anna);
        Assert.Equal(135, a.GetProperty("learningMinutes").GetInt32());
        Assert.Equal([("Ievads līdzgaitnieka darbā", false), ("Trauma un atkarības", true)],
            a.GetProperty("vettingChecklist").EnumerateArray().Where(c => c.GetProperty("module").ValueKind == JsonValueKind.String)
                .Select(c => (c.GetProperty("module").GetString(), c.GetProperty("done").GetBoolean())));
        var refresher = Assert.Single(a.GetProperty("refreshers").EnumerateArray());
        Assert.Equal(("SAFEGUARD", "2027-11-20", false), (refresher.GetProperty("code").GetString(), refresher.GetProperty("expiresOn").GetString(), refresher.GetProperty("expired").GetBoolean()));
        Assert.Equal(0, (await StandingAsync(coordinator, ivars)).GetProperty("learningMinutes").GetInt32());

        // The statement counts the session's minutes, split over its modules (68 + 67).
        var statement = (await coordinator.PostAsync("query($m: ID!) { volunteerStatement(mentorId: $m, from: \"2026-11-01\", to: \"2026-11-30\") { statement { trainingMinutes training { what minutes } } } }",
            new { m = anna })).Data.GetProperty("volunteerStatement").GetProperty("statement");
        Assert.Equal(135, statement.GetProperty("trainingMinutes").GetInt32());
        Assert.Equal([68, 67], statement.GetProperty("training").EnumerateArray().Select(t => t.GetProperty("minutes").GetInt32()));

        // Put the catalogue back for the other tests of this class (the policy follows).
        var current = (await admin.PostAsync(Catalogue)).Data.GetProperty("trainingCatalogue").GetProperty("version").GetString();
        Assert.Empty((await admin.PostAsync(Update, new { i = new { version = current, modules = new object[]
        {
            new { code = "INTRO", name = "Ievads līdzgaitnieka darbā", hours = 8m, kind = "REQUIRED_FOR_APPROVAL", validityMonths = (int?)null },
            new { code = "CONFIDENTIALITY", name = "Konfidencialitāte un robežas", hours = 4m, kind = "REQUIRED_FOR_APPROVAL", validityMonths = (int?)null },
            new { code = "SAFEGUARD", name = "Drošības jautājumi", hours = 3m, kind = "REFRESHER", validityMonths = (int?)12 },
        } } })).UserErrors("updateTrainingCatalogue"));
    }

    [Fact]
    public async Task The_policy_carries_the_supervision_cadence_and_leaving_it_out_keeps_the_default()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var policy = (await admin.PostAsync("{ vettingPolicy { version supervisionEveryMonths requiredTrainingModules } }")).Data.GetProperty("vettingPolicy");
        const string Update = "mutation($i: UpdateVettingPolicyInput!) { updateVettingPolicy(input: $i) { policy { version supervisionEveryMonths } errors { code field } } }";
        object Input(string version, int? months) => new
        {
            version, interviewRequired = true, minimumReferences = 2, backgroundCheckValidityMonths = 24,
            requiredTrainingModules = policy.GetProperty("requiredTrainingModules").EnumerateArray().Select(m => m.GetString()).ToArray(),
            agreementRequired = true, refresherTrainingMonths = 24, supervisionEveryMonths = months,
        };
        Assert.Equal([("VALIDATION", "supervisionEveryMonths")], (await admin.PostAsync(Update, new { i = Input(policy.GetProperty("version").GetString()!, 13) })).UserErrors("updateVettingPolicy"));
        var saved = (await admin.PostAsync(Update, new { i = Input(policy.GetProperty("version").GetString()!, 3) })).Data.GetProperty("updateVettingPolicy").GetProperty("policy");
        Assert.Equal(3, saved.GetProperty("supervisionEveryMonths").GetInt32());
        var back = (await admin.PostAsync(Update, new { i = Input(saved.GetProperty("version").GetString()!, 2) })).Data.GetProperty("updateVettingPolicy").GetProperty("policy");
        Assert.Equal(2, back.GetProperty("supervisionEveryMonths").GetInt32());
    }
}
