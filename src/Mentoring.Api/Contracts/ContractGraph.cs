using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
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

public static class ContractQueries
{
    // Auditors read the audit trail and nothing else (docs/security.md).
    private static readonly Role[] Readers = [Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer, Role.PlatformAdmin];

    public static void AddContractQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractType>>>>("contracts")
            .Description("An NGO sees its own contracts; a municipality sees the contracts it funds.")
            .Argument<ContractStatusType>("status")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, http) =>
            {
                var status = ctx.GetArgument<ContractStatus?>("status");
                var contracts = await Visible(Caller.From(http.HttpContext?.User)!, session, store, ctx.CancellationToken);
                return contracts.Where(c => status is null || c.Status == status)
                    .OrderByDescending(c => c.StartDate).ThenBy(c => c.MunicipalityCode).ToList();
            });

        query.Field<ContractType>("contract")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, http) =>
            {
                var id = ctx.GetArgument<Guid>("id");
                var contracts = await Visible(Caller.From(http.HttpContext?.User)!, session, store, ctx.CancellationToken, id);
                return contracts.Count > 0 ? contracts[0] : null;
            });
    }

    /// <summary>
    /// An NGO's contracts live in its tenant and are read through the caller's tenant session. A municipality's
    /// viewers read across NGO tenants, but only contracts their municipality funds: contract terms are not
    /// personal data, and this is the one cross-tenant read of this feature.
    /// </summary>
    public static async Task<IReadOnlyList<Contract>> Visible(Caller caller, IQuerySession session, IDocumentStore store, CancellationToken ct, Guid? id = null)
    {
        var organisation = await store.OrganisationAsync(caller.OrganisationId, ct);
        switch (organisation?.Kind)
        {
            case OrganisationKind.Ngo:
                return id is { } one
                    ? (await session.LoadAsync<Contract>(one, ct)) is { } c ? [c] : []
                    : await session.Query<Contract>().ToListAsync(ct);
            case OrganisationKind.Municipality:
            {
                var code = organisation.MunicipalityCode;
                await using var all = store.QuerySession();
                var query = all.Query<Contract>().Where(c => c.AnyTenant() && c.MunicipalityCode == code);
                if (id is { } cid) query = query.Where(c => c.Id == cid);
                return await query.ToListAsync(ct);
            }
            case OrganisationKind.Platform when caller.Has(Role.PlatformAdmin):
            {
                await using var all = store.QuerySession();
                var query = all.Query<Contract>().Where(c => c.AnyTenant());
                if (id is { } cid) query = query.Where(c => c.Id == cid);
                return await query.ToListAsync(ct);
            }
            default:
                return [];
        }
    }
}
