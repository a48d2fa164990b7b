using System.Text.Json;
using MimeKit;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Activities;

/// <summary>
/// A group activity end to end over HTTP, PostgreSQL and the real SMTP server: planned once whatever the retries; a mentor
/// and a consenting client invited up to the capacity (a client without the consent refused); the mentor invited by
/// e-mail with a calendar entry, updated when it moves, and cancelled; the mentor sees it on the phone — never who else
/// comes — answers and marks their attendance, which counts in their volunteer hours; another NGO sees none of it.
/// </summary>
public sealed class GroupActivityTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    private const string Fields = "id version status sequence title startsAt endsAt durationMinutes place capacity placesTaken going attended " +
                                  "facilitator { userId name } invitees { id kind name answer attended }";
    private const string Plan = "mutation($i: PlanGroupActivityInput!) { planGroupActivity(input: $i) { activity { " + Fields + " } errors { code field } } }";
    private const string Invite = "mutation($i: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $i) { activity { " + Fields + " } errors { code field } } }";
    private const string Move = "mutation($i: MoveGroupActivityInput!) { moveGroupActivity(input: $i) { activity { " + Fields + " } errors { code field } } }";
    private const string Cancel = "mutation($i: CancelGroupActivityInput!) { cancelGroupActivity(input: $i) { activity { " + Fields + " } errors { code field } } }";
    private const string One = "query($id: ID!) { groupActivity(id: $id) { " + Fields + " } }";
    private const string Mine = "{ myGroupActivities { id kind title startsAt endsAt durationMinutes place facilitatorName status myAnswer attended canMarkAttendance } }";
    private const string Answer = "mutation($i: AnswerGroupActivityInvitationInput!) { answerGroupActivityInvitation(input: $i) { activity { myAnswer } errors { code field } } }";
    private const string Mark = "mutation($i: MarkMyGroupActivityAttendanceInput!) { markMyGroupActivityAttendance(input: $i) { activity { attended } errors { code field } } }";

    private static string Calendar(MimeMessage message)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);
    }

    private async Task<MimeMessage> MailAsync(string to, string uid, int sequence, string method)
    {
        bool Match(MimeMessage m) => m.Attachments.Any(a => a.ContentType.MimeType == "text/calendar") && Calendar(m) is var c && c.Contains($"UID:{uid}") && c.Contains($"SEQUENCE:{sequence}") && c.Contains($"METHOD:{method}");
        await Eventually.TrueAsync(() => Task.FromResult(api.Smtp.To(to).Any(Match)), $"no {method} {sequence} to {to}");
        return Assert.Single(api.Smtp.To(to), Match);
    }

    private static async Task<string> ConsentingClientAsync(GraphQLClient coordinator, params string[] scopes)
    {
        var client = await ReferAsync(coordinator, Referral(Unique("Līga Ozola")));
        var consent = await coordinator.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code field } } }", new
        {
            i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(),
                      scopes = scopes.Prepend("PROCESSING").ToArray(), givenOn = "2026-11-20", documentReference = "PK-7" },
        });
        Assert.Empty(consent.UserErrors("recordConsent"));
        return client.GetProperty("id").GetString()!;
    }

    private static object Planned(string startsAt, string endsAt, int capacity, string? key = null) => new
    {
        i = new { kind = "SUPPORT_GROUP", title = "Atbalsta grupa", startsAt, endsAt, place = "Biedrības telpas, Rīga", capacity, facilitatorName = "Dr. Anna Liepa", idempotencyKey = key },
    };

    private static JsonElement Activity(GraphQLResponse r, string mutation)
    {
        Assert.Empty(r.UserErrors(mutation));
        return r.Data.GetProperty(mutation).GetProperty("activity");
    }

    [Fact]
    public async Task Planned_invited_answered_moved_attended_and_counted_with_mail_to_the_mentor()
    {
        api.Clock.SetUtcNow(ApiFixture.Start); // 2026-11-23 10:00 UTC
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ProposedPairAsync(api, coordinator);
        var withoutConsent = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        var consenting = await ConsentingClientAsync(coordinator, "GROUP_ACTIVITIES");
        var another = await ConsentingClientAsync(coordinator, "GROUP_ACTIVITIES");

        Assert.Equal([("ACTIVITY_IN_PAST", (string?)"startsAt")],
            (await coordinator.PostAsync(Plan, Planned("2026-11-22T16:00:00Z", "2026-11-22T18:00:00Z", 2))).UserErrors("planGroupActivity"));
        // Two retries at once and one after: one activity. 18:00–20:00 Riga time on 30 November.
        var key = Guid.NewGuid().ToString();
        var plan = Planned("2026-11-30T16:00:00Z", "2026-11-30T18:00:00Z", 2, key);
        var answers = await Task.WhenAll(coordinator.PostAsync(Plan, plan), coordinator.PostAsync(Plan, plan));
        var activity = Activity(await coordinator.PostAsync(Plan, plan), "planGroupActivity");
        var id = activity.GetProperty("id").GetString()!;
        Assert.All(answers, a => Assert.Equal(id, Activity(a, "planGroupActivity").GetProperty("id").GetString()));
        Assert.Equal(("PLANNED", 120, "Dr. Anna Liepa"), (activity.GetProperty("status").GetString(), activity.GetProperty("durationMinutes").GetInt32(),
            activity.GetProperty("facilitator").GetProperty("name").GetString()));

        // A client without the consent is refused (and nothing is written); the mentor and a consenting client fill both places.
        var refused = await coordinator.PostAsync(Invite, new { i = new { activityId = id, expectedVersion = 1, mentorIds = new[] { pair.MentorId }, clientIds = new[] { withoutConsent } } });
        Assert.Equal([("ACTIVITY_NO_CONSENT", (string?)"clientIds.0")], refused.UserErrors("inviteToGroupActivity"));
        var invited = Activity(await coordinator.PostAsync(Invite, new { i = new { activityId = id, expectedVersion = 1, mentorIds = new[] { pair.MentorId }, clientIds = new[] { consenting } } }),
            "inviteToGroupActivity");
        Assert.Equal(2, invited.GetProperty("placesTaken").GetInt32());
        Assert.Equal([("CLIENT", "PENDING"), ("MENTOR", "PENDING")], invited.GetProperty("invitees").EnumerateArray()
            .Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("answer").GetString()!)).Order());
        var full = await coordinator.PostAsync(Invite, new { i = new { activityId = id, expectedVersion = invited.GetProperty("version").GetInt64(), mentorIds = Array.Empty<Guid>(), clientIds = new[] { another } } });
        Assert.Equal([("ACTIVITY_FULL", (string?)"mentorIds")], full.UserErrors("inviteToGroupActivity"));

        var uid = $"{Guid.Parse(id):N}@mentoring";
        var invitation = await MailAsync(pair.MentorEmail, uid, 0, "REQUEST");
        Assert.Equal("Ielūgums: Atbalsta grupa, 30.11.2026 18:00", invitation.Subject);
        Assert.Contains("Laiks: 30.11.2026 18:00–20:00 (Rīgas laiks)", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vada: Dr. Anna Liepa", invitation.TextBody, StringComparison.Ordinal);
        var ics = Calendar(invitation);
        Assert.Contains("DTSTART:20261130T160000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261130T180000Z", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Biedrības telpas\\, Rīga", ics, StringComparison.Ordinal);
        Assert.Contains($"ATTENDEE;CN=", ics, StringComparison.Ordinal);
        Assert.Contains($":mailto:{pair.MentorEmail}", ics, StringComparison.Ordinal);

        // The mentor's phone: the event, its place and facilitator; no field names who else comes.
        var mine = Assert.Single((await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myGroupActivities").EnumerateArray());
        Assert.Equal((id, "Atbalsta grupa", "Biedrības telpas, Rīga", "Dr. Anna Liepa", "PENDING", false),
            (mine.GetProperty("id").GetString(), mine.GetProperty("title").GetString(), mine.GetProperty("place").GetString(),
             mine.GetProperty("facilitatorName").GetString(), mine.GetProperty("myAnswer").GetString(), mine.GetProperty("canMarkAttendance").GetBoolean()));
        Assert.True((await pair.Mentor.PostAsync("{ myGroupActivities { invitees { name } } }")).HasErrors);
        Assert.Contains("FORBIDDEN", (await pair.Mentor.PostAsync(One, new { id })).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await pair.Mentor.PostAsync("{ groupActivities { id } }")).ErrorCodes);

        var going = await pair.Mentor.PostAsync(Answer, new { i = new { activityId = id, going = true } });
        Assert.Equal("GOING", going.Data.GetProperty("answerGroupActivityInvitation").GetProperty("activity").GetProperty("myAnswer").GetString());
        Assert.Equal([("ACTIVITY_NOT_STARTED", (string?)"activityId")],
            (await pair.Mentor.PostAsync(Mark, new { i = new { activityId = id, attended = true } })).UserErrors("markMyGroupActivityAttendance"));

        // Moved an hour earlier and half an hour longer: the mentor's calendar entry is updated (SEQUENCE 1).
        var version = (await coordinator.PostAsync(One, new { id })).Data.GetProperty("groupActivity").GetProperty("version").GetInt64();
        var moved = Activity(await coordinator.PostAsync(Move, new { i = new { activityId = id, expectedVersion = version, startsAt = "2026-11-30T15:00:00Z", endsAt = "2026-11-30T17:30:00Z",
            place = "Biedrības telpas, Rīga", capacity = 2 } }), "moveGroupActivity");
        Assert.Equal((1, 150), (moved.GetProperty("sequence").GetInt32(), moved.GetProperty("durationMinutes").GetInt32()));
        var update = await MailAsync(pair.MentorEmail, uid, 1, "REQUEST");
        Assert.StartsWith("Mainīts: Atbalsta grupa, 30.11.2026 17:00", update.Subject, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261130T150000Z", Calendar(update), StringComparison.Ordinal);

        // The client's consent withdrawn: their invitation is taken back and their place freed.
        var caseVersion = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = consenting })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { errors { code field } } }",
            new { i = new { clientId = consenting, expectedVersion = caseVersion, withdrawnOn = "2026-11-23" } })).UserErrors("withdrawConsent"));
        var after = (await coordinator.PostAsync(One, new { id })).Data.GetProperty("groupActivity");
        Assert.Equal((1, "WITHDRAWN"), (after.GetProperty("placesTaken").GetInt32(),
            after.GetProperty("invitees").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "CLIENT").GetProperty("answer").GetString()));

        // Once it has begun, the mentor marks their attendance (twice, as an offline outbox may): once recorded.
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 5, 0, TimeSpan.Zero));
        using var mentor = api.Client();
        await mentor.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        await mentor.RefreshAntiforgeryAsync();
        foreach (var _ in new[] { 1, 2 })
            Assert.True((await mentor.PostAsync(Mark, new { i = new { activityId = id, attended = true } })).Data
                .GetProperty("markMyGroupActivityAttendance").GetProperty("activity").GetProperty("attended").GetBoolean());
        using var later = await api.SignedIn("a", Role.Coordinator);
        var attended = (await later.PostAsync(One, new { id })).Data.GetProperty("groupActivity");
        Assert.Equal(1, attended.GetProperty("attended").GetInt32());
        var mentorRow = attended.GetProperty("invitees").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "MENTOR");
        Assert.Equal((pair.MentorId.ToString(), true), (mentorRow.GetProperty("id").GetString(), mentorRow.GetProperty("attended").GetBoolean()));
        Assert.Equal(attended.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64() + 1); // the second mark appended nothing

        // The attended 150 minutes count in November's volunteer hours.
        var statement = (await mentor.PostAsync("{ myVolunteerStatement(from: \"2026-11-01\", to: \"2026-11-30\") { statement { groupActivities groupActivityMinutes groupActivityHours months { month groupActivities groupActivityMinutes } } errors { code } } }"))
            .Data.GetProperty("myVolunteerStatement").GetProperty("statement");
        Assert.Equal((1, 150, 2.5m), (statement.GetProperty("groupActivities").GetInt32(), statement.GetProperty("groupActivityMinutes").GetInt32(), statement.GetProperty("groupActivityHours").GetDecimal()));
        var november = Assert.Single(statement.GetProperty("months").EnumerateArray());
        Assert.Equal(("2026-11", 1, 150), (november.GetProperty("month").GetString(), november.GetProperty("groupActivities").GetInt32(), november.GetProperty("groupActivityMinutes").GetInt32()));

        // Another NGO sees nothing of it and cannot act on it.
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(JsonValueKind.Null, (await coordinatorB.PostAsync(One, new { id })).Data.GetProperty("groupActivity").ValueKind);
        Assert.DoesNotContain((await coordinatorB.PostAsync("{ groupActivities(from: \"2026-11-01\", to: \"2026-12-31\") { id } }")).Data.GetProperty("groupActivities").EnumerateArray(),
            a => a.GetProperty("id").GetString() == id);
        Assert.Equal([("NOT_FOUND", (string?)"activityId")], (await coordinatorB.PostAsync(Cancel, new { i = new { activityId = id, expectedVersion = 1, reason = "Nav vajadzīgs" } }))
            .UserErrors("cancelGroupActivity"));

        // A second activity, cancelled: the mentor's calendar entry is removed.
        var second = Activity(await later.PostAsync(Plan, Planned("2026-12-05T10:00:00Z", "2026-12-05T14:00:00Z", 10)), "planGroupActivity");
        var secondId = second.GetProperty("id").GetString()!;
        var secondInvited = Activity(await later.PostAsync(Invite, new { i = new { activityId = secondId, expectedVersion = 1, mentorIds = new[] { pair.MentorId }, clientIds = Array.Empty<Guid>() } }),
            "inviteToGroupActivity");
        var cancelled = Activity(await later.PostAsync(Cancel, new { i = new { activityId = secondId, expectedVersion = secondInvited.GetProperty("version").GetInt64(), reason = "Telpas nav pieejamas" } }),
            "cancelGroupActivity");
        Assert.Equal(("CANCELLED", 1), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("sequence").GetInt32()));
        var cancellation = await MailAsync(pair.MentorEmail, $"{Guid.Parse(secondId):N}@mentoring", 1, "CANCEL");
        Assert.Contains("STATUS:CANCELLED", Calendar(cancellation), StringComparison.Ordinal);
        Assert.StartsWith("Atcelts: Atbalsta grupa", cancellation.Subject, StringComparison.Ordinal);
        // No mail named the client invited with the mentor.
        Assert.All(api.Smtp.To(pair.MentorEmail).Where(m => m.Attachments.Any(a => a.ContentType.MimeType == "text/calendar")), m => Assert.DoesNotContain("Līga Ozola", m.TextBody + Calendar(m), StringComparison.Ordinal));
    }

    private const string InvitableQuery = "query($a: ID!) { groupActivityInvitable(activityId: $a) { id kind name } }";
    private const string Withdraw = "mutation($i: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $i) { activity { " + Fields + " } errors { code field } } }";

    private static List<(string Id, string Kind)> Invitable(GraphQLResponse r) =>
        [.. r.Data.GetProperty("groupActivityInvitable").EnumerateArray().Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("kind").GetString()!))];

    [Fact]
    public async Task The_form_offers_exactly_whom_the_invitation_accepts_and_an_invitation_taken_back_frees_the_place_and_the_mentors_calendar()
    {
        // Whatever the class's other test did to the clock (it only moves forward): three days on, 18:00–20:00 Riga time.
        var day = api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(3);
        var startsAt = new DateTimeOffset(day.AddHours(16), TimeSpan.Zero);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var consenting = await ConsentingClientAsync(coordinator, "GROUP_ACTIVITIES");
        var contactOnly = await ConsentingClientAsync(coordinator, "MENTOR_CONTACT");
        var pair = await Scenarios.ProposedPairAsync(api, coordinator, clientId: Guid.Parse(contactOnly));
        var activity = Activity(await coordinator.PostAsync(Plan, Planned(startsAt.ToString("O"), startsAt.AddHours(2).ToString("O"), 500)), "planGroupActivity");
        var id = activity.GetProperty("id").GetString()!;

        var offered = Invitable(await coordinator.PostAsync(InvitableQuery, new { a = id }));
        Assert.Contains((pair.MentorId.ToString(), "MENTOR"), offered);
        Assert.Contains((consenting, "CLIENT"), offered);
        Assert.DoesNotContain(offered, p => p.Id == contactOnly);
        // Everyone offered is accepted, in one invitation: the list and the decider read one rule.
        var mentorIds = offered.Where(p => p.Kind == "MENTOR").Select(p => p.Id).Take(50).ToArray();
        var clientIds = offered.Where(p => p.Kind == "CLIENT").Select(p => p.Id).Take(50).ToArray();
        var invited = Activity(await coordinator.PostAsync(Invite, new { i = new { activityId = id, expectedVersion = 1, mentorIds, clientIds } }), "inviteToGroupActivity");
        Assert.Equal(mentorIds.Length + clientIds.Length, invited.GetProperty("placesTaken").GetInt32());
        // Those holding a place are offered no more.
        Assert.DoesNotContain(Invitable(await coordinator.PostAsync(InvitableQuery, new { a = id })), p => mentorIds.Contains(p.Id) || clientIds.Contains(p.Id));
        var uid = $"{Guid.Parse(id):N}@mentoring";
        await MailAsync(pair.MentorEmail, uid, 0, "REQUEST");

        // Taken back: the place is free, the mentor's entry is cancelled, the event leaves their phone, and they are offered again.
        Assert.Contains("FORBIDDEN", (await pair.Mentor.PostAsync(Withdraw, new { i = new { activityId = id, expectedVersion = 2, inviteeId = pair.MentorId } })).ErrorCodes);
        var withdrawn = Activity(await coordinator.PostAsync(Withdraw, new { i = new { activityId = id, expectedVersion = 2, inviteeId = pair.MentorId } }),
            "withdrawGroupActivityInvitation");
        Assert.Equal((3L, mentorIds.Length + clientIds.Length - 1, "WITHDRAWN"), (withdrawn.GetProperty("version").GetInt64(), withdrawn.GetProperty("placesTaken").GetInt32(),
            withdrawn.GetProperty("invitees").EnumerateArray().Single(i => i.GetProperty("id").GetString() == pair.MentorId.ToString()).GetProperty("answer").GetString()));
        var cancellation = await MailAsync(pair.MentorEmail, uid, 0, "CANCEL");
        Assert.Equal($"Ielūgums atsaukts: Atbalsta grupa, {day:dd.MM.yyyy} 18:00", cancellation.Subject);
        Assert.DoesNotContain((await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myGroupActivities").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Contains((pair.MentorId.ToString(), "MENTOR"), Invitable(await coordinator.PostAsync(InvitableQuery, new { a = id })));

        // Again: nothing appended, no second mail; someone never invited is refused; a stale version is a conflict.
        Assert.Equal(3L, Activity(await coordinator.PostAsync(Withdraw, new { i = new { activityId = id, expectedVersion = 3, inviteeId = pair.MentorId } }),
            "withdrawGroupActivityInvitation").GetProperty("version").GetInt64());
        Assert.Equal([("ACTIVITY_NOT_INVITED", (string?)"inviteeId")],
            (await coordinator.PostAsync(Withdraw, new { i = new { activityId = id, expectedVersion = 3, inviteeId = contactOnly } })).UserErrors("withdrawGroupActivityInvitation"));
        Assert.Equal([("CONCURRENCY_CONFLICT", (string?)"expectedVersion")],
            (await coordinator.PostAsync(Withdraw, new { i = new { activityId = id, expectedVersion = 2, inviteeId = consenting } })).UserErrors("withdrawGroupActivityInvitation"));
        Assert.Single(api.Smtp.To(pair.MentorEmail), m => (m.Subject ?? "").StartsWith("Ielūgums atsaukts", StringComparison.Ordinal));

        // Another NGO is offered nobody for it.
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        Assert.Empty(Invitable(await coordinatorB.PostAsync(InvitableQuery, new { a = id })));
    }

    [Fact]
    public async Task A_colleague_takes_over_and_the_invited_mentor_is_told_with_an_updated_calendar_entry()
    {
        var day = api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(4);
        var startsAt = new DateTimeOffset(day.AddHours(16), TimeSpan.Zero);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ProposedPairAsync(api, coordinator, clientId: Guid.Parse(await ConsentingClientAsync(coordinator, "MENTOR_CONTACT")));
        var id = Activity(await coordinator.PostAsync(Plan, Planned(startsAt.ToString("O"), startsAt.AddHours(2).ToString("O"), 5)), "planGroupActivity").GetProperty("id").GetString()!;
        Activity(await coordinator.PostAsync(Invite, new { i = new { activityId = id, expectedVersion = 1, mentorIds = new[] { pair.MentorId }, clientIds = Array.Empty<Guid>() } }),
            "inviteToGroupActivity");
        const string Change = "mutation($i: ChangeGroupActivityDetailsInput!) { changeGroupActivityDetails(input: $i) { activity { " + Fields + " } errors { code field } } }";
        var colleague = (await coordinator.PostAsync("{ supervisors { id name } }")).Data.GetProperty("supervisors").EnumerateArray()
            .First(u => u.GetProperty("name").GetString() == "Coordinator a").GetProperty("id").GetString();
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        var otherNgo = (await coordinatorB.PostAsync("{ supervisors { id name } }")).Data.GetProperty("supervisors").EnumerateArray().First().GetProperty("id").GetString();

        // Someone of another NGO cannot lead it; a title too short is refused at its field; nothing is written.
        Assert.Equal([("VALIDATION", (string?)"title"), ("ACTIVITY_FACILITATOR_NOT_STAFF", "facilitatorUserId")],
            (await coordinator.PostAsync(Change, new { i = new { activityId = id, expectedVersion = 2, title = "A", facilitatorUserId = otherNgo } })).UserErrors("changeGroupActivityDetails"));
        var changed = Activity(await coordinator.PostAsync(Change, new { i = new { activityId = id, expectedVersion = 2, title = "Atbalsta grupa vīriešiem", facilitatorUserId = colleague } }),
            "changeGroupActivityDetails");
        Assert.Equal((3L, 1, "Atbalsta grupa vīriešiem", colleague, "Coordinator a"), (changed.GetProperty("version").GetInt64(), changed.GetProperty("sequence").GetInt32(),
            changed.GetProperty("title").GetString(), changed.GetProperty("facilitator").GetProperty("userId").GetString(), changed.GetProperty("facilitator").GetProperty("name").GetString()));

        var update = await MailAsync(pair.MentorEmail, $"{Guid.Parse(id):N}@mentoring", 1, "REQUEST");
        Assert.Equal($"Mainīts: Atbalsta grupa vīriešiem, {day:dd.MM.yyyy} 18:00", update.Subject);
        Assert.Contains("Vada: Coordinator a", update.TextBody, StringComparison.Ordinal);
        var mine = (await pair.Mentor.PostAsync(Mine)).Data.GetProperty("myGroupActivities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(("Atbalsta grupa vīriešiem", "Coordinator a"), (mine.GetProperty("title").GetString(), mine.GetProperty("facilitatorName").GetString()));
        // The same again appends nothing and mails nothing more.
        Assert.Equal(3L, Activity(await coordinator.PostAsync(Change, new { i = new { activityId = id, expectedVersion = 3, title = "Atbalsta grupa vīriešiem", facilitatorUserId = colleague } }),
            "changeGroupActivityDetails").GetProperty("version").GetInt64());
        Assert.Single(api.Smtp.To(pair.MentorEmail), m => (m.Subject ?? "").StartsWith("Mainīts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_form_offers_exactly_the_staff_planning_accepts_as_its_leader()
    {
        var day = api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(5);
        var startsAt = new DateTimeOffset(day.AddHours(15), TimeSpan.Zero);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var offered = (await coordinator.PostAsync("{ groupActivityFacilitators { userId name } }")).Data.GetProperty("groupActivityFacilitators").EnumerateArray()
            .Select(f => (Id: f.GetProperty("userId").GetString()!, Name: f.GetProperty("name").GetString()!)).ToList();
        // The fixture's NGO A: an admin, a coordinator, a mentor and an auditor; the first two may lead, by name.
        Assert.Equal(["Coordinator a", "OrgAdmin a"], offered.Select(f => f.Name));

        // Everyone of the NGO tried as the leader: accepted exactly when offered.
        var users = (await admin.PostAsync("{ users { id displayName } }")).Data.GetProperty("users").EnumerateArray()
            .Select(u => (Id: u.GetProperty("id").GetString()!, Name: u.GetProperty("displayName").GetString()!)).ToList();
        Assert.Contains(users, u => u.Name == "Auditor a");
        foreach (var user in users)
        {
            var planned = await coordinator.PostAsync(Plan, new
            {
                i = new { kind = "LEISURE", title = "Pārgājiens", startsAt = startsAt.ToString("O"), endsAt = startsAt.AddHours(3).ToString("O"), place = "Ķemeri",
                          capacity = 8, facilitatorUserId = user.Id },
            });
            if (offered.Contains(user))
                Assert.Equal(user.Name, Activity(planned, "planGroupActivity").GetProperty("facilitator").GetProperty("name").GetString());
            else
                Assert.Equal([("ACTIVITY_FACILITATOR_NOT_STAFF", (string?)"facilitatorUserId")], planned.UserErrors("planGroupActivity"));
        }
    }
}
