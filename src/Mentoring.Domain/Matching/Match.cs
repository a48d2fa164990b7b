using Mentoring.Domain.Common;

namespace Mentoring.Domain.Matching;

public enum MatchStage { Proposed, Active, Paused, Declined, Ended }
/// <summary>Why a match ended; <see cref="Monitoring.ClosureRule.KindOf"/> says which are planned. TermCompleted: the agreed term ran its course.</summary>
public enum MatchEndReason { GoalsMet, ClientDisengaged, MentorUnavailable, Reincarcerated, Moved, SafetyConcern, Other, TermCompleted }

/// <summary>
/// Why a match is on hold. A coordinator pauses with a reason of their own; the others follow a change of standing
/// (the mentor's vetting or the client's consent) and are recorded by the system in the same transaction.
/// </summary>
public enum PauseReason { Coordinator, MentorSuspended, MentorWithdrawn, MentorLapsed, ConsentWithdrawn }

/// <summary>The candidate's score when proposed, kept so that "why this mentor" stays answerable later.</summary>
public sealed record ScoreSnapshot(double Score, IReadOnlyList<ScoreFactor> Factors);

public sealed record MatchProposed(Guid MatchId, Guid ClientId, Guid MentorId, ScoreSnapshot Snapshot, Guid? ReplacesMatchId, Guid By, DateTimeOffset At);
public sealed record MentorAcceptedMatch(Guid MatchId, Guid By, DateTimeOffset At);
public sealed record MentorDeclinedMatch(Guid MatchId, string Reason, Guid By, DateTimeOffset At);
public sealed record ClientAgreedToMatch(Guid MatchId, DateOnly AgreedOn, Guid By, DateTimeOffset At);
public sealed record MatchActivated(Guid MatchId, DateOnly ActiveFrom, Guid By, DateTimeOffset At);
public sealed record MatchPaused(Guid MatchId, string Reason, Guid By, DateTimeOffset At)
{
    /// <summary>Events written before standing holds existed were all a coordinator's pause.</summary>
    public PauseReason Because { get; init; } = PauseReason.Coordinator;
}
public sealed record MatchResumed(Guid MatchId, Guid By, DateTimeOffset At);
/// <summary>A coordinator shares the client's risk flags with this match's mentor (or stops sharing them).</summary>
public sealed record RiskFlagsSharedWithMentor(Guid MatchId, bool Shared, Guid By, DateTimeOffset At);
/// <summary>A coordinator shares the client's needs note of one domain with this match's mentor (or stops sharing it).</summary>
public sealed record NeedNoteSharedWithMentor(Guid MatchId, NeedDomain Domain, bool Shared, Guid By, DateTimeOffset At);
public sealed record MatchEnded(Guid MatchId, MatchEndReason Reason, string? Note, DateOnly EndedOn, Guid By, DateTimeOffset At);

