using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Monitoring;

/// <summary>A match's ending as the programme counts it: planned (it ran its course) or unplanned (it broke off early).</summary>
public enum ClosureKind { Planned, Unplanned }

/// <summary>What helped, as a side tells it in the closing conversation (a fixed list: counted, never free text).</summary>
public enum ClosureHelp { RegularMeetings, PracticalHelp, AccompanimentToOffices, EmotionalSupport, LivedExperience, Housing, Employment, Recovery, Other }

public enum Recommendation { Yes, No, Unsure }

/// <summary>Why a side's closing conversation could not be held.</summary>
public enum UnreachedReason { NoResponse, Declined, Reincarcerated, Moved, SafetyConcern, Other }

public enum RematchChoice { Rematch, NoRematch, ClientDeclined }

/// <summary>Why the client is not offered another mentor (with <see cref="RematchChoice.NoRematch"/>).</summary>
public enum NoRematchReason { GoalsMet, NoLongerNeeded, Unreachable, Reincarcerated, Moved, SafetyConcern, Other }

/// <summary>
/// The one rule for planned and unplanned endings (MENTOR's Elements of Effective Practice: the share of planned closures
/// is the programme's quality mark). A match ends as planned when it ran its course — its goals met or its agreed term
/// completed; every other reason is an early, unplanned ending.
/// </summary>
public static class ClosureRule
{
    /// <summary>An open closure step not completed this many days after it opened is overdue on the coordinator's desk.</summary>
    public const int OverdueAfterDays = 14;

    public static ClosureKind KindOf(MatchEndReason reason) =>
        reason is MatchEndReason.GoalsMet or MatchEndReason.TermCompleted ? ClosureKind.Planned : ClosureKind.Unplanned;
}

/// <summary>The closure step opens with the match's end (written in the same transaction as <see cref="MatchEnded"/>).</summary>
public sealed record MatchClosureOpened(Guid MatchId, ClosureKind Kind, MatchEndReason Reason, DateOnly EndedOn, Guid By, DateTimeOffset At);

/// <summary>
/// A coordinator's closing conversation with one side and that side's exit feedback. Recording a side again (while the step
/// is open) corrects it. <paramref name="HelpedNote"/> is the side's own words: personal data, for coordinators only.
/// </summary>
public sealed record ClosingConversationRecorded(Guid MatchId, CheckInParty With, DateOnly On, CheckInMode Mode, IReadOnlyList<ClosureHelp> Helped,
    string? HelpedNote, Recommendation WouldRecommend, Guid By, DateTimeOffset At);

/// <summary>One side could not be reached for a closing conversation; recording the conversation later replaces this.</summary>
public sealed record ClosingSideUnreached(Guid MatchId, CheckInParty With, UnreachedReason Reason, Guid By, DateTimeOffset At);

public sealed record RematchDecided(Guid MatchId, RematchChoice Choice, NoRematchReason? Reason, Guid By, DateTimeOffset At);

public sealed record MatchClosureCompleted(Guid MatchId, DateOnly On, Guid By, DateTimeOffset At);

public sealed record ClosingConversation(CheckInParty With, DateOnly On, CheckInMode Mode, IReadOnlyList<ClosureHelp> Helped, string? HelpedNote,
    Recommendation WouldRecommend, Guid By);

public sealed record UnreachedSide(CheckInParty With, UnreachedReason Reason, Guid By);

public sealed record RematchDecision(RematchChoice Choice, NoRematchReason? Reason, Guid By);

/// <summary>A match's closure step, kept on its monitoring stream (<see cref="MatchMonitoring.Closure"/>).</summary>
public sealed record MatchClosure(ClosureKind Kind, MatchEndReason Reason, DateOnly EndedOn, DateOnly OpenedOn, IReadOnlyList<ClosingConversation> Conversations,
    IReadOnlyList<UnreachedSide> Unreached, RematchDecision? Rematch, DateOnly? CompletedOn)
{
    public bool IsOpen => CompletedOn is null;

    public DateOnly OverdueFrom => OpenedOn.AddDays(ClosureRule.OverdueAfterDays + 1);

    public bool IsOverdue(DateOnly today) => IsOpen && today >= OverdueFrom;

    public ClosingConversation? ConversationWith(CheckInParty side) => Conversations.FirstOrDefault(c => c.With == side);

    public UnreachedSide? UnreachedOf(CheckInParty side) => Unreached.FirstOrDefault(u => u.With == side);

    /// <summary>A side is settled when its conversation was held, or it is recorded why it could not be.</summary>
    public bool Settled(CheckInParty side) => ConversationWith(side) is not null || UnreachedOf(side) is not null;

    public static MatchClosure Opened(MatchClosureOpened e) => new(e.Kind, e.Reason, e.EndedOn, Common.RigaCalendar.Day(e.At), [], [], null, null);

    public MatchClosure Apply(ClosingConversationRecorded e) => this with
    {
        Conversations = [.. Conversations.Where(c => c.With != e.With), new ClosingConversation(e.With, e.On, e.Mode, e.Helped, e.HelpedNote, e.WouldRecommend, e.By)],
        Unreached = [.. Unreached.Where(u => u.With != e.With)],
    };

    public MatchClosure Apply(ClosingSideUnreached e) => this with
    {
        Unreached = [.. Unreached.Where(u => u.With != e.With), new UnreachedSide(e.With, e.Reason, e.By)],
        Conversations = [.. Conversations.Where(c => c.With != e.With)],
    };

    public MatchClosure Apply(RematchDecided e) => this with { Rematch = new RematchDecision(e.Choice, e.Reason, e.By) };

    public MatchClosure Apply(MatchClosureCompleted e) => this with { CompletedOn = e.On };
}
