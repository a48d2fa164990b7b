using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Outcomes;

public sealed record AchievedGoal(StandardGoal? Standard, NeedDomain? Domain, DateOnly On, bool InTime);

/// <summary>A refusal as reporting counts it: its reason and day, never the institution's note.</summary>
public sealed record CountedRefusal(Guid Id, RefusalReason Reason, DateOnly On);

/// <summary>An accompaniment to an institution, by the meeting it was logged with (a retracted meeting takes it back).</summary>
public sealed record CountedAccompaniment(Guid ContactId, DateOnly On);

/// <summary>
/// What outcome reporting needs of a client's case, and nothing else (no name, no notes): an async projection of the
/// client stream, indexed by municipality and dates so a period's summary reads only that period's cases.
/// </summary>
public sealed record ClientOutcome(Guid Id, string Municipality, DateOnly ReferredOn, DateOnly ExpectedRelease, DateOnly? ReleasedOn,
    IReadOnlyList<Goal> Goals, IReadOnlyList<AchievedGoal> Achieved, CaseClosureReason? ClosureReason, DateOnly? ClosedOn)
{
    public DateOnly ReleaseDate => ReleasedOn ?? ExpectedRelease;

    /// <summary>
    /// The last day the case was open (far in the future while it is): stored and indexed with the municipality so a
    /// period's summary finds the cases open in it by one range, never "closed on is null or …", which no index answers.
    /// </summary>
    public DateOnly OpenUntil => ClosedOn ?? DateOnly.MaxValue;

    public static ClientOutcome Create(ClientReferred e) => new(e.ClientId, e.DestinationMunicipality, RigaCalendar.Day(e.At), e.ExpectedReleaseDate,
        e.AlreadyReleasedOn, [], [], null, null);

    /// <summary>
    /// The person consented to aggregated reporting to the municipality (and has not withdrawn): only then do they
    /// count in outcome summaries, even as "<5".
    /// </summary>
    public bool Reportable { get; init; }

    public ClientOutcome Apply(ConsentRecorded e) => this with { Reportable = e.Scopes.Contains(ConsentScope.AggregateReporting) };
    public ClientOutcome Apply(ConsentWithdrawn _) => this with { Reportable = false };
    // The plan's deadlines move with the release date here exactly as on the case (Plan): "applied in time" depends on it.
    public ClientOutcome Apply(ReleaseDateChanged e) => Redate(this with { ExpectedRelease = e.ExpectedReleaseDate });
    public ClientOutcome Apply(ClientReleased e) => Redate(this with { ReleasedOn = e.ReleasedOn });
    public ClientOutcome Apply(CaseClosed e) => this with { ClosureReason = e.Reason, ClosedOn = RigaCalendar.Day(e.At) };
    public ClientOutcome Apply(CaseReopened _) => this with { ClosureReason = null, ClosedOn = null };
    public ClientOutcome Apply(GoalAdded e) => this with
    {
        Goals = [.. Goals, Plan.Added(e, ReleaseDate, title: "")], // no titles in reporting
    };
    public ClientOutcome Apply(GoalDeadlineChanged e) => this with
    {
        Goals = Goals.Select(g => g.Id == e.GoalId ? Plan.DeadlineSet(g, e.Deadline) : g).ToList(),
    };
    public ClientOutcome Apply(GoalAchieved e) => Goals.FirstOrDefault(g => g.Id == e.GoalId) is { } goal
        ? this with { Achieved = [.. Achieved, new AchievedGoal(goal.Standard, goal.Domain, e.AchievedOn, e.AchievedOn <= goal.Deadline)] }
        : this;

    /// <summary>Refusals of help, one per refusal (recording one again corrects it).</summary>
    public IReadOnlyList<CountedRefusal> Refusals { get; init; } = [];
    /// <summary>Accompaniments that stand: those of a retracted meeting are gone.</summary>
    public IReadOnlyList<CountedAccompaniment> Accompaniments { get; init; } = [];
    /// <summary>The checklist's documents the person has, with the day each was obtained (at most one per kind).</summary>
    public IReadOnlyList<ObtainedDocument> Documents { get; init; } = [];

    public ClientOutcome Apply(RefusalRecorded e) => this with
    {
        Refusals = [.. Refusals.Where(r => r.Id != e.RefusalId), new CountedRefusal(e.RefusalId, e.Reason, e.RefusedOn)],
    };
    public ClientOutcome Apply(AccompaniedToInstitution e) => this with { Accompaniments = [.. Accompaniments, new CountedAccompaniment(e.ContactId, e.On)] };
    public ClientOutcome Apply(AccompanimentRetracted e) => this with { Accompaniments = [.. Accompaniments.Where(a => a.ContactId != e.ContactId)] };
    public ClientOutcome Apply(DocumentObtained e) => this with
    {
        Documents = [.. Documents.Where(d => d.Kind != e.Kind), new ObtainedDocument(e.Kind, e.ObtainedOn)],
    };
    public ClientOutcome Apply(DocumentUnrecorded e) => this with { Documents = [.. Documents.Where(d => d.Kind != e.Kind)] };

    private static ClientOutcome Redate(ClientOutcome o) => o with { Goals = Plan.Redated(o.Goals, o.ReleaseDate) };

}

/// <summary>
/// What outcome reporting needs of a match: its dates (an async projection). Its meetings are read from the contact log
/// (<see cref="Contacts.ContactLogQueries.DaysAsync"/>), so this document does not grow with them.
/// </summary>
public sealed record MatchOutcome(Guid Id, Guid ClientId, DateOnly ProposedOn, DateOnly? ActiveFrom, DateOnly? EndedOn, MatchEndReason? EndReason)
{
    public static MatchOutcome Create(MatchProposed e) => new(e.MatchId, e.ClientId, RigaCalendar.Day(e.At), null, null, null);
    public MatchOutcome Apply(MatchActivated e) => this with { ActiveFrom = e.ActiveFrom };
    public MatchOutcome Apply(MatchEnded e) => this with { EndedOn = e.EndedOn, EndReason = e.Reason };
    public MatchOutcome Apply(MentorDeclinedMatch e) => this with { EndedOn = RigaCalendar.Day(e.At) };
}
