using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Handovers;

namespace Mentoring.Api.Handovers;

public sealed record HandOverToSocialServiceInput
{
    public Guid ClientId { get; init; }
    public Guid SocialWorkerUserId { get; init; }
    public int? Days { get; init; }
    public bool IncludeNotes { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class HandOverToSocialServiceInputType : InputObjectGraphType<HandOverToSocialServiceInput>
{
    public HandOverToSocialServiceInputType()
    {
        Name = "HandOverToSocialServiceInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.SocialWorkerUserId, type: typeof(NonNullGraphType<IdGraphType>)).Description("From handoverRecipients.");
        Field(x => x.Days, nullable: true).Description($"How long the worker may read the path: {HandoverDecider.MinDays} to {HandoverDecider.MaxDays} days (default {HandoverDecider.DefaultDays}).");
        Field(x => x.IncludeNotes, nullable: true).Description("Include the free-text notes of needs and refusals (default: no).");
        Field(x => x.IdempotencyKey, nullable: true).Description("A retry with the same key answers with the hand-over already made.");
    }
}

public sealed record ExtendHandoverInput
{
    public Guid HandoverId { get; init; }
    public int Days { get; init; }
    public long? ExpectedVersion { get; init; }
}

public sealed class ExtendHandoverInputType : InputObjectGraphType<ExtendHandoverInput>
{
    public ExtendHandoverInputType()
    {
        Name = "ExtendHandoverInput";
        Field(x => x.HandoverId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Days).Description($"Days added to the current end; never beyond {HandoverDecider.MaxDays} days from today.");
        Field(x => x.ExpectedVersion, nullable: true);
    }
}

public sealed record RevokeHandoverInput
{
    public Guid HandoverId { get; init; }
    public long? ExpectedVersion { get; init; }
}

public sealed class RevokeHandoverInputType : InputObjectGraphType<RevokeHandoverInput>
{
    public RevokeHandoverInputType()
    {
        Name = "RevokeHandoverInput";
        Field(x => x.HandoverId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion, nullable: true);
    }
}

public sealed record RecordSocialServiceDecisionInput
{
    public Guid HandoverId { get; init; }
    public Guid? GoalId { get; init; }
    public HelpKind Help { get; init; }
    public SocialServiceDecision Decision { get; init; }
    public RefusalReason? Reason { get; init; }
    public DateOnly DecidedOn { get; init; }
    public string? Note { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class RecordSocialServiceDecisionInputType : InputObjectGraphType<RecordSocialServiceDecisionInput>
{
    public RecordSocialServiceDecisionInputType()
    {
        Name = "RecordSocialServiceDecisionInput";
        Field(x => x.HandoverId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("The goal of the plan it is about (required for GRANTED).");
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>));
        Field(x => x.Decision, type: typeof(NonNullGraphType<SocialServiceDecisionType>));
        Field(x => x.Reason, type: typeof(RefusalReasonType)).Description("Why help was refused (required for REFUSED; OTHER needs a note).");
        Field(x => x.DecidedOn);
        Field(x => x.Note, nullable: true);
        Field(x => x.IdempotencyKey, nullable: true).Description("A retry with the same key records the decision once.");
    }
}
