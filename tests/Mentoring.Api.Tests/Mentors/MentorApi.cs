using System.Text.Json;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>GraphQL documents and inputs shared by the mentor tests.</summary>
public static class MentorApi
{
    public const string Submit = """
        mutation($i: SubmitMentorApplicationInput!) { submitMentorApplication(input: $i) { received mentorId errors { code message field } } }
        """;
    public const string MentorFields = "id version name email status matchable capacity vettingChecklist { step done detail } timeline { kind detail }";

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
                motivation = "I know the first month after release from my own life.",
            },
        },
    };

    public static async Task<Guid> ApplyAsync(GraphQLClient client, Guid organisationId, string email, string municipality = "riga", string[]? specialities = null)
    {
        var response = await client.PostAsync(Submit, Application(organisationId, email, municipality: municipality, specialities: specialities));
        Assert.Empty(response.UserErrors("submitMentorApplication"));
        return Guid.Parse(response.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
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
            mutation($i: ApproveMentorInput!) { approveMentor(input: $i) { approval { mentor { status matchable version } invitation { token user { email roles } } } errors { code message field } } }
            """, new { i = new { mentorId = id, expectedVersion = version } });
    }
}
