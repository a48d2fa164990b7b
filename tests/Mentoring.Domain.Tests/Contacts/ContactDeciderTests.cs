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

    private static Match Then(Match m, Decision d)
    {
        Assert.True(d.IsAccepted, string.Join("; ", d.Errors.Select(e => e.Message)));
        return d.Events.Aggregate((Match?)m, MatchDecider.Evolve)!;
    }

    [Fact]
    public void Logging_appends_and_the_same_contact_id_again_appends_nothing()
    {
        var contact = Guid.NewGuid();
        var m = Then(Active(new DateOnly(2026, 11, 1)), ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), Active(new DateOnly(2026, 11, 1))));
        Assert.Single(m.Contacts);
        Assert.Equal(Now.AddHours(-3), m.LastContactAt);
        var retry = ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), m);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
    }

    [Fact]
    public void The_same_key_with_a_different_meeting_is_refused_not_swallowed()
    {
        var contact = Guid.NewGuid();
        var m = Then(Active(new DateOnly(2026, 11, 1)), ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), Active(new DateOnly(2026, 11, 1))));
        var edited = ContactDecider.Decide(new LogContact(contact, Meeting(minutes: 99), Mentor), m);
        Assert.Equal([(ErrorCodes.IdempotencyKeyReused, "idempotencyKey")], edited.Errors.Select(e => (e.Code, e.Field)));
        // The same meeting with its lists in another order, or blanks trimmed, is still the same meeting.
        var same = Meeting() with { Topics = [NeedDomain.Housing, NeedDomain.Housing], Place = " Kafejnīca " };
        Assert.Empty(ContactDecider.Decide(new LogContact(contact, same, Mentor), m).Events);
        Assert.True(ContactDecider.Decide(new LogContact(contact, same, Mentor), m).IsAccepted);
    }

    [Fact]
    public void After_consent_is_withdrawn_no_new_contact_is_logged_but_a_retry_of_an_earlier_one_still_answers()
    {
        var contact = Guid.NewGuid();
        var m = Then(Active(new DateOnly(2026, 11, 1)), ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), Active(new DateOnly(2026, 11, 1))));
        var refused = ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(), Mentor, ClientFrozen: true), m);
        Assert.Equal([("CASE_FROZEN", "matchId")], refused.Errors.Select(e => (e.Code, e.Field)));
        var retry = ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor, ClientFrozen: true), m);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
    }

    [Fact]
    public void Future_before_the_match_or_on_an_ended_match_is_refused()
    {
        var m = Active(new DateOnly(2026, 11, 20));
        Assert.Equal(ContactDecider.ContactInFuture, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(Now.AddHours(2)), Mentor), m).Errors[0].Code);
        Assert.Equal(ContactDecider.BeforeMatchBegan, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(Now.AddDays(-10)), Mentor), m).Errors[0].Code);
        var ended = m.Apply(new MatchEnded(Id, MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 22), Coordinator.By, Now));
        Assert.Equal(ContactDecider.MatchNotActive, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(), Mentor), ended).Errors[0].Code);
    }

    [Fact]
    public void Corrections_keep_versions_and_a_mentor_cannot_touch_anothers_contact()
    {
        var contact = Guid.NewGuid();
        var m = Active(new DateOnly(2026, 11, 1));
        m = Then(m, ContactDecider.Decide(new LogContact(contact, Meeting(), Mentor), m));
        m = Then(m, ContactDecider.Decide(new CorrectContact(contact, Meeting(minutes: 60), "it was an hour", false, Mentor), m));
        Assert.Equal([45, 60], m.Contacts[0].Versions.Select(v => v.Details.DurationMinutes));
        var stranger = Mentor with { By = Guid.NewGuid() };
        Assert.Equal(ErrorCodes.NotFound, ContactDecider.Decide(new CorrectContact(contact, Meeting(), "mine now", false, stranger), m).Errors[0].Code);
        Assert.True(ContactDecider.Decide(new CorrectContact(contact, Meeting(minutes: 50), "coordinator fix", true, Coordinator), m).IsAccepted);
        m = Then(m, ContactDecider.Decide(new RetractContact(contact, "wrong person", false, Mentor), m));
        Assert.Null(m.LastContactAt);
        Assert.Equal(ContactDecider.ContactRetracted, ContactDecider.Decide(new RetractContact(contact, "again", false, Mentor), m).Errors[0].Code);
    }

    [Fact]
    public void An_urgent_concern_is_open_until_acknowledged_and_a_retracted_one_is_not()
    {
        var contact = Guid.NewGuid();
        var m = Active(new DateOnly(2026, 11, 1));
        m = Then(m, ContactDecider.Decide(new LogContact(contact, Meeting(concern: Concern.Urgent), Mentor), m));
        Assert.True(m.HasOpenUrgentConcern);
        var acknowledged = Then(m, ContactDecider.Decide(new AcknowledgeConcern(contact, "called", Coordinator), m));
        Assert.False(acknowledged.HasOpenUrgentConcern);
        Assert.Equal(ContactDecider.NoOpenConcern, ContactDecider.Decide(new AcknowledgeConcern(contact, null, Coordinator), acknowledged).Errors[0].Code);
        Assert.False(Then(m, ContactDecider.Decide(new RetractContact(contact, "logged by mistake", false, Mentor), m)).HasOpenUrgentConcern);
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
        m = Then(m, ContactDecider.Decide(new LogContact(Guid.NewGuid(), Meeting(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)), Mentor), m));
        Assert.Equal(CadenceStatus.OnTrack, Cadence.StatusOf(m, release, new DateOnly(2026, 11, 23)));
        Assert.Equal(CadenceStatus.Due, Cadence.StatusOf(m, release, new DateOnly(2026, 11, 28)));
        Assert.Equal(CadenceStatus.Overdue, Cadence.StatusOf(m, release, new DateOnly(2026, 12, 1)));
    }
}
