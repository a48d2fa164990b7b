using System.Text.Json;
using Marten;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>GraphQL documents and inputs shared by the mentor tests.</summary>
public static class MentorApi
{
    public const string Submit = """
        mutation($i: SubmitMentorApplicationInput!) { submitMentorApplication(input: $i) { received mentorId errors { code message field } } }
        """;
    public const string MentorFields = "id version name email status matchable capacity vettingChecklist { kind module done detail params { name value } } timeline { kind detail }";

    public static object Application(Guid organisationId, string email, int capacity = 2, string[]? languages = null, int birthYear = 1979,
        string municipality = "riga", string[]? specialities = null, string? key = null) => new
    {
        i = new
        {
            organisationId,
            idempotencyKey = key,
            profile = new
            {
                name = "Jānis Bērziņš", email, phone = "+371 20000000", languages = languages ?? ["lv", "ru"], municipalities = new[] { municipality },
                gender = "MALE", birthYear, incarceration = true, remissionYears = 6,
                specialities = specialities ?? ["HOUSING", "ADDICTION"],
                availability = new[] { new { day = "TUESDAY", part = "EVENING" } }, capacity,
                motivation = "Pirmo mēnesi pēc atbrīvošanas pazīstu no savas dzīves.",
            },
        },
    };

    public const string Confirm = "mutation($t: String!) { confirmMentorApplication(token: $t) { received errors { code message field } } }";

