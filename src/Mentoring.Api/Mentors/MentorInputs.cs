using GraphQL.Types;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Mentors;

public sealed record AvailabilitySlotInput
{
    public DayOfWeek Day { get; init; }
    public DayPart Part { get; init; }
}

public sealed record MentorProfileInput
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public string? Phone { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Municipalities { get; init; } = [];
    public Gender Gender { get; init; } = Gender.Undisclosed;
    public int BirthYear { get; init; }
    public bool Incarceration { get; init; }
    public int? RemissionYears { get; init; }
    public IReadOnlyList<NeedDomain> Specialities { get; init; } = [];
    public IReadOnlyList<AvailabilitySlotInput> Availability { get; init; } = [];
    public int? Capacity { get; init; }
    public string Motivation { get; init; } = "";

    public MentorProfile ToProfile() => new(Name ?? "", Email ?? "", Phone, Languages, Municipalities, Gender, BirthYear,
        new LivedExperience(Incarceration, RemissionYears), Specialities,
        Availability.Select(a => new AvailabilitySlot(a.Day, a.Part)).ToList(), Capacity ?? MentorDecider.DefaultCapacity, Motivation ?? "");
}

public sealed class AvailabilitySlotInputType : InputObjectGraphType<AvailabilitySlotInput>
{
    public AvailabilitySlotInputType()
    {
        Name = "AvailabilitySlotInput";
        Field(x => x.Day, type: typeof(NonNullGraphType<WeekdayType>));
        Field(x => x.Part, type: typeof(NonNullGraphType<DayPartType>));
    }
}

public sealed class MentorProfileInputType : InputObjectGraphType<MentorProfileInput>
{
    public MentorProfileInputType()
    {
        Name = "MentorProfileInput";
        Field(x => x.Name);
        Field(x => x.Email);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Languages).Description("ISO 639 codes, e.g. lv, ru, en, ltg, uk.");
        Field(x => x.Municipalities).Description("Codes of the municipalities the mentor can serve.");
        Field(x => x.Gender, type: typeof(NonNullGraphType<GenderType>));
        Field(x => x.BirthYear);
        Field(x => x.Incarceration).Description("Has served a prison sentence.");
        Field(x => x.RemissionYears, nullable: true).Description("Years of stable remission from addiction, if any.");
        Field(x => x.Specialities, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>));
        Field(x => x.Availability, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilitySlotInputType>>>));
        Field(x => x.Capacity, nullable: true).Description("People at a time, 1 to 5; default 2.");
        Field(x => x.Motivation);
    }
}

public sealed record SubmitMentorApplicationInput
{
    public Guid OrganisationId { get; init; }
    public MentorProfileInput Profile { get; init; } = new();
    public string? IdempotencyKey { get; init; }
}

public sealed class SubmitMentorApplicationInputType : InputObjectGraphType<SubmitMentorApplicationInput>
{
    public SubmitMentorApplicationInputType()
    {
        Name = "SubmitMentorApplicationInput";
        Field(x => x.OrganisationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The NGO applied to.");
        Field(x => x.Profile, type: typeof(NonNullGraphType<MentorProfileInputType>));
        Field(x => x.IdempotencyKey, nullable: true).Description("Send the same key when retrying: one application results.");
    }
}

/// <summary>Every command on an existing mentor names the mentor and the version the caller saw.</summary>
public abstract record MentorCommandInput
{
    public Guid MentorId { get; init; }
    public long ExpectedVersion { get; init; }
}

public abstract class MentorCommandInputType<T> : InputObjectGraphType<T> where T : MentorCommandInput
{
    protected MentorCommandInputType(string name)
    {
        Name = name;
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The mentor's version you read; a newer one means someone else acted first.");
    }
}

public sealed record RecordScreeningInterviewInput : MentorCommandInput
{
    public DateOnly HeldOn { get; init; }
    public string Interviewer { get; init; } = "";
    public InterviewOutcome Outcome { get; init; }
    public string? Note { get; init; }
}

public sealed class RecordScreeningInterviewInputType : MentorCommandInputType<RecordScreeningInterviewInput>
{
    public RecordScreeningInterviewInputType() : base("RecordScreeningInterviewInput")
    {
        Field(x => x.HeldOn);
        Field(x => x.Interviewer);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<InterviewOutcomeType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed record RecordReferenceInput : MentorCommandInput
{
    public string RefereeName { get; init; } = "";
    public string Relationship { get; init; } = "";
    public ReferenceOutcome Outcome { get; init; }
    public DateOnly ReceivedOn { get; init; }
}

public sealed class RecordReferenceInputType : MentorCommandInputType<RecordReferenceInput>
{
    public RecordReferenceInputType() : base("RecordReferenceInput")
    {
        Field(x => x.RefereeName);
        Field(x => x.Relationship);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<ReferenceOutcomeType>));
        Field(x => x.ReceivedOn);
    }
}

public sealed record RecordBackgroundCheckInput : MentorCommandInput
{
    public DateOnly CheckedOn { get; init; }
    public BackgroundCheckOutcome Outcome { get; init; }
    public DateOnly? ExpiresOn { get; init; }
}

public sealed class RecordBackgroundCheckInputType : MentorCommandInputType<RecordBackgroundCheckInput>
{
    public RecordBackgroundCheckInputType() : base("RecordBackgroundCheckInput")
    {
        Field(x => x.CheckedOn);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<BackgroundCheckOutcomeType>));
        Field(x => x.ExpiresOn, nullable: true).Description("Default: the check date plus the policy's validity.");
    }
}

