using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contracts;
using Mentoring.Domain.Contracts;

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
            var contracts = await ContractQueries.Visible(caller, session, store, ctx.RequestAborted);
            return Results.Json(new { data = new { contracts = contracts.OrderByDescending(c => c.StartDate).ThenBy(c => c.MunicipalityCode).Select(Shape) } });
        });

        app.MapPost("/baseline/createContract", async (HttpContext ctx, CreateContractInput input, IDocumentSession session, IDocumentStore store, TimeProvider clock) =>
        {
            if (Caller.From(ctx.User) is not { } caller) return Results.Unauthorized();
            var payload = await ContractMutations.Create(input, caller, session, store, clock, ctx.RequestAborted);
            return Results.Json(new { data = new { createContract = new { contract = payload.Item is null ? null : Shape(payload.Item), errors = payload.Errors } } });
        });
    }

    private static object Shape(Contract c) => new
    {
        id = c.Id, version = c.Version, municipality = new { code = c.MunicipalityCode }, startDate = c.StartDate, endDate = c.EndDate,
        clientCapacity = c.ClientCapacity, status = c.Status.ToString().ToUpperInvariant(),
    };
}
