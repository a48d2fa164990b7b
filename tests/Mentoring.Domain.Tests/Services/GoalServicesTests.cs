using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Services;

/// <summary>A directory entry attached to a goal of the person's path: on the client stream, idempotent, only on an open goal.</summary>
public sealed class GoalServicesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_service_attached_to_an_open_goal_shows_on_it_once_and_can_be_taken_off()
    {
        var client = Referred(Today, Today.AddDays(20));
        var goal = Goal(client, StandardGoal.SocialAssistance).Id;
        var attach = new AttachServiceToGoal(goal, "social-service-riga", true, On(Today));
        client = Then(client, ClientDecider.Decide(attach, client));
        Assert.Equal(["social-service-riga"], Goal(client, StandardGoal.SocialAssistance).Services);
        Unchanged(ClientDecider.Decide(attach, client)); // a retry changes nothing

        client = Then(client, ClientDecider.Decide(new DetachServiceFromGoal(goal, "social-service-riga", On(Today)), client));
        Assert.Empty(Goal(client, StandardGoal.SocialAssistance).Services);
        Unchanged(ClientDecider.Decide(new DetachServiceFromGoal(goal, "social-service-riga", On(Today)), client));
    }

    [Fact]
    public void An_unknown_service_a_missing_or_closed_goal_and_a_closed_case_are_typed_errors()
    {
        var client = Referred(Today, Today.AddDays(20));
        var goal = Goal(client, StandardGoal.BankAccount).Id;
        Refused(ClientDecider.Decide(new AttachServiceToGoal(goal, "nowhere", false, On(Today)), client), ErrorCodes.NotFound, "serviceId");
        Refused(ClientDecider.Decide(new AttachServiceToGoal(Guid.NewGuid(), "social-service-riga", true, On(Today)), client), ErrorCodes.NotFound, "goalId");
        client = Then(client, ClientDecider.Decide(new CompleteGoal(goal, Today, On(Today)), client));
        Refused(ClientDecider.Decide(new AttachServiceToGoal(goal, "social-service-riga", true, On(Today)), client), ClientDecider.GoalNotOpen, "goalId");
        var other = Goal(client, StandardGoal.FamilyDoctor).Id;
        for (var i = 0; i < ClientDecider.MaxServicesPerGoal; i++)
            client = Then(client, ClientDecider.Decide(new AttachServiceToGoal(other, $"s{i}", true, On(Today)), client));
        Refused(ClientDecider.Decide(new AttachServiceToGoal(other, "one-more", true, On(Today)), client), ClientDecider.TooManyServices, "serviceId");
        client = Then(client, ClientDecider.Decide(new CloseCase(CaseClosureReason.GoalsMet, null, On(Today)), client));
        Refused(ClientDecider.Decide(new AttachServiceToGoal(other, "social-service-riga", true, On(Today)), client), ClientDecider.CaseIsClosed, "clientId");
    }
}
