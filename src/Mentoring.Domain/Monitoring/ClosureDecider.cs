using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Monitoring;

public sealed record OpenClosure(Guid MatchId, Matching.MatchEndReason Reason, DateOnly EndedOn, Actor Actor);
public sealed record RecordClosingConversation(CheckInParty With, DateOnly On, CheckInMode Mode, IReadOnlyList<ClosureHelp> Helped, string? HelpedNote,
    Recommendation WouldRecommend, Actor Actor);
public sealed record RecordSideUnreached(CheckInParty With, UnreachedReason Reason, Actor Actor);
public sealed record DecideRematch(RematchChoice Choice, NoRematchReason? Reason, Actor Actor);
public sealed record CompleteClosure(Actor Actor);

/// <summary>
/// Pure decisions for a match's closure step (on its monitoring stream). Every step is idempotent by content: the same
/// conversation, reason or decision sent again records nothing and succeeds, and so does completing a completed step;
/// changing anything once the step is complete is refused.
/// </summary>
public static class ClosureDecider
{
    public const string ClosureNotOpen = "CLOSURE_NOT_OPEN";
    public const string ClosureCompleted = "CLOSURE_COMPLETED";
    public const string ConversationInFuture = "CONVERSATION_IN_FUTURE";
    public const string ConversationBeforeMatchEnd = "CONVERSATION_BEFORE_MATCH_END";
    public const string SideNotSettled = "CLOSING_CONVERSATION_MISSING";
    public const string RematchNotDecided = "REMATCH_NOT_DECIDED";
    public const string NoRematchReasonRequired = "NO_REMATCH_REASON_REQUIRED";
    public const string BothSidesUnreached = "BOTH_SIDES_UNREACHED";

    /// <summary>A closing conversation may be held up to this many days before the match's recorded end (the goodbye meeting).</summary>
    public const int ConversationDaysBeforeEnd = 30;

    public static Decision Decide(OpenClosure c, MatchMonitoring? state) => state?.Closure is not null
        ? Decision.Accept()
        : Decision.Accept(new MatchClosureOpened(c.MatchId, ClosureRule.KindOf(c.Reason), c.Reason, c.EndedOn, c.Actor.By, c.Actor.At));

    public static Decision Decide(RecordClosingConversation c, Guid matchId, MatchMonitoring? state)
    {
        if (Editable(state) is { } refused) return refused;
        var closure = state!.Closure!;
        var helped = c.Helped.Distinct().Order().ToList();
        var note = string.IsNullOrWhiteSpace(c.HelpedNote) ? null : c.HelpedNote.Trim();
        if (closure.ConversationWith(c.With) is { } same && same.On == c.On && same.Mode == c.Mode && same.Helped.SequenceEqual(helped)
            && same.HelpedNote == note && same.WouldRecommend == c.WouldRecommend)
            return Decision.Accept();
        return new Checks()
            .Require(c.On <= c.Actor.Today, ConversationInFuture, "A closing conversation cannot be dated in the future.", "on")
            .Require(c.On >= closure.EndedOn.AddDays(-ConversationDaysBeforeEnd), ConversationBeforeMatchEnd,
                $"A closing conversation is held at most {ConversationDaysBeforeEnd} days before the match ended.", "on",
                MessageParam.Date("endedOn", closure.EndedOn), MessageParam.Number("days", ConversationDaysBeforeEnd))
            .Require(note is null || note.Length <= 2000, ErrorCodes.Validation, "What helped is at most 2,000 characters.", "helpedNote")
            .Then(() => Decision.Accept(new ClosingConversationRecorded(matchId, c.With, c.On, c.Mode, helped, note, c.WouldRecommend, c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(RecordSideUnreached c, Guid matchId, MatchMonitoring? state)
    {
        if (Editable(state) is { } refused) return refused;
        var closure = state!.Closure!;
        if (closure.UnreachedOf(c.With)?.Reason == c.Reason) return Decision.Accept();
        var other = c.With == CheckInParty.Mentor ? CheckInParty.Client : CheckInParty.Mentor;
        return closure.UnreachedOf(other) is not null
            ? Decision.Reject(BothSidesUnreached, "The other side could not be reached either: hold at least one closing conversation.", "with",
                MessageParam.Enum("with", other))
            : Decision.Accept(new ClosingSideUnreached(matchId, c.With, c.Reason, c.Actor.By, c.Actor.At));
    }

    public static Decision Decide(DecideRematch c, Guid matchId, MatchMonitoring? state)
    {
        if (Editable(state) is { } refused) return refused;
        var reason = c.Choice == RematchChoice.NoRematch ? c.Reason : null;
        if (state!.Closure!.Rematch is { } same && same.Choice == c.Choice && same.Reason == reason) return Decision.Accept();
        return c.Choice == RematchChoice.NoRematch && reason is null
            ? Decision.Reject(NoRematchReasonRequired, "Say why the client is not offered another mentor.", "reason")
            : Decision.Accept(new RematchDecided(matchId, c.Choice, reason, c.Actor.By, c.Actor.At));
    }

    /// <summary>Complete: both sides settled (a conversation, or why it could not be held) and the rematch decided.</summary>
    public static Decision Decide(CompleteClosure c, Guid matchId, MatchMonitoring? state)
    {
        if (state?.Closure is not { } closure) return Decision.Reject(ClosureNotOpen, "This match has no closure step.", "matchId");
        if (!closure.IsOpen) return Decision.Accept();
        return new Checks()
            .Require(closure.Settled(CheckInParty.Mentor), SideNotSettled, "Record the closing conversation with the mentor, or why it could not be held.", "mentor",
                MessageParam.Enum("with", CheckInParty.Mentor))
            .Require(closure.Settled(CheckInParty.Client), SideNotSettled, "Record the closing conversation with the client, or why it could not be held.", "client",
                MessageParam.Enum("with", CheckInParty.Client))
            .Require(closure.Rematch is not null, RematchNotDecided, "Decide whether the client is offered another mentor.", "rematch")
            .Then(() => Decision.Accept(new MatchClosureCompleted(matchId, c.Actor.Today, c.Actor.By, c.Actor.At)));
    }

    private static Decision? Editable(MatchMonitoring? state) =>
        state?.Closure is not { } closure ? Decision.Reject(ClosureNotOpen, "This match has no closure step.", "matchId")
        : !closure.IsOpen ? Decision.Reject(ClosureCompleted, "The closure step is complete: nothing more is recorded on it.", "matchId",
            MessageParam.Date("completedOn", closure.CompletedOn!.Value))
        : null;
}
