using System.Text.Json;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Tests.Contacts;

/// <summary>The contact log's fold: hand-made events of a match stream → the exact documents.</summary>
public sealed class ContactLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly Guid Match = Guid.NewGuid(), Mentor = Guid.NewGuid(), Coordinator = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid(), Second = Guid.NewGuid(), Comment = Guid.NewGuid();

    private static ContactDetails Meeting(int minutes, Concern concern, string? note = "Runājām par patversmi.") =>
        new(At.AddHours(-2), minutes, ContactMode.InPerson, "Biedrības telpas", [NeedDomain.Housing], [], note, concern);

    /// <summary>Two meetings with every kind of contact event, interleaved, and a match event between them that the log ignores.</summary>
    private static readonly object[] History =
    [
        new ContactLogged(Match, First, Meeting(45, Concern.Urgent), Mentor, At),
        new ContactLogged(Match, Second, Meeting(30, Concern.None), Mentor, At.AddHours(1)),
        new ContactCorrected(Match, First, Meeting(60, Concern.Urgent, "Tā bija stunda."), "It was an hour", Mentor, At.AddHours(2)),
        new MatchPaused(Match, "Holiday", Coordinator, At.AddHours(3)),
        new ContactCommented(Match, First, Comment, "Labi, ka pajautāji.", Coordinator, At.AddHours(4)),
        new ConcernAcknowledged(Match, First, "Called him", Coordinator, At.AddHours(5)),
        new ContactRetracted(Match, Second, "Wrong person", Mentor, At.AddHours(6)),
    ];

    private static readonly ContactRecord[] Expected =
    [
        new(First, Match,
            [new ContactVersion(Meeting(45, Concern.Urgent), null, Mentor, At),
             new ContactVersion(Meeting(60, Concern.Urgent, "Tā bija stunda."), "It was an hour", Mentor, At.AddHours(2))],
            [new ContactComment(Comment, "Labi, ka pajautāji.", Coordinator, At.AddHours(4))],
            null, At.AddHours(5)),
        new(Second, Match, [new ContactVersion(Meeting(30, Concern.None), null, Mentor, At.AddHours(1))], [], "Wrong person", null),
    ];

    /// <summary>Records compare their lists by reference: the documents are compared as the JSON they are stored as.</summary>
    private static void Same(IEnumerable<ContactRecord> expected, IEnumerable<ContactRecord> actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    [Fact]
    public void Every_kind_of_contact_event_folds_into_the_exact_documents()
    {
        var log = ContactLog.Fold(History);
        Same(Expected, log);
        Assert.Equal([60, 30], log.Select(c => c.DurationMinutes));
        Assert.Equal([false, true], log.Select(c => c.Retracted));
        Assert.Equal([false, false], log.Select(c => c.OpenUrgentConcern)); // the first acknowledged, the second retracted
        Assert.Equal([Mentor, Mentor], log.Select(c => c.LoggedBy));
    }

    [Fact]
    public void A_second_log_of_the_same_contact_changes_nothing_and_events_before_the_log_are_ignored()
    {
        var orphan = new ContactCommented(Match, Guid.NewGuid(), Guid.NewGuid(), "?", Coordinator, At);
        var log = ContactLog.Fold([orphan, .. History, new ContactLogged(Match, First, Meeting(5, Concern.None), Mentor, At.AddHours(7))]);
        Same(Expected, log);
    }

    [Fact]
    public void The_match_state_holds_no_contact_whatever_the_log_holds()
    {
        var proposed = new MatchProposed(Match, Guid.NewGuid(), Mentor, new ScoreSnapshot(0.9, []), null, Coordinator, At.AddDays(-30));
        var fresh = new object[] { proposed }.Aggregate((Match?)null, MatchDecider.Evolve)!;
        var busy = new object[] { proposed }.Concat(Enumerable.Range(0, 500).Select(i =>
            (object)new ContactLogged(Match, Guid.NewGuid(), Meeting(30, Concern.None), Mentor, At.AddMinutes(i)))).Aggregate((Match?)null, MatchDecider.Evolve)!;
        // Only the time of the last change differs: the state is the same size after 500 meetings as after none.
        Assert.Equal(JsonSerializer.Serialize(fresh with { LastChangedAt = busy.LastChangedAt }), JsonSerializer.Serialize(busy));
    }
}
