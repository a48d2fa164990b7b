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
/// <summary>The sending side of an accepted transfer: the case is closed as TRANSFERRED.</summary>
public sealed record CloseCaseAsTransferred(Guid TransferId, Actor Actor);
public sealed record ReopenCase(string Note, Actor Actor);
public sealed record AddGoal(Guid GoalId, string Title, NeedDomain? Domain, DateOnly Deadline, Actor Actor);
public sealed record CompleteGoal(Guid GoalId, DateOnly AchievedOn, Actor Actor);
public sealed record DropGoal(Guid GoalId, string Reason, Actor Actor)
{
    /// <summary>A transfer carries the goal over as dropped; the sender's reason stays with the sender, so none is asked for.</summary>
    public bool CarriedOver { get; init; }
}
public sealed record ChangeGoalDeadline(Guid GoalId, DateOnly Deadline, string? Reason, Actor Actor);
/// <param name="On">For DONE: when it was done.</param>
/// <param name="Note">For NOT_NEEDED: why.</param>
public sealed record SetGoalStatus(Guid GoalId, GoalStatus Status, DateOnly On, string? Note, Actor Actor);
public sealed record SetGoalInstitution(Guid GoalId, Institution? Institution, Actor Actor);
public sealed record RecordDocumentObtained(DocumentKind Kind, DateOnly ObtainedOn, Actor Actor);
public sealed record UnrecordDocument(DocumentKind Kind, string? Reason, Actor Actor);
public sealed record RecordResidenceFacts(string? LastDeclaredResidenceMunicipality, bool? HasResidenceToDeclare, Actor Actor);
public sealed record RecordRefusal(Guid RefusalId, Institution Institution, HelpKind Help, RefusalReason Reason, DateOnly RefusedOn, string? Note,
    Guid? GoalId, Actor Actor)
{
    /// <summary>A transfer carries the refusal over; the sender's note stays with the sender, so an OTHER reason needs none here.</summary>
    public bool CarriedOver { get; init; }
}
public sealed record CloseRefusal(Guid RefusalId, string? Note, Actor Actor);
/// <summary>An appeal or retry of a refusal, as a goal of the plan; <paramref name="Title"/> defaults to the kind's name.</summary>
public sealed record PlanRefusalFollowUp(Guid RefusalId, Guid GoalId, FollowUpKind Kind, DateOnly Deadline, string? Title, Actor Actor);

/// <summary>A client already on record that looks like the one being referred.</summary>
public sealed record PossibleDuplicate(Guid ClientId, string Name, int BirthYear, string PrisonCode);
