using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Contacts;

public sealed class ContactDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Mentor = new(Guid.NewGuid(), Now, new DateOnly(2026, 11, 23));
    private static readonly Actor Coordinator = new(Guid.NewGuid(), Now, new DateOnly(2026, 11, 23));
    private static readonly Guid Id = Guid.NewGuid();

    private static Match Active(DateOnly activeFrom) => new[]
    {
        (object)new MatchProposed(Id, Guid.NewGuid(), Guid.NewGuid(), new ScoreSnapshot(0.8, []), null, Coordinator.By, Now.AddDays(-30)),
        new MentorAcceptedMatch(Id, Mentor.By, Now), new ClientAgreedToMatch(Id, activeFrom, Coordinator.By, Now),
        new MatchActivated(Id, activeFrom, Coordinator.By, Now),
    }.Aggregate((Match?)null, MatchDecider.Evolve)!;

    private static ContactDetails Meeting(DateTimeOffset? at = null, int minutes = 45, Concern concern = Concern.None) =>
        new(at ?? Now.AddHours(-3), minutes, ContactMode.InPerson, "Kafejnīca", [NeedDomain.Housing], [], "note", concern);

    /// <summary>What a contact decision reads: the match and the one contact's document, folded from the same events.</summary>
    private sealed record State(Match Match, ContactRecord? Contact)
    {
        public State Then(Decision d)
        {
            Assert.True(d.IsAccepted, string.Join("; ", d.Errors.Select(e => e.Message)));
            return new State(d.Events.Aggregate((Match?)Match, MatchDecider.Evolve)!, d.Events.Aggregate(Contact, ContactLog.Evolve));
        }
    }

    private static State Given(DateOnly activeFrom) => new(Active(activeFrom), null);

    [Fact]
    public void Logging_appends_and_the_same_contact_id_again_appends_nothing()
    {
        var contact = Guid.NewGuid();
        var given = Given(new DateOnly(2026, 11, 1));
        var s = given.Then(ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), given.Match, null));
        Assert.Equal(contact, s.Contact!.Id);
        Assert.Equal(Now.AddHours(-3), s.Contact.HappenedAt);
        var retry = ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), s.Match, s.Contact);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
    }

    [Fact]
    public void The_same_key_with_a_different_meeting_is_refused_not_swallowed()
    {
        var contact = Guid.NewGuid();
        var given = Given(new DateOnly(2026, 11, 1));
        var s = given.Then(ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), given.Match, null));
        var edited = ContactDecider.Decide(new LogContact(contact, Meeting(minutes: 99), Mentor), s.Match, s.Contact);
        Assert.Equal([(ErrorCodes.IdempotencyKeyReused, "idempotencyKey")], edited.Errors.Select(e => (e.Code, e.Field)));
        // The same meeting with its lists in another order, or blanks trimmed, is still the same meeting.
        var same = Meeting() with { Topics = [NeedDomain.Housing, NeedDomain.Housing], Place = " Kafejnīca " };
        Assert.Empty(ContactDecider.Decide(new LogContact(contact, same, Mentor), s.Match, s.Contact).Events);
        Assert.True(ContactDecider.Decide(new LogContact(contact, same, Mentor), s.Match, s.Contact).IsAccepted);
    }

    [Fact]
    public void After_consent_is_withdrawn_no_new_contact_is_logged_but_a_retry_of_an_earlier_one_still_answers()
    {
        var contact = Guid.NewGuid();
        var given = Given(new DateOnly(2026, 11, 1));
        var s = given.Then(ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), given.Match, null));
        var refused = ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(), Mentor, ClientFrozen: true), s.Match, null);
        Assert.Equal([("CASE_FROZEN", "matchId")], refused.Errors.Select(e => (e.Code, e.Field)));
        var retry = ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor, ClientFrozen: true), s.Match, s.Contact);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
    }

    [Fact]
    public void Future_before_the_match_or_on_an_ended_match_is_refused()
    {
        var m = Active(new DateOnly(2026, 11, 20));
        Assert.Equal(ContactDecider.ContactInFuture, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(Now.AddHours(2)), Mentor), m, null).Errors[0].Code);
        Assert.Equal(ContactDecider.BeforeMatchBegan, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(Now.AddDays(-10)), Mentor), m, null).Errors[0].Code);
        var ended = m.Apply(new MatchEnded(Id, MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 22), Coordinator.By, Now));
        Assert.Equal(ContactDecider.MatchNotActive, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(), Mentor), ended, null).Errors[0].Code);
    }

    [Fact]
    public void Corrections_keep_versions_and_a_mentor_cannot_touch_anothers_contact()
    {
        var contact = Guid.NewGuid();
        var s = Given(new DateOnly(2026, 11, 1));
        s = s.Then(ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), s.Match, s.Contact));
        s = s.Then(ContactDecider.Decide(new CorrectContact(contact, Meeting(minutes: 60), "it was an hour", false, Mentor), s.Match, s.Contact));
        Assert.Equal([45, 60], s.Contact!.Versions.Select(v => v.Details.DurationMinutes));
        var stranger = Mentor with { By = Guid.NewGuid() };
        Assert.Equal(ErrorCodes.NotFound, ContactDecider.Decide(new CorrectContact(contact, Meeting(), "mine now", false, stranger), s.Match, s.Contact).Errors[0].Code);
        Assert.True(ContactDecider.Decide(new CorrectContact(contact, Meeting(minutes: 50), "coordinator fix", true, Coordinator), s.Match, s.Contact).IsAccepted);
        s = s.Then(ContactDecider.Decide(new RetractContact(contact, "wrong person", false, Mentor), s.Match, s.Contact));
        Assert.True(s.Contact!.Retracted);
        Assert.Equal(ContactDecider.ContactRetracted, ContactDecider.Decide(new RetractContact(contact, "again", false, Mentor), s.Match, s.Contact).Errors[0].Code);
    }

    [Fact]
    public void A_contact_of_another_match_is_not_found_here()
    {
        var contact = Guid.NewGuid();
        var s = Given(new DateOnly(2026, 11, 1));
        s = s.Then(ContactDecider.Decide(new LogContact(contact, Meeting(concern: Concern.Urgent), Mentor), s.Match, s.Contact));
        var elsewhere = s.Contact! with { MatchId = Guid.NewGuid() };
        Assert.Equal(ErrorCodes.NotFound, ContactDecider.Decide(new CorrectContact(contact, Meeting(), "fix", true, Coordinator), s.Match, elsewhere).Errors[0].Code);
        Assert.Equal(ErrorCodes.NotFound, ContactDecider.Decide(new AcknowledgeConcern(contact, null, Coordinator), s.Match, elsewhere).Errors[0].Code);
        Assert.Equal(ErrorCodes.NotFound, ContactDecider.Decide(new CommentOnContact(Guid.NewGuid(), contact, "ok", Coordinator), s.Match, elsewhere).Errors[0].Code);
    }

    [Fact]
    public void An_urgent_concern_is_open_until_acknowledged_and_a_retracted_one_is_not()
    {
        var contact = Guid.NewGuid();
        var s = Given(new DateOnly(2026, 11, 1));
        s = s.Then(ContactDecider.Decide(new LogContact(contact, Meeting(concern: Concern.Urgent), Mentor), s.Match, s.Contact));
        Assert.True(s.Contact!.OpenUrgentConcern);
        var acknowledged = s.Then(ContactDecider.Decide(new AcknowledgeConcern(contact, "called", Coordinator), s.Match, s.Contact));
        Assert.False(acknowledged.Contact!.OpenUrgentConcern);
        Assert.Equal(ContactDecider.NoOpenConcern, ContactDecider.Decide(new AcknowledgeConcern(contact, null, Coordinator), acknowledged.Match, acknowledged.Contact).Errors[0].Code);
        Assert.False(s.Then(ContactDecider.Decide(new RetractContact(contact, "logged by mistake", false, Mentor), s.Match, s.Contact)).Contact!.OpenUrgentConcern);
    }

    [Theory]
    [InlineData("2026-12-10", "2026-11-23", 30)] // before release: once in the month before
    [InlineData("2026-11-10", "2026-11-23", 7)]  // first 30 days after release: weekly
    [InlineData("2026-09-01", "2026-11-23", 14)] // later: fortnightly
    public void The_cadence_follows_the_release_date(string release, string today, int days) =>
        Assert.Equal(days, Cadence.IntervalDays(DateOnly.Parse(release), DateOnly.Parse(today)));

    [Fact]
    public void Cadence_status_moves_from_on_track_to_due_to_overdue()
    {
        var release = new DateOnly(2026, 11, 1);
        var m = Active(new DateOnly(2026, 11, 1));
        var last = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        CadenceStatus On(DateOnly today) => Cadence.StatusOn(Cadence.NextDue(last, m.ActiveFrom, release, today), today);
        Assert.Equal(CadenceStatus.OnTrack, On(new DateOnly(2026, 11, 23)));
        Assert.Equal(CadenceStatus.Due, On(new DateOnly(2026, 11, 28)));
        Assert.Equal(CadenceStatus.Overdue, On(new DateOnly(2026, 12, 1)));
    }
}
