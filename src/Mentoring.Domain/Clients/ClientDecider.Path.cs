using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Clients;

/// <summary>The person's path: goal status and institution, the documents checklist, the residence facts.</summary>
public static partial class ClientDecider
{
    public const string RefusalNeedsReason = "REFUSAL_NEEDS_REASON";
    public const string DocumentNotRecorded = "DOCUMENT_NOT_RECORDED";

    /// <summary>
    /// Moves an open goal on. DONE and NOT_NEEDED are the same events as completing and dropping it; REFUSED comes only
    /// with the refusal and its reason (<see cref="RecordRefusal"/>). The status it already has changes nothing, so a
    /// phone that sends it twice is answered, not refused.
    /// </summary>
    public static Decision Decide(SetGoalStatus c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        var goal = s!.Goals.FirstOrDefault(g => g.Id == c.GoalId);
        if (goal is null) return Decision.Reject(ErrorCodes.NotFound, "No such goal.", "goalId");
        if (goal.Status == c.Status) return Decision.Accept();
        if (!goal.IsOpen)
            return Decision.Reject(GoalNotOpen, $"The goal is already {goal.Status.ToString().ToLowerInvariant()}.", "goalId", MessageParam.Enum("status", goal.Status));
        return c.Status switch
        {
            GoalStatus.Done => new Checks()
                .Require(c.On <= c.Actor.Today, ErrorCodes.Validation, "A goal cannot be done in the future.", "on")
                .Then(() => Decision.Accept(new GoalAchieved(s.Id, goal.Id, c.On, c.Actor.By, c.Actor.At))),
            GoalStatus.NotNeeded => new Checks()
                .Require(Text.HasLength(c.Note, 3, 1000), ErrorCodes.Validation, "Say why the goal is not needed.", "note")
                .Then(() => Decision.Accept(new GoalDropped(s.Id, goal.Id, c.Note!.Trim(), c.Actor.By, c.Actor.At))),
            GoalStatus.Refused => Decision.Reject(RefusalNeedsReason, "Record the refusal with its reason (recordRefusal) to mark a goal refused.", "status"),
            _ => Decision.Accept(new GoalStatusChanged(s.Id, goal.Id, c.Status, c.Actor.By, c.Actor.At)),
        };
    }

    public static Decision Decide(SetGoalInstitution c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        var goal = s!.Goals.FirstOrDefault(g => g.Id == c.GoalId);
        if (goal is null) return Decision.Reject(ErrorCodes.NotFound, "No such goal.", "goalId");
        return goal.Institution == c.Institution
            ? Decision.Accept()
            : Decision.Accept(new GoalInstitutionChanged(s.Id, goal.Id, c.Institution, c.Actor.By, c.Actor.At));
    }

    /// <summary>Recording a document again corrects its date; the same date again changes nothing.</summary>
    public static Decision Decide(RecordDocumentObtained c, Client? s) => Open(s) ?? new Checks()
        .Require(c.ObtainedOn <= c.Actor.Today, ErrorCodes.Validation, "A document cannot be obtained in the future.", "obtainedOn")
        .Then(() => s!.Documents.Any(d => d.Kind == c.Kind && d.ObtainedOn == c.ObtainedOn)
            ? Decision.Accept()
            : Decision.Accept(new DocumentObtained(s.Id, c.Kind, c.ObtainedOn, c.Actor.By, c.Actor.At)));

    /// <summary>Takes back a document recorded by mistake.</summary>
    public static Decision Decide(UnrecordDocument c, Client? s) => Open(s) ?? new Checks()
        .Require(s!.Documents.Any(d => d.Kind == c.Kind), DocumentNotRecorded, "That document is not recorded.", "kind", MessageParam.Enum("kind", c.Kind))
        .Require(c.Reason is null || c.Reason.Length <= 1000, ErrorCodes.Validation, "The reason is too long (1000 characters at most).", "reason")
        .Then(() => Decision.Accept(new DocumentUnrecorded(s.Id, c.Kind, c.Reason?.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(RecordResidenceFacts c, Client? s) => Open(s) ?? new Checks()
        .Require(c.LastDeclaredResidenceMunicipality is null || Municipalities.IsKnown(c.LastDeclaredResidenceMunicipality), ErrorCodes.UnknownMunicipality,
            $"\"{c.LastDeclaredResidenceMunicipality}\" is not one of Latvia's 43 municipalities.", "lastDeclaredResidenceMunicipality")
        .Then(() => s!.LastDeclaredResidenceMunicipality == c.LastDeclaredResidenceMunicipality && s.HasResidenceToDeclare == c.HasResidenceToDeclare
            ? Decision.Accept()
            : Decision.Accept(new ResidenceFactsRecorded(s.Id, c.LastDeclaredResidenceMunicipality, c.HasResidenceToDeclare, c.Actor.By, c.Actor.At)));
}
