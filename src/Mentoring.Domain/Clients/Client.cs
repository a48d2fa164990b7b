using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

public enum ClientStage { Referred, Released, Closed }
/// <summary>
/// A step of the path: not started, in progress, done, refused (a refusal was recorded against it) or not needed. Goals
/// recorded as open, achieved or dropped before these existed read as NOT_STARTED, DONE and NOT_NEEDED (their events
/// fold so, and <see cref="GoalStatusJson"/> reads snapshots stored with the old names).
/// </summary>
public enum GoalStatus { NotStarted, InProgress, Done, Refused, NotNeeded }

/// <summary>Where a goal came from: the standard plan, a need assessed medium or high, an appeal or retry of a refusal, or written by a person.</summary>
public enum GoalKind { Standard, Need, FollowUp, Own }

public sealed record Goal(Guid Id, string Title, NeedDomain? Domain, StandardGoal? Standard, DeadlineRule Rule, DateOnly Deadline,
    GoalStatus Status, DateOnly? AchievedOn, string? DropReason)
{
    /// <summary>
    /// Standard and need goals are named in the reader's language from their code; only an own goal's title is shown.
    /// A need goal is known by the title the decider gives it (<see cref="SupportPlan.NeedGoalTitle"/>), so goals
    /// recorded before this existed are recognised too.
    /// </summary>
    public GoalKind Kind => Standard is not null ? GoalKind.Standard
        : FollowsRefusal is not null ? GoalKind.FollowUp
        : Domain is { } d && Title == SupportPlan.NeedGoalTitle(d) ? GoalKind.Need : GoalKind.Own;

    /// <summary>Where the step is taken.</summary>
    public Institution? Institution { get; init; }
    /// <summary>Dropped at the NGO that transferred the case; the reason stayed there.</summary>
    public bool DropReasonCarriedOver { get; init; }
    /// <summary>For an appeal or retry: the refusal it follows up, and which of the two it is.</summary>
    public Guid? FollowsRefusal { get; init; }
    public FollowUpKind? FollowUp { get; init; }
    /// <summary>For a refused goal: the refusal recorded against it.</summary>
    public Guid? RefusedBy { get; init; }
    /// <summary>Directory entries attached to the goal (<see cref="GoalServiceAttached"/>), by id.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>Still to do: not started or in progress. Done, refused and not needed goals do not change any more.</summary>
    public bool IsOpen => Status is GoalStatus.NotStarted or GoalStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && Deadline < today;
}

public sealed record ClientPreferences(Gender? MentorGender, bool? LivedExperienceWanted, string? Language);

