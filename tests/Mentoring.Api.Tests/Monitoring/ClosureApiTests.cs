using System.Text.Json;
using Marten;
using Mentoring.Domain.Messages;

namespace Mentoring.Api.Tests.Monitoring;

/// <summary>
/// A match followed from its meetings to a deliberate closure through the API: ending it opens the step (on the desk),
/// completing is refused until both sides are settled and the rematch decided, each step is idempotent by content, and
/// completing thanks the mentor once, in their language, with their hours. The fixture's clock stays on 23 November 2026.
/// </summary>
public sealed class ClosureApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Closure = "closure { kind reason endedOn openedOn open overdueFrom completedOn conversations { with on mode helped helpedNote wouldRecommend } unreached { with reason } rematch noRematchReason }";
    private static string StepMutation(string name) =>
        $"mutation($i: ClosureStepInput!) {{ {name}(input: $i) {{ monitoring {{ {Closure} }} errors {{ code field }} }} }}";

    private static async Task EndAsync(GraphQLClient coordinator, Guid matchId, string reason)
    {
        var version = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = matchId })).Data.GetProperty("match").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync($"mutation {{ endMatch(input: {{ matchId: \"{matchId}\", expectedVersion: {version}, endReason: {reason} }}) {{ errors {{ code field }} }} }}"))
            .UserErrors("endMatch"));
    }

    private static async Task LogMeetingAsync(ActivePair pair, string at, int minutes) =>
        Assert.Empty((await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "m-" + Guid.NewGuid(), happenedAt = at, durationMinutes = minutes, mode = "IN_PERSON",
                      topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
        })).UserErrors("logContact"));

    private static JsonElement ClosureOf(GraphQLResponse r, string mutation) => r.Data.GetProperty(mutation).GetProperty("monitoring").GetProperty("closure");

    private async Task<IReadOnlyList<OutboxMessage>> ThanksAsync(Guid matchId)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return await session.Query<OutboxMessage>().Where(m => m.Key == $"closure-thanks:{matchId}").ToListAsync();
    }

    private static async Task<IReadOnlyList<string>> DueAsync(GraphQLClient coordinator) =>
        [.. (await coordinator.PostAsync("{ closuresDue { match { id } overdue closure { kind } } }")).Data.GetProperty("closuresDue").EnumerateArray()
            .Select(d => d.GetProperty("match").GetProperty("id").GetString()!)];

    [Fact]
    public async Task A_match_is_closed_by_the_book_and_its_mentor_thanked_once_with_their_hours()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Ilze Kalniņa");
        await LogMeetingAsync(pair, "2026-11-21T14:00:00+02:00", 45);
        await LogMeetingAsync(pair, "2026-11-22T14:00:00+02:00", 90);
        var monitoring = "query($m: ID!) { matchMonitoring(matchId: $m) { " + Closure + " } }";
        Assert.Equal(JsonValueKind.Null, (await coordinator.PostAsync(monitoring, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").GetProperty("closure").ValueKind);

        await EndAsync(coordinator, pair.MatchId, "CLIENT_DISENGAGED");
        var opened = (await coordinator.PostAsync(monitoring, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").GetProperty("closure");
        Assert.Equal(("UNPLANNED", "CLIENT_DISENGAGED", "2026-11-23", true, "2026-12-08"), (opened.GetProperty("kind").GetString(), opened.GetProperty("reason").GetString(),
            opened.GetProperty("openedOn").GetString(), opened.GetProperty("open").GetBoolean(), opened.GetProperty("overdueFrom").GetString()));
        Assert.Contains(pair.MatchId.ToString(), await DueAsync(coordinator));

        // Completing too early: every missing part, at its field, and nothing written.
        var writes = await api.CountWritesAsync();
        Assert.Equal([("CLOSING_CONVERSATION_MISSING", "mentor"), ("CLOSING_CONVERSATION_MISSING", "client"), ("REMATCH_NOT_DECIDED", "rematch")],
            (await coordinator.PostAsync(StepMutation("completeMatchClosure"), new { i = new { matchId = pair.MatchId } })).UserErrors("completeMatchClosure"));
        Assert.Equal(writes, await api.CountWritesAsync());

        var talk = new { i = new { matchId = pair.MatchId, with = "MENTOR", on = "2026-11-23", mode = "PHONE", helped = new[] { "PRACTICAL_HELP", "LIVED_EXPERIENCE" },
                                   helpedNote = "Kopā gājām uz sociālo dienestu", wouldRecommend = "YES" } };
        var talked = await coordinator.PostAsync(StepMutation("recordClosingConversation"), talk);
        Assert.Empty(talked.UserErrors("recordClosingConversation"));
        var conversation = ClosureOf(talked, "recordClosingConversation").GetProperty("conversations").EnumerateArray().Single();
        Assert.Equal(("MENTOR", "PHONE", "Kopā gājām uz sociālo dienestu", "YES"), (conversation.GetProperty("with").GetString(), conversation.GetProperty("mode").GetString(),
            conversation.GetProperty("helpedNote").GetString(), conversation.GetProperty("wouldRecommend").GetString()));
        Assert.Equal(["PRACTICAL_HELP", "LIVED_EXPERIENCE"], conversation.GetProperty("helped").EnumerateArray().Select(h => h.GetString()));
        // The form sent twice: recorded once.
        writes = await api.CountWritesAsync();
        Assert.Empty((await coordinator.PostAsync(StepMutation("recordClosingConversation"), talk)).UserErrors("recordClosingConversation"));
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Equal([("CONVERSATION_IN_FUTURE", "on")], (await coordinator.PostAsync(StepMutation("recordClosingConversation"),
            new { i = new { matchId = pair.MatchId, with = "CLIENT", on = "2026-11-24", wouldRecommend = "NO" } })).UserErrors("recordClosingConversation"));

        Assert.Empty((await coordinator.PostAsync(StepMutation("recordClosingSideUnreached"),
            new { i = new { matchId = pair.MatchId, with = "CLIENT", unreachedReason = "NO_RESPONSE" } })).UserErrors("recordClosingSideUnreached"));
        Assert.Equal([("NO_REMATCH_REASON_REQUIRED", "reason")], (await coordinator.PostAsync(StepMutation("decideRematch"),
            new { i = new { matchId = pair.MatchId, rematch = "NO_REMATCH" } })).UserErrors("decideRematch"));
        Assert.Empty((await coordinator.PostAsync(StepMutation("decideRematch"),
            new { i = new { matchId = pair.MatchId, rematch = "NO_REMATCH", noRematchReason = "UNREACHABLE" } })).UserErrors("decideRematch"));
        Assert.Empty(await ThanksAsync(pair.MatchId));

        var completed = await coordinator.PostAsync(StepMutation("completeMatchClosure"), new { i = new { matchId = pair.MatchId } });
        Assert.Empty(completed.UserErrors("completeMatchClosure"));
        var closure = ClosureOf(completed, "completeMatchClosure");
        Assert.Equal((false, "2026-11-23", "NO_REMATCH", "UNREACHABLE"), (closure.GetProperty("open").GetBoolean(), closure.GetProperty("completedOn").GetString(),
            closure.GetProperty("rematch").GetString(), closure.GetProperty("noRematchReason").GetString()));
        Assert.Equal("NO_RESPONSE", closure.GetProperty("unreached").EnumerateArray().Single().GetProperty("reason").GetString());
        Assert.DoesNotContain(pair.MatchId.ToString(), await DueAsync(coordinator));

        // The thank-you: in Latvian (the mentor's language), initials only, 135 minutes are 2,3 hours for this match and in all.
        var thanks = Assert.Single(await ThanksAsync(pair.MatchId));
        Assert.Equal(pair.MentorEmail, thanks.To);
        const string Expected = "Jūsu pāris ar I. K. ir noslēgts. Paldies! Šim pārim jūs veltījāt 2,3 h (2 tikšanās), kopā kā līdzgaitnieks — 2,3 h.";
        Assert.True(thanks.TextBody.Contains(Expected, StringComparison.Ordinal), thanks.TextBody);
        Assert.DoesNotContain("Kalniņa", thanks.TextBody);

        // Completing again is a retry: nothing new, no second mail; a change now is refused.
        writes = await api.CountWritesAsync();
        Assert.Empty((await coordinator.PostAsync(StepMutation("completeMatchClosure"), new { i = new { matchId = pair.MatchId } })).UserErrors("completeMatchClosure"));
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Single(await ThanksAsync(pair.MatchId));
        Assert.Equal([("CLOSURE_COMPLETED", "matchId")], (await coordinator.PostAsync(StepMutation("decideRematch"),
            new { i = new { matchId = pair.MatchId, rematch = "REMATCH" } })).UserErrors("decideRematch"));
    }

    [Fact]
    public async Task An_open_match_has_no_step_another_ngo_finds_nothing_and_the_mentor_is_refused()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var talk = new { i = new { matchId = pair.MatchId, with = "CLIENT", wouldRecommend = "UNSURE" } };
        Assert.Equal([("CLOSURE_NOT_OPEN", "matchId")], (await coordinator.PostAsync(StepMutation("recordClosingConversation"), talk)).UserErrors("recordClosingConversation"));

        await EndAsync(coordinator, pair.MatchId, "GOALS_MET");
        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        var writes = await api.CountWritesAsync();
        Assert.Equal([("NOT_FOUND", "matchId")], (await otherNgo.PostAsync(StepMutation("recordClosingConversation"), talk)).UserErrors("recordClosingConversation"));
        Assert.DoesNotContain(pair.MatchId.ToString(), await DueAsync(otherNgo));
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync(StepMutation("recordClosingConversation"), talk)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync("{ closuresDue { overdue } }")).Status);
        Assert.Equal(writes, await api.CountWritesAsync());

        var due = (await coordinator.PostAsync("{ closuresDue { match { id } overdue closure { kind open } } }")).Data.GetProperty("closuresDue").EnumerateArray()
            .Single(d => d.GetProperty("match").GetProperty("id").GetString() == pair.MatchId.ToString());
        Assert.Equal(("PLANNED", false), (due.GetProperty("closure").GetProperty("kind").GetString(), due.GetProperty("overdue").GetBoolean()));
    }

    [Fact]
    public async Task Erasing_the_client_masks_the_feedback_in_their_words_and_keeps_what_is_counted()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var clientId = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        await EndAsync(coordinator, pair.MatchId, "GOALS_MET");
        Assert.Empty((await coordinator.PostAsync(StepMutation("recordClosingConversation"), new { i = new { matchId = pair.MatchId, with = "CLIENT",
            helped = new[] { "HOUSING" }, helpedNote = "Brālis Rūdolfs pieņēma mani dzīvot", wouldRecommend = "YES" } })).UserErrors("recordClosingConversation"));
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = version, reason = "GOALS_MET" } })).UserErrors("closeCase"));

        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Empty((await admin.PostAsync("mutation($p: ID!, $r: String!) { erasePersonData(personId: $p, reason: $r) { errors { code field } } }",
            new { p = clientId, r = "request of 2026-11-23" })).UserErrors("erasePersonData"));
        await using var raw = api.Store.QuerySession(api.NgoA.TenantId);
        var events = await raw.Events.FetchStreamAsync(Mentoring.Domain.Monitoring.MatchMonitoring.StreamOf(pair.MatchId));
        var talked = Assert.Single(events.Select(e => e.Data).OfType<Mentoring.Domain.Monitoring.ClosingConversationRecorded>());
        Assert.Null(talked.HelpedNote);
        Assert.Equal([Mentoring.Domain.Monitoring.ClosureHelp.Housing], talked.Helped);
        Assert.Equal(Mentoring.Domain.Monitoring.Recommendation.Yes, talked.WouldRecommend);
        var conversation = (await coordinator.PostAsync("query($m: ID!) { matchMonitoring(matchId: $m) { " + Closure + " } }", new { m = pair.MatchId }))
            .Data.GetProperty("matchMonitoring").GetProperty("closure").GetProperty("conversations").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, conversation.GetProperty("helpedNote").ValueKind);
    }
}
