using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contracts;

public sealed class ReportingCadenceType : EnumerationGraphType<ReportingCadence>
{
    public ReportingCadenceType() => Name = "ReportingCadence";
}

public sealed class ContractStatusType : EnumerationGraphType<ContractStatus>
{
    public ContractStatusType() => Name = "ContractStatus";
}

public sealed class ContractType : ObjectGraphType<Contract>
{
    public ContractType()
    {
        Name = "Contract";
        this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Description = "A municipality (funder) contracts an NGO (provider) to support released people in its territory.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Send as expectedVersion when changing the contract.");
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(ctx => Municipalities.Find(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("territory")
            .WithComplexityImpact(1, 5) // the funder and a few neighbours it contracts for, not all 43
            .Resolve(ctx => ctx.Source.Territory.Select(Municipalities.Find).OfType<Municipality>().ToList());
        Field<OrganisationType>("ngo").Description("The provider.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((ctx, related) => related.Organisations.Load(ctx.Source.NgoOrganisationId));
        Field(x => x.StartDate);
        Field(x => x.EndDate);
        Field(x => x.ClientCapacity).Description("How many clients the NGO supports at once under this contract.");
        Field(x => x.ReportRecipients).Description("Who receives the outcome summaries (e-mail addresses of municipal staff).");
        Field(x => x.Cadence, type: typeof(NonNullGraphType<ReportingCadenceType>));
        Field(x => x.Reference, nullable: true).Description("The contract's number in the parties' records.");
        Field(x => x.Status, type: typeof(NonNullGraphType<ContractStatusType>));
        Field(x => x.TerminatedOn, nullable: true);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractHistoryEntryType>>>>("history")
            .Description("What changed and why, oldest first. Built in the background: it may lag a moment behind a change.")
            .WithComplexityImpact(1, 5) // a contract is amended a few times in its life, not twenty
            // The contract itself was reached through the caller's visibility rules; its history follows it, also for a
            // municipality reading an NGO's contract (a read across tenants, by the contracts' ids).
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((ctx, related) => related.ContractHistories.Load(ctx.Source.Id)
                .Then(history => (IReadOnlyList<ContractHistoryEntry>)(history?.Entries ?? [])));
    }
}

public sealed class ContractHistoryEntryType : ObjectGraphType<ContractHistoryEntry>
{
    public ContractHistoryEntryType()
    {
        Name = "ContractHistoryEntry";
        this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Field(x => x.At);
        Field(x => x.Change, type: typeof(NonNullGraphType<EnumerationGraphType<ContractChange>>));
        Field(x => x.By, type: typeof(NonNullGraphType<IdGraphType>)).Description("The user who made the change.");
        Field(x => x.Summary).Description("The terms after the change, in English (a screen uses terms and effectiveDate).");
        Field(x => x.Terms, type: typeof(ContractTermsAfterType)).Description("The terms after a creation or amendment.");
        Field(x => x.EffectiveDate, nullable: true).Description("For a termination: the last day of the contract.");
        Field(x => x.Reason, nullable: true);
    }
}

public sealed class ContractTermsAfterType : ObjectGraphType<ContractTermsAfter>
{
    public ContractTermsAfterType()
    {
        Name = "ContractTerms";
        this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Field(x => x.StartDate);
        Field(x => x.EndDate);
        Field(x => x.ClientCapacity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("territory")
            .Description("The municipalities' official names (the same in every language).")
            .Resolve(c => c.Source.Territory.Select(code => Municipalities.Find(code)?.Name ?? code).ToList());
    }
}

public sealed class ContractConnectionType() : ConnectionType<Contract, ContractType>("ContractConnection",
    Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);

public static class ContractQueries
{
    public const int MaxPageSize = 100;

    // Auditors read the audit trail and nothing else (docs/security.md).
    private static readonly Role[] Readers = [Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer, Role.PlatformAdmin];

    public static void AddContractQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ContractConnectionType>>("contracts")
            .Description("An NGO sees its own contracts; a municipality sees the contracts it funds. Latest start first; cursor-paged.")
            .Argument<ContractStatusType>("status")
            .Argument<IntGraphType>("first", $"Page size, 1 to {MaxPageSize} (default 50).")
            .Argument<StringGraphType>("after")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, http) => (object?)await Page(Caller.From(http.HttpContext?.User)!, session, store,
                ctx.GetArgument<ContractStatus?>("status"), ctx.GetArgument<int?>("first") ?? 50, ctx.GetArgument<string?>("after"), ctx.CancellationToken));

        query.Field<ContractType>("contract")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, http) =>
                await Find(Caller.From(http.HttpContext?.User)!, session, store, ctx.GetArgument<Guid>("id"), ctx.CancellationToken));
    }

    /// <summary>One contract, when the caller may see it; null also when it exists where they may not look.</summary>
    public static async Task<Contract?> Find(Caller caller, IQuerySession session, IDocumentStore store, Guid id, CancellationToken ct)
    {
        await using var all = store.QuerySession();
        return Readable(caller, await store.OrganisationAsync(caller.OrganisationId, ct), session, all) is { } readable
            ? await readable.Where(c => c.Id == id).FirstOrDefaultAsync(ct)
            : null;
    }

    /// <summary>One page of the contracts the caller may see, latest start first (the order a contracts screen reads them in).</summary>
    public static async Task<Connection<Contract>> Page(Caller caller, IQuerySession session, IDocumentStore store, ContractStatus? status, int first,
        string? after, CancellationToken ct)
    {
        first = Math.Clamp(first, 1, MaxPageSize);
        var offset = Cursor.Decode("contracts", after);
        await using var all = store.QuerySession();
        if (Readable(caller, await store.OrganisationAsync(caller.OrganisationId, ct), session, all) is not { } readable)
            return Connection<Contract>.Page([], 0, "contracts", offset);
        IQueryable<Contract> query = readable.Stats(out QueryStatistics stats);
        if (status is { } wanted) query = query.Where(c => c.Status == wanted);
        var nodes = await query.OrderByDescending(c => c.StartDate).ThenBy(c => c.MunicipalityCode).ThenBy(c => c.Id)
            .Skip(offset).Take(first).ToListAsync(ct);
        return Connection<Contract>.Page(nodes, stats.TotalResults, "contracts", offset);
    }

    /// <summary>
    /// The contracts the caller may see, as a query. An NGO's contracts live in its tenant and are read through the caller's
    /// tenant session. A municipality's viewers read across NGO tenants (through <paramref name="all"/>), but only contracts
    /// their municipality funds: contract terms are not personal data, and this is the one cross-tenant read of this feature.
    /// </summary>
    private static IQueryable<Contract>? Readable(Caller caller, Organisation? organisation, IQuerySession tenant, IQuerySession all) => organisation?.Kind switch
    {
        OrganisationKind.Ngo => tenant.Query<Contract>(),
        OrganisationKind.Municipality => all.Query<Contract>().Where(c => c.AnyTenant() && c.MunicipalityCode == organisation.MunicipalityCode),
        OrganisationKind.Platform when caller.Has(Role.PlatformAdmin) => all.Query<Contract>().Where(c => c.AnyTenant()),
        _ => null,
    };
}
