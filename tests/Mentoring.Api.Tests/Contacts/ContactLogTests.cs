using System.Text.Json;

namespace Mentoring.Api.Tests.Contacts;

public sealed class ContactLogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // The fixture's clock: 2026-11-23 10:00 UTC.
    private const string Log = "mutation($i: LogContactInput!) { logContact(input: $i) { result { matchVersion contact { id durationMinutes concern retracted versions { durationMinutes reason } comments { text } } } errors { code message field } } }";

    private Task<ActivePair> ActivePairAsync(GraphQLClient coordinator) => Scenarios.ActivePairAsync(api, coordinator);

    private static object Contact(Guid matchId, string key, string at = "2026-11-22T14:00:00+02:00", int minutes = 45, string concern = "NONE") => new
    {
        i = new { matchId, idempotencyKey = key, happenedAt = at, durationMinutes = minutes, mode = "PRISON_VISIT", place = "Olaines cietums",
                  topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), privateNote = "He is worried about the shelter.", concern },
    };

    [Fact]
    public async Task The_same_key_logs_once_even_when_sent_concurrently()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var key = "phone-" + Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => pair.Mentor.PostAsync(Log, Contact(pair.MatchId, key))));
        Assert.All(results, r => Assert.Empty(r.UserErrors("logContact")));
        Assert.Single(results.Select(r => r.Data.GetProperty("logContact").GetProperty("result").GetProperty("contact").GetProperty("id").GetString()).Distinct());

        // Different keys sent at once (an offline queue syncing) all land.
        var distinct = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => pair.Mentor.PostAsync(Log, Contact(pair.MatchId, $"queue-{i}-{Guid.NewGuid()}"))));
        Assert.All(distinct, r => Assert.Empty(r.UserErrors("logContact")));
        var timeline = await pair.Mentor.PostAsync("query($m: ID!) { contactTimeline(matchId: $m, first: 100) { totalCount } }", new { m = pair.MatchId });
        Assert.Equal(5, timeline.Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00+02:00", 30, "CONTACT_IN_FUTURE", "happenedAt")]
    [InlineData("2026-11-10T10:00:00+02:00", 30, "BEFORE_MATCH_BEGAN", "happenedAt")]
    [InlineData("2026-11-22T10:00:00+02:00", 0, "VALIDATION", "durationMinutes")]
    [InlineData("2026-11-22T10:00:00+02:00", 601, "VALIDATION", "durationMinutes")]
    public async Task Bad_contacts_are_typed_errors_and_write_nothing(string at, int minutes, string code, string field)
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var before = await api.CountWritesAsync();
        var response = await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid(), at, minutes));
        Assert.Contains((code, field), response.UserErrors("logContact"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Corrections_and_retractions_keep_every_version_and_only_coordinators_comment()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var logged = (await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid()))).Data.GetProperty("logContact").GetProperty("result").GetProperty("contact");
        var contactId = logged.GetProperty("id").GetString();

        var corrected = await pair.Mentor.PostAsync("mutation($i: CorrectContactInput!) { correctContact(input: $i) { result { contact { durationMinutes versions { durationMinutes reason } } } errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, contactId, reason = "It was an hour", happenedAt = "2026-11-22T14:00:00+02:00", durationMinutes = 60, mode = "PRISON_VISIT",
                      topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
        });
        var contact = corrected.Data.GetProperty("correctContact").GetProperty("result").GetProperty("contact");
        Assert.Equal(60, contact.GetProperty("durationMinutes").GetInt32());
        Assert.Equal([45, 60], contact.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("durationMinutes").GetInt32()));

        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { commentOnContact(matchId: $m, contactId: $c, text: \"x\") { errors { code field } } }",
            new { m = pair.MatchId, c = contactId })).Status);
        var commented = await coordinator.PostAsync("mutation($m: ID!, $c: ID!) { commentOnContact(matchId: $m, contactId: $c, text: \"Good that you asked about the shelter.\") { result { contact { comments { text } } } errors { code field } } }",
            new { m = pair.MatchId, c = contactId });
        Assert.Single(commented.Data.GetProperty("commentOnContact").GetProperty("result").GetProperty("contact").GetProperty("comments").EnumerateArray());

        var retracted = await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { retractContact(matchId: $m, contactId: $c, reason: \"logged on the wrong person\") { result { contact { retracted versions { reason } } } errors { code field } } }",
            new { m = pair.MatchId, c = contactId });
        Assert.True(retracted.Data.GetProperty("retractContact").GetProperty("result").GetProperty("contact").GetProperty("retracted").GetBoolean());
        var again = await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { retractContact(matchId: $m, contactId: $c, reason: \"again and again\") { errors { code field } } }",
            new { m = pair.MatchId, c = contactId });
        Assert.Equal("CONTACT_RETRACTED", again.UserErrors("retractContact")[0].Code);

        var hours = await coordinator.PostAsync("query($m: ID!) { volunteerHours(mentorId: $m, from: \"2026-11-01\", to: \"2026-11-30\") { month contacts minutes } }", new { m = pair.MentorId });
        Assert.Empty(hours.Data.GetProperty("volunteerHours").EnumerateArray()); // the only contact was retracted
    }

    [Fact]
    public async Task Another_mentor_or_ngo_cannot_log_or_read_the_match()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var other = await ActivePairAsync(coordinator);
        var before = await api.CountWritesAsync();
        var foreign = await other.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid()));
        Assert.Equal([("NOT_FOUND", "matchId")], foreign.UserErrors("logContact"));
        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal([("NOT_FOUND", "matchId")], (await otherNgo.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid()))).UserErrors("logContact"));
        Assert.Equal(before, await api.CountWritesAsync());
        var timeline = await other.Mentor.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { totalCount } }", new { m = pair.MatchId });
        Assert.Equal(0, timeline.Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_urgent_concern_alerts_the_desk_until_acknowledged()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var logged = await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid(), concern: "URGENT"));
        var contactId = logged.Data.GetProperty("logContact").GetProperty("result").GetProperty("contact").GetProperty("id").GetString();
        var open = (await coordinator.PostAsync("{ openConcerns { contact { id } } }")).Data.GetProperty("openConcerns").EnumerateArray();
        Assert.Contains(open, c => c.GetProperty("contact").GetProperty("id").GetString() == contactId);
        var engagement = (await coordinator.PostAsync("{ engagement { match { id } openUrgentConcern cadence } }")).Data.GetProperty("engagement").EnumerateArray().ToList();
        Assert.True(engagement[0].GetProperty("openUrgentConcern").GetBoolean()); // concerns first

        var ack = await coordinator.PostAsync("mutation($m: ID!, $c: ID!) { acknowledgeConcern(matchId: $m, contactId: $c, note: \"called him\") { errors { code field } } }", new { m = pair.MatchId, c = contactId });
        Assert.Empty(ack.UserErrors("acknowledgeConcern"));
        Assert.DoesNotContain((await coordinator.PostAsync("{ openConcerns { contact { id } } }")).Data.GetProperty("openConcerns").EnumerateArray(),
            c => c.GetProperty("contact").GetProperty("id").GetString() == contactId);
        var twice = await coordinator.PostAsync("mutation($m: ID!, $c: ID!) { acknowledgeConcern(matchId: $m, contactId: $c) { errors { code field } } }", new { m = pair.MatchId, c = contactId });
        Assert.Equal("NO_OPEN_CONCERN", twice.UserErrors("acknowledgeConcern")[0].Code);
    }

    [Fact]
    public async Task A_mentor_sees_their_people_with_what_is_due_and_hours_add_up()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var mine = (await pair.Mentor.PostAsync("{ myMatches { matchId clientName cadence nextContactDue } }")).Data.GetProperty("myMatches").EnumerateArray().ToList();
        Assert.Equal(pair.MatchId.ToString(), Assert.Single(mine).GetProperty("matchId").GetString());
        await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid(), "2026-11-21T10:00:00+02:00", 90));
        await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid(), "2026-11-22T10:00:00+02:00", 30));
        var hours = (await coordinator.PostAsync("query($m: ID!) { volunteerHours(mentorId: $m, from: \"2026-11-01\", to: \"2026-11-30\") { month contacts minutes hours } }", new { m = pair.MentorId }))
            .Data.GetProperty("volunteerHours")[0];
        Assert.Equal("2026-11", hours.GetProperty("month").GetString());
        Assert.Equal(2, hours.GetProperty("contacts").GetInt32());
        Assert.Equal(2.0, hours.GetProperty("hours").GetDouble());
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync("{ myMatches { matchId } }")).Status);
    }

    [Fact]
    public async Task After_consent_is_withdrawn_no_new_contact_is_logged()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var client = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id version } } }", new { m = pair.MatchId })).Data.GetProperty("match").GetProperty("client");
        Assert.Empty((await coordinator.PostAsync("mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { errors { code } } }", new
        {
            i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(), withdrawnOn = "2026-11-23" },
        })).UserErrors("withdrawConsent"));
        var before = await api.CountWritesAsync();
        Assert.Contains(("CASE_FROZEN", "matchId"), (await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "k-" + Guid.NewGuid()))).UserErrors("logContact"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_mentor_sees_risk_flags_only_while_a_coordinator_shares_them()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var client = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id version } } }", new { m = pair.MatchId })).Data.GetProperty("match").GetProperty("client");
        Assert.Empty((await coordinator.PostAsync("mutation($i: RecordRiskFlagsInput!) { recordRiskFlags(input: $i) { errors { code } } }", new
        {
            i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(), flags = new[] { "RELAPSE_RISK" } },
        })).UserErrors("recordRiskFlags"));
        const string Mine = "{ myMatches { riskFlags } }";
        Assert.Equal(JsonValueKind.Null, (await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myMatches")[0].GetProperty("riskFlags").ValueKind);

        async Task<GraphQLResponse> Share(GraphQLClient who, bool share)
        {
            var version = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = pair.MatchId })).Data.GetProperty("match").GetProperty("version").GetInt64();
            return await who.PostAsync("mutation($i: MatchCommandInput!) { shareRiskFlagsWithMentor(input: $i) { match { riskFlagsShared } errors { code field } } }",
                new { i = new { matchId = pair.MatchId, expectedVersion = version, share } });
        }
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Equal(["FORBIDDEN"], (await Share(admin, true)).ErrorCodes); // admins do not see risk flags, so they do not share them
        Assert.Equal(["FORBIDDEN"], (await Share(pair.Mentor, true)).ErrorCodes);
        Assert.Empty((await Share(coordinator, true)).UserErrors("shareRiskFlagsWithMentor"));
        Assert.Equal(["RELAPSE_RISK"], (await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myMatches")[0].GetProperty("riskFlags").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(("INVALID_TRANSITION", "share"), (await Share(coordinator, true)).UserErrors("shareRiskFlagsWithMentor"));
        Assert.Empty((await Share(coordinator, false)).UserErrors("shareRiskFlagsWithMentor"));
        Assert.Equal(JsonValueKind.Null, (await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myMatches")[0].GetProperty("riskFlags").ValueKind);
    }
}
