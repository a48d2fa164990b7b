using Mentoring.Domain.Clients;

namespace Mentoring.Api.Demo;

/// <summary>A refusal of help on a demo person's path, <paramref name="Day"/> days after release; a retry planned the next day when given.</summary>
internal sealed record DemoRefusal(string Name, int Day, HelpKind Help, RefusalReason Reason, string Note, bool OfTheApplication, int? RetryDone = null);

/// <summary>
/// The path beyond goals: a document ticked with each goal that brings one, the release certificate on release day, and
/// two refusals — one answered by a retry that succeeded, one still waiting on the coordinator's desk today.
/// </summary>
internal static partial class DemoCases
{
    private static readonly DemoRefusal[] Refusals =
    [
        // The first application came with statements for two months only; the second, with all three, was late.
        new("Haralds Siliņš", 12, HelpKind.GmiBenefit, RefusalReason.NoAccountStatements, "Iesniedza kontu izrakstus tikai par diviem mēnešiem.",
            OfTheApplication: false, RetryDone: 38),
        // Declared in Jelgava before prison: Rīga's social service refused; the coordinator has yet to decide what next.
        new("Oskars Vītols", 20, HelpKind.GmiBenefit, RefusalReason.ResidenceInOtherMunicipality, "Pēdējā deklarētā dzīvesvieta Jelgavā.", OfTheApplication: true),
    ];

    private static DocumentKind? DocumentOf(DemoGoal goal) => goal switch
    {
        DemoGoal.IdentityDocument => DocumentKind.IdentityDocument,
        DemoGoal.Residence => DocumentKind.DeclaredResidence,
        DemoGoal.EmploymentAgency => DocumentKind.NvaRegistration,
        DemoGoal.FamilyDoctor => DocumentKind.FamilyDoctor,
        _ => null,
    };

    private static void PlanDocument(DemoTimeline timeline, DemoActions act, Guid id, DocumentKind kind, DateOnly on, TimeOnly at) =>
        timeline.At(on, at, [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new RecordDocumentObtained(kind, on, a), s)));

    private static void PlanRefusal(DemoTimeline timeline, DemoActions act, DemoCase c, DateOnly referred, DateOnly release)
    {
        if (Refusals.FirstOrDefault(r => r.Name == c.Name) is not { } refusal) return;
        var id = c.ClientId;
        var refusalId = Domain.Common.DeterministicId.From("refusal", $"{id}:demo");
        if (refusal.Reason == RefusalReason.ResidenceInOtherMunicipality)
            timeline.At(referred, T(9, 30), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new RecordResidenceFacts("jelgava", false, a), s)));
        var goalId = refusal.OfTheApplication ? SupportPlan.StandardGoalId(id, StandardGoal.SocialAssistance) : (Guid?)null;
        var refusedOn = release.AddDays(refusal.Day);
        timeline.At(refusedOn, T(15, 30), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(
            new RecordRefusal(refusalId, Institution.MunicipalSocialService, refusal.Help, refusal.Reason, refusedOn, refusal.Note, goalId, a), s)));
        if (refusal.RetryDone is not { } done) return;
        var retry = Domain.Common.DeterministicId.From("goal", $"{id}:demo:retry");
        timeline.At(refusedOn.AddDays(1), T(10, 30), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(
            new PlanRefusalFollowUp(refusalId, retry, FollowUpKind.Retry, release.AddDays(done + 2), null, a), s)));
        PlanDocument(timeline, act, id, DocumentKind.AccountStatements, release.AddDays(done - 8), T(16, 10));
        timeline.At(release.AddDays(done), T(16, 20), [id], clock => act.OnCaseAsync(clock, id,
            (a, s) => ClientDecider.Decide(new SetGoalStatus(retry, GoalStatus.Done, release.AddDays(done), null, a), s)));
    }
}
