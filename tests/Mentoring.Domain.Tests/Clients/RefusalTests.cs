using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>Refusals of help: recorded with a reason, open on the coordinator's desk until an appeal or retry is planned or it is closed.</summary>
public sealed class RefusalTests
{
    private static readonly DateOnly Today = new(2027, 1, 20);
    private static readonly Actor Coordinator = On(Today);

    private static Client Released() => Referred(Today, new DateOnly(2027, 1, 2), released: new DateOnly(2027, 1, 2));

    private static RecordRefusal Refusal(Guid id, Guid? goalId = null, RefusalReason reason = RefusalReason.NoAccountStatements, string? note = null,
        DateOnly? on = null, HelpKind help = HelpKind.GmiBenefit) =>
        new(id, Institution.MunicipalSocialService, help, reason, on ?? Today.AddDays(-1), note, goalId, Coordinator);

    [Fact]
    public void A_refusal_of_a_goal_refuses_the_goal_and_waits_on_the_desk()
    {
        var client = Released();
        var application = Goal(client, StandardGoal.SocialAssistance).Id;
        var id = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(Refusal(id, application, note: "Bankas izraksti tikai par 2 mēnešiem"), client));
        var refusal = Assert.Single(client.Refusals);
        Assert.Equal((RefusalReason.NoAccountStatements, HelpKind.GmiBenefit, RefusalStatus.Open), (refusal.Reason, refusal.Help, refusal.Status));
        Assert.True(client.HasOpenRefusal);
        var goal = Goal(client, StandardGoal.SocialAssistance);
        Assert.Equal((GoalStatus.Refused, id), (goal.Status, goal.RefusedBy));
        Assert.False(goal.IsOverdue(Today.AddMonths(2)));
    }

    [Fact]
    public void Bad_refusals_are_typed_errors()
    {
        var client = Released();
        var id = Guid.NewGuid();
        Refused(ClientDecider.Decide(Refusal(id, on: Today.AddDays(1)), client), ErrorCodes.Validation, "refusedOn");
        Refused(ClientDecider.Decide(Refusal(id, reason: RefusalReason.Other), client), ErrorCodes.Validation, "note");
        Refused(ClientDecider.Decide(Refusal(id, note: new string('x', 2001)), client), ErrorCodes.Validation, "note");
        Refused(ClientDecider.Decide(Refusal(id, Guid.NewGuid()), client), ErrorCodes.NotFound, "goalId");
        var bank = Goal(client, StandardGoal.BankAccount).Id;
        client = Then(client, ClientDecider.Decide(new CompleteGoal(bank, Today, Coordinator), client));
        Refused(ClientDecider.Decide(Refusal(id, bank), client), ClientDecider.GoalNotOpen, "goalId");
        client = Then(client, ClientDecider.Decide(Refusal(id, reason: RefusalReason.Other, note: "Atteica mutiski"), client));
        Refused(ClientDecider.Decide(Refusal(id), client), ErrorCodes.IdempotencyKeyReused, "refusalId");
    }

    [Fact]
    public void An_appeal_is_a_goal_linked_to_the_refusal_which_leaves_the_desk()
    {
        var client = Released();
        var application = Goal(client, StandardGoal.SocialAssistance).Id;
        var refusal = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(Refusal(refusal, application, RefusalReason.NotFiledWithinMonth), client));
        var appeal = Guid.NewGuid();
        Refused(ClientDecider.Decide(new PlanRefusalFollowUp(refusal, appeal, FollowUpKind.Appeal, Today.AddDays(-5), null, Coordinator), client),
            ErrorCodes.InvalidPeriod, "deadline");
        Refused(ClientDecider.Decide(new PlanRefusalFollowUp(Guid.NewGuid(), appeal, FollowUpKind.Appeal, Today, null, Coordinator), client), ErrorCodes.NotFound, "refusalId");
        Refused(ClientDecider.Decide(new PlanRefusalFollowUp(refusal, application, FollowUpKind.Appeal, Today, null, Coordinator), client),
            ErrorCodes.IdempotencyKeyReused, "goalId");

        client = Then(client, ClientDecider.Decide(new PlanRefusalFollowUp(refusal, appeal, FollowUpKind.Appeal, Today.AddDays(20), null, Coordinator), client));
        var goal = client.Goals.Single(g => g.Id == appeal);
        Assert.Equal((GoalKind.FollowUp, FollowUpKind.Appeal, refusal), (goal.Kind, goal.FollowUp, goal.FollowsRefusal));
        Assert.Equal((Institution.MunicipalSocialService, NeedDomain.IncomeAndBenefits, Today.AddDays(20)), (goal.Institution, goal.Domain, goal.Deadline));
        Assert.Equal(SupportPlan.FollowUpTitle(FollowUpKind.Appeal), goal.Title);
        Assert.Equal((RefusalStatus.FollowedUp, appeal), (client.Refusals[0].Status, Assert.Single(client.Refusals[0].FollowUpGoals)));
        Assert.False(client.HasOpenRefusal);
        // A retry later too, with its own title; the deadline is fixed, not following the release.
        var retry = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(new PlanRefusalFollowUp(refusal, retry, FollowUpKind.Retry, Today.AddDays(40), "Iesniegt vēlreiz ar izrakstiem", Coordinator), client));
        Assert.Equal(2, client.Refusals[0].FollowUpGoals.Count);
        Assert.NotNull(client.Goals.Single(g => g.Id == retry).Rule.Fixed);
    }

    [Fact]
    public void Closing_a_refusal_takes_it_off_the_desk_once_and_ends_its_follow_ups()
    {
        var client = Released();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(Refusal(first, help: HelpKind.ShelterPlace, reason: RefusalReason.ResidenceInOtherMunicipality), client));
        client = Then(client, ClientDecider.Decide(Refusal(second, help: HelpKind.MunicipalHousing, reason: RefusalReason.RefusedMunicipalFlat), client));
        client = Then(client, ClientDecider.Decide(new CloseRefusal(first, "Atrada vietu patversmē Jelgavā", Coordinator), client));
        Assert.Equal((RefusalStatus.Closed, Today), (client.Refusals[0].Status, client.Refusals[0].ClosedOn));
        Assert.True(client.HasOpenRefusal); // the second still waits
        Refused(ClientDecider.Decide(new CloseRefusal(first, null, Coordinator), client), ClientDecider.RefusalClosedAlready, "refusalId");
        Refused(ClientDecider.Decide(new PlanRefusalFollowUp(first, Guid.NewGuid(), FollowUpKind.Retry, Today, null, Coordinator), client),
            ClientDecider.RefusalClosedAlready, "refusalId");
        Refused(ClientDecider.Decide(new CloseRefusal(Guid.NewGuid(), null, Coordinator), client), ErrorCodes.NotFound, "refusalId");

        client = Then(client, ClientDecider.Decide(new PlanRefusalFollowUp(second, Guid.NewGuid(), FollowUpKind.Retry, Today.AddDays(7), null, Coordinator), client));
        Assert.False(client.HasOpenRefusal);
        Assert.Equal(NeedDomain.Housing, client.Goals[^1].Domain); // from the help refused, as no goal was named
    }

    [Fact]
    public void Refusals_are_not_recorded_on_a_closed_case()
    {
        var client = Released();
        client = Then(client, ClientDecider.Decide(new CloseCase(CaseClosureReason.MovedAway, null, Coordinator), client));
        Refused(ClientDecider.Decide(Refusal(Guid.NewGuid()), client), ClientDecider.CaseIsClosed);
    }
}
