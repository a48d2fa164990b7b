using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Contacts;

/// <summary>A failed attempt to meet: an event on the match stream, idempotent on its id, only where a meeting could be logged.</summary>
public sealed class ContactAttemptTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Mentor = new(Guid.NewGuid(), Now, new DateOnly(2026, 11, 23));
    private static readonly Guid Id = Guid.NewGuid();

    private static Match Active(DateOnly activeFrom) => new[]
    {
        (object)new MatchProposed(Id, Guid.NewGuid(), Guid.NewGuid(), new ScoreSnapshot(0.8, []), null, Mentor.By, Now.AddDays(-30)),
        new MentorAcceptedMatch(Id, Mentor.By, Now), new ClientAgreedToMatch(Id, activeFrom, Mentor.By, Now),
        new MatchActivated(Id, activeFrom, Mentor.By, Now),
    }.Aggregate((Match?)null, MatchDecider.Evolve)!;

    private static RecordContactAttempt Attempt(Guid id, DateTimeOffset? at = null, AttemptOutcome outcome = AttemptOutcome.NoAnswer, string? note = null,
        bool frozen = false) => new(id, at ?? Now.AddHours(-2), outcome, note, Mentor, frozen);

    [Fact]
    public void An_attempt_is_appended_and_the_same_one_again_appends_nothing()
    {
        var match = Active(new DateOnly(2026, 11, 1));
        var id = Guid.NewGuid();
        var decision = ContactAttempts.Decide(Attempt(id, note: "  Telefons izslēgts "), match, null);
        var attempted = Assert.IsType<ContactAttempted>(Assert.Single(decision.Events));
        Assert.Equal((id, AttemptOutcome.NoAnswer, "Telefons izslēgts"), (attempted.AttemptId, attempted.Outcome, attempted.Note));
        var record = ContactAttemptRecord.Create(attempted);
        Assert.Empty(ContactAttempts.Decide(Attempt(id, note: "Telefons izslēgts"), match, record).Events);
        var reused = ContactAttempts.Decide(Attempt(id, outcome: AttemptOutcome.DidNotCome), match, record);
        Assert.Contains(reused.Errors, e => e.Code == ErrorCodes.IdempotencyKeyReused);
    }

    [Fact]
    public void Attempts_are_checked_like_meetings()
    {
        var match = Active(new DateOnly(2026, 11, 20));
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid(), Now.AddHours(1)), match, null).Errors, e => e.Code == ContactDecider.ContactInFuture);
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid(), Now.AddDays(-10)), match, null).Errors, e => e.Code == ContactDecider.BeforeMatchBegan);
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid(), note: new string('x', 1001)), match, null).Errors,
            e => e.Code == ErrorCodes.Validation && e.Field == "note");
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid(), frozen: true), match, null).Errors, e => e.Code == ClientDecider.CaseFrozen);
        var ended = MatchDecider.Evolve(match, new MatchEnded(Id, MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 22), Mentor.By, Now))!;
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid()), ended, null).Errors, e => e.Code == ContactDecider.MatchNotActive);
        Assert.Contains(ContactAttempts.Decide(Attempt(Guid.NewGuid()), null, null).Errors, e => e.Code == ErrorCodes.NotFound);
    }
}
