using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Transfers;

namespace Mentoring.Api.Transfers;

public static class TransferQueries
{
    /// <summary>Lists are bounded: an inbox or one case's transfers, newest first.</summary>
    public const int MaxRows = 200;

    public static void AddTransferQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncomingTransferType>>>>("transferInbox")
            .Description($"Cases other NGOs offer to this one: those waiting for an answer first, then the answered, newest first (at most {MaxRows}).")
            .Argument<TransferStatusType>("status")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                IQueryable<Transfer> inbox = session.Query<Transfer>();
                if (ctx.GetArgument<TransferStatus?>("status") is { } status) inbox = inbox.Where(t => t.Status == status);
                var rows = await inbox.OrderByDescending(t => t.OfferedAt).Take(MaxRows).ToListAsync(ctx.CancellationToken);
                return (object?)rows.OrderBy(t => t.IsOpen ? 0 : 1).ThenByDescending(t => t.OfferedAt).ToList();
            });

        query.Field<IncomingTransferType>("incomingTransfer")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => await session.LoadAsync<Transfer>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutgoingTransferType>>>>("outgoingTransfers")
            .Description($"The transfers this NGO offered of one of its cases, newest first (at most {MaxRows}).")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var clientId = ctx.GetArgument<Guid>("clientId");
                return (object?)await session.Query<SentTransfer>().Where(t => t.ClientId == clientId)
                    .OrderByDescending(t => t.OfferedAt).Take(MaxRows).ToListAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferDestinationType>>>>("transferDestinations")
            .Description("The other NGOs a case moving to this municipality can go to: those with a contract in force for it today.")
            .Argument<NonNullGraphType<StringGraphType>>("municipality", "Municipality code.")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, clock, http) =>
            {
                var own = Caller.From(http.HttpContext?.User)!.OrganisationId;
                var serving = await Referrals.ReferralQueries.ServingAsync(store, ctx.GetArgument<string>("municipality"), RigaCalendar.Today(clock), ctx.CancellationToken);
                return (object?)serving.Where(r => r.OrganisationId != own).ToList();
            });

        query.Field<TransferPackageType>("transferPreview")
            .Description("What transferCase would send of this case today. A read of the case: on the audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) =>
            {
                if (await session.LoadAsync<Client>(ctx.GetArgument<Guid>("clientId"), ctx.CancellationToken) is not { } client) return null;
                await AuditLog.RecordAsync(store, Caller.From(http.HttpContext?.User)!, AuditAction.CaseRead, "client", client.Id, null, clock, ctx.CancellationToken);
                return await PackageAsync(session, client, RigaCalendar.Today(clock), ctx.CancellationToken);
            });
    }

    /// <summary>The case's package as it stands: its matches and the meetings logged on them, read in the case's own tenant.</summary>
    public static async Task<TransferPackage> PackageAsync(IQuerySession session, Client client, DateOnly today, CancellationToken ct)
    {
        var matches = await session.Query<Match>().Where(m => m.ClientId == client.Id).ToListAsync(ct);
        var days = await ContactLogQueries.DaysAsync(session, matches.Select(m => m.Id).ToList(), null, ct);
        var meetings = days.Count == 0 ? MeetingCounts.None : new MeetingCounts(days.Sum(d => d.Contacts), days[0].On, days[^1].On);
        var consent = (await session.Events.FetchStreamAsync(client.Id, token: ct)).Select(e => e.Data).OfType<ConsentRecorded>().LastOrDefault();
        return TransferPackage.Of(client, matches, meetings, consent?.DocumentReference ?? "", today);
    }
}
