using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Monitoring;

/// <summary>What a monitoring decision needs of the match, read from its snapshot.</summary>
public sealed record MonitoredMatch(Guid MatchId, MatchStage Stage, DateOnly? ActiveFrom)
{
    public static MonitoredMatch Of(Match m) => new(m.Id, m.Stage, m.ActiveFrom);
}

public sealed record LogStaffCheckIn(Guid CheckInId, CheckInParty With, CheckInMode Mode, int HealthRating, string? Concerns, string? AgreedActions,
    DateOnly On, Actor Actor);
public sealed record AnswerHealthCheck(int GoingWell, int Supported, string IdempotencyKey, Actor Actor);
public sealed record RecordClientHealth(int Milestone, int GoingWell, int Supported, string IdempotencyKey, Actor Actor);

/// <summary>Pure decisions for a match's monitoring stream (<see cref="MatchMonitoring"/>).</summary>
public static class MonitoringDecider
{
    public const string RatingOutOfRange = "RATING_OUT_OF_RANGE";
    public const string MatchNotActive = "MATCH_NOT_ACTIVE";
    public const string CheckInInFuture = "CHECK_IN_IN_FUTURE";
    public const string CheckInBeforeMatch = "CHECK_IN_BEFORE_MATCH";
    public const string HealthCheckNotDue = "HEALTH_CHECK_NOT_DUE";
    public const string HealthCheckAnswered = "HEALTH_CHECK_ANSWERED";

    public static MatchMonitoring? Evolve(MatchMonitoring? state, object @event) => @event switch
    {
        StaffCheckInLogged e => (state ?? MatchMonitoring.Empty(e.MatchId)).Apply(e),
        MatchHealthAnswered e => (state ?? MatchMonitoring.Empty(e.MatchId)).Apply(e),
        ClientHealthRecorded e => (state ?? MatchMonitoring.Empty(e.MatchId)).Apply(e),
        MatchHealthFalling e when state is not null => state.Apply(e),
        MatchClosureOpened e => (state ?? MatchMonitoring.Empty(e.MatchId)).Apply(e),
        ClosingConversationRecorded e when state is not null => state.Apply(e),
        ClosingSideUnreached e when state is not null => state.Apply(e),
        RematchDecided e when state is not null => state.Apply(e),
        MatchClosureCompleted e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <summary>A retry with the same check-in id (the form sent twice) records nothing and succeeds.</summary>
    public static Decision Decide(LogStaffCheckIn c, MonitoredMatch match, MatchMonitoring? state)
    {
        if (state?.CheckIns.Any(x => x.Id == c.CheckInId) == true) return Decision.Accept();
        return Active(match) ?? new Checks()
            .Require(c.HealthRating is >= 1 and <= 5, RatingOutOfRange, "A match-health rating is 1 to 5.", "healthRating")
            .Require(c.On <= c.Actor.Today, CheckInInFuture, "A check-in cannot be dated in the future.", "on")
            .Require(c.On >= match.ActiveFrom!.Value, CheckInBeforeMatch, "A check-in cannot be dated before the match began.", "on",
                MessageParam.Date("activeFrom", match.ActiveFrom.Value))
            .Require(c.Concerns is null || c.Concerns.Length <= 2000, ErrorCodes.Validation, "Concerns are at most 2,000 characters.", "concerns")
            .Require(c.AgreedActions is null || c.AgreedActions.Length <= 2000, ErrorCodes.Validation, "Agreed actions are at most 2,000 characters.", "agreedActions")
            .Then(() => Decision.Accept(new StaffCheckInLogged(match.MatchId, c.CheckInId, c.With, c.Mode, c.HealthRating, Blank(c.Concerns), Blank(c.AgreedActions),
                c.On, c.Actor.By, c.Actor.At)));
    }

    /// <summary>The mentor answers the milestone open today; the phone may send the same answer twice (offline, then synced).</summary>
    public static Decision Decide(AnswerHealthCheck c, MonitoredMatch match, MatchMonitoring? state, CheckInPolicy policy)
    {
        if (Retry(state, CheckInParty.Mentor, c.IdempotencyKey)) return Decision.Accept();
        if (Active(match) is { } refused) return refused;
        var milestone = HealthMilestones.OpenOn(match.ActiveFrom!.Value, c.Actor.Today, policy.HealthCheckWindowDays);
        if (milestone is null) return Decision.Reject(HealthCheckNotDue, "No health check is open for this match today.", "matchId");
        return Answer(CheckInParty.Mentor, milestone.Value, c.GoingWell, c.Supported, c.IdempotencyKey, c.Actor, match, state, policy);
    }

    /// <summary>A coordinator records the client's answers for a milestone reached (late too: clients are not always reachable on time).</summary>
    public static Decision Decide(RecordClientHealth c, MonitoredMatch match, MatchMonitoring? state, CheckInPolicy policy)
    {
        if (Retry(state, CheckInParty.Client, c.IdempotencyKey)) return Decision.Accept();
        if (Active(match) is { } refused) return refused;
        if (!HealthMilestones.Reached(match.ActiveFrom!.Value, c.Milestone, c.Actor.Today))
            return Decision.Reject(HealthCheckNotDue, "This milestone is not reached yet (1, 3, 6 or 12 months after the match began).", "milestone",
                MessageParam.Number("milestone", c.Milestone));
        return Answer(CheckInParty.Client, c.Milestone, c.GoingWell, c.Supported, c.IdempotencyKey, c.Actor, match, state, policy);
    }

    private static Decision Answer(CheckInParty source, int milestone, int goingWell, int supported, string key, Actor actor, MonitoredMatch match,
        MatchMonitoring? state, CheckInPolicy policy) => new Checks()
        .Require(goingWell is >= 1 and <= 5, RatingOutOfRange, "Answers are 1 to 5.", "goingWell")
        .Require(supported is >= 1 and <= 5, RatingOutOfRange, "Answers are 1 to 5.", "supported")
        .Require(Text.HasLength(key, 8, 100), ErrorCodes.Validation, "Send an idempotency key of 8 to 100 characters.", "idempotencyKey")
        .Require(state?.Health.Any(h => h.Source == source && h.Milestone == milestone) != true, HealthCheckAnswered,
            "This milestone's health check is already answered.", "matchId", MessageParam.Number("milestone", milestone))
        .Then(() =>
        {
            object answered = source == CheckInParty.Mentor
                ? new MatchHealthAnswered(match.MatchId, milestone, goingWell, supported, key, actor.By, actor.At)
                : new ClientHealthRecorded(match.MatchId, milestone, goingWell, supported, key, actor.By, actor.At);
            var previous = state?.Health.Where(h => h.Source == source && h.Milestone < milestone).MaxBy(h => h.Milestone)?.Rating;
            var rating = FallingRating.RatingOf(goingWell, supported);
            return FallingRating.Check(previous, rating, policy) is { } rule
                ? Decision.Accept(answered, new MatchHealthFalling(match.MatchId, DeterministicId.From("health-task", $"{match.MatchId}:{source}:{milestone}"),
                    source, milestone, rule, previous, rating, actor.Today, actor.At))
                : Decision.Accept(answered);
        });

    private static bool Retry(MatchMonitoring? state, CheckInParty source, string key) =>
        state?.Health.Any(h => h.Source == source && h.IdempotencyKey == key) == true;

    private static Decision? Active(MonitoredMatch match) => match.Stage == MatchStage.Active && match.ActiveFrom is not null
        ? null
        : Decision.Reject(MatchNotActive, "Only an active match is monitored.", "matchId", MessageParam.Enum("stage", match.Stage));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
