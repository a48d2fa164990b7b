using System.Text.Json;
using Marten;
using Mentoring.Api.Contacts;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;

namespace Mentoring.Api.Tests.Contacts;

/// <summary>The contact log's documents in PostgreSQL: built inline from the match stream, read by the lists, rebuilt for old databases.</summary>
public sealed class ContactLogDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Log = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id } } errors { code field } } }";

    private static object Contact(Guid matchId, string at, int minutes) => new
    {
        i = new { matchId, idempotencyKey = "k-" + Guid.NewGuid(), happenedAt = at, durationMinutes = minutes, mode = "IN_PERSON",
                  topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
    };

    private static ContactDetails Meeting(DateTimeOffset at, int minutes, Concern concern) =>
        new(at, minutes, ContactMode.PrisonVisit, "Olaines cietums", [NeedDomain.Housing, NeedDomain.Employment], [], "Runājām par darbu.", concern);

    private static void Same(IEnumerable<ContactRecord> expected, IEnumerable<ContactRecord> actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    private async Task<IReadOnlyList<ContactRecord>> StoredAsync(Guid matchId)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.Query<ContactRecord>().Where(c => c.MatchId == matchId).ToListAsync()).OrderBy(c => c.Versions[0].At).ToList();
    }

    /// <summary>As before the contact log had documents: the events are there, the documents are not (only this match's: the class shares its schema).</summary>
    private async Task ForgetDocumentsAsync(Guid matchId)
    {
        await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
        session.DeleteWhere<ContactRecord>(c => c.MatchId == matchId);
        await session.SaveChangesAsync();
    }

    /// <summary>Every kind of contact event, appended by hand to a real match stream.</summary>
    private async Task<(Guid MatchId, object[] Events)> HandMadeHistoryAsync()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var (first, second, by, at) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ApiFixture.Start.AddDays(-2));
        object[] events =
        [
            new ContactLogged(pair.MatchId, first, Meeting(at, 45, Concern.Urgent), by, at),
            new ContactLogged(pair.MatchId, second, Meeting(at.AddHours(1), 30, Concern.None), by, at.AddHours(1)),
            new ContactCorrected(pair.MatchId, first, Meeting(at, 60, Concern.Urgent), "It was an hour", by, at.AddHours(2)),
            new ContactCommented(pair.MatchId, first, Guid.NewGuid(), "Labi.", by, at.AddHours(3)),
            new ConcernAcknowledged(pair.MatchId, first, "Called him", by, at.AddHours(4)),
            new ContactRetracted(pair.MatchId, second, "Wrong person", by, at.AddHours(5)),
        ];
        await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
        session.Events.Append(pair.MatchId, events);
        await session.SaveChangesAsync();
        return (pair.MatchId, events);
    }

    [Fact]
    public async Task Hand_made_events_become_exactly_the_documents_the_fold_gives()
    {
        var (matchId, events) = await HandMadeHistoryAsync();
        var stored = await StoredAsync(matchId);
        Same(ContactLog.Fold(events), stored);
        Assert.Equal([60, 30], stored.Select(c => c.DurationMinutes));
        Assert.Equal(["Labi."], stored[0].Comments.Select(c => c.Text));
        Assert.Equal([false, true], stored.Select(c => c.Retracted));
        Assert.False(stored[0].OpenUrgentConcern);
    }

    [Fact]
    public async Task A_database_from_before_the_contact_log_gets_its_documents_once_at_start_up()
    {
        var (matchId, events) = await HandMadeHistoryAsync();
        await ForgetDocumentsAsync(matchId);
        Assert.Empty(await StoredAsync(matchId));

        Assert.Equal(2, await ContactLogMigration.RunAsync(api.Store, default));
        Same(ContactLog.Fold(events), await StoredAsync(matchId));
        Assert.Equal(0, await ContactLogMigration.RunAsync(api.Store, default));
    }

    [Fact]
    public async Task Marten_rebuilds_the_whole_projection_from_the_events()
    {
        var (matchId, events) = await HandMadeHistoryAsync();
        await ForgetDocumentsAsync(matchId);
        using (var daemon = await api.Store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync<ContactLogProjection>(TimeSpan.FromMinutes(1), default);
        Same(ContactLog.Fold(events), await StoredAsync(matchId));
    }

    [Fact]
    public async Task Lists_read_the_latest_standing_meeting_whatever_the_offsets_and_retractions()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        // 23:30 UTC is later than 01:00 at +02:00 (23:00 UTC), though its text sorts first.
        var later = (await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "2026-11-21T23:30:00+00:00", 40))).Data.GetProperty("logContact").GetProperty("result")
            .GetProperty("contact").GetProperty("id").GetString();
        Assert.Empty((await pair.Mentor.PostAsync(Log, Contact(pair.MatchId, "2026-11-22T01:00:00+02:00", 20))).UserErrors("logContact"));

        async Task<(DateTimeOffset Mine, DateTimeOffset Desk, int Contacts, int Minutes, string[] Timeline)> ReadAsync()
        {
            var mine = (await pair.Mentor.PostAsync("{ myMatches { matchId lastContactAt } }")).Data.GetProperty("myMatches").EnumerateArray()
                .Single(m => m.GetProperty("matchId").GetString() == pair.MatchId.ToString());
            var desk = (await coordinator.PostAsync("query($m: ID) { engagement(mentorId: $m) { lastContactAt contactsLast28Days minutesLast28Days } }", new { m = pair.MentorId }))
                .Data.GetProperty("engagement")[0];
            var timeline = (await coordinator.PostAsync("query($m: ID!) { contactTimeline(matchId: $m, first: 2) { nodes { happenedAt } } }", new { m = pair.MatchId }))
                .Data.GetProperty("contactTimeline").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("happenedAt").GetString()!).ToArray();
            return (mine.GetProperty("lastContactAt").GetDateTimeOffset(), desk.GetProperty("lastContactAt").GetDateTimeOffset(),
                desk.GetProperty("contactsLast28Days").GetInt32(), desk.GetProperty("minutesLast28Days").GetInt32(), timeline);
        }

        var read = await ReadAsync();
        var latest = DateTimeOffset.Parse("2026-11-21T23:30:00+00:00");
        Assert.Equal((latest, latest, 2, 60), (read.Mine, read.Desk, read.Contacts, read.Minutes));
        Assert.Equal([latest, DateTimeOffset.Parse("2026-11-21T23:00:00+00:00")], read.Timeline.Select(DateTimeOffset.Parse));

        Assert.Empty((await pair.Mentor.PostAsync("mutation($m: ID!, $c: ID!) { retractContact(matchId: $m, contactId: $c, reason: \"wrong day\") { errors { code } } }",
            new { m = pair.MatchId, c = later })).UserErrors("retractContact"));
        read = await ReadAsync();
        var next = DateTimeOffset.Parse("2026-11-21T23:00:00+00:00");
        Assert.Equal((next, next, 1, 20), (read.Mine, read.Desk, read.Contacts, read.Minutes));
    }
}
