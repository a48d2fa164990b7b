namespace Mentoring.Domain.Mentors;

/// <summary>Who acted and when; every command carries it.</summary>
public sealed record Actor(Guid By, DateTimeOffset At, DateOnly Today);

public sealed record SubmitMentorApplication(Guid MentorId, MentorProfile Profile, ApplicationChannel Channel, bool EmailAlreadyApplied, Actor Actor);
public sealed record RecordScreeningInterview(DateOnly HeldOn, string Interviewer, InterviewOutcome Outcome, string? Note, Actor Actor);
public sealed record RecordReference(string RefereeName, string Relationship, ReferenceOutcome Outcome, DateOnly ReceivedOn, Actor Actor);
public sealed record RecordBackgroundCheck(DateOnly CheckedOn, BackgroundCheckOutcome Outcome, DateOnly? ExpiresOn, Actor Actor);
public sealed record RecordTrainingCompleted(string Module, DateOnly CompletedOn, Actor Actor);
public sealed record SignConfidentialityAgreement(DateOnly SignedOn, string DocumentReference, Actor Actor);
public sealed record ApproveMentor(Actor Actor);
public sealed record RejectMentor(RejectionReason Reason, string? Note, Actor Actor);
public sealed record SuspendMentor(string Reason, Actor Actor);
public sealed record ReinstateMentor(string Note, Actor Actor);
public sealed record WithdrawMentor(string? Reason, Actor Actor);
public sealed record RecordSupervisionSession(DateOnly HeldOn, string Supervisor, string? Note, Actor Actor);
public sealed record ChangeMentorAvailability(IReadOnlyList<AvailabilitySlot> Availability, Actor Actor);
public sealed record ChangeMentorCapacity(int Capacity, Actor Actor);
public sealed record ChangeMentorProfile(MentorProfile Profile, Actor Actor);
