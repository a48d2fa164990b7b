using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

/// <summary>A service of the directory attached to a goal (issue 18): where the step is taken. <paramref name="ServiceId"/> is the directory entry's id.</summary>
public sealed record GoalServiceAttached(Guid ClientId, Guid GoalId, string ServiceId, Guid By, DateTimeOffset At);
public sealed record GoalServiceDetached(Guid ClientId, Guid GoalId, string ServiceId, Guid By, DateTimeOffset At);

/// <param name="ServiceFound">The entry is in the caller's NGO's directory and not hidden there (the handler looks).</param>
public sealed record AttachServiceToGoal(Guid GoalId, string ServiceId, bool ServiceFound, Actor Actor);
public sealed record DetachServiceFromGoal(Guid GoalId, string ServiceId, Actor Actor);

public static partial class ClientDecider
{
    public const int MaxServicesPerGoal = 10;
    public const string TooManyServices = "TOO_MANY_SERVICES";

    /// <summary>Attaches a service to an open goal; attached already, nothing changes (a retry is harmless).</summary>
    public static Decision Decide(AttachServiceToGoal c, Client? s)
    {
        if (OpenGoal(s, c.GoalId) is { } refused) return refused;
        var goal = s!.Goals.First(g => g.Id == c.GoalId);
        if (goal.Services.Contains(c.ServiceId)) return Decision.Accept();
        return new Checks()
            .Require(c.ServiceFound, ErrorCodes.NotFound, "No such service in your organisation's directory.", "serviceId")
            .Require(goal.Services.Count < MaxServicesPerGoal, TooManyServices, $"A goal has {MaxServicesPerGoal} services at most.", "serviceId",
                MessageParam.Number("max", MaxServicesPerGoal))
            .Then(() => Decision.Accept(new GoalServiceAttached(s.Id, c.GoalId, c.ServiceId, c.Actor.By, c.Actor.At)));
    }

    /// <summary>Takes a service off a goal (of any status: a wrong one is corrected after the step too); not attached, nothing changes.</summary>
    public static Decision Decide(DetachServiceFromGoal c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        var goal = s!.Goals.FirstOrDefault(g => g.Id == c.GoalId);
        if (goal is null) return Decision.Reject(ErrorCodes.NotFound, "No such goal.", "goalId");
        return goal.Services.Contains(c.ServiceId)
            ? Decision.Accept(new GoalServiceDetached(s.Id, c.GoalId, c.ServiceId, c.Actor.By, c.Actor.At))
            : Decision.Accept();
    }
}

public sealed partial record Client
{
    public Client Apply(GoalServiceAttached e) => WithGoal(e.GoalId, g => g with { Services = [.. g.Services, e.ServiceId] }, e.At);
    public Client Apply(GoalServiceDetached e) => WithGoal(e.GoalId, g => g with { Services = [.. g.Services.Where(id => id != e.ServiceId)] }, e.At);
}