/// <summary>A mentor–client match, folded from its stream (Marten inline snapshot).</summary>
public sealed record Match(
    Guid Id, Guid ClientId, Guid MentorId, ScoreSnapshot Snapshot, Guid? ReplacesMatchId, MatchStage Stage,
    bool MentorAccepted, DateOnly? ClientAgreedOn, DateOnly? ActiveFrom, string? DeclineReason, MatchEndReason? EndReason, string? EndNote,
    DateOnly? EndedOn, Guid ProposedBy, DateTimeOffset ProposedAt, DateTimeOffset LastChangedAt) : Common.IVersioned
{
    public long Version { get; set; }

    /// <summary>Risk flags are for coordinators; a coordinator may share them with this match's mentor.</summary>
    public bool RiskFlagsShared { get; init; }
    /// <summary>The need domains whose notes a coordinator shares with this match's mentor.</summary>
    public IReadOnlyList<NeedDomain> SharedNeedNotes { get; init; } = [];
    public PauseReason? PausedBecause { get; init; }
    public DateTimeOffset? PausedAt { get; init; }

    /// <summary>
    /// Whether the mentor sees more than the person's name and dates: while the match is proposed or active (or paused by
    /// a coordinator's own decision) and the person's consent stands. An ended match, a hold that follows someone's
    /// standing and withdrawn consent show nothing of the case.
    /// </summary>
    public bool ShowsCaseDetailToMentor(bool clientFrozen) =>
        !clientFrozen && (Stage is MatchStage.Proposed or MatchStage.Active || (Stage == MatchStage.Paused && PausedBecause == PauseReason.Coordinator));

    /// <summary>Proposed, active or paused: holds one of the mentor's places and the client's one match.</summary>
    /// <summary>
    /// The one definition of an open match (it holds the person and a place of the mentor's capacity): in memory
    /// <see cref="IsOpen"/>, in a Marten query <c>m.Stage.IsOneOf(Match.OpenStages)</c>.
    /// </summary>
    public static readonly MatchStage[] OpenStages = [MatchStage.Proposed, MatchStage.Active, MatchStage.Paused];

    public bool IsOpen => OpenStages.Contains(Stage);

    public static Match Create(MatchProposed e) =>
        new(e.MatchId, e.ClientId, e.MentorId, e.Snapshot, e.ReplacesMatchId, MatchStage.Proposed, false, null, null, null, null, null, null, e.By, e.At, e.At);

    public Match Apply(MentorAcceptedMatch e) => this with { MentorAccepted = true, LastChangedAt = e.At };
    public Match Apply(MentorDeclinedMatch e) => this with { Stage = MatchStage.Declined, DeclineReason = e.Reason, LastChangedAt = e.At };
    public Match Apply(ClientAgreedToMatch e) => this with { ClientAgreedOn = e.AgreedOn, LastChangedAt = e.At };
    public Match Apply(MatchActivated e) => this with { Stage = MatchStage.Active, ActiveFrom = e.ActiveFrom, LastChangedAt = e.At };
    public Match Apply(MatchPaused e) => this with { Stage = MatchStage.Paused, PausedBecause = e.Because, PausedAt = e.At, LastChangedAt = e.At };
    // A proposal put on hold (the mentor suspended before answering) resumes as a proposal.
    public Match Apply(MatchResumed e) => this with
    {
        Stage = ActiveFrom is null ? MatchStage.Proposed : MatchStage.Active, PausedBecause = null, PausedAt = null, LastChangedAt = e.At,
    };
    public Match Apply(RiskFlagsSharedWithMentor e) => this with { RiskFlagsShared = e.Shared, LastChangedAt = e.At };
    public Match Apply(NeedNoteSharedWithMentor e) => this with
    {
        SharedNeedNotes = e.Shared ? [.. SharedNeedNotes.Where(d => d != e.Domain), e.Domain] : SharedNeedNotes.Where(d => d != e.Domain).ToList(),
        LastChangedAt = e.At,
    };
    // An ended match is read-only to its mentor: whatever was shared stops being shared.
    public Match Apply(MatchEnded e) => this with
    {
        Stage = MatchStage.Ended, EndReason = e.Reason, EndNote = e.Note, EndedOn = e.EndedOn, RiskFlagsShared = false, SharedNeedNotes = [],
        LastChangedAt = e.At,
    };
    // The contact log is its own projection (Contacts.ContactLogProjection): a contact only marks the match as changed, so
    // the match's state stays the same size however many meetings it holds.
    public Match Apply(Contacts.ContactLogged e) => this with { LastChangedAt = e.At };
    public Match Apply(Contacts.ContactCorrected e) => this with { LastChangedAt = e.At };
    public Match Apply(Contacts.ContactRetracted e) => this with { LastChangedAt = e.At };
    public Match Apply(Contacts.ContactCommented e) => this with { LastChangedAt = e.At };
    public Match Apply(Contacts.ConcernAcknowledged e) => this with { LastChangedAt = e.At };
    public Match Apply(Contacts.ContactAttempted e) => this with { LastChangedAt = e.At };
}

public sealed record ProposeMatch(Guid MatchId, Guid ClientId, Guid MentorId, Candidate Candidate, int MentorOpenMatches, int MentorCapacity,
    bool ClientHasOpenMatch, Guid? ReplacesMatchId, Mentors.Actor Actor);
public sealed record AcceptMatch(Mentors.Actor Actor);
public sealed record DeclineMatch(string Reason, Mentors.Actor Actor);
public sealed record RecordClientAgreement(DateOnly AgreedOn, Mentors.Actor Actor);
public sealed record ActivateMatch(DateOnly ActiveFrom, Mentors.Actor Actor);
public sealed record PauseMatch(string Reason, Mentors.Actor Actor);
/// <param name="MentorCurrent">The mentor is approved and nothing of their vetting has lapsed today.</param>
/// <param name="ClientFrozen">The client withdrew consent.</param>
public sealed record ResumeMatch(Mentors.Actor Actor, bool MentorCurrent = true, bool ClientFrozen = false);
public sealed record ShareRiskFlags(bool Share, Mentors.Actor Actor, bool ClientFrozen = false);
public sealed record ShareNeedNote(NeedDomain Domain, bool Share, bool ClientHasNote, Mentors.Actor Actor, bool ClientFrozen = false);
/// <summary>The system puts a match on hold because the mentor's or the client's standing changed.</summary>
public sealed record HoldMatch(PauseReason Because, Mentors.Actor Actor);
public sealed record EndMatch(MatchEndReason Reason, string? Note, DateOnly EndedOn, Mentors.Actor Actor);

