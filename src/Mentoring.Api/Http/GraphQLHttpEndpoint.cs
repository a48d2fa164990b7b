using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mentoring.Api.Http;

/// <summary>
/// The thin GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/): POST with JSON, GET for
/// queries only, content negotiation between application/graphql-response+json and application/json, and the
/// status codes the spec assigns to each. Before GraphQL.NET validates and executes, the document's size is counted
/// (<see cref="DocumentCost"/>) and its text checked for control characters.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <param name="importBodyBytes">The larger limit of an OrgAdmin's requests: only they import spreadsheets, sent as base64
    /// in a mutation (<see cref="Import.ImportMutations"/>). The role is known from the cookie or token before the body is read.</param>
    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app, string path, long maxBodyBytes, long? importBodyBytes = null)
    {
        var budget = DocumentCost.Budget.From(app.ServiceProvider.GetRequiredService<MentoringOptions>(),
            app.ServiceProvider.GetRequiredService<IOptions<DocumentBudgetOptions>>().Value);
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext ctx, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IAntiforgery antiforgery, ParsedDocuments documents) =>
                HandleAsync(ctx, executer, serializer, antiforgery, documents,
                    importBodyBytes is { } larger && ctx.User.IsInRole(nameof(Domain.Users.Role.OrgAdmin)) ? Math.Max(larger, maxBodyBytes) : maxBodyBytes, budget));
    }

    private static async Task HandleAsync(HttpContext ctx, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        IAntiforgery antiforgery, ParsedDocuments documents, long maxBodyBytes, DocumentCost.Budget budget)
    {
        ctx.Response.Headers.CacheControl = "no-store";
        ctx.Response.Headers.Vary = "Accept, Cookie, Authorization";
        var media = Negotiate(ctx.Request.Headers.Accept);
        if (media is null)
        {
            await WriteProblem(ctx, serializer, Json, new RequestProblem(406, $"Accept {GraphQLResponseJson} or {Json}.", "NOT_ACCEPTABLE"));
            return;
        }

        var (request, problem) = await GraphQLHttpRequestReader.ReadAsync(ctx, serializer, maxBodyBytes);
        if (problem is not null || request is null)
        {
            await WriteProblem(ctx, serializer, media, problem!);
            return;
        }

        // A browser's cookie is sent on cross-site requests too; the anti-forgery header proves the page is ours.
        if (HttpMethods.IsPost(ctx.Request.Method) && ctx.IsCookieAuthenticated() && !await antiforgery.IsRequestValidAsync(ctx))
        {
            await WriteProblem(ctx, serializer, media, new RequestProblem(403,
                $"Missing or invalid anti-forgery token: send the {AuthSetup.AntiforgeryHeader} header from GET /auth/antiforgery.", "ANTIFORGERY"));
            return;
        }

        // A document seen before was parsed, counted and scanned then (ParsedDocuments); validation, which checks the caller's
        // access, runs on every request all the same.
        var cached = documents.Find(request.Query);
        var document = cached;
        if (document is null)
        {
            try
            {
                document = TryParse(documents, request.Query);
            }
            catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
            {
                // The parser stops before a stack overflow; that is the client's document, not a server fault.
                await WriteProblem(ctx, serializer, media, new RequestProblem(400, "The document is nested too deeply to parse.", "TOO_DEEP"));
                return;
            }
            // Counted before GraphQL.NET validates anything: validation's cost grows with the square of repeated fields.
            if (document is not null && DocumentCost.Check(document, budget) is { } refusal)
            {
                await WriteProblem(ctx, serializer, media, new RequestProblem(400, refusal.Message, refusal.Code));
                return;
            }
        }
        // Text that reaches a resolver is free of control characters, whichever field it is for; nothing has run yet.
        if ((ControlCharacters.Find(null, request.Variables) ?? (cached is null ? ControlCharacters.Find(document, null) : null)) is { } control)
        {
            await WriteProblem(ctx, serializer, media, control);
            return;
        }
        var operation = document is null ? null : SelectOperation(document, request.OperationName);
        if (HttpMethods.IsGet(ctx.Request.Method) && operation is not null && operation.Operation != OperationType.Query)
        {
            ctx.Response.Headers.Allow = "POST";
            await WriteProblem(ctx, serializer, media, new RequestProblem(405, "Only queries may be sent with GET; send mutations with POST.", "METHOD_NOT_ALLOWED"));
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            // A kept document passed the spec's rules already (they read only the document and the schema); the rules the
            // configuration adds (the caller's roles, introspection, depth and complexity) and the one core rule that reads
            // the request's arguments run on every request all the same.
            ValidationRules = cached is null ? null : ParsedDocuments.RulesForKept,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = ctx.User,
            RequestServices = ctx.RequestServices,
            CancellationToken = ctx.RequestAborted,
        });
        if (cached is null && document is not null && result.Executed) documents.Keep(request.Query, document);

        // Every read of a person's file is recorded before the answer leaves; one that cannot be recorded is not answered.
        if (ctx.RequestServices.GetService<CaseReadAudit>() is { HasReads: true } audit)
        {
            try
            {
                await audit.FlushAsync(ctx.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Mentoring.Audit")
                    .LogError("Audit records could not be written ({ExceptionType}); the answer was withheld", ex.GetType().FullName);
                await WriteProblem(ctx, serializer, media, new RequestProblem(503, "The read could not be recorded in the audit trail, so it is not shown. Try again.", "AUDIT_UNAVAILABLE"));
                return;
            }
        }

        ctx.Response.StatusCode = media == Json || result.Executed ? 200 : StatusForRefusal(result.Errors);
        ctx.Response.ContentType = media + "; charset=utf-8";
        await serializer.WriteAsync(ctx.Response.Body, result, ctx.RequestAborted);
    }

    /// <summary>401 when only sign-in is missing, 403 when only roles are, 400 for every other refused document.</summary>
    private static int StatusForRefusal(ExecutionErrors? errors)
    {
        if (errors is null || errors.Count == 0) return 400;
        if (errors.All(e => e.Code == FieldAccess.Unauthenticated)) return 401;
        if (errors.All(e => e.Code is FieldAccess.Unauthenticated or FieldAccess.Forbidden)) return 403;
        return 400;
    }

    /// <summary>The best supported media type by q-value; graphql-response+json wins ties. No Accept header means application/json.</summary>
    internal static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList([accept], out var types)) return Json;
        // Exact type or wildcard only: application/json must not count as accepting the +json subtype or vice versa.
        double Quality(string mediaType) => types
            .Where(t => t.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
                        || t.MediaType.Equals("*/*", StringComparison.Ordinal)
                        || t.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Quality ?? 1.0).DefaultIfEmpty(0).Max();
        var graphql = Quality(GraphQLResponseJson);
        var json = Quality(Json);
        if (graphql <= 0 && json <= 0) return null;
        // Only wildcards (*/*, application/*): a client that did not ask for the new type gets application/json, as the
        // spec advises for legacy clients; asked for by name, graphql-response+json wins ties.
        var named = types.Any(t => t.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));
        if (!named) return json > 0 ? Json : GraphQLResponseJson;
        return graphql >= json ? GraphQLResponseJson : Json;
    }

    private static GraphQLDocument? TryParse(ParsedDocuments documents, string query)
    {
        try { return documents.Parse(query); }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException) { return null; } // the executer reports it in GraphQL's own words
        // GraphQLMaxDepthExceededException is left to the caller: the executer would throw it again as an internal error.
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static async Task WriteProblem(HttpContext ctx, IGraphQLTextSerializer serializer, string media, RequestProblem problem)
    {
        ctx.Response.StatusCode = problem.Status;
        ctx.Response.ContentType = media + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(problem.Message) { Code = problem.Code });
        await serializer.WriteAsync(ctx.Response.Body, result, ctx.RequestAborted);
    }
}