    /// <summary>
    /// An applicant, entered by the NGO's coordinator: through <paramref name="client"/> when it is one, else through the
    /// fixture's coordinator of that NGO. It exists at once and owes one e-mail (the NGO's "application received"). The
    /// public form's own path, answered without an id and confirmed by an e-mailed link, is <see cref="ApplyThroughFormAsync"/>.
    /// </summary>
    public static async Task<Guid> ApplyAsync(GraphQLClient client, Guid organisationId, string email, string municipality = "riga", string[]? specialities = null)
    {
        using var coordinator = await IsStaffOfAsync(client, organisationId)
            ? null
            : await ApiFixture.Serving(client.Http.BaseAddress!).SignedIn(OrgOf(ApiFixture.Serving(client.Http.BaseAddress!), organisationId), Role.Coordinator);
        var response = await (coordinator ?? client).PostAsync(Submit, Application(organisationId, email, municipality: municipality, specialities: specialities));
        Assert.Empty(response.UserErrors("submitMentorApplication"));
        return Guid.Parse(response.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
    }

    /// <summary>An applicant through the public form: the answer has no id; the applicant follows the link e-mailed to them, as a person would.</summary>
    public static async Task<Guid> ApplyThroughFormAsync(ApiFixture api, GraphQLClient client, Guid organisationId, string email)
    {
        var key = "apply-" + Guid.NewGuid();
        var response = await client.PostAsync(Submit, Application(organisationId, email, key: key));
        Assert.Empty(response.UserErrors("submitMentorApplication"));
        var token = await ConfirmationTokenAsync(api, organisationId, ApplicationIdOf(key));
        Assert.Empty((await client.PostAsync(Confirm, new { t = token })).UserErrors("confirmMentorApplication"));
        return Mentoring.Domain.Mentors.PendingApplication.MentorIdOf(ApplicationIdOf(key));
    }

    private static async Task<bool> IsStaffOfAsync(GraphQLClient client, Guid organisationId)
    {
        var me = (await client.PostAsync("{ me { roles organisation { id } } }")).Data.GetProperty("me");
        return me.ValueKind == JsonValueKind.Object
               && me.GetProperty("organisation").ValueKind == JsonValueKind.Object
               && me.GetProperty("organisation").GetProperty("id").GetString() == organisationId.ToString()
               && me.GetProperty("roles").EnumerateArray().Any(r => r.GetString() is "COORDINATOR" or "ORG_ADMIN");
    }

    private static string OrgOf(ApiFixture api, Guid organisationId) =>
        organisationId == api.NgoA.Id ? "a" : organisationId == api.NgoB.Id ? "b" : throw new ArgumentException("Not one of the fixture's NGOs.", nameof(organisationId));

    /// <summary>The public form's application id for an idempotency key (the API derives it the same way).</summary>
    public static Guid ApplicationIdOf(string key) => Mentoring.Domain.Common.DeterministicId.From("mentor-application", key);

    /// <summary>The confirmation request recorded in the NGO's outbox for an application, or null.</summary>
    public static async Task<Mentoring.Domain.Messages.OutboxMessage?> ConfirmationRequestAsync(ApiFixture api, Guid organisationId, Guid applicationId)
    {
        var tenant = organisationId == api.NgoA.Id ? api.NgoA.TenantId : api.NgoB.TenantId;
        await using var session = api.Store.QuerySession(tenant);
        return await session.LoadAsync<Mentoring.Domain.Messages.OutboxMessage>(
            Mentoring.Domain.Messages.OutgoingMessage.IdOf($"application-confirmation:{applicationId}"));
    }

    /// <summary>The token of the latest confirmation request mailed to <paramref name="email"/> (for a form whose key the test does not know, e.g. the web form's).</summary>
    public static async Task<string> ConfirmationTokenForAsync(ApiFixture api, Guid organisationId, string email)
    {
        var tenant = organisationId == api.NgoA.Id ? api.NgoA.TenantId : api.NgoB.TenantId;
        var to = email.ToLowerInvariant(); // as the API normalises it
        await using var session = api.Store.QuerySession(tenant);
        var requests = await session.Query<Mentoring.Domain.Messages.OutboxMessage>()
            .Where(m => m.To == to && m.Key.StartsWith("application-confirmation:")).ToListAsync();
        var message = requests.OrderBy(m => m.QueuedAt).LastOrDefault();
        Assert.NotNull(message);
        return LinkToken(message.TextBody);
    }

    private static string LinkToken(string body)
    {
        var match = System.Text.RegularExpressions.Regex.Match(body, "/confirm-application#(\\S+)");
        Assert.True(match.Success, "no confirmation link in the e-mail");
        return match.Groups[1].Value;
    }

    /// <summary>The token of the link in an application's confirmation request: only the e-mail carries it.</summary>
    public static async Task<string> ConfirmationTokenAsync(ApiFixture api, Guid organisationId, Guid applicationId)
    {
        var message = await ConfirmationRequestAsync(api, organisationId, applicationId);
        Assert.NotNull(message);
        return LinkToken(message.TextBody);
    }

    public static async Task<JsonElement> MentorAsync(GraphQLClient client, Guid id) =>
        (await client.PostAsync($"query($id: ID!) {{ mentor(id: $id) {{ {MentorFields} }} }}", new { id })).Data.GetProperty("mentor");

    /// <summary>Runs one vetting command with the mentor's current version; returns the response.</summary>
    public static async Task<GraphQLResponse> CommandAsync(GraphQLClient client, string mutation, string inputType, Guid id, object fields)
    {
        var version = (await MentorAsync(client, id)).GetProperty("version").GetInt64();
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["mentorId"] = id.ToString();
        input["expectedVersion"] = version;
        return await client.PostAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ mentor {{ {MentorFields} }} errors {{ code message field }} }} }}", new { i = input });
    }

    /// <summary>Every step the default policy requires, recorded through the API.</summary>
    public static async Task VetFullyAsync(GraphQLClient client, Guid id, string checkedOn = "2026-11-01")
    {
        Assert.Empty((await CommandAsync(client, "recordScreeningInterview", "RecordScreeningInterviewInput", id,
            new { heldOn = "2026-11-02", interviewer = "Anna Koordinatore", outcome = "RECOMMENDED" })).UserErrors("recordScreeningInterview"));
        foreach (var referee in new[] { "Pastor Ozols", "Employer Kalniņš" })
            Assert.Empty((await CommandAsync(client, "recordReference", "RecordReferenceInput", id,
                new { refereeName = referee, relationship = "knows him for years", outcome = "POSITIVE", receivedOn = "2026-11-05" })).UserErrors("recordReference"));
        Assert.Empty((await CommandAsync(client, "recordBackgroundCheck", "RecordBackgroundCheckInput", id,
            new { checkedOn, outcome = "CLEAR" })).UserErrors("recordBackgroundCheck"));
        foreach (var module in new[] { "Ievads līdzgaitnieka darbā", "Konfidencialitāte un robežas" })
            Assert.Empty((await CommandAsync(client, "recordTrainingCompleted", "RecordTrainingCompletedInput", id,
                new { module, completedOn = "2026-11-10" })).UserErrors("recordTrainingCompleted"));
        Assert.Empty((await CommandAsync(client, "signConfidentialityAgreement", "SignConfidentialityAgreementInput", id,
            new { signedOn = "2026-11-10", documentReference = "KL-2026/7" })).UserErrors("signConfidentialityAgreement"));
    }

    public static async Task<GraphQLResponse> ApproveAsync(GraphQLClient client, Guid id)
    {
        var version = (await MentorAsync(client, id)).GetProperty("version").GetInt64();
        return await client.PostAsync("""
            mutation($i: ApproveMentorInput!) { approveMentor(input: $i) { approval { mentor { status matchable version } invitation { expiresAt user { email roles } } } errors { code message field params { name value enumType } } } }
            """, new { i = new { mentorId = id, expectedVersion = version } });
    }
}
