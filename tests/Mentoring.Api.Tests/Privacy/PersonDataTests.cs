using Marten;
using System.Text.Json;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>Export everything about a person; erase it by masking every event that names them, keeping the counts.</summary>
public sealed class PersonDataTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Export = "mutation($p: ID!) { exportPersonData(personId: $p, purpose: \"DSAR 2026/14\") { export { kind streams events json } errors { code field } } }";
    private const string Erase = "mutation($p: ID!, $r: String!) { erasePersonData(personId: $p, reason: $r) { erasure { kind streams eventsMasked } errors { code field } } }";
    private const string Note = "Viņš baidās no tēva, Rūdolfa Ozola, un dzer.";

    private async Task<(ActivePair Pair, string ClientId, GraphQLClient Coordinator)> CaseWithAMeetingAsync(string name)
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, name);
        var clientId = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        var logged = await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = Guid.NewGuid().ToString(), happenedAt = "2026-11-22T12:00:00+02:00", durationMinutes = 50,
                      mode = "IN_PERSON", place = "Kafejnīca Brīvības ielā", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), privateNote = Note, concern = "WORRY" },
        });
        Assert.Empty(logged.UserErrors("logContact"));
        return (pair, clientId, coordinator);
    }

    [Fact]
    public async Task An_export_holds_the_case_and_its_meetings_and_is_audited()
    {
        var (_, clientId, coordinator) = await CaseWithAMeetingAsync("Kristaps Zeltiņš");
        using var coordinatorSession = coordinator;
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var export = (await admin.PostAsync(Export, new { p = clientId })).Data.GetProperty("exportPersonData").GetProperty("export");
        Assert.Equal("client", export.GetProperty("kind").GetString());
        Assert.Equal(2, export.GetProperty("streams").GetInt32()); // the case and its match
        var json = export.GetProperty("json").GetString()!;
        using var document = JsonDocument.Parse(json);
        Assert.Contains("Kristaps Zeltiņš", json);
        Assert.Contains(Note, json);
        Assert.Equal(export.GetProperty("events").GetInt32(), document.RootElement.GetProperty("streams").EnumerateArray().Sum(s => s.GetProperty("events").GetArrayLength()));
        // The contact log as it reads now, beside the events.
        var meeting = Assert.Single(document.RootElement.GetProperty("contacts").EnumerateArray());
        Assert.Equal(Note, meeting.GetProperty("current").GetProperty("privateNote").GetString());

        using var auditor = await api.SignedIn("a", Role.Auditor);
        var trail = await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: PERSON_EXPORTED) { nodes { purpose } } }", new { s = clientId });
        Assert.Equal("DSAR 2026/14", Assert.Single(trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()).GetProperty("purpose").GetString());

        // Coordinators and other NGOs cannot export.
        Assert.Equal(["FORBIDDEN"], (await coordinator.PostAsync(Export, new { p = clientId })).ErrorCodes);
        using var adminB = await api.SignedIn("b", Role.OrgAdmin);
        Assert.Contains(("NOT_FOUND", "personId"), (await adminB.PostAsync(Export, new { p = clientId })).UserErrors("exportPersonData"));
    }

    [Fact]
    public async Task Erasure_masks_names_contacts_and_notes_in_every_event_and_keeps_the_counts()
    {
        var (pair, clientId, coordinator) = await CaseWithAMeetingAsync("Kristaps Zeltiņš-Kalns");
        using var coordinatorSession = coordinator;
        using var admin = await api.SignedIn("a", Role.OrgAdmin);

        // An open case is not erased, and nothing is written.
        var before = await api.CountWritesAsync();
        Assert.Contains(("ERASURE_NOT_ALLOWED", "personId"), (await admin.PostAsync(Erase, new { p = clientId, r = "request of 2026-11-20" })).UserErrors("erasePersonData"));
        Assert.Contains(("VALIDATION", "reason"), (await admin.PostAsync(Erase, new { p = clientId, r = "" })).UserErrors("erasePersonData"));
        Assert.Equal(before, await api.CountWritesAsync());

        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = version, reason = "DECLINED", note = "Moved in with Rūdolfs." } })).UserErrors("closeCase"));
        var contactsBefore = (await coordinator.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { totalCount } }", new { m = pair.MatchId }))
            .Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32();

        var erased = await admin.PostAsync(Erase, new { p = clientId, r = "request of 2026-11-20" });
        Assert.Empty(erased.UserErrors("erasePersonData"));
        Assert.True(erased.Data.GetProperty("erasePersonData").GetProperty("erasure").GetProperty("eventsMasked").GetInt32() > 5);

        // Every event: no name, no note, no place, no referrer — in the raw store, not only in the read model.
        var json = (await admin.PostAsync(Export, new { p = clientId })).Data.GetProperty("exportPersonData").GetProperty("export").GetProperty("json").GetString()!;
        foreach (var secret in new[] { "Kristaps", "Zeltiņš", "Rūdolf", "Kafejnīca", "Ilze" })
            Assert.DoesNotContain(secret, json);
        await using (var raw = api.Store.QuerySession(api.NgoA.TenantId))
        {
            foreach (var stream in new[] { Guid.Parse(clientId), pair.MatchId })
                Assert.All(await raw.Events.FetchStreamAsync(stream), e => Assert.DoesNotContain("Kristaps", JsonSerializer.Serialize(e.Data)));
            // The contact log's documents are masked too: the meeting stays, its place and note go.
            var stored = Assert.Single(await raw.Query<Mentoring.Domain.Contacts.ContactRecord>().Where(c => c.MatchId == pair.MatchId).ToListAsync());
            Assert.All(stored.Versions, v => Assert.Equal((null, null, 50), (v.Details.Place, v.Details.PrivateNote, v.Details.DurationMinutes)));
            Assert.DoesNotContain(Note, JsonSerializer.Serialize(stored));
        }

        // The case and the meetings are still there and still count.
        var client = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { name stage goals { id } closureReason } }", new { id = clientId })).Data.GetProperty("client");
        Assert.Equal("[erased]", client.GetProperty("name").GetString());
        Assert.Equal("DECLINED", client.GetProperty("closureReason").GetString());
        Assert.True(client.GetProperty("goals").GetArrayLength() >= 6);
        var contacts = (await coordinator.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { totalCount nodes { durationMinutes privateNote place } } }", new { m = pair.MatchId }))
            .Data.GetProperty("contactTimeline");
        Assert.Equal(contactsBefore, contacts.GetProperty("totalCount").GetInt32());
        var meeting = contacts.GetProperty("nodes")[0];
        Assert.Equal(50, meeting.GetProperty("durationMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("privateNote").ValueKind);

        using var auditor = await api.SignedIn("a", Role.Auditor);
        var trail = await auditor.PostAsync("query($s: ID) { auditTrail(subjectId: $s, action: PERSON_ERASED) { nodes { purpose } } }", new { s = clientId });
        Assert.Equal("request of 2026-11-20", Assert.Single(trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()).GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task An_erased_mentor_cannot_sign_in_and_their_profile_no_longer_names_them()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Contains(("ERASURE_NOT_ALLOWED", "personId"), (await admin.PostAsync(Erase, new { p = pair.MentorId, r = "left the programme" })).UserErrors("erasePersonData"));

        var version = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { version } }", new { id = pair.MentorId })).Data.GetProperty("mentor").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: WithdrawMentorInput!) { withdrawMentor(input: $i) { errors { code } } }",
            new { i = new { mentorId = pair.MentorId, expectedVersion = version, reason = "moving abroad" } })).UserErrors("withdrawMentor"));
        // The mail sent to the mentor names them too (this fixture records mail without sending it: mark it sent).
        await using (var session = api.Store.LightweightSession(api.NgoA.TenantId))
        {
            var sent = await session.Query<Mentoring.Domain.Messages.OutboxMessage>().Where(m => m.To == pair.MentorEmail).ToListAsync();
            Assert.NotEmpty(sent);
            foreach (var message in sent) session.Events.Append(message.Id, new Mentoring.Domain.Messages.MessageSent(message.Id, ApiFixture.Start));
            await session.SaveChangesAsync();
        }
        Assert.Empty((await admin.PostAsync(Erase, new { p = pair.MentorId, r = "left the programme" })).UserErrors("erasePersonData"));
        var notifications = await coordinator.PostAsync("{ notifications(first: 100) { nodes { to subject } } }");
        Assert.DoesNotContain(pair.MentorEmail, notifications.Body.GetRawText());

        var mentor = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { name email phone motivation languages } }", new { id = pair.MentorId })).Data.GetProperty("mentor");
        Assert.Equal("[erased]", mentor.GetProperty("name").GetString());
        Assert.DoesNotContain(pair.MentorEmail, mentor.GetRawText());
        Assert.NotEqual(0, mentor.GetProperty("languages").GetArrayLength());
        using var again = api.Client();
        var login = await again.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        Assert.NotEmpty(login.UserErrors("login"));
    }
}
