using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

public enum ReleaseType { EndOfSentence, ConditionalEarlyRelease, Other }
public enum ConsentScope { Processing, MentorContact, AggregateReporting }
public enum NeedLevel { None, Low, Medium, High }
public enum RiskFlag { ViolenceHistory, DomesticViolence, SexualOffence, RelapseRisk, SelfHarmRisk, RequiresExperiencedMentor, NoLivedExperienceOnlyPairing }
public enum CaseClosureReason { GoalsMet, MovedAway, Declined, Reincarcerated, NoContact, Died, Other }

/// <summary>The person referred, as the referrer describes them.</summary>
public sealed record ClientPerson(string Name, Gender Gender, int BirthYear, IReadOnlyList<string> Languages, string? Contact);

public sealed record NeedAssessment(NeedDomain Domain, NeedLevel Level, string? Note);

/// <summary>A goal's deadline: fixed, or a number of months and days after the (expected or actual) release date.</summary>
public sealed record DeadlineRule(DateOnly? Fixed, int Months, int Days)
{
    public static DeadlineRule On(DateOnly date) => new(date, 0, 0);
    public static DeadlineRule AfterRelease(int months = 0, int days = 0) => new(null, months, days);
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
public sealed record GoalAdded(Guid ClientId, Guid GoalId, string Title, NeedDomain? Domain, StandardGoal? Standard, DeadlineRule Rule, Guid By, DateTimeOffset At);
public sealed record GoalAchieved(Guid ClientId, Guid GoalId, DateOnly AchievedOn, Guid By, DateTimeOffset At);
public sealed record GoalDropped(Guid ClientId, Guid GoalId, string Reason, Guid By, DateTimeOffset At);
/// <summary>A match was proposed for the person: they have a mentor (or one is asked) until it is declined or ends.</summary>
public sealed record ClientMatchOpened(Guid ClientId, Guid MatchId, DateTimeOffset At);
public sealed record ClientMatchClosed(Guid ClientId, Guid MatchId, DateTimeOffset At);
public sealed record GoalDeadlineChanged(Guid ClientId, Guid GoalId, DateOnly Deadline, string? Reason, Guid By, DateTimeOffset At);
