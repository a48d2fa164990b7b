using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Matching;

public static class MatchingQueries
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];
    public const int MaxPageSize = 100;

    public static void AddMatchingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateType>>>>("matchCandidates")
            .Description("Eligible mentors for a client, best first, each with the factors of its score.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<IntGraphType>("first", "At most this many (default 10, at most 50).")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                var client = await session.LoadAsync<Client>(ctx.GetArgument<Guid>("clientId"), ctx.CancellationToken);
                if (client is null) return (object?)Array.Empty<Candidate>();
                // Every mentor is ranked, only the page shown is explained.
                return CandidateRanking.Shortlist(client, await MatchingContext.CandidatesAsync(session, client.DestinationMunicipality, ctx.CancellationToken),
                    await MatchingContext.PolicyAsync(session, ctx.CancellationToken), await MatchingContext.WeightsAsync(session, ctx.CancellationToken),
                    MatchingContext.Today(clock), Math.Clamp(ctx.GetArgument<int?>("first") ?? 10, 1, 50));
            });

        query.Field<CandidateType>("matchCandidate")
            .Description("One mentor judged for one client: \"why not this mentor?\" lists every failed constraint.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                var client = await session.LoadAsync<Client>(ctx.GetArgument<Guid>("clientId"), ctx.CancellationToken);
                var load = await MatchingContext.LoadAsync(session, ctx.GetArgument<Guid>("mentorId"), ctx.CancellationToken);
                if (client is null || load is null) return null;
                return CandidateRanking.Judge(client, load, await MatchingContext.PolicyAsync(session, ctx.CancellationToken),
                    await MatchingContext.WeightsAsync(session, ctx.CancellationToken), MatchingContext.Today(clock));
            });

        query.Field<NonNullGraphType<MatchPageType>>("matchPage")
            .Description("Matches, newest first, filtered by client, mentor or stage; cursor-paged. A page's clients and mentors are loaded " +
                         "in one query each, however many rows it has.")
            .Argument<IdGraphType>("clientId")
            .Argument<IdGraphType>("mentorId")
            .Argument<MatchStageType>("stage")
            .Argument<IntGraphType>("first", $"Page size, 1 to {MaxPageSize} (default 20).")
            .Argument<StringGraphType>("after")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await Page(session, ctx.GetArgument<Guid?>("clientId"), ctx.GetArgument<Guid?>("mentorId"),
                ctx.GetArgument<MatchStage?>("stage"), ctx.GetArgument<int?>("first") ?? 20, ctx.GetArgument<string?>("after"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchType>>>>("matches")
            .Description("Matches, newest first (at most 500; matchPage pages through all of them); filter by client, mentor or stage.")
            .Argument<IdGraphType>("clientId")
            .Argument<IdGraphType>("mentorId")
            .Argument<MatchStageType>("stage")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var query = session.Query<Match>().AsQueryable();
                if (ctx.GetArgument<Guid?>("clientId") is { } clientId) query = query.Where(m => m.ClientId == clientId);
                if (ctx.GetArgument<Guid?>("mentorId") is { } mentorId) query = query.Where(m => m.MentorId == mentorId);
                if (ctx.GetArgument<MatchStage?>("stage") is { } stage) query = query.Where(m => m.Stage == stage);
                return (object?)await query.OrderByDescending(m => m.ProposedAt).Take(500).ToListAsync(ctx.CancellationToken);
            });

        query.Field<MatchType>("match")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => await session.LoadAsync<Match>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken));

        query.Field<NonNullGraphType<MatchingWeightsType>>("matchingWeights")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await MatchingContext.WeightsAsync(session, ctx.CancellationToken));
    }

    public static async Task<Connection<Match>> Page(IQuerySession session, Guid? clientId, Guid? mentorId, MatchStage? stage, int first, string? after, CancellationToken ct)
    {
        first = Math.Clamp(first, 1, MaxPageSize);
        var offset = Cursor.Decode("matches", after);
        IQueryable<Match> query = session.Query<Match>().Stats(out QueryStatistics stats);
        if (clientId is { } c) query = query.Where(m => m.ClientId == c);
        if (mentorId is { } m) query = query.Where(x => x.MentorId == m);
        if (stage is { } s) query = query.Where(x => x.Stage == s);
        var nodes = await query.OrderByDescending(x => x.ProposedAt).ThenBy(x => x.Id).Skip(offset).Take(first).ToListAsync(ct);
        return Connection<Match>.Page(nodes, stats.TotalResults, "matches", offset);
    }
}

public sealed class MatchPageType() : ConnectionType<Match, MatchType>("MatchConnection", Role.Coordinator, Role.OrgAdmin);
