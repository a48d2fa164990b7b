using Marten.Events.Projections;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Contacts;

/// <summary>Why a meeting did not happen: the phone was not answered, the person did not come, or could not be reached at all.</summary>
public enum AttemptOutcome { NoAnswer, DidNotCome, Unreachable }

/// <summary>The mentor tried to meet the person and could not: the coordinator sees it, and repeated attempts escalate.</summary>
public sealed record ContactAttempted(Guid MatchId, Guid AttemptId, DateTimeOffset AttemptedAt, AttemptOutcome Outcome, string? Note, Guid By, DateTimeOffset At);

public sealed record RecordContactAttempt(Guid AttemptId, DateTimeOffset AttemptedAt, AttemptOutcome Outcome, string? Note, Actor Actor, bool ClientFrozen = false);

/// <summary>One failed attempt to meet, a document of its own (<see cref="ContactAttemptLogProjection"/>) like a contact is.</summary>
public sealed record ContactAttemptRecord(Guid Id, Guid MatchId, DateTimeOffset AttemptedAt, AttemptOutcome Outcome, string? Note, Guid By, DateTimeOffset RecordedAt)
{
    /// <summary>The Riga day of the attempt: the escalation counts days.</summary>
    public DateOnly Day => RigaCalendar.Day(AttemptedAt);

    // AttemptedAt is stored in UTC: it is a timestamptz column (MartenSetup), which takes no other offset.
    public static ContactAttemptRecord Create(ContactAttempted e) =>
        new(e.AttemptId, e.MatchId, e.AttemptedAt.ToUniversalTime(), e.Outcome, e.Note, e.By, e.At);
}

/// <summary>Failed attempts to meet, one document each, folded inline from the match stream: the match's state does not grow with them.</summary>
public sealed class ContactAttemptLogProjection : MultiStreamProjection<ContactAttemptRecord, Guid>
{
    public ContactAttemptLogProjection()
    {
        Name = "ContactAttemptLog";
        Identity<ContactAttempted>(e => e.AttemptId);
    }
}

public static class ContactAttempts
{
    public const int MaxNoteLength = 1000;

    /// <summary>
    /// A failed attempt is logged where a meeting could be (<see cref="ContactDecider.Loggable"/>, by the mentor's rule).
    /// The same attempt again is a retry and records nothing; the same key with another attempt is refused.
    /// </summary>
    public static Decision Decide(RecordContactAttempt c, Match? m, ContactAttemptRecord? existing)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        var note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim();
        if (existing is not null && existing.Id == c.AttemptId && existing.MatchId == m.Id)
            return existing.AttemptedAt.ToUnixTimeSeconds() == c.AttemptedAt.ToUnixTimeSeconds() && existing.Outcome == c.Outcome && existing.Note == note
                ? Decision.Accept()
                : Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This attempt was already logged with other details.", "idempotencyKey");
        if (!ContactDecider.Loggable(m, c.AttemptedAt, byCoordinator: false))
            return Decision.Reject(ContactDecider.MatchNotActive, $"Attempts are logged on active matches; this one is {m.Stage.ToString().ToLowerInvariant()}.",
                "matchId", MessageParam.Enum("stage", m.Stage));
        if (c.ClientFrozen)
            return Decision.Reject(Clients.ClientDecider.CaseFrozen, "Consent was withdrawn: nothing new is logged until it is given again.", "matchId");
        var began = m.ActiveFrom ?? DateOnly.FromDateTime(m.ProposedAt.UtcDateTime);
        return new Checks()
            .Require(c.AttemptedAt <= c.Actor.At.AddMinutes(5), ContactDecider.ContactInFuture, "An attempt cannot be logged before it happens.", "attemptedAt")
            .Require(RigaCalendar.Day(c.AttemptedAt) >= began, ContactDecider.BeforeMatchBegan, $"The match began on {began:yyyy-MM-dd}.", "attemptedAt",
                MessageParam.Date("date", began))
            .Require(note is null || note.Length <= MaxNoteLength, ErrorCodes.Validation, $"Note: {MaxNoteLength} characters at most.", "note",
                MessageParam.Number("max", MaxNoteLength))
            .Then(() => Decision.Accept(new ContactAttempted(m.Id, c.AttemptId, c.AttemptedAt, c.Outcome, note, c.Actor.By, c.Actor.At)));
    }
}
