using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

/// <summary>
/// How the person leaves: PRE_TRIAL_DETENTION (from pre-trial detention, not after serving a sentence) and SHORT_CUSTODY
/// (a short deprivation of liberty, up to three months) are among the survey's reasons social assistance is refused.
/// </summary>
public enum ReleaseType { EndOfSentence, ConditionalEarlyRelease, PreTrialDetention, ShortCustody, Other }
/// <summary>SHARE_WITH_SOCIAL_SERVICE: the person's path may be handed over to their municipality's social service for a limited time.
/// TRANSFER_TO_ANOTHER_NGO: the case may be offered to the NGO serving the municipality the person moves to.</summary>
public enum ConsentScope { Processing, MentorContact, AggregateReporting, ShareWithSocialService, TransferToAnotherNgo, GroupActivities }
public enum NeedLevel { None, Low, Medium, High }
public enum RiskFlag { ViolenceHistory, DomesticViolence, SexualOffence, RelapseRisk, SelfHarmRisk, RequiresExperiencedMentor, NoLivedExperienceOnlyPairing }
/// <summary>TRANSFERRED: another NGO accepted the case (only an accepted transfer closes a case so).</summary>
public enum CaseClosureReason { GoalsMet, MovedAway, Declined, Reincarcerated, NoContact, Died, Other, Transferred }

/// <summary>The person referred, as the referrer describes them.</summary>
public sealed record ClientPerson(string Name, Gender Gender, int BirthYear, IReadOnlyList<string> Languages, string? Contact);

public sealed record NeedAssessment(NeedDomain Domain, NeedLevel Level, string? Note);

/// <summary>A goal's deadline: fixed, or a number of months and days after the (expected or actual) release date.</summary>
public sealed record DeadlineRule(DateOnly? Fixed, int Months, int Days)
{
    public static DeadlineRule On(DateOnly date) => new(date, 0, 0);
    public static DeadlineRule AfterRelease(int months = 0, int days = 0) => new(null, months, days);
    /// <summary>Months count as the law counts them (<see cref="PathCalendar.OneMonthAfter"/>): the same day, or the month's last.</summary>
    public DateOnly DeadlineFor(DateOnly release) => Fixed ?? release.AddMonths(Months).AddDays(Days);
}

public enum StandardGoal { IdentityDocument, Residence, SocialAssistance, EmploymentAgency, FamilyDoctor, BankAccount }

public sealed record ClientReferred(
    Guid ClientId, ClientPerson Person, string PrisonCode, DateOnly ExpectedReleaseDate, ReleaseType ReleaseType,
    string DestinationMunicipality, Guid? ReferringOrganisationId, string ReferrerName, string? ReferrerContact,
    DateOnly? AlreadyReleasedOn, Guid By, DateTimeOffset At);
public sealed record ConsentRecorded(Guid ClientId, IReadOnlyList<ConsentScope> Scopes, DateOnly GivenOn, string DocumentReference, Guid By, DateTimeOffset At);
public sealed record ConsentWithdrawn(Guid ClientId, DateOnly WithdrawnOn, string? Note, Guid By, DateTimeOffset At);
public sealed record NeedsAssessed(Guid ClientId, IReadOnlyList<NeedAssessment> Needs, string Source, DateOnly AssessedOn, Guid By, DateTimeOffset At);
public sealed record RiskFlagsRecorded(Guid ClientId, IReadOnlyList<RiskFlag> Flags, string? Note, Guid By, DateTimeOffset At);
public sealed record PreferencesRecorded(Guid ClientId, Gender? MentorGender, bool? LivedExperienceWanted, string? Language, Guid By, DateTimeOffset At);
public sealed record InterInstitutionalMeetingRecorded(Guid ClientId, DateOnly HeldOn, IReadOnlyList<string> OrganisationsPresent, string Decisions, Guid By, DateTimeOffset At);
public sealed record ReleaseDateChanged(Guid ClientId, DateOnly ExpectedReleaseDate, string Reason, Guid By, DateTimeOffset At);
public sealed record ClientReleased(Guid ClientId, DateOnly ReleasedOn, Guid By, DateTimeOffset At);
public sealed record CaseClosed(Guid ClientId, CaseClosureReason Reason, string? Note, Guid By, DateTimeOffset At);
public sealed record CaseReopened(Guid ClientId, string Note, Guid By, DateTimeOffset At);
public sealed record GoalAdded(Guid ClientId, Guid GoalId, string Title, NeedDomain? Domain, StandardGoal? Standard, DeadlineRule Rule, Guid By, DateTimeOffset At)
{
    /// <summary>Where the step is taken; goals added before this was recorded take their standard goal's (<see cref="SupportPlan.InstitutionOf"/>).</summary>
    public Institution? Institution { get; init; }
    /// <summary>The refusal this goal appeals or retries, and which of the two it is.</summary>
    public Guid? FollowsRefusal { get; init; }
    public FollowUpKind? FollowUp { get; init; }
}
public sealed record GoalAchieved(Guid ClientId, Guid GoalId, DateOnly AchievedOn, Guid By, DateTimeOffset At);
public sealed record GoalDropped(Guid ClientId, Guid GoalId, string Reason, Guid By, DateTimeOffset At)
{
    /// <summary>Dropped at the NGO that transferred the case: its reason stayed there (<see cref="Reason"/> is empty).</summary>
    public bool CarriedOver { get; init; }
}
/// <summary>A match was proposed for the person: they have a mentor (or one is asked) until it is declined or ends.</summary>
public sealed record ClientMatchOpened(Guid ClientId, Guid MatchId, DateTimeOffset At);
public sealed record ClientMatchClosed(Guid ClientId, Guid MatchId, DateTimeOffset At);
/// <summary>
/// A transfer of the case to another NGO was offered. Appended at the version the offer read, so two offers made at once
/// meet on this stream: the second is a concurrency conflict, never a second pending transfer.
/// </summary>
public sealed record ClientTransferOffered(Guid ClientId, Guid TransferId, DateTimeOffset At);
public sealed record GoalDeadlineChanged(Guid ClientId, Guid GoalId, DateOnly Deadline, string? Reason, Guid By, DateTimeOffset At);

