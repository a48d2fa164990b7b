using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

public enum ClientStage { Referred, Released, Closed }
public enum GoalStatus { Open, Achieved, Dropped }

/// <summary>Where a goal came from: the standard plan, a need assessed medium or high, or written by a person.</summary>
public enum GoalKind { Standard, Need, Own }

public sealed record Goal(Guid Id, string Title, NeedDomain? Domain, StandardGoal? Standard, DeadlineRule Rule, DateOnly Deadline,
    GoalStatus Status, DateOnly? AchievedOn, string? DropReason)
{
    /// <summary>
    /// Standard and need goals are named in the reader's language from their code; only an own goal's title is shown.
    /// A need goal is known by the title the decider gives it (<see cref="SupportPlan.NeedGoalTitle"/>), so goals
    /// recorded before this existed are recognised too.
    /// </summary>
    public GoalKind Kind => Standard is not null ? GoalKind.Standard
        : Domain is { } d && Title == SupportPlan.NeedGoalTitle(d) ? GoalKind.Need : GoalKind.Own;

    public bool IsOverdue(DateOnly today) => Status == GoalStatus.Open && Deadline < today;
}

public sealed record ClientPreferences(Gender? MentorGender, bool? LivedExperienceWanted, string? Language);

/// <summary>A referred person's case, folded from their stream; Marten keeps it as an inline snapshot.</summary>
public sealed record Client(
    Guid Id,
    ClientPerson Person,
    string PrisonCode,
    DateOnly ExpectedReleaseDate,
    DateOnly? ReleasedOn,
    ReleaseType ReleaseType,
    string DestinationMunicipality,
    Guid? ReferringOrganisationId,
    string ReferrerName,
    string? ReferrerContact,
    ClientStage Stage,
    IReadOnlyList<ConsentScope> Consent,
    DateOnly? ConsentGivenOn,
    bool ConsentWithdrawn,
    IReadOnlyList<NeedAssessment> Needs,
    string? NeedsSource,
    IReadOnlyList<RiskFlag> RiskFlags,
    ClientPreferences Preferences,
    int Meetings,
    DateOnly? LastMeetingOn,
    IReadOnlyList<Goal> Goals,
    CaseClosureReason? ClosureReason,
    DateTimeOffset ReferredAt,
    DateTimeOffset LastChangedAt) : Common.IVersioned
{
    public long Version { get; set; }
    /// <summary>Lower-cased name, for search and the likely-duplicate rule.</summary>
    public string SearchName { get; init; } = "";
    /// <summary>The person's open match (proposed, active or paused), kept by the match's own events (opened, closed).</summary>
    public Guid? OpenMatchId { get; init; }
    /// <summary>Has a mentor, or one proposed: not on the "no mentor yet" lists.</summary>
    public bool HasActiveMatch { get; init; }
    /// <summary>When consent was withdrawn (null while it stands); <see cref="Consent"/> is empty from then on.</summary>
    public DateOnly? ConsentWithdrawnOn { get; init; }

    /// <summary>The date deadlines hang on: the actual release once recorded, else the expected one.</summary>
    public DateOnly ReleaseDate => ReleasedOn ?? ExpectedReleaseDate;
    /// <summary>Consent withdrawn: the case is frozen, nothing is shared and no reminder goes out.</summary>
    public bool IsFrozen => ConsentWithdrawn && Stage != ClientStage.Closed;
    public bool HasConsent(ConsentScope scope) => !ConsentWithdrawn && Consent.Contains(scope);
    public bool CanBeMatched => Stage != ClientStage.Closed && HasConsent(ConsentScope.MentorContact);

    public static Client Create(ClientReferred e) => new(
        e.ClientId, e.Person, e.PrisonCode, e.ExpectedReleaseDate, null, e.ReleaseType, e.DestinationMunicipality,
        e.ReferringOrganisationId, e.ReferrerName, e.ReferrerContact, ClientStage.Referred, [], null, false, [], null, [],
        new ClientPreferences(null, null, null), 0, null, [], null, e.At, e.At)
    {
        SearchName = e.Person.Name.ToLowerInvariant(),
    };

    public Client Apply(ConsentRecorded e) =>
        this with { Consent = e.Scopes, ConsentGivenOn = e.GivenOn, ConsentWithdrawn = false, ConsentWithdrawnOn = null, LastChangedAt = e.At };
    // Withdrawn consent leaves no scope standing: nothing may be read as still consented to.
    public Client Apply(ConsentWithdrawn e) => this with { Consent = [], ConsentWithdrawn = true, ConsentWithdrawnOn = e.WithdrawnOn, LastChangedAt = e.At };
    public Client Apply(NeedsAssessed e) => this with { Needs = e.Needs, NeedsSource = e.Source, LastChangedAt = e.At };
    public Client Apply(RiskFlagsRecorded e) => this with { RiskFlags = e.Flags, LastChangedAt = e.At };
    public Client Apply(PreferencesRecorded e) => this with { Preferences = new ClientPreferences(e.MentorGender, e.LivedExperienceWanted, e.Language), LastChangedAt = e.At };
    public Client Apply(InterInstitutionalMeetingRecorded e) => this with
    {
        Meetings = Meetings + 1, LastMeetingOn = LastMeetingOn is { } last && last > e.HeldOn ? last : e.HeldOn, LastChangedAt = e.At,
    };
    public Client Apply(ReleaseDateChanged e) => Redate(this with { ExpectedReleaseDate = e.ExpectedReleaseDate, LastChangedAt = e.At });
    public Client Apply(ClientReleased e) => Redate(this with { ReleasedOn = e.ReleasedOn, Stage = ClientStage.Released, LastChangedAt = e.At });
    public Client Apply(CaseClosed e) => this with { Stage = ClientStage.Closed, ClosureReason = e.Reason, LastChangedAt = e.At };
    public Client Apply(CaseReopened e) => this with { Stage = ReleasedOn is null ? ClientStage.Referred : ClientStage.Released, ClosureReason = null, LastChangedAt = e.At };
    public Client Apply(GoalAdded e) => this with
    {
        Goals = [.. Goals, Plan.Added(e, ReleaseDate)],
        LastChangedAt = e.At,
    };
    public Client Apply(ClientMatchOpened e) => this with { OpenMatchId = e.MatchId, HasActiveMatch = true };
    // A late close of an older match does not clear a newer one.
    public Client Apply(ClientMatchClosed e) => OpenMatchId == e.MatchId ? this with { OpenMatchId = null, HasActiveMatch = false } : this;
    public Client Apply(GoalAchieved e) => WithGoal(e.GoalId, g => g with { Status = GoalStatus.Achieved, AchievedOn = e.AchievedOn }, e.At);
    public Client Apply(GoalDropped e) => WithGoal(e.GoalId, g => g with { Status = GoalStatus.Dropped, DropReason = e.Reason }, e.At);
    public Client Apply(GoalDeadlineChanged e) => WithGoal(e.GoalId, g => Plan.DeadlineSet(g, e.Deadline), e.At);

    private Client WithGoal(Guid id, Func<Goal, Goal> change, DateTimeOffset at) =>
        this with { Goals = Goals.Select(g => g.Id == id ? change(g) : g).ToList(), LastChangedAt = at };

    private static Client Redate(Client c) => c with { Goals = Plan.Redated(c.Goals, c.ReleaseDate) };
}
