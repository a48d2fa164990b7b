using Mentoring.Domain.Common;

namespace Mentoring.Domain.Monitoring;

public sealed record StaffCheckIn(Guid Id, CheckInParty With, CheckInMode Mode, int HealthRating, string? Concerns, string? AgreedActions, DateOnly On,
    Guid By, DateTimeOffset At);

/// <summary>One side's answers at one milestone.</summary>
public sealed record HealthCheck(CheckInParty Source, int Milestone, int GoingWell, int Supported, string IdempotencyKey, DateOnly On, Guid By)
{
    public int Rating => FallingRating.RatingOf(GoingWell, Supported);
}

public sealed record HealthTask(Guid Id, CheckInParty Source, int Milestone, HealthTaskRule Rule, int? From, int To, DateOnly RaisedOn)
{
    /// <summary>The staff check-in that closed it: the coordinator has spoken to the match since.</summary>
    public Guid? ClosedBy { get; init; }
    public bool IsOpen => ClosedBy is null;
}

/// <summary>
/// Programme staff's monitoring of one match: check-ins, health checks and the tasks they raised (Marten inline snapshot).
/// Its own stream, one per match (<see cref="StreamOf"/>), not the match's: the mentor's phone appends meetings to the
/// match stream with retries on every conflict, and a coordinator's check-in or a health answer there would race them for
/// the stream's version and grow the match's state; monitoring decisions need only the match's stage, dates and mentor,
/// which they read from the match's snapshot.
/// </summary>
public sealed record MatchMonitoring(Guid Id, Guid MatchId, IReadOnlyList<StaffCheckIn> CheckIns, IReadOnlyList<HealthCheck> Health,
    IReadOnlyList<HealthTask> Tasks) : IVersioned
{
    public long Version { get; set; }

    public static Guid StreamOf(Guid matchId) => DeterministicId.From("match-monitoring", matchId.ToString());

    public static MatchMonitoring Empty(Guid matchId) => new(StreamOf(matchId), matchId, [], [], []);

    public IEnumerable<DateOnly> CheckInDays(CheckInParty with) => CheckIns.Where(c => c.With == with).Select(c => c.On);

    public HealthCheck? LastHealth(CheckInParty source) => Health.Where(h => h.Source == source).MaxBy(h => h.Milestone);

    public static MatchMonitoring Create(StaffCheckInLogged e) => Empty(e.MatchId).Apply(e);
    public static MatchMonitoring Create(MatchHealthAnswered e) => Empty(e.MatchId).Apply(e);
    public static MatchMonitoring Create(ClientHealthRecorded e) => Empty(e.MatchId).Apply(e);
    public static MatchMonitoring Create(MatchClosureOpened e) => Empty(e.MatchId).Apply(e);

    /// <summary>
    /// The closure step, opened by the match's end. Matches ended before closure steps existed have none (null): their
    /// ending stays as it was recorded, and nothing asks a coordinator to close them again.
    /// </summary>
    public MatchClosure? Closure { get; init; }

    public MatchMonitoring Apply(MatchClosureOpened e) => Closure is null ? this with { Closure = MatchClosure.Opened(e) } : this;
    public MatchMonitoring Apply(ClosingConversationRecorded e) => Closure is null ? this : this with { Closure = Closure.Apply(e) };
    public MatchMonitoring Apply(ClosingSideUnreached e) => Closure is null ? this : this with { Closure = Closure.Apply(e) };
    public MatchMonitoring Apply(RematchDecided e) => Closure is null ? this : this with { Closure = Closure.Apply(e) };
    public MatchMonitoring Apply(MatchClosureCompleted e) => Closure is null ? this : this with { Closure = Closure.Apply(e) };

    public MatchMonitoring Apply(StaffCheckInLogged e) => this with
    {
        CheckIns = [.. CheckIns, new StaffCheckIn(e.CheckInId, e.With, e.Mode, e.HealthRating, e.Concerns, e.AgreedActions, e.On, e.By, e.At)],
        Tasks = Tasks.Select(t => t.IsOpen ? t with { ClosedBy = e.CheckInId } : t).ToList(),
    };

    public MatchMonitoring Apply(MatchHealthAnswered e) => this with
    {
        Health = [.. Health, new HealthCheck(CheckInParty.Mentor, e.Milestone, e.GoingWell, e.Supported, e.IdempotencyKey, RigaCalendar.Day(e.At), e.By)],
    };

    public MatchMonitoring Apply(ClientHealthRecorded e) => this with
    {
        Health = [.. Health, new HealthCheck(CheckInParty.Client, e.Milestone, e.GoingWell, e.Supported, e.IdempotencyKey, RigaCalendar.Day(e.At), e.By)],
    };

    public MatchMonitoring Apply(MatchHealthFalling e) => this with
    {
        Tasks = [.. Tasks, new HealthTask(e.TaskId, e.Source, e.Milestone, e.Rule, e.From, e.To, e.RaisedOn)],
    };
}