/// <summary>Pure decisions for the match stream: proposed → accepted and agreed → active ⇄ paused → ended.</summary>
public static class MatchDecider
{
    public const string CapacityExceeded = "CAPACITY_EXCEEDED";
    public const string NotEligible = "NOT_ELIGIBLE";
    public const string ClientAlreadyMatched = "CLIENT_ALREADY_MATCHED";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string MentorNotCurrent = "MENTOR_NOT_CURRENT";

    public static Match? Evolve(Match? state, object @event) => @event switch
    {
        MatchProposed e => Match.Create(e),
        MentorAcceptedMatch e when state is not null => state.Apply(e),
        MentorDeclinedMatch e when state is not null => state.Apply(e),
        ClientAgreedToMatch e when state is not null => state.Apply(e),
        MatchActivated e when state is not null => state.Apply(e),
        MatchPaused e when state is not null => state.Apply(e),
        MatchResumed e when state is not null => state.Apply(e),
        MatchEnded e when state is not null => state.Apply(e),
        RiskFlagsSharedWithMentor e when state is not null => state.Apply(e),
        NeedNoteSharedWithMentor e when state is not null => state.Apply(e),
        Contacts.ContactLogged e when state is not null => state.Apply(e),
        Contacts.ContactCorrected e when state is not null => state.Apply(e),
        Contacts.ContactRetracted e when state is not null => state.Apply(e),
        Contacts.ContactCommented e when state is not null => state.Apply(e),
        Contacts.ConcernAcknowledged e when state is not null => state.Apply(e),
        Contacts.ContactAttempted e when state is not null => state.Apply(e),
        _ => state,
    };

