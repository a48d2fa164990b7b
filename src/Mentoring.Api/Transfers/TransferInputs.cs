using GraphQL.Types;
using Mentoring.Domain.Transfers;

namespace Mentoring.Api.Transfers;

public sealed record TransferCaseInput
{
    public Guid ClientId { get; init; }
    public string NewMunicipality { get; init; } = "";
    public Guid NgoOrganisationId { get; init; }
    public string Reason { get; init; } = "";
    public string? IdempotencyKey { get; init; }
}

public sealed class TransferCaseInputType : InputObjectGraphType<TransferCaseInput>
{
    public TransferCaseInputType()
    {
        Name = "TransferCaseInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NewMunicipality).Description("Municipality code of the person's new home.");
        Field(x => x.NgoOrganisationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("One of transferDestinations(municipality).");
        Field(x => x.Reason).Description("Why the case moves; the receiving NGO reads it.");
        Field(x => x.IdempotencyKey, nullable: true).Description("A retry with the same key answers with the transfer already offered.");
    }
}

public sealed record AcceptTransferInput
{
    public Guid TransferId { get; init; }
    public long? ExpectedVersion { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class AcceptTransferInputType : InputObjectGraphType<AcceptTransferInput>
{
    public AcceptTransferInputType()
    {
        Name = "AcceptTransferInput";
        Field(x => x.TransferId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion, nullable: true).Description("The transfer's version you read (not checked on a retry with an idempotency key).");
        Field(x => x.IdempotencyKey, nullable: true).Description("A retry with the same key answers with the case already created.");
    }
}

public sealed record DeclineTransferInput
{
    public Guid TransferId { get; init; }
    public long ExpectedVersion { get; init; }
    public TransferDeclineReason Reason { get; init; }
    public string? Note { get; init; }
}

public sealed class DeclineTransferInputType : InputObjectGraphType<DeclineTransferInput>
{
    public DeclineTransferInputType()
    {
        Name = "DeclineTransferInput";
        Field(x => x.TransferId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Reason, type: typeof(NonNullGraphType<TransferDeclineReasonType>));
        Field(x => x.Note, nullable: true).Description("Required for OTHER; the sending NGO reads it.");
    }
}

public sealed record WithdrawTransferInput
{
    public Guid TransferId { get; init; }
    public long ExpectedVersion { get; init; }
    public string? Note { get; init; }
}

public sealed class WithdrawTransferInputType : InputObjectGraphType<WithdrawTransferInput>
{
    public WithdrawTransferInputType()
    {
        Name = "WithdrawTransferInput";
        Field(x => x.TransferId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The outgoing transfer's version you read.");
        Field(x => x.Note, nullable: true);
    }
}
