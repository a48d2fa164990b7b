using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contracts;

public sealed record ContractTermsInput
{
    public IReadOnlyList<string>? Territory { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int ClientCapacity { get; init; }
    public IReadOnlyList<string> ReportRecipients { get; init; } = [];
    public ReportingCadence? Cadence { get; init; }

    public ContractTerms ToTerms() => new(Territory, StartDate, EndDate, ClientCapacity, ReportRecipients, Cadence ?? ReportingCadence.Monthly);
}

public sealed record CreateContractInput
{
    public string MunicipalityCode { get; init; } = "";
    public ContractTermsInput Terms { get; init; } = new();
    public string? Reference { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed record AmendContractInput
{
    public Guid ContractId { get; init; }
    public long ExpectedVersion { get; init; }
    public ContractTermsInput Terms { get; init; } = new();
    public string Reason { get; init; } = "";
}

public sealed record TerminateContractInput
{
    public Guid ContractId { get; init; }
    public long ExpectedVersion { get; init; }
    public DateOnly EffectiveDate { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class ContractTermsInputType : InputObjectGraphType<ContractTermsInput>
{
    public ContractTermsInputType()
    {
        Name = "ContractTermsInput";
        Field(x => x.Territory, nullable: true).Description("Municipality codes served; default: the funding municipality.");
        Field(x => x.StartDate);
        Field(x => x.EndDate);
        Field(x => x.ClientCapacity);
        Field(x => x.ReportRecipients);
        Field(x => x.Cadence, type: typeof(ReportingCadenceType)).Description("Default: MONTHLY.");
    }
}

public sealed class CreateContractInputType : InputObjectGraphType<CreateContractInput>
{
    public CreateContractInputType()
    {
        Name = "CreateContractInput";
        Field(x => x.MunicipalityCode).Description("The funding municipality (see the municipalities query).");
        Field(x => x.Terms, type: typeof(NonNullGraphType<ContractTermsInputType>));
        Field(x => x.Reference, nullable: true);
        Field(x => x.IdempotencyKey, nullable: true).Description("Send the same key when retrying: the contract is created once.");
    }
}

public sealed class AmendContractInputType : InputObjectGraphType<AmendContractInput>
{
    public AmendContractInputType()
    {
        Name = "AmendContractInput";
        Field(x => x.ContractId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The version you read; a newer one means someone else changed it.");
        Field(x => x.Terms, type: typeof(NonNullGraphType<ContractTermsInputType>));
        Field(x => x.Reason);
    }
}

public sealed class TerminateContractInputType : InputObjectGraphType<TerminateContractInput>
{
    public TerminateContractInputType()
    {
        Name = "TerminateContractInput";
        Field(x => x.ContractId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.EffectiveDate);
        Field(x => x.Reason);
    }
}

public sealed class ContractPayloadType : PayloadType<Contract, ContractType>
{
    public ContractPayloadType() : base("ContractPayload", "contract") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public static class ContractMutations
{
    private static readonly Role[] Writers = [Role.OrgAdmin, Role.Coordinator];

    public static void AddContractMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ContractPayloadType>>("createContract")
            .Description("Records a contract the caller's NGO signed with a municipality.")
            .Argument<NonNullGraphType<CreateContractInputType>>("input")
            .RequireRoles(Writers)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await Create(
                ctx.GetArgument<CreateContractInput>("input"), Caller.From(http.HttpContext?.User)!, session, store, clock, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ContractPayloadType>>("amendContract")
            .Description("Changes the terms of a contract in force; the full new terms are recorded with the reason.")
            .Argument<NonNullGraphType<AmendContractInputType>>("input")
            .RequireRoles(Writers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<AmendContractInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var command = new AmendContract(input.ContractId, input.Terms.ToTerms(), input.Reason, caller.UserId, clock.GetUtcNow());
                return (object?)await Write(session, input.ContractId, input.ExpectedVersion, command.Terms,
                    (state, others) => ContractDecider.Decide(command, state, others), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ContractPayloadType>>("terminateContract")
            .Description("Ends a contract early, from the given date.")
            .Argument<NonNullGraphType<TerminateContractInputType>>("input")
            .RequireRoles(Writers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<TerminateContractInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var command = new TerminateContract(input.ContractId, input.EffectiveDate, input.Reason, caller.UserId, clock.GetUtcNow());
                return (object?)await Write(session, input.ContractId, input.ExpectedVersion, null,
                    (state, _) => ContractDecider.Decide(command, state), ctx.CancellationToken);
            });
    }

    public static async Task<Payload<Contract>> Create(CreateContractInput input, Caller caller, IDocumentSession session, IDocumentStore store,
        TimeProvider clock, CancellationToken ct)
    {
        var ngo = await store.OrganisationAsync(caller.OrganisationId, ct);
        if (ngo?.Kind != OrganisationKind.Ngo)
            return Payload<Contract>.Refused(ErrorCodes.WrongOrganisationKind, "Only an NGO records the contracts it signs.");

        var id = StreamWrites.CreationId("contract", input.IdempotencyKey);
        var command = new CreateContract(id, ngo.Id, input.MunicipalityCode?.Trim() ?? "", input.Terms.ToTerms(),
            input.Reference, caller.UserId, clock.GetUtcNow());
        return await Write(session, id, null, command.Terms, (state, others) => ContractDecider.Decide(command, state, others), ct,
            retryable: input.IdempotencyKey is { Length: > 0 });
    }

    /// <summary>
    /// Contract writes of one NGO are serialised by a transaction-scoped advisory lock, because the overlap rule
    /// reads the NGO's other contracts: two concurrent writes must not both pass it.
    /// </summary>
    /// <param name="terms">The new terms, when the command has any: only contracts whose period meets them can overlap.</param>
    /// <param name="retryable">A create with an idempotency key: a retry answers with what the first attempt created.</param>
    private static async Task<Payload<Contract>> Write(IDocumentSession session, Guid id, long? expectedVersion, ContractTerms? terms,
        Func<Contract?, IReadOnlyCollection<Contract>, Decision> decide, CancellationToken ct, bool? retryable = null)
    {
        async Task<Decision> Decide(Contract? state)
        {
            // Only a contract that exists can be amended or ended: no lock is needed to say so.
            if (state is null && retryable is null) return decide(null, []);
            await session.BeginTransactionAsync(ct);
            await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtext(?))) as locked", ct, "contracts:" + session.TenantId);
            IReadOnlyList<Contract> others = terms is null
                ? []
                : await session.Query<Contract>().Where(c => c.StartDate <= terms.EndDate && c.EndDate >= terms.StartDate).ToListAsync(ct);
            return decide(state, others);
        }
        var written = retryable is { } create
            ? await StreamWrites.Create<Contract>(session, id, create, Decide, ContractDecider.Evolve, ct)
            : await StreamWrites.Handle<Contract>(session, id, expectedVersion, Decide, ContractDecider.Evolve, ct);
        return written.Succeeded ? Payload<Contract>.Ok(written.State!) : Payload<Contract>.Refused(written.Errors);
    }
}
