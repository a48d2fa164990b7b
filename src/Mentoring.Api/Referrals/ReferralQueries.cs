using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Referrals;

public static class ReferralQueries
{
    /// <summary>Lists are bounded: an inbox or a referrer's own list, newest first.</summary>
    public const int MaxRows = 200;

    public static void AddReferralQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SentReferralType>>>>("myReferrals")
            .Description($"The referrals you sent, newest first (at most {MaxRows}), with their status.")
            .RequireRoles(Role.Referrer)
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var me = Caller.From(http.HttpContext?.User)!.UserId;
                return (object?)await session.Query<SentReferral>().Where(r => r.ReferrerUserId == me)
                    .OrderByDescending(r => r.SentAt).Take(MaxRows).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralDestinationType>>>>("referralDestinations")
            .Description("The NGOs a referral to this municipality can go to: those with a contract in force for it today.")
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "Municipality code.")
            .RequireRoles(Role.Referrer)
            .Resolve().WithServices<IDocumentStore, TimeProvider>()
            .ResolveAsync(async (ctx, store, clock) =>
                (object?)await ServingAsync(store, ctx.GetArgument<string>("municipality"), RigaCalendar.Today(clock), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncomingReferralType>>>>("referralInbox")
            .Description($"Referrals sent to this NGO: those waiting for an answer first, then the answered, newest first (at most {MaxRows}).")
            .Argument<ReferralStatusType>("status")
            .RequireRoles(ReferralReaders.Ngo)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                IQueryable<Referral> inbox = session.Query<Referral>();
                if (ctx.GetArgument<ReferralStatus?>("status") is { } status) inbox = inbox.Where(r => r.Status == status);
                var rows = await inbox.OrderByDescending(r => r.SentAt).Take(MaxRows).ToListAsync(ctx.CancellationToken);
                return (object?)rows.OrderBy(r => r.IsOpen ? 0 : 1).ThenByDescending(r => r.SentAt).ToList();
            });

        query.Field<IncomingReferralType>("incomingReferral")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(ReferralReaders.Ngo)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => await session.LoadAsync<Referral>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken));
    }

    /// <summary>
    /// The NGOs whose contracts in force on <paramref name="today"/> cover the municipality (as funder or in the territory).
    /// A deliberate read across NGO tenants, as for a municipality's contracts: contract terms are not personal data, and
    /// only the NGO's id and name leave it.
    /// </summary>
    public static async Task<IReadOnlyList<ReferralReceiver>> ServingAsync(IDocumentStore store, string? municipality, DateOnly today, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(municipality)) return [];
        await using var all = store.QuerySession();
        var contracts = await all.Query<Contract>()
            .Where(c => c.AnyTenant() && c.Status == ContractStatus.Active && c.StartDate <= today && c.EndDate >= today
                        && (c.MunicipalityCode == municipality || c.Territory.Contains(municipality)))
            .Take(100).ToListAsync(ct);
        var receivers = new List<ReferralReceiver>();
        foreach (var contract in contracts.Where(c => c.InForceOn(today)).OrderBy(c => c.StartDate).DistinctBy(c => c.NgoOrganisationId))
            if (await store.OrganisationAsync(contract.NgoOrganisationId, ct) is { } ngo)
                receivers.Add(new ReferralReceiver(ngo.Id, ngo.TenantId, ngo.Name, contract.Id));
        return receivers.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("lv-LV"), true)).ToList();
    }
}
