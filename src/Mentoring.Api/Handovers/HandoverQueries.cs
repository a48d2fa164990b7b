using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Audit;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Handovers;

public static class HandoverQueries
{
    public const int MaxRows = 200;

    public static void AddHandoverQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoverCaseType>>>>("myHandovers")
            .Description($"The paths handed over to you, newest first (at most {MaxRows}); ended ones keep only their status. Every read is on record, " +
                         "in your organisation's audit trail and the NGO's.")
            .RequireRoles(Role.SocialWorker)
            .Resolve().WithServices<IQuerySession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var rows = await session.Query<HandoverCase>().Where(h => h.SocialWorkerUserId == caller.UserId)
                    .OrderByDescending(h => h.HandedOverAt).Take(MaxRows).ToListAsync(ctx.CancellationToken);
                return (object?)await Readable(rows, caller, store, clock, "myHandovers", ctx.CancellationToken);
            });

        query.Field<HandoverCaseType>("handover")
            .Description("One path handed over to you (null when there is no such hand-over of yours). The read is on record.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(Role.SocialWorker)
            .Resolve().WithServices<IQuerySession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var copy = await session.LoadAsync<HandoverCase>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                if (copy is null || copy.SocialWorkerUserId != caller.UserId) return null;
                return (object?)(await Readable([copy], caller, store, clock, "handover", ctx.CancellationToken)).Single();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoverType>>>>("clientHandovers")
            .Description("The case's hand-overs to the social service, newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .RequireRoles(HandoverReaders.Ngo)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var clientId = ctx.GetArgument<Guid>("clientId");
                return (object?)await session.Query<Handover>().Where(h => h.ClientId == clientId).OrderByDescending(h => h.HandedOverAt).Take(MaxRows)
                    .ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoverRecipientOptionType>>>>("handoverRecipients")
            .Description("The social workers a case's path can be handed to: active SocialWorker accounts of the municipality the person is released to.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .RequireRoles(HandoverReaders.Ngo)
            .Resolve().WithServices<IQuerySession, IDocumentStore>()
            .ResolveAsync(async (ctx, session, store) =>
            {
                var client = await session.LoadAsync<Client>(ctx.GetArgument<Guid>("clientId"), ctx.CancellationToken);
                return (object?)(client is null ? [] : await RecipientsAsync(store, client.DestinationMunicipality, ctx.CancellationToken));
            });
    }

    /// <summary>
    /// The copies as the worker may read them now: one whose time ran out is answered masked and its expiry recorded; the
    /// others' reads are recorded in both trails before the answer leaves.
    /// </summary>
    private static async Task<IReadOnlyList<HandoverCase>> Readable(IReadOnlyList<HandoverCase> rows, Caller caller, IDocumentStore store, TimeProvider clock,
        string via, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var answer = new List<HandoverCase>();
        foreach (var copy in rows)
        {
            if (copy.Path is not null && !copy.IsReadableAt(now))
            {
                await HandoverExpiry.RecordAsync(store, copy.NgoTenantId, copy.Id, now, ct);
                answer.Add(copy with { Status = HandoverStatus.Expired, Path = null, Decisions = [] });
            }
            else answer.Add(copy);
        }
        await HandoverReadAudit.RecordAsync(store, caller, answer.Where(c => c.Path is not null).ToList(), clock, via, ct);
        return answer;
    }

    /// <summary>
    /// A deliberate read across tenants: the municipalities of the destination in the registry, and their social workers'
    /// names. Staff accounts only; nothing of anybody's case.
    /// </summary>
    private static async Task<IReadOnlyList<HandoverRecipientOption>> RecipientsAsync(IDocumentStore store, string municipality, CancellationToken ct)
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        var municipalities = await registry.Query<Organisation>()
            .Where(o => o.Kind == OrganisationKind.Municipality && o.MunicipalityCode == municipality).Take(10).ToListAsync(ct);
        var options = new List<HandoverRecipientOption>();
        foreach (var m in municipalities)
        {
            await using var own = store.QuerySession(m.TenantId);
            var workers = await own.Query<UserAccount>().Where(u => u.Roles.Contains(Role.SocialWorker)).Take(100).ToListAsync(ct);
            options.AddRange(workers.Where(u => u.IsActive).Select(u => new HandoverRecipientOption(u.Id, u.DisplayName, m.Name)));
        }
        return options.OrderBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("lv-LV"), true)).ToList();
    }
}

/// <summary>
/// Every read of a handed-over path is on record twice: in the municipality's trail (the worker's own organisation) and in
/// the NGO's, under the case, so the NGO that holds the case sees who at the social service read it and when. Committed
/// before the answer leaves: a read that cannot be recorded is not answered.
/// </summary>
public static class HandoverReadAudit
{
    public static async Task RecordAsync(IDocumentStore store, Caller caller, IReadOnlyList<HandoverCase> read, TimeProvider clock, string via, CancellationToken ct)
    {
        if (read.Count == 0) return;
        await using var session = store.LightweightSession(caller.TenantId);
        foreach (var copy in read)
        {
            session.Insert(AuditLog.Entry(caller, AuditAction.CaseRead, "handover", copy.Id, AuditPurposes.HandoverRead, clock) with { Via = via });
            session.ForTenant(copy.NgoTenantId).Insert(AuditLog.Entry(caller, AuditAction.CaseRead, "client", copy.ClientId, AuditPurposes.HandoverRead, clock) with { Via = via });
        }
        await session.SaveChangesAsync(ct);
    }
}
