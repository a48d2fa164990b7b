using System.Text.Json;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Monitoring;

/// <summary>
/// Staff check-ins and health checks over GraphQL on PostgreSQL. Every pair's match begins on 20 November 2026 (a 30-day
/// first month): the default policy's check-ins are due on 5 December, 20 December, then the 20th of each month; the
/// first health check opens on 20 December.
/// </summary>
public sealed class MonitoringApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string LogCheckIn = """
        mutation($i: LogStaffCheckInInput!) { logStaffCheckIn(input: $i) {
          monitoring { matchId checkIns { id with mode healthRating concerns agreedActions on } mentorCheckIns { nextDue periodStart state } clientCheckIns { nextDue state } tasks { open } }
          errors { code field } } }
        """;
    private const string Answer = "mutation($i: AnswerMatchHealthCheckInput!) { answerMatchHealthCheck(input: $i) { healthCheck { matchId milestone goingWell supported answeredOn } errors { code field } } }";
    private const string RecordClient = "mutation($i: RecordClientHealthCheckInput!) { recordClientHealthCheck(input: $i) { monitoring { health { source milestone rating } tasks { rule open from to } } errors { code field } } }";
    private const string Monitoring = "query($m: ID!) { matchMonitoring(matchId: $m) { checkIns { id } health { source milestone goingWell supported } tasks { open rule } healthCheckOpen } }";

    private static object CheckIn(Guid matchId, Guid? id = null, string with = "MENTOR", int rating = 4, string on = "2026-11-23") => new
    {
        i = new { matchId, checkInId = id ?? Guid.NewGuid(), with, mode = "PHONE", healthRating = rating, concerns = "Worried about the shelter", agreedActions = "Call NVA together", on },
    };

    private async Task At(DateOnly day, params GraphQLClient[] signIn)
    {
        api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(10, 0)));
        foreach (var client in signIn) await client.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password);
    }

    [Fact]
    public async Task A_check_in_is_logged_once_and_moves_the_sides_next_due_date()
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);

        var before = await coordinator.PostAsync("{ checkInsDue(includeOnTrack: true) { with status { nextDue state } match { id } } }");
        var rows = before.Data.GetProperty("checkInsDue").EnumerateArray().Where(r => r.GetProperty("match").GetProperty("id").GetString() == pair.MatchId.ToString()).ToList();
        Assert.Equal([("MENTOR", "2026-12-05", "ON_TRACK"), ("CLIENT", "2026-12-05", "ON_TRACK")],
            rows.Select(r => (r.GetProperty("with").GetString(), r.GetProperty("status").GetProperty("nextDue").GetString(), r.GetProperty("status").GetProperty("state").GetString())));

        var id = Guid.NewGuid();
        var first = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, id));
        var again = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, id));
        Assert.Empty(first.UserErrors("logStaffCheckIn"));
        Assert.Empty(again.UserErrors("logStaffCheckIn"));
        var monitoring = again.Data.GetProperty("logStaffCheckIn").GetProperty("monitoring");
        var logged = Assert.Single(monitoring.GetProperty("checkIns").EnumerateArray());
        Assert.Equal(("MENTOR", "PHONE", 4, "Worried about the shelter", "Call NVA together", "2026-11-23"),
            (logged.GetProperty("with").GetString(), logged.GetProperty("mode").GetString(), logged.GetProperty("healthRating").GetInt32(),
             logged.GetProperty("concerns").GetString(), logged.GetProperty("agreedActions").GetString(), logged.GetProperty("on").GetString()));
        // 23 November meets 5 December; the mentor's next is 20 December, the client's still 5 December.
        Assert.Equal("2026-12-20", monitoring.GetProperty("mentorCheckIns").GetProperty("nextDue").GetString());
        Assert.Equal("2026-12-06", monitoring.GetProperty("mentorCheckIns").GetProperty("periodStart").GetString());
        Assert.Equal("2026-12-05", monitoring.GetProperty("clientCheckIns").GetProperty("nextDue").GetString());

        // A week on, the client's side is due and listed; the mentor's is not.
        await At(new DateOnly(2026, 11, 28), coordinator);
        var due = (await coordinator.PostAsync("{ checkInsDue { with status { nextDue state } match { id } } }")).Data.GetProperty("checkInsDue").EnumerateArray()
            .Where(r => r.GetProperty("match").GetProperty("id").GetString() == pair.MatchId.ToString()).ToList();
        Assert.Equal([("CLIENT", "DUE")], due.Select(r => (r.GetProperty("with").GetString(), r.GetProperty("status").GetProperty("state").GetString())));
    }

    [Theory]
    [InlineData(6, "2026-11-23", "RATING_OUT_OF_RANGE", "healthRating")]
    [InlineData(0, "2026-11-23", "RATING_OUT_OF_RANGE", "healthRating")]
    [InlineData(3, "2026-11-24", "CHECK_IN_IN_FUTURE", "on")]
    [InlineData(3, "2026-11-19", "CHECK_IN_BEFORE_MATCH", "on")]
    public async Task Bad_check_ins_are_typed_errors_and_write_nothing(int rating, string on, string code, string field)
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var writes = await api.CountWritesAsync();
        Assert.Contains((code, field), (await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, rating: rating, on: on))).UserErrors("logStaffCheckIn"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Another_ngo_and_the_mentor_reach_nothing_of_the_staffs_monitoring()
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.Empty((await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).UserErrors("logStaffCheckIn"));

        using var otherNgo = await api.SignedIn("b", Role.Coordinator);
        var writes = await api.CountWritesAsync();
        Assert.Equal([("NOT_FOUND", "matchId")], (await otherNgo.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).UserErrors("logStaffCheckIn"));
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Equal(JsonValueKind.Null, (await otherNgo.PostAsync(Monitoring, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").ValueKind);
        var theirs = await otherNgo.PostAsync("{ checkInsDue(includeOnTrack: true) { match { id } } openHealthTasks { match { id } } }");
        Assert.DoesNotContain(pair.MatchId.ToString(), theirs.Body.GetRawText(), StringComparison.Ordinal);

        // The mentor is refused the staff's operations and types outright.
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync(Monitoring, new { m = pair.MatchId })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync(LogCheckIn, CheckIn(pair.MatchId))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await pair.Mentor.PostAsync("{ myMatches { matchId } checkInsDue { with } }")).Status);
    }

    [Fact]
    public async Task The_mentor_answers_their_own_health_check_once_even_synced_twice_and_never_for_another_match()
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var other = await Scenarios.ActivePairAsync(api, coordinator);

        // Before one month: nothing open.
        Assert.Equal([("HEALTH_CHECK_NOT_DUE", "matchId")],
            (await pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 4, supported = 5, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));

        await At(new DateOnly(2026, 12, 21), coordinator);
        await pair.Mentor.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        await other.Mentor.LoginAsync(other.MentorEmail, Scenarios.MentorPassword);
        Assert.Equal(1, MineDue(await pair.Mentor.PostAsync("{ myMatches { matchId healthCheckDue } }"), pair.MatchId));

        var key = "phone-" + Guid.NewGuid();
        var sends = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 4, supported = 5, idempotencyKey = key } })));
        Assert.All(sends, s => Assert.Empty(s.UserErrors("answerMatchHealthCheck")));
        Assert.All(sends, s => Assert.Equal((1, "2026-12-21"), (s.Data.GetProperty("answerMatchHealthCheck").GetProperty("healthCheck").GetProperty("milestone").GetInt32(),
            s.Data.GetProperty("answerMatchHealthCheck").GetProperty("healthCheck").GetProperty("answeredOn").GetString())));
        var health = (await coordinator.PostAsync(Monitoring, new { m = pair.MatchId })).Data.GetProperty("matchMonitoring").GetProperty("health");
        Assert.Equal(("MENTOR", 1, 4, 5), (health[0].GetProperty("source").GetString(), health[0].GetProperty("milestone").GetInt32(),
            health[0].GetProperty("goingWell").GetInt32(), health[0].GetProperty("supported").GetInt32()));
        Assert.Equal(1, health.GetArrayLength());
        Assert.Null(MineDue(await pair.Mentor.PostAsync("{ myMatches { matchId healthCheckDue } }"), pair.MatchId));

        // A second answer with another key is refused; another mentor cannot answer for this match at all.
        Assert.Equal([("HEALTH_CHECK_ANSWERED", "matchId")],
            (await pair.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 1, supported = 1, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));
        var writes = await api.CountWritesAsync();
        Assert.Equal([("NOT_FOUND", "matchId")],
            (await other.Mentor.PostAsync(Answer, new { i = new { matchId = pair.MatchId, goingWell = 1, supported = 1, idempotencyKey = "phone-" + Guid.NewGuid() } })).UserErrors("answerMatchHealthCheck"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_low_client_rating_raises_a_task_that_the_next_staff_check_in_closes()
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        await At(new DateOnly(2026, 12, 22), coordinator);

        var recorded = await coordinator.PostAsync(RecordClient, new { i = new { matchId = pair.MatchId, milestone = 1, goingWell = 2, supported = 4, idempotencyKey = "desk-" + Guid.NewGuid() } });
        Assert.Empty(recorded.UserErrors("recordClientHealthCheck"));
        var task = Assert.Single(recorded.Data.GetProperty("recordClientHealthCheck").GetProperty("monitoring").GetProperty("tasks").EnumerateArray());
        Assert.Equal(("LOW_RATING", true, 2), (task.GetProperty("rule").GetString(), task.GetProperty("open").GetBoolean(), task.GetProperty("to").GetInt32()));
        Assert.Contains(pair.MatchId.ToString(), (await coordinator.PostAsync("{ openHealthTasks { match { id } task { rule } } }")).Body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal([("HEALTH_CHECK_NOT_DUE", "milestone")],
            (await coordinator.PostAsync(RecordClient, new { i = new { matchId = pair.MatchId, milestone = 3, goingWell = 4, supported = 4, idempotencyKey = "desk-" + Guid.NewGuid() } })).UserErrors("recordClientHealthCheck"));

        var checkIn = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, with: "CLIENT", rating: 3, on: "2026-12-22"));
        Assert.False(checkIn.Data.GetProperty("logStaffCheckIn").GetProperty("monitoring").GetProperty("tasks")[0].GetProperty("open").GetBoolean());
        Assert.DoesNotContain(pair.MatchId.ToString(), (await coordinator.PostAsync("{ openHealthTasks { match { id } } }")).Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_in_policy_is_versioned_and_checked()
    {
        await At(new DateOnly(2026, 11, 23));
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var version = (await admin.PostAsync("{ checkInPolicy { version firstMonthCheckIns } }")).Data.GetProperty("checkInPolicy").GetProperty("version").GetString();
        const string Update = "mutation($i: UpdateCheckInPolicyInput!) { updateCheckInPolicy(input: $i) { policy { version firstMonthCheckIns } errors { code field } } }";
        object Input(string? v, int first) => new { i = new { version = v, firstMonthCheckIns = first, laterIntervalMonths = 1, dueSoonDays = 7, remindOverdueAfterDays = 3,
            escalateAfterDaysOverdue = 7, healthCheckWindowDays = 28, lowRating = 2, fallingDrop = 2 } };
        Assert.Equal([("VALIDATION", "firstMonthCheckIns")], (await admin.PostAsync(Update, Input(version, 9))).UserErrors("updateCheckInPolicy"));
        var saved = await admin.PostAsync(Update, Input(version, 3));
        Assert.Equal(3, saved.Data.GetProperty("updateCheckInPolicy").GetProperty("policy").GetProperty("firstMonthCheckIns").GetInt32());
        Assert.Equal([("CONCURRENCY_CONFLICT", "version")], (await admin.PostAsync(Update, Input(version, 2))).UserErrors("updateCheckInPolicy"));
        var current = saved.Data.GetProperty("updateCheckInPolicy").GetProperty("policy").GetProperty("version").GetString();
        Assert.Empty((await admin.PostAsync(Update, Input(current, 2))).UserErrors("updateCheckInPolicy")); // back to the default for the other tests
    }

    /// <summary>
    /// The digests and escalations the scan plans from hand-made monitoring events, day by day on the fake clock: the
    /// mentor's side checked in on 25 November (next due 20 December), the client's never (due 5 December).
    /// </summary>
    [Fact]
    public async Task The_coordinators_digest_names_due_and_overdue_check_ins_and_admins_hear_of_an_overdue_one_once()
    {
        await At(new DateOnly(2026, 11, 23));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Pēteris Kalns");
        var mentorName = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { mentor { name } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("mentor").GetProperty("name").GetString();
        await using (var session = api.Store.LightweightSession(api.NgoA.TenantId))
        {
            session.Events.Append(MatchMonitoring.StreamOf(pair.MatchId), new StaffCheckInLogged(pair.MatchId, Guid.NewGuid(), CheckInParty.Mentor, CheckInMode.InPerson, 4,
                null, null, new DateOnly(2026, 11, 25), Guid.NewGuid(), RigaCalendar.At(new DateOnly(2026, 11, 25), new TimeOnly(12, 0))));
            await session.SaveChangesAsync();
        }

        async Task<string> CoordinatorMail(DateOnly day)
        {
            var (digests, people, _) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, day, default);
            var to = people.Values.Single(u => u.Email == ApiFixture.EmailOf("a", Role.Coordinator));
            return digests.Where(d => d.RecipientUserId == to.Id).Select(d => DigestMail.Render(d, to).TextBody).SingleOrDefault() ?? "";
        }
        Assert.Contains($"P. K.: līdz 05.12.2026 jāsazinās ar klientu (līdzgaitnieks {mentorName}).", await CoordinatorMail(new DateOnly(2026, 11, 28)), StringComparison.Ordinal);
        Assert.DoesNotContain("P. K.: līdz", await CoordinatorMail(new DateOnly(2026, 11, 29)), StringComparison.Ordinal);
        Assert.Contains($"P. K.: saziņa ar klientu nokavēta par 3 dienām (termiņš 05.12.2026, līdzgaitnieks {mentorName}).",
            await CoordinatorMail(new DateOnly(2026, 12, 8)), StringComparison.Ordinal);
        Assert.Contains($"P. K.: līdz 20.12.2026 jāsazinās ar līdzgaitnieku (līdzgaitnieks {mentorName}).", await CoordinatorMail(new DateOnly(2026, 12, 13)), StringComparison.Ordinal);

        var (_, _, early) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, new DateOnly(2026, 12, 11), default);
        Assert.DoesNotContain(early, e => e.MatchId == pair.MatchId);
        var (_, _, escalations) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, new DateOnly(2026, 12, 12), default);
        var escalation = Assert.Single(escalations, e => e.MatchId == pair.MatchId);
        Assert.Equal((CheckInParty.Client, new DateOnly(2026, 12, 5), 7), (escalation.With, escalation.Due, escalation.DaysOverdue));

        // Scanned on 12 December by two nodes, and again the next days: each admin is told once.
        var node1 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        var node2 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        foreach (var day in new[] { new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13), new DateOnly(2026, 12, 16) })
        {
            api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(9, 0)));
            await Task.WhenAll(node1.RunAsync(default), node2.RunAsync(default));
        }
        await using var query = api.Store.QuerySession(api.NgoA.TenantId);
        var sent = (await query.Query<OutboxMessage>().Where(m => m.Kind == NotificationKind.StaffCheckIn).ToListAsync())
            .Where(m => m.Key.StartsWith($"checkin-escalation:{pair.MatchId}:", StringComparison.Ordinal)).ToList();
        var admins = (await query.Query<UserAccount>().ToListAsync()).Where(u => u.IsActive && u.Roles.Contains(Role.OrgAdmin)).ToList();
        Assert.NotEmpty(admins);
        Assert.Equal(admins.Select(a => a.Email).Order(), sent.Select(m => m.To).Order());
        Assert.All(sent, m => Assert.Equal("Nokavēta personāla saziņa: P. K.", m.Subject));
        Assert.All(sent, m => Assert.Contains("līdz 05.12.2026; tas nav izdarīts jau 7 dienas", m.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("Pēteris", string.Concat(sent.Select(m => m.TextBody + m.Subject)), StringComparison.Ordinal);
    }

    private static int? MineDue(GraphQLResponse response, Guid matchId)
    {
        var mine = response.Data.GetProperty("myMatches").EnumerateArray().Single(m => m.GetProperty("matchId").GetString() == matchId.ToString());
        return mine.GetProperty("healthCheckDue").ValueKind == JsonValueKind.Null ? null : mine.GetProperty("healthCheckDue").GetInt32();
    }
}
