using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Mentoring.Api.Demo;

/// <summary>
/// The demo NGO's working life, built once the server listens and through its own GraphQL API — the same
/// validation, events and mail a coordinator's clicks produce: vetted mentors (the demo mentor among them), people
/// due for release with consent and needs, active matches with meetings logged, one overdue, one proposal waiting.
/// Skipped when it is already there. Never enabled in production (Mentoring:SeedDemo).
/// </summary>
public sealed class DemoScenario(IDocumentStore store, TimeProvider clock, IServer server, IHostApplicationLifetime lifetime, ILogger<DemoScenario> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => RunAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private sealed record Person(string Name, string Email, string Gender, int BirthYear, string[] Languages, string[] Specialities, bool Incarceration, int? Remission);

    private static readonly string[] Areas = ["riga", "jurmala", "marupe-novads"], Bilingual = ["lv", "ru"],
        AllScopes = ["PROCESSING", "MENTOR_CONTACT", "AGGREGATE_REPORTING"], Topics = ["HOUSING", "EMPLOYMENT"];

    private static readonly Person[] Mentors =
    [
        new("Jānis Līdzgaitnieks", DemoData.MentorEmail, "MALE", 1978, ["lv", "ru"], ["HOUSING", "ADDICTION", "EMPLOYMENT"], true, 9),
        new("Inga Kalniņa", "inga.kalnina@demo.mentoring.lv", "FEMALE", 1985, ["lv", "en"], ["FAMILY_AND_CHILDREN", "HEALTH", "INCOME_AND_BENEFITS"], false, 6),
        new("Sergejs Ivanovs", "sergejs.ivanovs@demo.mentoring.lv", "MALE", 1972, ["ru", "lv"], ["ADDICTION", "LEGAL_AID", "IDENTITY_DOCUMENTS"], true, 12),
        new("Dace Bērziņa", "dace.berzina@demo.mentoring.lv", "FEMALE", 1990, ["lv"], ["EMPLOYMENT", "FINANCES_AND_DEBT", "SOCIAL_SKILLS_AND_LEISURE"], false, null),
        new("Artūrs Zariņš", "arturs.zarins@demo.mentoring.lv", "MALE", 1981, ["lv", "ru"], ["HOUSING", "EMPLOYMENT"], true, 4),
    ];

    // (name, gender, birth year, days to release (negative: released), consented)
    private static readonly (string Name, string Gender, int BirthYear, int Release, bool Consent)[] Clients =
    [
        ("Raimonds Liepa", "MALE", 1990, -10, true), ("Oskars Vītols", "MALE", 1988, -25, true), ("Edgars Krūmiņš", "MALE", 1983, 6, true),
        ("Laura Ozoliņa", "FEMALE", 1995, 18, true), ("Pāvels Smirnovs", "MALE", 1979, 33, true), ("Kristīne Egle", "FEMALE", 1992, 52, false),
    ];

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var ngo = await DemoData.NgoAsync(store, ct);
            if (ngo is null) return;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CoordinatorTokenAsync(ngo.TenantId, ct));
            if ((await Gql(http, "{ clients(first: 1) { totalCount } }", null, ct)).GetProperty("clients").GetProperty("totalCount").GetInt64() > 0) return;

            var today = RigaCalendar.Today(clock);
            var mentorIds = new List<string>();
            for (var i = 0; i < Mentors.Length; i++)
                mentorIds.Add(await MentorAsync(http, ngo.Id, Mentors[i], vetted: i < 4, today, ct));

            var clientIds = new List<string>();
            foreach (var c in Clients) clientIds.Add(await ClientAsync(http, c, today, ct));

            // Jānis meets Raimonds (released ten days ago) every few days; Inga's match with Oskars has gone quiet.
            await ActiveMatchAsync(http, clientIds[0], mentorIds[0], today.AddDays(-9), [(today.AddDays(-8), 60, "PRISON_VISIT"), (today.AddDays(-3), 45, "IN_PERSON")], ct);
            await ActiveMatchAsync(http, clientIds[1], mentorIds[1], today.AddDays(-24), [(today.AddDays(-22), 30, "PHONE")], ct);
            // Sergejs is asked to meet Edgars, due out in six days.
            await Gql(http, "mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { errors { code } } }",
                new { i = new { clientId = clientIds[2], mentorId = mentorIds[2], idempotencyKey = "demo-proposal-edgars" } }, ct);
            log.LogInformation("Demo data: {Mentors} mentors, {Clients} clients, 3 matches", Mentors.Length, Clients.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("Demo data was not completed: {ExceptionType}", e.GetType().Name);
        }
    }

    private async Task<string> CoordinatorTokenAsync(string tenant, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var user = await session.Query<UserAccount>().FirstAsync(u => u.Email == DemoData.CoordinatorEmail, ct);
        var caller = new Caller(user.Id, user.OrganisationId, tenant, user.Roles.ToHashSet());
        var created = await CreateApiToken.Handle(new CreateApiTokenInput { Name = "demo data", ExpiresInDays = 1 }, caller, session, clock, ct);
        return created.Item!.Secret;
    }

    private static async Task<string> MentorAsync(HttpClient http, Guid ngo, Person p, bool vetted, DateOnly today, CancellationToken ct)
    {
        var id = (await Gql(http, "mutation($i: SubmitMentorApplicationInput!) { submitMentorApplication(input: $i) { mentorId errors { code } } }", new
        {
            i = new
            {
                organisationId = ngo, idempotencyKey = "demo-" + p.Email,
                profile = new
                {
                    name = p.Name, email = p.Email, phone = "+371 20000000", languages = p.Languages, municipalities = Areas,
                    gender = p.Gender, birthYear = p.BirthYear, incarceration = p.Incarceration, remissionYears = p.Remission, specialities = p.Specialities,
                    availability = new[] { new { day = "TUESDAY", part = "EVENING" }, new { day = "SATURDAY", part = "MORNING" } }, capacity = 2,
                    motivation = "Es zinu, cik grūts ir pirmais mēnesis pēc atbrīvošanas, un gribu palīdzēt.",
                },
            },
        }, ct)).GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!;
        await Step(http, "recordScreeningInterview", "RecordScreeningInterviewInput", id, new { heldOn = today.AddDays(-40), interviewer = "Anna Koordinatore", outcome = "RECOMMENDED" }, ct);
        if (!vetted) return id;
        foreach (var referee in new[] { "Mācītājs Ozols", "Darba devējs Kalniņš" })
            await Step(http, "recordReference", "RecordReferenceInput", id, new { refereeName = referee, relationship = "pazīst vairāk nekā 5 gadus", outcome = "POSITIVE", receivedOn = today.AddDays(-35) }, ct);
        await Step(http, "recordBackgroundCheck", "RecordBackgroundCheckInput", id, new { checkedOn = today.AddDays(-30), outcome = "CLEAR" }, ct);
        foreach (var module in Domain.Mentors.VettingPolicy.Default.RequiredTrainingModules)
            await Step(http, "recordTrainingCompleted", "RecordTrainingCompletedInput", id, new { module, completedOn = today.AddDays(-20) }, ct);
        await Step(http, "signConfidentialityAgreement", "SignConfidentialityAgreementInput", id, new { signedOn = today.AddDays(-20), documentReference = $"KL-{today.Year}/{p.BirthYear}" }, ct);
        var token = (await Step(http, "approveMentor", "ApproveMentorInput", id, new { }, ct, "approval { invitation { token } }"))
            .GetProperty("approval").GetProperty("invitation").GetProperty("token").GetString();
        // The mentor accepts the invitation: the demo password, so the mentor's phone view can be tried.
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        await Gql(anonymous, "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { errors { code } } }", new { i = new { token, password = DemoData.Password } }, ct);
        return id;
    }

    private static async Task<string> ClientAsync(HttpClient http, (string Name, string Gender, int BirthYear, int Release, bool Consent) c, DateOnly today, CancellationToken ct)
    {
        var release = today.AddDays(c.Release);
        var client = (await Gql(http, "mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } errors { code } } }", new
        {
            i = new
            {
                name = c.Name, gender = c.Gender, birthYear = c.BirthYear, languages = Bilingual, prisonCode = c.Release < 0 ? "jelgava" : "olaine",
                expectedReleaseDate = release, releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Inese Zariņa",
                referrerContact = "inese.zarina@ievp.example", alreadyReleasedOn = c.Release < 0 ? release : (DateOnly?)null, idempotencyKey = "demo-" + c.Name,
            },
        }, ct)).GetProperty("referClient").GetProperty("client");
        var id = client.GetProperty("id").GetString()!;
        if (!c.Consent) return id;
        await Gql(http, "mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code } } }", new
        {
            i = new { clientId = id, expectedVersion = client.GetProperty("version").GetInt64(), scopes = AllScopes,
                      givenOn = today.AddDays(Math.Min(c.Release, 0) - 14), documentReference = "PK-" + c.BirthYear },
        }, ct);
        var version = (await Gql(http, "query($id: ID!) { client(id: $id, purpose: \"demo data\") { version } }", new { id }, ct)).GetProperty("client").GetProperty("version").GetInt64();
        await Gql(http, "mutation($i: AssessNeedsInput!) { assessNeeds(input: $i) { errors { code } } }", new
        {
            i = new { clientId = id, expectedVersion = version, source = "Ieslodzījuma vietas riska un vajadzību novērtējums", assessedOn = today.AddDays(Math.Min(c.Release, 0) - 20),
                      needs = new[] { new { domain = "HOUSING", level = "HIGH" }, new { domain = "EMPLOYMENT", level = "MEDIUM" }, new { domain = "ADDICTION", level = "LOW" } } },
        }, ct);
        return id;
    }

    private static async Task ActiveMatchAsync(HttpClient http, string clientId, string mentorId, DateOnly from, (DateOnly On, int Minutes, string Mode)[] meetings, CancellationToken ct)
    {
        var match = (await Gql(http, "mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { match { id } errors { code } } }",
            new { i = new { clientId, mentorId, idempotencyKey = $"demo-match-{clientId}" } }, ct)).GetProperty("proposeMatch").GetProperty("match").GetProperty("id").GetString();
        foreach (var (step, on) in new[] { ("acceptMatch", (DateOnly?)null), ("recordClientAgreement", from), ("activateMatch", from) })
        {
            var version = (await Gql(http, "query($id: ID!) { match(id: $id) { version } }", new { id = match }, ct)).GetProperty("match").GetProperty("version").GetInt64();
            await Gql(http, $"mutation($i: MatchCommandInput!) {{ {step}(input: $i) {{ errors {{ code }} }} }}", new { i = new { matchId = match, expectedVersion = version, on } }, ct);
        }
        foreach (var (on, minutes, mode) in meetings)
            await Gql(http, "mutation($i: LogContactInput!) { logContact(input: $i) { errors { code } } }", new
            {
                i = new { matchId = match, idempotencyKey = $"demo-{match}-{on:yyyyMMdd}", happenedAt = RigaCalendar.At(on, new TimeOnly(14, 0)), durationMinutes = minutes, mode,
                          place = mode == "PRISON_VISIT" ? "Jelgavas cietums" : "Kafejnīca", topics = Topics, goalsProgressed = Array.Empty<string>(),
                          privateNote = "Runājām par dzīvesvietas deklarēšanu un darba meklēšanu.", concern = "NONE" },
            }, ct);
    }

    private static async Task<JsonElement> Step(HttpClient http, string mutation, string inputType, string mentorId, object fields, CancellationToken ct, string result = "mentor { id }")
    {
        var version = (await Gql(http, "query($id: ID!) { mentor(id: $id) { version } }", new { id = mentorId }, ct)).GetProperty("mentor").GetProperty("version").GetInt64();
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["mentorId"] = mentorId;
        input["expectedVersion"] = version;
        return (await Gql(http, $"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {result} errors {{ code }} }} }}", new { i = input }, ct)).GetProperty(mutation);
    }

    private static async Task<JsonElement> Gql(HttpClient http, string query, object? variables, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        if (body.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            throw new InvalidOperationException($"Demo data: {errors[0].GetProperty("message").GetString()}");
        return body.RootElement.GetProperty("data").Clone();
    }
}
