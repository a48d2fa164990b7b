using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Services;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Services;

public static class ServiceQueries
{
    public const int MaxPageSize = 100;
    public const int PersonServicesLimit = 30;

    public static void AddServiceQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ServiceConnectionType>>("services")
            .Description("The services directory as your organisation sees it: the platform's entries with your corrections, and your own; " +
                         "for a municipality (with the national services) and a need domain. Hidden entries only for coordinators and admins who ask.")
            .Argument<StringGraphType>("municipality", "Municipality code; null: every municipality.")
            .Argument<NeedDomainType>("domain")
            .Argument<BooleanGraphType>("includeHidden", "Coordinators and admins: list hidden entries too (to show them again).")
            .Argument<IntGraphType>("first", $"Default 50, at most {MaxPageSize}.")
            .Argument<StringGraphType>("after")
            .RequireRoles(ServiceEntryType.Readers)
            .Resolve().WithServices<ServiceCatalogue, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, catalogue, http) =>
            {
                var municipality = ctx.GetArgument<string?>("municipality");
                var domain = ctx.GetArgument<NeedDomain?>("domain");
                var staff = Caller.From(http.HttpContext?.User)?.IsCaseWorker == true;
                var entries = ServiceDirectory.Filter(await catalogue.MergedAsync(municipality, ctx.CancellationToken), municipality,
                    domain is { } d ? [d] : null, includeHidden: staff && ctx.GetArgument<bool?>("includeHidden") == true);
                var first = Math.Clamp(ctx.GetArgument<int?>("first") ?? 50, 1, MaxPageSize);
                var offset = Cursor.Decode("services", ctx.GetArgument<string?>("after"));
                return (object?)Connection<ServiceEntry>.Page([.. entries.Skip(offset).Take(first)], entries.Count, "services", offset);
            });

        query.Field<PersonServicesType>("personServices")
            .Description("Services for a person's destination and needs (or one need domain), and their goals with the services attached; " +
                         "the person by clientId, or by the match (a mentor's phone knows its matches). Mentors: only for the person of their own " +
                         "match while it shows case detail. A read of the person's file: audited.")
            .Argument<IdGraphType>("clientId")
            .Argument<IdGraphType>("matchId")
            .Argument<NeedDomainType>("domain")
            .RequireRoles(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly()
            .Resolve().WithServices<IQuerySession, ServiceCatalogue, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, catalogue, http) =>
            {
                var ct = ctx.CancellationToken;
                var clientId = ctx.GetArgument<Guid?>("clientId")
                               ?? (ctx.GetArgument<Guid?>("matchId") is { } matchId ? (await session.LoadAsync<Match>(matchId, ct))?.ClientId : null);
                var client = clientId is { } id ? await session.LoadAsync<Client>(id, ct) : null;
                var caller = Caller.From(http.HttpContext?.User)!;
                if (client is null || !await MayReadAsync(session, caller, client, ct)) return null;
                ctx.RequestServices!.GetRequiredService<CaseReadAudit>().Read(ctx, AuditAction.CaseRead, "client", client.Id);
                IReadOnlyList<NeedDomain> domains = ctx.GetArgument<NeedDomain?>("domain") is { } d
                    ? [d]
                    : [.. client.Needs.Where(n => n.Level != NeedLevel.None).Select(n => n.Domain).Distinct().Order()];
                var entries = ServiceDirectory.Filter(await catalogue.MergedAsync(client.DestinationMunicipality, ct), client.DestinationMunicipality, domains);
                return (object?)new PersonServices(client.Id, client.DestinationMunicipality, domains, [.. entries.Take(PersonServicesLimit)],
                    [.. client.Goals.OrderBy(g => g.Deadline)]);
            });
    }

    /// <summary>Coordinators and admins: every case of their NGO. A mentor: the person of their own match, while it shows case detail.</summary>
    public static async Task<bool> MayReadAsync(IQuerySession session, Caller caller, Client client, CancellationToken ct) =>
        caller.IsCaseWorker || await MentorsMatchAsync(session, caller, client, ct) is { } match && match.ShowsCaseDetailToMentor(client.IsFrozen);

    /// <summary>The person's open match when it is the calling mentor's; else null.</summary>
    public static async Task<Match?> MentorsMatchAsync(IQuerySession session, Caller caller, Client client, CancellationToken ct)
    {
        if (!caller.Has(Role.Mentor) || client.OpenMatchId is not { } matchId) return null;
        var match = await session.LoadAsync<Match>(matchId, ct);
        var user = await session.LoadAsync<UserAccount>(caller.UserId, ct);
        return match is not null && user?.MentorId is { } mentorId && match.MentorId == mentorId ? match : null;
    }
}