/// <summary>A referred person's case, folded from their stream; Marten keeps it as an inline snapshot.</summary>
public sealed partial record Client(
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
    /// <summary>The documents checklist: what the person has, each once, with the day obtained.</summary>
    public IReadOnlyList<ObtainedDocument> Documents { get; init; } = [];
    /// <summary>Municipality code of the last residence declared before prison (null: not known).</summary>
    public string? LastDeclaredResidenceMunicipality { get; init; }
    /// <summary>Whether the person has a residence to declare after release (null: not known).</summary>
    public bool? HasResidenceToDeclare { get; init; }
    /// <summary>Refusals of help, oldest first.</summary>
    public IReadOnlyList<Refusal> Refusals { get; init; } = [];
    /// <summary>A refusal waits on the coordinator's desk (indexed: the desk's list reads only these cases).</summary>
    public bool HasOpenRefusal { get; init; }
    /// <summary>Institutions the mentor went to with the person, logged with meetings, oldest first (retracted ones marked).</summary>
    public IReadOnlyList<Accompaniment> Accompaniments { get; init; } = [];

    /// <summary>
    /// The one-month deadline of the social-assistance application while it is not filed and the case is open (null
    /// otherwise): stored and indexed, so the desk's list of deadlines near or passed reads only those cases.
    /// </summary>
    public DateOnly? ApplicationDueOn => Stage != ClientStage.Closed && SocialAssistanceApplication.IsPending(Goals)
        ? SocialAssistanceApplication.Deadline(ReleaseDate)
        : null;

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
    public Client Apply(GoalAdded e)
    {
        var added = this with { Goals = [.. Goals, Plan.Added(e, ReleaseDate)], LastChangedAt = e.At };
        // An appeal or retry takes its refusal off the desk.
        return e.FollowsRefusal is { } refusal
            ? added.WithRefusal(refusal, r => r with { FollowUpGoals = [.. r.FollowUpGoals, e.GoalId] }, e.At)
            : added;
    }
    public Client Apply(ClientMatchOpened e) => this with { OpenMatchId = e.MatchId, HasActiveMatch = true };
    // A late close of an older match does not clear a newer one.
    public Client Apply(ClientMatchClosed e) => OpenMatchId == e.MatchId ? this with { OpenMatchId = null, HasActiveMatch = false } : this;
    /// <summary>Changes nothing the case shows (the transfer is its own stream); it moves the version, which is its point.</summary>
    public Client Apply(ClientTransferOffered e) => this;
    public Client Apply(GoalAchieved e) => WithGoal(e.GoalId, g => g with { Status = GoalStatus.Done, AchievedOn = e.AchievedOn }, e.At);
    public Client Apply(GoalDropped e) =>
        WithGoal(e.GoalId, g => g with { Status = GoalStatus.NotNeeded, DropReason = e.CarriedOver ? null : e.Reason, DropReasonCarriedOver = e.CarriedOver }, e.At);
    public Client Apply(GoalDeadlineChanged e) => WithGoal(e.GoalId, g => Plan.DeadlineSet(g, e.Deadline), e.At);
    public Client Apply(GoalStatusChanged e) => WithGoal(e.GoalId, g => g with { Status = e.Status }, e.At);
    public Client Apply(GoalInstitutionChanged e) => WithGoal(e.GoalId, g => g with { Institution = e.Institution }, e.At);

    public Client Apply(DocumentObtained e) => this with
    {
        Documents = [.. Documents.Where(d => d.Kind != e.Kind), new ObtainedDocument(e.Kind, e.ObtainedOn)], LastChangedAt = e.At,
    };
    public Client Apply(DocumentUnrecorded e) => this with { Documents = [.. Documents.Where(d => d.Kind != e.Kind)], LastChangedAt = e.At };
    public Client Apply(ResidenceFactsRecorded e) => this with
    {
        LastDeclaredResidenceMunicipality = e.LastDeclaredResidenceMunicipality, HasResidenceToDeclare = e.HasResidenceToDeclare, LastChangedAt = e.At,
    };

    public Client Apply(RefusalRecorded e)
    {
        var refused = e.GoalId is { } goalId ? WithGoal(goalId, g => g with { Status = GoalStatus.Refused, RefusedBy = e.RefusalId }, e.At) : this;
        return WithRefusals(refused, [.. Refusals, new Refusal(e.RefusalId, e.Institution, e.Help, e.Reason, e.RefusedOn, e.Note, e.GoalId) { NoteCarriedOver = e.CarriedOver }], e.At);
    }
    public Client Apply(RefusalClosed e) => WithRefusal(e.RefusalId, r => r with { ClosedOn = e.ClosedOn, CloseNote = e.Note }, e.At);

    public Client Apply(AccompaniedToInstitution e) => this with
    {
        Accompaniments = [.. Accompaniments, new Accompaniment(e.ContactId, e.Institution, e.Help, e.Result, e.On, e.RefusalId)], LastChangedAt = e.At,
    };
    public Client Apply(AccompanimentRetracted e) => this with
    {
        Accompaniments = [.. Accompaniments.Select(a => a.ContactId == e.ContactId ? a with { Retracted = true } : a)], LastChangedAt = e.At,
    };

    private Client WithGoal(Guid id, Func<Goal, Goal> change, DateTimeOffset at) =>
        this with { Goals = Goals.Select(g => g.Id == id ? change(g) : g).ToList(), LastChangedAt = at };

    private Client WithRefusal(Guid id, Func<Refusal, Refusal> change, DateTimeOffset at) =>
        WithRefusals(this, [.. Refusals.Select(r => r.Id == id ? change(r) : r)], at);

    private static Client WithRefusals(Client c, IReadOnlyList<Refusal> refusals, DateTimeOffset at) =>
        c with { Refusals = refusals, HasOpenRefusal = refusals.Any(r => r.IsOpen), LastChangedAt = at };

    private static Client Redate(Client c) => c with { Goals = Plan.Redated(c.Goals, c.ReleaseDate) };
}
