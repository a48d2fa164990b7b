using Mentoring.Domain.Common;

namespace Mentoring.Domain.Clients;

/// <summary>Refusals of help: recorded with their reason, then followed up (an appeal or a retry, as a goal) or closed.</summary>
public static partial class ClientDecider
{
    public const string RefusalClosedAlready = "REFUSAL_CLOSED";

    public static Decision Decide(RecordRefusal c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        var goal = c.GoalId is { } goalId ? s!.Goals.FirstOrDefault(g => g.Id == goalId) : null;
        return new Checks()
            .Require(s!.Refusals.All(r => r.Id != c.RefusalId), ErrorCodes.IdempotencyKeyReused, "This refusal was already recorded.", "refusalId")
            .Require(c.RefusedOn <= c.Actor.Today, ErrorCodes.Validation, "A refusal cannot be dated in the future.", "refusedOn")
            .Require(c.Reason != RefusalReason.Other || c.CarriedOver || Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
            .Require(!c.CarriedOver || c.Note is null, ErrorCodes.Validation, "A refusal carried over from another NGO brings no note.", "note")
            .Require(c.Note is null || c.Note.Length <= 2000, ErrorCodes.Validation, "The note is too long (2000 characters at most).", "note")
            .Require(c.GoalId is null || goal is not null, ErrorCodes.NotFound, "No such goal.", "goalId")
            .Require(goal is null || goal.IsOpen, GoalNotOpen, $"The goal is already {goal?.Status.ToString().ToLowerInvariant()}.", "goalId",
                goal is null ? [] : [MessageParam.Enum("status", goal.Status)])
            .Then(() => Decision.Accept(new RefusalRecorded(s.Id, c.RefusalId, c.Institution, c.Help, c.Reason, c.RefusedOn, c.Note?.Trim(), c.GoalId,
                c.Actor.By, c.Actor.At) { CarriedOver = c.CarriedOver }));
    }

    /// <summary>Closes a refusal without (further) follow-up: it leaves the coordinator's desk.</summary>
    public static Decision Decide(CloseRefusal c, Client? s) => OpenRefusal(s, c.RefusalId, out _) ?? new Checks()
        .Require(c.Note is null || c.Note.Length <= 1000, ErrorCodes.Validation, "The note is too long (1000 characters at most).", "note")
        .Then(() => Decision.Accept(new RefusalClosed(s!.Id, c.RefusalId, c.Actor.Today, c.Note?.Trim(), c.Actor.By, c.Actor.At)));

    /// <summary>
    /// An appeal or a retry, as a goal at the refusing institution, linked to the refusal (which leaves the desk). The
    /// deadline is the coordinator's: the product invents no appeal term.
    /// </summary>
    public static Decision Decide(PlanRefusalFollowUp c, Client? s)
    {
        if (OpenRefusal(s, c.RefusalId, out var found) is { } refused) return refused;
        var refusal = found!;
        var domain = s!.Goals.FirstOrDefault(g => g.Id == refusal.GoalId)?.Domain ?? RefusedHelp.DomainOf(refusal.Help);
        return new Checks()
            .Require(s.Goals.All(g => g.Id != c.GoalId), ErrorCodes.IdempotencyKeyReused, "This goal was already added.", "goalId")
            .Require(c.Title is null || Text.HasLength(c.Title, 2, 200), ErrorCodes.Validation, "Describe the goal (2 to 200 characters).", "title")
            .Require(c.Deadline >= refusal.RefusedOn, ErrorCodes.InvalidPeriod, "The deadline is before the refusal.", "deadline")
            .Then(() => Decision.Accept(new GoalAdded(s.Id, c.GoalId, c.Title?.Trim() ?? SupportPlan.FollowUpTitle(c.Kind), domain, null,
                DeadlineRule.On(c.Deadline), c.Actor.By, c.Actor.At)
            {
                Institution = refusal.Institution, FollowsRefusal = refusal.Id, FollowUp = c.Kind,
            }));
    }

    /// <summary>Null when the refusal exists and is not closed; else the refusal of the command.</summary>
    private static Decision? OpenRefusal(Client? s, Guid refusalId, out Refusal? refusal)
    {
        refusal = null;
        if (Open(s) is { } refused) return refused;
        refusal = s!.Refusals.FirstOrDefault(r => r.Id == refusalId);
        if (refusal is null) return Decision.Reject(ErrorCodes.NotFound, "No such refusal.", "refusalId");
        return refusal.Status == RefusalStatus.Closed ? Decision.Reject(RefusalClosedAlready, "The refusal is closed.", "refusalId") : null;
    }
}
