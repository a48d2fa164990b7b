namespace Mentoring.Domain.Clients;

/// <summary>
/// How a plan's goals change, one definition for every reader of the client stream (the case itself and the outcome
/// projection): deadlines that hang on the release date move with it; one set by hand is fixed from then on.
/// </summary>
public static class Plan
{
    public static Goal Added(GoalAdded e, DateOnly releaseDate, string? title = null) =>
        new(e.GoalId, title ?? e.Title, e.Domain, e.Standard, e.Rule, e.Rule.DeadlineFor(releaseDate), GoalStatus.NotStarted, null, null)
        {
            Institution = e.Institution ?? (e.Standard is { } standard ? SupportPlan.InstitutionOf(standard) : null),
            FollowsRefusal = e.FollowsRefusal,
            FollowUp = e.FollowUp,
        };

    public static IReadOnlyList<Goal> Redated(IEnumerable<Goal> goals, DateOnly releaseDate) =>
        [.. goals.Select(g => g with { Deadline = g.Rule.DeadlineFor(releaseDate) })];

    public static Goal DeadlineSet(Goal g, DateOnly deadline) => g with { Rule = DeadlineRule.On(deadline), Deadline = deadline };
}