/// <summary>An open goal started, or set back to not started; done, not needed and refused have events of their own.</summary>
public sealed record GoalStatusChanged(Guid ClientId, Guid GoalId, GoalStatus Status, Guid By, DateTimeOffset At);
public sealed record GoalInstitutionChanged(Guid ClientId, Guid GoalId, Institution? Institution, Guid By, DateTimeOffset At);
/// <summary>A document of the checklist obtained (again: the date corrected).</summary>
public sealed record DocumentObtained(Guid ClientId, DocumentKind Kind, DateOnly ObtainedOn, Guid By, DateTimeOffset At);
/// <summary>A document recorded by mistake: the checklist shows it missing again.</summary>
public sealed record DocumentUnrecorded(Guid ClientId, DocumentKind Kind, string? Reason, Guid By, DateTimeOffset At);
/// <summary>Where the person last declared a residence before prison, and whether they have one to declare after release (null: not known).</summary>
public sealed record ResidenceFactsRecorded(Guid ClientId, string? LastDeclaredResidenceMunicipality, bool? HasResidenceToDeclare, Guid By, DateTimeOffset At);
/// <param name="GoalId">The goal the refusal stopped, if it was one; it is then refused.</param>
public sealed record RefusalRecorded(Guid ClientId, Guid RefusalId, Institution Institution, HelpKind Help, RefusalReason Reason, DateOnly RefusedOn,
    string? Note, Guid? GoalId, Guid By, DateTimeOffset At)
{
    /// <summary>Recorded at the NGO that transferred the case: its note stayed there (<see cref="Note"/> is null).</summary>
    public bool CarriedOver { get; init; }
}
/// <summary>The coordinator closed a refusal without an appeal or retry (accepted, moved on, or dealt with elsewhere).</summary>
public sealed record RefusalClosed(Guid ClientId, Guid RefusalId, DateOnly ClosedOn, string? Note, Guid By, DateTimeOffset At);

/// <summary>What came of going to an institution with the person: help granted, refused (a refusal is recorded with it), or not decided yet.</summary>
public enum AccompanimentResult { HelpGranted, Refused, Pending }

/// <summary>
/// The mentor went with the person to an institution (the survey: entering an office alone is a real barrier), logged
/// with the meeting it happened at (<paramref name="ContactId"/>). When help was refused there, the refusal is recorded in
/// the same write (<see cref="RefusalRecorded"/>, <paramref name="RefusalId"/>).
/// </summary>
public sealed record AccompaniedToInstitution(Guid ClientId, Guid ContactId, Institution Institution, HelpKind? Help, AccompanimentResult Result,
    DateOnly On, Guid? RefusalId, Guid By, DateTimeOffset At);

/// <summary>The meeting an accompaniment was logged with was retracted: the accompaniment no longer counts.</summary>
public sealed record AccompanimentRetracted(Guid ClientId, Guid ContactId, string Reason, Guid By, DateTimeOffset At);
