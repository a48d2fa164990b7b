using Mentoring.Domain.Common;

namespace Mentoring.Domain.Mentors;

public enum Gender { Female, Male, Other, Undisclosed }

public enum DayPart { Morning, Afternoon, Evening }

/// <summary>A weekly slot when the mentor can meet, e.g. Tuesday evening.</summary>
public sealed record AvailabilitySlot(DayOfWeek Day, DayPart Part);

/// <summary>Lived experience is the point of peer mentoring: prison, and years of stable remission if any.</summary>
public sealed record LivedExperience(bool Incarceration, int? RemissionYears);

public sealed record MentorProfile(
    string Name,
    string Email,
    string? Phone,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Municipalities,
    Gender Gender,
    int BirthYear,
    LivedExperience LivedExperience,
    IReadOnlyList<NeedDomain> Specialities,
    IReadOnlyList<AvailabilitySlot> Availability,
    int Capacity,
    string Motivation);

public enum ApplicationChannel { PublicForm, Coordinator }
public enum InterviewOutcome { Recommended, NotRecommended }
public enum ReferenceOutcome { Positive, Negative }
public enum BackgroundCheckOutcome { Clear, Concerns, Disqualifying }
public enum RejectionReason { DisqualifyingBackgroundCheck, InterviewNotRecommended, NegativeReferences, NotSuitableNow, Unreachable, Other }

public sealed record MentorApplicationSubmitted(Guid MentorId, MentorProfile Profile, ApplicationChannel Channel, DateTimeOffset SubmittedAt);
public sealed record ScreeningInterviewRecorded(Guid MentorId, DateOnly HeldOn, string Interviewer, InterviewOutcome Outcome, string? Note, Guid By, DateTimeOffset At);
public sealed record ReferenceRecorded(Guid MentorId, string RefereeName, string Relationship, ReferenceOutcome Outcome, DateOnly ReceivedOn, Guid By, DateTimeOffset At);
public sealed record BackgroundCheckRecorded(Guid MentorId, DateOnly CheckedOn, BackgroundCheckOutcome Outcome, DateOnly ExpiresOn, Guid By, DateTimeOffset At);
/// <param name="SessionId">The training session it was part of (<see cref="TrainingSessionHeld"/>); null for events recorded before sessions existed.</param>
/// <param name="Minutes">The learning time it counts; null (stored before durations were recorded) counts 0.</param>
/// <param name="ModuleCode">The catalogue module's code (<see cref="TrainingCatalogue"/>); null before the catalogue existed.</param>
public sealed record TrainingModuleCompleted(Guid MentorId, string Module, DateOnly CompletedOn, Guid By, DateTimeOffset At,
    Guid? SessionId = null, int? Minutes = null, string? ModuleCode = null);
public sealed record ConfidentialityAgreementSigned(Guid MentorId, DateOnly SignedOn, string DocumentReference, Guid By, DateTimeOffset At);
public sealed record MentorApproved(Guid MentorId, Guid By, DateTimeOffset At);
public sealed record MentorRejected(Guid MentorId, RejectionReason Reason, string? Note, Guid By, DateTimeOffset At);
public sealed record MentorSuspended(Guid MentorId, string Reason, Guid By, DateTimeOffset At);
public sealed record MentorReinstated(Guid MentorId, string Note, Guid By, DateTimeOffset At);
public sealed record MentorWithdrew(Guid MentorId, string? Reason, Guid By, DateTimeOffset At);
/// <param name="SessionId">The session it was part of (<see cref="SupervisionSessionHeld"/>); null for events recorded before sessions existed.</param>
/// <param name="Minutes">The session's length; null (stored before durations were recorded) counts 0.</param>
public sealed record SupervisionSessionRecorded(Guid MentorId, DateOnly HeldOn, string Supervisor, string? Note, Guid By, DateTimeOffset At,
    Guid? SessionId = null, int? Minutes = null, SupervisionKind? Kind = null);
/// <summary>The coordinator who supervises the mentor from now on (a user of the NGO with the Coordinator role).</summary>
public sealed record MentorSupervisorAssigned(Guid MentorId, Guid SupervisorUserId, Guid By, DateTimeOffset At);
public sealed record MentorAvailabilityChanged(Guid MentorId, IReadOnlyList<AvailabilitySlot> Availability, Guid By, DateTimeOffset At);
public sealed record MentorCapacityChanged(Guid MentorId, int Capacity, Guid By, DateTimeOffset At);
public sealed record MentorProfileChanged(Guid MentorId, MentorProfile Profile, Guid By, DateTimeOffset At);