    public static Decision Decide(ProposeMatch c, Match? state)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This match was already proposed.", "idempotencyKey");
        if (c.MentorOpenMatches >= c.MentorCapacity)
            return Decision.Reject(CapacityExceeded, $"The mentor has no free place ({c.MentorOpenMatches} of {c.MentorCapacity} taken).", "mentorId",
                MessageParam.Number("count", c.MentorOpenMatches), MessageParam.Number("capacity", c.MentorCapacity));
        if (!c.Candidate.Eligible)
            return Decision.Reject(c.Candidate.Failed.Select(f => new UserError(NotEligible, $"Not eligible: {f.Name}.", "mentorId")
            {
                Params = [MessageParam.Constraint("constraint", f.Name), .. f.Params],
            }));
        if (c.ClientHasOpenMatch)
            return Decision.Reject(ClientAlreadyMatched, "The client already has an open match; end it to rematch.", "clientId");
        return Decision.Accept(new MatchProposed(c.MatchId, c.ClientId, c.MentorId, new ScoreSnapshot(c.Candidate.Score, c.Candidate.Factors),
            c.ReplacesMatchId, c.Actor.By, c.Actor.At));
    }

    public static Decision Decide(AcceptMatch c, Match? m) => In(m, "accept", MatchStage.Proposed) ??
        (m!.MentorAccepted ? Decision.Reject(InvalidTransition, "The mentor already accepted.", "matchId") : Decision.Accept(new MentorAcceptedMatch(m.Id, c.Actor.By, c.Actor.At)));

    public static Decision Decide(DeclineMatch c, Match? m) => In(m, "decline", MatchStage.Proposed) ?? new Checks()
        .Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the match is declined.", "reason")
        .Then(() => Decision.Accept(new MentorDeclinedMatch(m!.Id, c.Reason.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(RecordClientAgreement c, Match? m) => In(m, "record agreement for", MatchStage.Proposed) ?? new Checks()
        .Require(c.AgreedOn <= c.Actor.Today, ErrorCodes.Validation, "Agreement cannot be dated in the future.", "agreedOn")
        .Then(() => Decision.Accept(new ClientAgreedToMatch(m!.Id, c.AgreedOn, c.Actor.By, c.Actor.At)));

    public static Decision Decide(ActivateMatch c, Match? m) => In(m, "activate", MatchStage.Proposed) ?? new Checks()
        .Require(m!.MentorAccepted, InvalidTransition, "The mentor has not accepted yet.", "matchId")
        .Require(m.ClientAgreedOn is not null, InvalidTransition, "The client has not agreed yet.", "matchId")
        .Require(c.ActiveFrom <= c.Actor.Today.AddDays(60), ErrorCodes.Validation, "Activate at most 60 days ahead.", "activeFrom")
        .Then(() => Decision.Accept(new MatchActivated(m.Id, c.ActiveFrom, c.Actor.By, c.Actor.At)));

    public static Decision Decide(PauseMatch c, Match? m) => In(m, "pause", MatchStage.Active) ?? new Checks()
        .Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the match pauses.", "reason")
        .Then(() => Decision.Accept(new MatchPaused(m!.Id, c.Reason.Trim(), c.Actor.By, c.Actor.At)));

    /// <summary>A hold that follows standing lifts only when the standing is restored: a current mentor, consent given again.</summary>
    public static Decision Decide(ResumeMatch c, Match? m) => In(m, "resume", MatchStage.Paused) ?? new Checks()
        .Require(c.MentorCurrent, MentorNotCurrent, "The mentor is not approved and current: reinstate or renew their vetting first.", "matchId")
        .Require(!c.ClientFrozen, Clients.ClientDecider.CaseFrozen, "Consent was withdrawn: record consent again before resuming.", "matchId")
        .Then(() => Decision.Accept(new MatchResumed(m!.Id, c.Actor.By, c.Actor.At)));

    public static Decision Decide(ShareRiskFlags c, Match? m) => Sharing(m, c.Share, c.ClientFrozen, "share risk flags of") ??
        (m!.RiskFlagsShared == c.Share
            ? Decision.Reject(InvalidTransition, c.Share ? "The risk flags are already shared with the mentor." : "The risk flags are not shared.", "share")
            : Decision.Accept(new RiskFlagsSharedWithMentor(m.Id, c.Share, c.Actor.By, c.Actor.At)));

    public static Decision Decide(ShareNeedNote c, Match? m) => Sharing(m, c.Share, c.ClientFrozen, "share a needs note of") ?? new Checks()
        .Require(!c.Share || c.ClientHasNote, ErrorCodes.NotFound, "The client's needs assessment has no note for this domain.", "domain")
        .Require(m!.SharedNeedNotes.Contains(c.Domain) != c.Share, InvalidTransition,
            c.Share ? "This note is already shared with the mentor." : "This note is not shared.", "share")
        .Then(() => Decision.Accept(new NeedNoteSharedWithMentor(m.Id, c.Domain, c.Share, c.Actor.By, c.Actor.At)));

    /// <summary>
    /// Puts an open match on hold and takes back whatever was shared with its mentor. Already paused: only the sharing
    /// is taken back (the coordinator's reason stays). Declined or ended: nothing to do.
    /// </summary>
    public static Decision Decide(HoldMatch c, Match? m)
    {
        if (m is null || !m.IsOpen) return Decision.Accept();
        var events = new List<object>();
        if (m.Stage != MatchStage.Paused) events.Add(new MatchPaused(m.Id, c.Because.ToString(), c.Actor.By, c.Actor.At) { Because = c.Because });
        if (m.RiskFlagsShared) events.Add(new RiskFlagsSharedWithMentor(m.Id, false, c.Actor.By, c.Actor.At));
        events.AddRange(m.SharedNeedNotes.Select(d => new NeedNoteSharedWithMentor(m.Id, d, false, c.Actor.By, c.Actor.At)));
        return Decision.Accept(events.ToArray());
    }

    /// <summary>Sharing starts only on a proposed or active match of a consenting client; stopping is always possible while open.</summary>
    private static Decision? Sharing(Match? m, bool share, bool clientFrozen, string action)
    {
        if (In(m, action, Match.OpenStages) is { } refused) return refused;
        if (!share) return null;
        if (clientFrozen) return Decision.Reject(Clients.ClientDecider.CaseFrozen, "Consent was withdrawn: nothing is shared.", "matchId");
        return m!.Stage == MatchStage.Paused ? Decision.Reject(InvalidTransition, "The match is paused: nothing new is shared.", "matchId") : null;
    }

    public static Decision Decide(EndMatch c, Match? m) => In(m, "end", Match.OpenStages) ?? new Checks()
        .Require(c.Reason != MatchEndReason.Other || Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
        .Require(c.EndedOn <= c.Actor.Today, ErrorCodes.Validation, "A match cannot end in the future.", "endedOn")
        .Then(() => Decision.Accept(new MatchEnded(m!.Id, c.Reason, c.Note?.Trim(), c.EndedOn, c.Actor.By, c.Actor.At)));

    private static Decision? In(Match? m, string action, params MatchStage[] allowed)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        return allowed.Contains(m.Stage) ? null : Decision.Reject(InvalidTransition, $"Cannot {action} a match that is {m.Stage.ToString().ToLowerInvariant()}.", "matchId",
            MessageParam.Enum("stage", m.Stage));
    }
}
