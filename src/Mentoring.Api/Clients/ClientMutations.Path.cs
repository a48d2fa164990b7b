using GraphQL.Types;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Api.Clients;

/// <summary>The person's path on the case: goal status and institution, documents, residence facts, refusals. One command each.</summary>
public static partial class ClientMutations
{
    private static void AddPathMutations(ObjectGraphType mutation)
    {
        Command<SetGoalStatusInput, SetGoalStatusInputType>(mutation, "setGoalStatus",
            "Moves an open goal: NOT_STARTED, IN_PROGRESS, DONE (on), NOT_NEEDED (note). The status it has already changes nothing.",
            (i, a, c) => ClientDecider.Decide(new SetGoalStatus(i.GoalId, i.Status, i.On ?? a.Today, i.Note, a), c));
        Command<SetGoalInstitutionInput, SetGoalInstitutionInputType>(mutation, "setGoalInstitution", "Sets (or clears) the institution a goal involves.",
            (i, a, c) => ClientDecider.Decide(new SetGoalInstitution(i.GoalId, i.Institution, a), c));
        Command<RecordDocumentInput, RecordDocumentInputType>(mutation, "recordDocument", "Ticks a document of the checklist as obtained, with the day.",
            (i, a, c) => ClientDecider.Decide(new RecordDocumentObtained(i.Kind, i.ObtainedOn ?? a.Today, a), c));
        Command<UnrecordDocumentInput, UnrecordDocumentInputType>(mutation, "unrecordDocument", "Takes back a document recorded by mistake.",
            (i, a, c) => ClientDecider.Decide(new UnrecordDocument(i.Kind, i.Reason, a), c));
        Command<RecordResidenceFactsInput, RecordResidenceFactsInputType>(mutation, "recordResidenceFacts",
            "Where the person last declared a residence before prison, and whether they have one to declare: both feed the eligibility warnings.",
            (i, a, c) => ClientDecider.Decide(new RecordResidenceFacts(i.LastDeclaredResidenceMunicipality, i.HasResidenceToDeclare, a), c));
        Command<RecordRefusalInput, RecordRefusalInputType>(mutation, "recordRefusal",
            "Records help refused, with the reason; it waits on the coordinator's desk (openRefusals) until followed up or closed.",
            (i, a, c) => ClientDecider.Decide(new RecordRefusal(i.RefusalId ?? DeterministicId.From("refusal", $"{i.ClientId}:{i.ExpectedVersion}"),
                i.Institution, i.Help, i.Reason, i.RefusedOn, i.Note, i.GoalId, a), c));
        Command<CloseRefusalInput, CloseRefusalInputType>(mutation, "closeRefusal", "Closes a refusal without (further) appeal or retry.",
            (i, a, c) => ClientDecider.Decide(new CloseRefusal(i.RefusalId, i.Note, a), c));
        Command<PlanRefusalFollowUpInput, PlanRefusalFollowUpInputType>(mutation, "planRefusalFollowUp",
            "Plans an appeal or a retry of a refusal as a goal at the refusing institution; the refusal leaves the desk.",
            (i, a, c) => ClientDecider.Decide(new PlanRefusalFollowUp(i.RefusalId,
                i.GoalId ?? DeterministicId.From("goal", $"{i.ClientId}:{i.ExpectedVersion}:{i.RefusalId}:{i.Kind}"), i.Kind, i.Deadline, i.Title, a), c));
    }
}
