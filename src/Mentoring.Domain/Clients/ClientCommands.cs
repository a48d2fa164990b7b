using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

public sealed record ReferClient(
    Guid ClientId, ClientPerson Person, string PrisonCode, DateOnly ExpectedReleaseDate, ReleaseType ReleaseType,
    string DestinationMunicipality, Guid? ReferringOrganisationId, string ReferrerName, string? ReferrerContact,
    DateOnly? AlreadyReleasedOn, bool NotADuplicate, Actor Actor)
{
    /// <summary>The kind of the organisation named as referrer, as the registry knows it (null: not in the registry).</summary>
    public Organisations.OrganisationKind? ReferringOrganisationKind { get; init; }
}
public sealed record RecordConsent(IReadOnlyList<ConsentScope> Scopes, DateOnly GivenOn, string DocumentReference, Actor Actor);
public sealed record WithdrawConsent(DateOnly WithdrawnOn, string? Note, Actor Actor);
public sealed record AssessNeeds(IReadOnlyList<NeedAssessment> Needs, string Source, DateOnly AssessedOn, Actor Actor);
public sealed record RecordRiskFlags(IReadOnlyList<RiskFlag> Flags, string? Note, Actor Actor);
public sealed record RecordPreferences(Gender? MentorGender, bool? LivedExperienceWanted, string? Language, Actor Actor);
public sealed record RecordInterInstitutionalMeeting(DateOnly HeldOn, IReadOnlyList<string> OrganisationsPresent, string Decisions, Actor Actor);
public sealed record ChangeReleaseDate(DateOnly ExpectedReleaseDate, string Reason, Actor Actor);
public sealed record RecordRelease(DateOnly ReleasedOn, Actor Actor);
public sealed record CloseCase(CaseClosureReason Reason, string? Note, Actor Actor);
public sealed record ReopenCase(string Note, Actor Actor);
public sealed record AddGoal(Guid GoalId, string Title, NeedDomain? Domain, DateOnly Deadline, Actor Actor);
public sealed record CompleteGoal(Guid GoalId, DateOnly AchievedOn, Actor Actor);
public sealed record DropGoal(Guid GoalId, string Reason, Actor Actor);
public sealed record ChangeGoalDeadline(Guid GoalId, DateOnly Deadline, string? Reason, Actor Actor);

/// <summary>A client already on record that looks like the one being referred.</summary>
public sealed record PossibleDuplicate(Guid ClientId, string Name, int BirthYear, string PrisonCode);
