using Marten;
using Mentoring.Api.Auth;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// The related documents an object type's fields load (a match's client and mentor, a contract's NGO, a user's
/// organisation …), one batch per kind and request: one query per list whatever its length and nesting.
/// Each loader reads exactly where the field read one document before: the caller's tenant session for the NGO's people,
/// the platform registry for organisations, and — as before — across tenants only for a contract's history, which
/// follows a contract already reached through the caller's visibility rules. Who may read the fields is unchanged: the
/// access rules are checked in validation, before anything loads.
/// </summary>
public sealed class RelatedDocuments(IQuerySession session, IDocumentStore store, TimeProvider clock)
{
    private BatchLoader<Guid, Client>? _clients;
    private BatchLoader<Guid, Mentor>? _mentors;
    private BatchLoader<Guid, IReadOnlyList<Domain.Meetings.InterInstitutionalMeeting>>? _meetings;
    private BatchLoader<Guid, Organisation>? _organisations;
    private BatchLoader<Guid, ContractHistory>? _contractHistories;
    private BatchLoader<(string Tenant, Guid MentorId), MentorStatus>? _mentorStandings;
    private BatchLoader<string, SecurityPolicy>? _securityPolicies;
    private BatchLoader<Guid, Monitoring.MonitoringView>? _monitoring;

    /// <summary>Matches' monitoring (check-ins, health, tasks) with the NGO's check-in policy, by match id.</summary>
    public BatchLoader<Guid, Monitoring.MonitoringView> Monitoring => _monitoring ??= new(async (ids, ct) =>
        await Api.Monitoring.MonitoringViews.LoadAsync(session, ids, Domain.Common.RigaCalendar.Today(clock), ct));

    /// <summary>The caller's NGO's clients.</summary>
    public BatchLoader<Guid, Client> Clients => _clients ??= new(async (ids, ct) =>
        (await session.LoadManyAsync<Client>(ct, ids)).ToDictionary(c => c.Id));

    /// <summary>The inter-institutional meetings of the caller's NGO's clients, by client, soonest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<Domain.Meetings.InterInstitutionalMeeting>> MeetingsOfClients => _meetings ??= new(async (ids, ct) =>
        (await session.Query<Domain.Meetings.InterInstitutionalMeeting>().Where(m => m.ClientId.IsOneOf(ids.ToArray())).OrderBy(m => m.StartsAt).ToListAsync(ct))
            .GroupBy(m => m.ClientId).ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Meetings.InterInstitutionalMeeting>)g.ToList()));

    /// <summary>The caller's NGO's mentors.</summary>
    public BatchLoader<Guid, Mentor> Mentors => _mentors ??= new(async (ids, ct) =>
        (await session.LoadManyAsync<Mentor>(ct, ids)).ToDictionary(m => m.Id));

    /// <summary>Organisations, from the registry in the platform tenant.</summary>
    public BatchLoader<Guid, Organisation> Organisations => _organisations ??= new(async (ids, ct) =>
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return (await registry.LoadManyAsync<Organisation>(ct, ids)).ToDictionary(o => o.Id);
    });

    /// <summary>Contracts' histories, by contract id, wherever the contract's tenant is (see <c>Contract.history</c>).</summary>
    public BatchLoader<Guid, ContractHistory> ContractHistories => _contractHistories ??= new(async (ids, ct) =>
    {
        await using var all = store.QuerySession();
        var keys = ids.ToArray();
        return (await all.Query<ContractHistory>().Where(h => h.AnyTenant() && keys.Contains(h.Id)).ToListAsync(ct)).ToDictionary(h => h.Id);
    });

    /// <summary>Accounts' standing as mentors, by the account's tenant and mentor record; one query per tenant and the policy once.</summary>
    public BatchLoader<(string Tenant, Guid MentorId), MentorStatus> MentorStandings => _mentorStandings ??= new(async (keys, ct) =>
    {
        var result = new Dictionary<(string Tenant, Guid MentorId), MentorStatus>();
        var today = RigaCalendar.Today(clock);
        foreach (var tenant in keys.GroupBy(k => k.Tenant))
        {
            await using var tenantSession = store.QuerySession(tenant.Key);
            var mentors = (await tenantSession.LoadManyAsync<Mentor>(ct, tenant.Select(k => k.MentorId).Distinct())).ToDictionary(m => m.Id);
            var policy = await tenantSession.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;
            foreach (var key in tenant) result[key] = MentorStanding.Of(mentors.GetValueOrDefault(key.MentorId), policy, today);
        }
        return result;
    });

    /// <summary>Each tenant's second-factor policy.</summary>
    public BatchLoader<string, SecurityPolicy> SecurityPolicies => _securityPolicies ??= new(async (tenants, ct) =>
    {
        var result = new Dictionary<string, SecurityPolicy>();
        foreach (var tenant in tenants)
        {
            await using var tenantSession = store.QuerySession(tenant);
            result[tenant] = await SecondFactorGraph.PolicyAsync(tenantSession, ct);
        }
        return result;
    });
}
