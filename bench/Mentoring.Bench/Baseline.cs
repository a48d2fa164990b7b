using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contracts;
using Marten.Linq;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Mentors;

namespace Mentoring.Bench;

/// <summary>
/// The same Marten work as the GraphQL operations, behind plain minimal-API endpoints: what the GraphQL layer
/// (parsing, validation, authorization rule, execution, serialization) costs is the difference.
/// </summary>
public static class Baseline
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/baseline/contracts", async (HttpContext ctx, IQuerySession session, IDocumentStore store) =>
        {
            if (Caller.From(ctx.User) is not { } caller) return Results.Unauthorized();
            var page = await ContractQueries.Page(caller, session, store, null, int.Parse(ctx.Request.Query["first"].FirstOrDefault() ?? "50"), null, ctx.RequestAborted);
            return Results.Json(new { data = new { contracts = new { totalCount = page.TotalCount, nodes = page.Nodes.Select(Shape) } } });
        });

        app.MapPost("/baseline/createContract", async (HttpContext ctx, CreateContractInput input, IDocumentSession session, IDocumentStore store, TimeProvider clock) =>
        {
            if (Caller.From(ctx.User) is not { } caller) return Results.Unauthorized();
            var payload = await ContractMutations.Create(input, caller, session, store, clock, ctx.RequestAborted);
            return Results.Json(new { data = new { createContract = new { contract = payload.Item is null ? null : Shape(payload.Item), errors = payload.Errors } } });
        });
    }

    /// <summary>The same filter as the GraphQL benchmark query, as a raw Marten query: matchable mentors serving Rīga who speak Russian.</summary>
    public static void MapMentors(WebApplication app) =>
        app.MapGet("/baseline/mentors", async (HttpContext ctx, IQuerySession session, TimeProvider clock) =>
        {
            if (Caller.From(ctx.User) is null) return Results.Unauthorized();
            var policy = await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ctx.RequestAborted) ?? VettingPolicy.Default;
            var today = RigaCalendar.Today(clock);
            var mentors = await session.Query<Mentor>().Stats(out QueryStatistics stats)
                .Where(m => m.Profile.Municipalities.Contains("riga") && m.Profile.Languages.Contains("ru"))
                .Where(MentorInDate.Matchable(today, policy))
                .OrderByDescending(m => m.AppliedAt).ThenBy(m => m.Id).Take(20).ToListAsync(ctx.RequestAborted);
            return Results.Json(new
            {
                data = new
                {
                    mentors = new
                    {
                        totalCount = stats.TotalResults,
                        nodes = mentors.Select(m => new { id = m.Id, name = m.Profile.Name, status = m.StatusOn(today, policy).ToString().ToUpperInvariant(), matchable = m.IsMatchable(today, policy), capacity = m.Profile.Capacity }),
                    },
                },
            });
        });

    /// <summary>The same upcoming-releases query as GraphQL's, called directly and written as JSON.</summary>
    public static void MapUpcomingReleases(WebApplication app) =>
        app.MapGet("/baseline/upcomingReleases", async (HttpContext ctx, IQuerySession session, TimeProvider clock) =>
        {
            if (Caller.From(ctx.User) is null) return Results.Unauthorized();
            var upcoming = await Mentoring.Api.Clients.ClientQueries.Upcoming(session, RigaCalendar.Today(clock), 60, "riga", false, ctx.RequestAborted);
            return Results.Json(new
            {
                data = new
                {
                    upcomingReleases = upcoming.Select(u => new
                    {
                        daysToRelease = u.DaysToRelease, needsMatchBy = u.NeedsMatchBy,
                        client = new { id = u.Client.Id, name = u.Client.Person.Name, releaseDate = u.Client.ReleaseDate },
                    }),
                },
            });
        });

    /// <summary>
    /// The same page as GraphQL's matchPage(first: 100) with each match's client and mentor name: the same page query, then
    /// the page's clients and mentors batch-loaded (one LoadManyAsync each), written as JSON.
    /// </summary>
    public static void MapMatches(WebApplication app) =>
        app.MapGet("/baseline/matches", async (HttpContext ctx, IQuerySession session) =>
        {
            if (Caller.From(ctx.User) is null) return Results.Unauthorized();
            var ct = ctx.RequestAborted;
            var page = await Mentoring.Api.Matching.MatchingQueries.Page(session, null, null, null, 100, null, ct);
            var clients = (await session.LoadManyAsync<Mentoring.Domain.Clients.Client>(ct, page.Nodes.Select(m => m.ClientId).Distinct())).ToDictionary(c => c.Id);
            var mentors = (await session.LoadManyAsync<Mentor>(ct, page.Nodes.Select(m => m.MentorId).Distinct())).ToDictionary(m => m.Id);
            return Results.Json(new
            {
                data = new
                {
                    matchPage = new
                    {
                        nodes = page.Nodes.Select(m => new
                        {
                            id = m.Id, stage = m.Stage.ToString().ToUpperInvariant(),
                            client = clients.GetValueOrDefault(m.ClientId) is { } c ? new { name = c.Person.Name } : null,
                            mentor = mentors.GetValueOrDefault(m.MentorId) is { } x ? new { name = x.Profile.Name } : null,
                        }),
                    },
                },
            });
        });

    /// <summary>The same append as logContact (same handler), without GraphQL.</summary>
    public static void MapLogContact(WebApplication app) =>
        app.MapPost("/baseline/logContact", async (HttpContext ctx, Mentoring.Api.Contacts.ContactInput input, IDocumentSession session, TimeProvider clock) =>
        {
            if (Caller.From(ctx.User) is not { } caller) return Results.Unauthorized();
            var payload = await Mentoring.Api.Contacts.ContactMutations.LogAsync(input, caller, session, clock, ctx.RequestAborted);
            return Results.Json(new { data = new { logContact = new { result = payload.Item is null ? null : new { contact = new { id = payload.Item.Contact.Id } }, errors = payload.Errors } } });
        });

    private static object Shape(Contract c) => new
    {
        id = c.Id, version = c.Version, municipality = new { code = c.MunicipalityCode }, startDate = c.StartDate, endDate = c.EndDate,
        clientCapacity = c.ClientCapacity, status = c.Status.ToString().ToUpperInvariant(),
    };
}