public sealed record RecordTrainingCompletedInput : MentorCommandInput
{
    public string Module { get; init; } = "";
    public DateOnly CompletedOn { get; init; }
}

public sealed class RecordTrainingCompletedInputType : MentorCommandInputType<RecordTrainingCompletedInput>
{
    public RecordTrainingCompletedInputType() : base("RecordTrainingCompletedInput")
    {
        Field(x => x.Module);
        Field(x => x.CompletedOn);
    }
}

public sealed record SignConfidentialityAgreementInput : MentorCommandInput
{
    public DateOnly SignedOn { get; init; }
    public string DocumentReference { get; init; } = "";
}

public sealed class SignConfidentialityAgreementInputType : MentorCommandInputType<SignConfidentialityAgreementInput>
{
    public SignConfidentialityAgreementInputType() : base("SignConfidentialityAgreementInput")
    {
        Field(x => x.SignedOn);
        Field(x => x.DocumentReference);
    }
}

public sealed record ApproveMentorInput : MentorCommandInput;

public sealed class ApproveMentorInputType : MentorCommandInputType<ApproveMentorInput>
{
    public ApproveMentorInputType() : base("ApproveMentorInput") { }
}

public sealed record RejectMentorInput : MentorCommandInput
{
    public RejectionReason Reason { get; init; }
    public string? Note { get; init; }
}

public sealed class RejectMentorInputType : MentorCommandInputType<RejectMentorInput>
{
    public RejectMentorInputType() : base("RejectMentorInput")
    {
        Field(x => x.Reason, type: typeof(NonNullGraphType<RejectionReasonType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed record ReasonInput : MentorCommandInput
{
    public string? Reason { get; init; }
}

public sealed class SuspendMentorInputType : MentorCommandInputType<ReasonInput>
{
    public SuspendMentorInputType() : base("SuspendMentorInput") => Field(x => x.Reason);
}

public sealed class ReinstateMentorInputType : MentorCommandInputType<ReasonInput>
{
    public ReinstateMentorInputType() : base("ReinstateMentorInput") => Field(x => x.Reason).Description("Why the mentor may meet people again.");
}

public sealed class WithdrawMentorInputType : MentorCommandInputType<ReasonInput>
{
    public WithdrawMentorInputType() : base("WithdrawMentorInput") => Field(x => x.Reason, nullable: true);
}

public sealed record RecordSupervisionSessionInput : MentorCommandInput
{
    public DateOnly HeldOn { get; init; }
    public string Supervisor { get; init; } = "";
    public string? Note { get; init; }
}

public sealed class RecordSupervisionSessionInputType : MentorCommandInputType<RecordSupervisionSessionInput>
{
    public RecordSupervisionSessionInputType() : base("RecordSupervisionSessionInput")
    {
        Field(x => x.HeldOn);
        Field(x => x.Supervisor);
        Field(x => x.Note, nullable: true);
    }
}

public sealed record ChangeMentorCapacityInput : MentorCommandInput
{
    public int Capacity { get; init; }
}

public sealed class ChangeMentorCapacityInputType : MentorCommandInputType<ChangeMentorCapacityInput>
{
    public ChangeMentorCapacityInputType() : base("ChangeMentorCapacityInput") => Field(x => x.Capacity);
}

public sealed record ChangeMentorAvailabilityInput : MentorCommandInput
{
    public IReadOnlyList<AvailabilitySlotInput> Availability { get; init; } = [];
}

public sealed class ChangeMentorAvailabilityInputType : MentorCommandInputType<ChangeMentorAvailabilityInput>
{
    public ChangeMentorAvailabilityInputType() : base("ChangeMentorAvailabilityInput") =>
        Field(x => x.Availability, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilitySlotInputType>>>));
}

public sealed record UpdateMentorProfileInput : MentorCommandInput
{
    public MentorProfileInput Profile { get; init; } = new();
}

public sealed class UpdateMentorProfileInputType : MentorCommandInputType<UpdateMentorProfileInput>
{
    public UpdateMentorProfileInputType() : base("UpdateMentorProfileInput") =>
        Field(x => x.Profile, type: typeof(NonNullGraphType<MentorProfileInputType>));
}
