using System.Text.Json;
using MimeKit;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Meetings;

/// <summary>
/// An STIS meeting end to end over HTTP, PostgreSQL and the real SMTP server: scheduled once whatever the retries, each
/// participant invited in their language with a calendar entry; moved, with updates and a cancellation for whoever was
/// left out; held, its decisions becoming the plan's goals with their institution and deadline, once.
/// </summary>
public sealed class InterInstitutionalMeetingTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    private const string Fields = "id version status sequence startsAt endsAt place prisonCode heldOn present " +
                                  "participants { id side name email organisation language } decisions { goalId title responsible deadline }";
    private const string Schedule = "mutation($i: ScheduleInterInstitutionalMeetingInput!) { scheduleInterInstitutionalMeeting(input: $i) { meeting { " + Fields + " } errors { code field } } }";
    private const string Move = "mutation($i: MoveInterInstitutionalMeetingInput!) { moveInterInstitutionalMeeting(input: $i) { meeting { " + Fields + " } errors { code field } } }";
    private const string Record = "mutation($i: RecordMeetingDecisionsInput!) { recordMeetingDecisions(input: $i) { meeting { " + Fields + " } errors { code field } } }";

    private static object Prison => new { side = "PRISON", name = "Inese Liepa", email = "inese@ievp.example", organisation = "Olaines cietums", language = "LV" };
    private static object Social => new { side = "SOCIAL_SERVICE", name = "Oļegs Petrovs", email = "oleg@riga.example", organisation = "Rīgas Sociālais dienests", language = "RU" };
    private static object Ngo => new { side = "NGO", name = "Mary Smith", email = "mary@ngo.example", organisation = "Mentoring NGO", language = "EN" };
    private static object Probation => new { side = "PROBATION", name = "Jānis Ozols", email = "janis@vpd.example", organisation = "VPD", language = "LV" };

    private static string Calendar(MimeMessage message)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        // Unfolded (RFC 5545 folds lines at 75 octets) and with the line ends MIME decoding leaves.
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);
    }

    private async Task<MimeMessage> MailAsync(string to, int sequence, string method)
    {
        bool Match(MimeMessage m) => Calendar(m) is var c && c.Contains($"SEQUENCE:{sequence}") && c.Contains($"METHOD:{method}");
        await Eventually.TrueAsync(() => Task.FromResult(api.Smtp.To(to).Any(Match)), $"no {method} {sequence} to {to}");
        return Assert.Single(api.Smtp.To(to), Match);
    }

    [Fact]
    public async Task Scheduled_moved_and_held_with_invitations_updates_and_goals_each_once()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinator, Referral(Unique("Jānis Bērziņš"), release: "2027-01-20", key: Guid.NewGuid().ToString()));
        var clientId = client.GetProperty("id").GetString();
        var goalsBefore = await GoalsAsync(coordinator, clientId!);

        // Bad input writes nothing: a time already past.
        var past = await coordinator.PostAsync(Schedule, new { i = new { clientId, startsAt = "2026-11-30T08:00:00Z", durationMinutes = 90, participants = new[] { Prison } } });
        Assert.Equal([("MEETING_IN_PAST", (string?)"startsAt")], past.UserErrors("scheduleInterInstitutionalMeeting"));

        // Three retries of one request, two of them at once: one meeting, one invitation each.
        var key = Guid.NewGuid().ToString();
        var schedule = new { i = new { clientId, startsAt = "2026-12-10T08:00:00Z", durationMinutes = 90, place = "Room 2", participants = new[] { Prison, Social, Ngo }, idempotencyKey = key } };
        var answers = await Task.WhenAll(coordinator.PostAsync(Schedule, schedule), coordinator.PostAsync(Schedule, schedule));
        var again = await coordinator.PostAsync(Schedule, schedule);
        var meeting = again.Data.GetProperty("scheduleInterInstitutionalMeeting").GetProperty("meeting");
        var id = meeting.GetProperty("id").GetString()!;
        Assert.All(answers, a => Assert.Equal(id, a.Data.GetProperty("scheduleInterInstitutionalMeeting").GetProperty("meeting").GetProperty("id").GetString()));
        Assert.Equal(("SCHEDULED", 0, "olaine"), (meeting.GetProperty("status").GetString(), meeting.GetProperty("sequence").GetInt32(), meeting.GetProperty("prisonCode").GetString()));

        var prison = await MailAsync("inese@ievp.example", 0, "REQUEST");
        Assert.StartsWith("Starpinstitūciju sanāksme 10.12.2026 10:00", prison.Subject, StringComparison.Ordinal);
        Assert.Contains("Laiks: 10.12.2026 10:00–11:30 (Rīgas laiks)", prison.TextBody, StringComparison.Ordinal);
        Assert.Contains("personai J. B.", prison.TextBody, StringComparison.Ordinal);
        var ics = Calendar(prison);
        Assert.Contains($"UID:{Guid.Parse(id):N}@mentoring", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261210T080000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261210T093000Z", ics, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE;CN=Inese Liepa;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:inese@ievp.example", ics, StringComparison.Ordinal);
        Assert.StartsWith("Межведомственная встреча 10.12.2026 10:00", (await MailAsync("oleg@riga.example", 0, "REQUEST")).Subject, StringComparison.Ordinal);
        Assert.StartsWith("Inter-institutional meeting 10.12.2026 10:00", (await MailAsync("mary@ngo.example", 0, "REQUEST")).Subject, StringComparison.Ordinal);

        // Moved a day on, the social service replaced by probation: updates, a new invitation and one cancellation.
        var social = meeting.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("side").GetString() == "SOCIAL_SERVICE");
        var kept = meeting.GetProperty("participants").EnumerateArray().Where(p => p.GetProperty("side").GetString() != "SOCIAL_SERVICE")
            .Select(p => (object)new { id = p.GetProperty("id").GetString(), side = p.GetProperty("side").GetString(), name = p.GetProperty("name").GetString(),
                email = p.GetProperty("email").GetString(), organisation = p.GetProperty("organisation").GetString(), language = p.GetProperty("language").GetString() })
            .Append(Probation).ToArray();
        var move = new { i = new { meetingId = id, expectedVersion = meeting.GetProperty("version").GetInt64(), startsAt = "2026-12-11T08:00:00Z", durationMinutes = 60, place = "Room 2", participants = kept } };
        var moved = (await coordinator.PostAsync(Move, move)).Data.GetProperty("moveInterInstitutionalMeeting").GetProperty("meeting");
        Assert.Equal(1, moved.GetProperty("sequence").GetInt32());
        // The same move again with the old version is a conflict: nothing more is sent.
        Assert.Equal([("CONCURRENCY_CONFLICT", (string?)"expectedVersion")], (await coordinator.PostAsync(Move, move)).UserErrors("moveInterInstitutionalMeeting"));

        Assert.Contains("DTSTART:20261211T080000Z", Calendar(await MailAsync("inese@ievp.example", 1, "REQUEST")), StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261211T080000Z", Calendar(await MailAsync("janis@vpd.example", 1, "REQUEST")), StringComparison.Ordinal);
        await MailAsync("mary@ngo.example", 1, "REQUEST");
        var cancelled = await MailAsync("oleg@riga.example", 1, "CANCEL");
        Assert.StartsWith("Отменено: межведомственная встреча", cancelled.Subject, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", Calendar(cancelled), StringComparison.Ordinal);
        Assert.Equal(7, api.Smtp.Messages().Count(m => m.Attachments.Any(a => a.ContentType.MimeType == "text/calendar")
            && Calendar(m).Contains($"UID:{Guid.Parse(id):N}@mentoring", StringComparison.Ordinal)));
        var everything = string.Concat(api.Smtp.Messages().Select(m => m.Subject + m.TextBody + Calendar(m)));
        Assert.DoesNotContain("Bērziņš", everything, StringComparison.Ordinal); // initials only

        // Held: before it began the decisions are refused; after, two decisions become two goals, once.
        var present = kept.Take(2).Select(p => JsonSerializer.SerializeToElement(p).GetProperty("id").GetString()).ToArray();
        var decisions = new object[]
        {
            new { title = "Pieteikties sociālajai palīdzībai", responsible = "MUNICIPAL_SOCIAL_SERVICE", deadline = "2027-02-20", domain = "HOUSING" },
            new { title = "Get an identity card before release", responsible = "PRISON", deadline = "2027-01-15" },
        };
        var record = new { i = new { meetingId = id, expectedVersion = moved.GetProperty("version").GetInt64(), heldOn = "2026-12-11", present, decisions } };
        Assert.Equal([("MEETING_NOT_YET_HELD", (string?)"heldOn")], (await coordinator.PostAsync(Record, record)).UserErrors("recordMeetingDecisions"));
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 10, 0, 0, TimeSpan.Zero));
        using var later = await api.SignedIn("a", Role.Coordinator); // ten days on, yesterday's session has ended
        var held = (await later.PostAsync(Record, record)).Data.GetProperty("recordMeetingDecisions").GetProperty("meeting");
        Assert.Equal(("HELD", "2026-12-11", 2), (held.GetProperty("status").GetString(), held.GetProperty("heldOn").GetString(), held.GetProperty("present").GetArrayLength()));
        // Sent again with the version read before: a conflict, nothing written. With the version now read: accepted, nothing appended.
        Assert.Equal([("CONCURRENCY_CONFLICT", (string?)"expectedVersion")], (await later.PostAsync(Record, record)).UserErrors("recordMeetingDecisions"));
        var retried = await later.PostAsync(Record, new { i = new { meetingId = id, expectedVersion = held.GetProperty("version").GetInt64(), heldOn = "2026-12-11", present, decisions } });
        Assert.Empty(retried.UserErrors("recordMeetingDecisions"));
        Assert.Equal(held.GetProperty("version").GetInt64(), retried.Data.GetProperty("recordMeetingDecisions").GetProperty("meeting").GetProperty("version").GetInt64());

        var goals = await GoalsAsync(later, clientId!);
        var added = goals.Where(g => goalsBefore.All(b => b.Id != g.Id)).ToList();
        Assert.Equal([("Get an identity card before release", "PRISON", "2027-01-15"), ("Pieteikties sociālajai palīdzībai", "MUNICIPAL_SOCIAL_SERVICE", "2027-02-20")],
            added.Select(g => (g.Title, g.Institution, g.Deadline)).OrderBy(g => g.Title, StringComparer.Ordinal));
        Assert.Equal(held.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("goalId").GetString()).Order(), added.Select(g => g.Id).Order());

        var onCase = (await later.PostAsync("query($id: ID!) { client(id: $id) { meetings interInstitutionalMeetings { id status } } }", new { id = clientId })).Data.GetProperty("client");
        Assert.Equal(1, onCase.GetProperty("meetings").GetInt32());
        Assert.Equal((id, "HELD"), (onCase.GetProperty("interInstitutionalMeetings")[0].GetProperty("id").GetString(), onCase.GetProperty("interInstitutionalMeetings")[0].GetProperty("status").GetString()));
    }

    private static async Task<List<(string Id, string Title, string? Institution, string Deadline)>> GoalsAsync(GraphQLClient coordinator, string clientId) =>
        (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { goals { id title institution deadline } } }", new { id = clientId }))
            .Data.GetProperty("client").GetProperty("goals").EnumerateArray()
            .Select(g => (g.GetProperty("id").GetString()!, g.GetProperty("title").GetString()!,
                g.GetProperty("institution").ValueKind == JsonValueKind.Null ? null : g.GetProperty("institution").GetString(), g.GetProperty("deadline").GetString()!)).ToList();
}
