using System.Text.Json;
using Marten;
using Mentoring.Domain.Clients;

namespace Mentoring.Api.Tests.Contacts;

/// <summary>
/// The mentor moves the person's path with the meeting they log (issue 18): goals progressed, documents obtained,
/// accompaniments and the refusals met there land on the case in the same transaction as the meeting, once.
/// </summary>
public sealed class MeetingOnThePathTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // The fixture's clock: 2026-11-23 10:00 UTC.
    private const string Log = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id goalsProgressed retracted } } errors { code message field } } }";
    private const string Case = "query($id: ID!) { match(id: $id) { client { id version goals { id standard status } documents { kind obtainedOn } " +
                                "refusals { id institution help reason refusedOn status } accompaniments { contactId institution help result on refusalId retracted } } } }";
    private const string Attempt = "mutation($i: ContactAttemptInput!) { recordContactAttempt(input: $i) { result { attempt { id outcome note attemptedAt } } errors { code field } } }";

    private static object Meeting(Guid matchId, string key, IEnumerable<string>? goals = null, IEnumerable<string>? documents = null, IEnumerable<object>? accompaniments = null) => new
    {
        i = new
        {
            matchId, idempotencyKey = key, happenedAt = "2026-11-22T14:00:00+02:00", durationMinutes = 90, mode = "IN_PERSON", place = (string?)null,
            topics = new[] { "INCOME_AND_BENEFITS" }, goalsProgressed = goals ?? [], privateNote = (string?)null, concern = "NONE",
            documentsObtained = documents ?? [], accompaniments = accompaniments ?? [],
        },
    };

    private static object Refused => new { institution = "MUNICIPAL_SOCIAL_SERVICE", help = "GMI_BENEFIT", result = "REFUSED", refusalReason = "NO_ACCOUNT_STATEMENTS", note = "Tikai divu mēnešu izraksti" };
    private static object Granted => new { institution = "NVA", help = "OTHER", result = "HELP_GRANTED" };

    private static async Task<JsonElement> CaseAsync(GraphQLClient coordinator, Guid matchId) =>
        (await coordinator.PostAsync(Case, new { id = matchId })).Data.GetProperty("match").GetProperty("client");

    private static async Task<string> GoalAsync(GraphQLClient coordinator, Guid matchId, string standard) =>
        (await CaseAsync(coordinator, matchId)).GetProperty("goals").EnumerateArray().First(g => g.GetProperty("standard").GetString() == standard).GetProperty("id").GetString()!;

    private async Task<int> ClientEventsAsync(Guid clientId)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.Events.FetchStreamAsync(clientId)).Count;
    }

    [Fact]
    public async Task A_meeting_progresses_goals_records_documents_and_accompaniments_once_however_often_it_is_sent()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var bank = await GoalAsync(coordinator, pair.MatchId, "BANK_ACCOUNT");
        var clientId = Guid.Parse((await CaseAsync(coordinator, pair.MatchId)).GetProperty("id").GetString()!);
        var before = await ClientEventsAsync(clientId);
        var meeting = Meeting(pair.MatchId, "phone-" + Guid.NewGuid(), [bank], ["IDENTITY_DOCUMENT"], [Refused, Granted]);

        // The phone's outbox sends it, loses the answer, and sends it again, twice at once.
        var first = await pair.Mentor.PostAsync(Log, meeting);
        Assert.Empty(first.UserErrors("logContact"));
        var again = await Task.WhenAll(pair.Mentor.PostAsync(Log, meeting), pair.Mentor.PostAsync(Log, meeting));
        Assert.All(again, r => Assert.Empty(r.UserErrors("logContact")));

        var client = await CaseAsync(coordinator, pair.MatchId);
        Assert.Equal("IN_PROGRESS", client.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == bank).GetProperty("status").GetString());
        var document = Assert.Single(client.GetProperty("documents").EnumerateArray(), d => d.GetProperty("obtainedOn").ValueKind != JsonValueKind.Null);
        Assert.Equal(("IDENTITY_DOCUMENT", "2026-11-22"), (document.GetProperty("kind").GetString(), document.GetProperty("obtainedOn").GetString()));
        var refusal = Assert.Single(client.GetProperty("refusals").EnumerateArray());
        Assert.Equal(("NO_ACCOUNT_STATEMENTS", "OPEN", "2026-11-22"),
            (refusal.GetProperty("reason").GetString(), refusal.GetProperty("status").GetString(), refusal.GetProperty("refusedOn").GetString()));
        var accompaniments = client.GetProperty("accompaniments").EnumerateArray().ToList();
        Assert.Equal(["REFUSED", "HELP_GRANTED"], accompaniments.Select(a => a.GetProperty("result").GetString()));
        Assert.Equal(refusal.GetProperty("id").GetString(), accompaniments[0].GetProperty("refusalId").GetString());
        // GoalStatusChanged, DocumentObtained, RefusalRecorded, two AccompaniedToInstitution: once.
        Assert.Equal(before + 5, await ClientEventsAsync(clientId));

        // The refusal waits on the coordinator's desk, as recordRefusal leaves it.
        var desk = await coordinator.PostAsync("{ openRefusals { refusal { id } } }");
        Assert.Contains(desk.Data.GetProperty("openRefusals").EnumerateArray(), r => r.GetProperty("refusal").GetProperty("id").GetString() == refusal.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_refused_accompaniment_without_its_reason_writes_nothing_at_all()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var before = await api.CountWritesAsync();
        var response = await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "phone-" + Guid.NewGuid(),
            accompaniments: [new { institution = "MUNICIPAL_SOCIAL_SERVICE", help = "GMI_BENEFIT", result = "REFUSED" }]));
        Assert.Equal([("REFUSAL_NEEDS_REASON", "accompaniments.refusalReason")], response.UserErrors("logContact"));
        Assert.Equal(before, await api.CountWritesAsync()); // neither the meeting nor anything on the case
    }

    [Fact]
    public async Task The_mentor_of_another_match_cannot_move_this_persons_path()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var other = await Scenarios.ActivePairAsync(api, coordinator);
        var bank = await GoalAsync(coordinator, pair.MatchId, "BANK_ACCOUNT");
        var before = await api.CountWritesAsync();

        var foreign = await other.Mentor.PostAsync(Log, Meeting(pair.MatchId, "phone-" + Guid.NewGuid(), [bank], ["IDENTITY_DOCUMENT"], [Refused]));
        Assert.Equal([("NOT_FOUND", "matchId")], foreign.UserErrors("logContact"));
        // On their own match, the other person's goal does not exist.
        var mixed = await other.Mentor.PostAsync(Log, Meeting(other.MatchId, "phone-" + Guid.NewGuid(), [bank]));
        Assert.Equal([("NOT_FOUND", "goalsProgressed")], mixed.UserErrors("logContact"));
        Assert.Equal([("NOT_FOUND", "matchId")], (await other.Mentor.PostAsync(Attempt, new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "attempt-" + Guid.NewGuid(), attemptedAt = "2026-11-22T09:00:00+02:00", outcome = "NO_ANSWER" },
        })).UserErrors("recordContactAttempt"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Retracting_the_meeting_retracts_its_accompaniments_and_takes_its_refusal_off_the_desk()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var contactId = (await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "phone-" + Guid.NewGuid(), accompaniments: [Refused, Granted])))
            .Data.GetProperty("logContact").GetProperty("result").GetProperty("contact").GetProperty("id").GetString();

        var retracted = await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { retractContact(matchId: $m, contactId: $c, reason: \"Cita persona\") { result { contact { retracted } } errors { code field } } }",
            new { m = pair.MatchId, c = contactId });
        Assert.Empty(retracted.UserErrors("retractContact"));

        var client = await CaseAsync(coordinator, pair.MatchId);
        Assert.All(client.GetProperty("accompaniments").EnumerateArray(), a => Assert.True(a.GetProperty("retracted").GetBoolean()));
        Assert.Equal("CLOSED", Assert.Single(client.GetProperty("refusals").EnumerateArray()).GetProperty("status").GetString());
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        var events = await session.Events.FetchStreamAsync(Guid.Parse(client.GetProperty("id").GetString()!));
        Assert.Single(events, e => e.Data is AccompanimentRetracted);
    }

    [Fact]
    public async Task A_failed_attempt_is_logged_once_and_the_coordinator_reads_it_on_the_match_log()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var attempt = new { i = new { matchId = pair.MatchId, idempotencyKey = "attempt-" + Guid.NewGuid(), attemptedAt = "2026-11-22T09:00:00+02:00",
                                      outcome = "DID_NOT_COME", note = "Nepienāca uz tikšanos" } };
        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => pair.Mentor.PostAsync(Attempt, attempt)));
        Assert.All(sent, r => Assert.Empty(r.UserErrors("recordContactAttempt")));
        Assert.Single(sent.Select(r => r.Data.GetProperty("recordContactAttempt").GetProperty("result").GetProperty("attempt").GetProperty("id").GetString()).Distinct());

        var future = await pair.Mentor.PostAsync(Attempt, new { i = new { matchId = pair.MatchId, idempotencyKey = "attempt-" + Guid.NewGuid(),
            attemptedAt = "2026-11-24T09:00:00+02:00", outcome = "NO_ANSWER" } });
        Assert.Equal([("CONTACT_IN_FUTURE", "attemptedAt")], future.UserErrors("recordContactAttempt"));

        var log = await coordinator.PostAsync("query($m: ID!) { contactAttempts(matchId: $m) { outcome note attemptedAt } }", new { m = pair.MatchId });
        var seen = Assert.Single(log.Data.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal(("DID_NOT_COME", "Nepienāca uz tikšanos"), (seen.GetProperty("outcome").GetString(), seen.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task Three_failed_attempts_reach_the_coordinators_digest_the_next_morning()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Zane Ābele");
        // Met on 22 Nov at 14:00; then no answer, did not come, unreachable (the fixture's clock: 23 Nov, 12:00 in Riga).
        Assert.Empty((await pair.Mentor.PostAsync(Log, Meeting(pair.MatchId, "phone-" + Guid.NewGuid()))).UserErrors("logContact"));
        foreach (var (at, outcome) in new[] { ("2026-11-22T16:00:00+02:00", "NO_ANSWER"), ("2026-11-23T09:00:00+02:00", "DID_NOT_COME"), ("2026-11-23T11:30:00+02:00", "UNREACHABLE") })
            Assert.Empty((await pair.Mentor.PostAsync(Attempt, new { i = new { matchId = pair.MatchId, idempotencyKey = "attempt-" + Guid.NewGuid(), attemptedAt = at, outcome } }))
                .UserErrors("recordContactAttempt"));

        var lines = async (DateOnly day) => (await Mentoring.Jobs.Reminders.ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, day, default)).Item1
            .SelectMany(d => d.Items).Where(i => i.Args.Contains("Z. Ā.")).ToList();
        // The meeting logged above (22 Nov, 14:00) came before all three attempts: the day after the third, coordinators hear of it.
        var next = await lines(new DateOnly(2026, 11, 24));
        var line = Assert.Single(next, i => i.Text == Mentoring.Domain.Reminders.ReminderPlanner.AttemptsFailed);
        Assert.Equal(["3", "22.11.2026"], line.Args.Skip(2));
        Assert.DoesNotContain(await lines(new DateOnly(2026, 11, 23)), i => i.Text == Mentoring.Domain.Reminders.ReminderPlanner.AttemptsFailed);
    }
}
