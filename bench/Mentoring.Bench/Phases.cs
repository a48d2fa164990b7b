using System.Diagnostics;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Mentoring.Bench;

/// <summary>
/// Where one request's GraphQL time goes, in process and one request at a time (no HTTP, no contention): parsing and the
/// cost count (what the parsed-document cache saves), validation (which still runs on every request: it holds the access
/// rules), execution with its database reads, and serialisation. Medians over the runs, after a warm-up.
/// </summary>
public static class Phases
{
    public static async Task<string> MeasureAsync(IServiceProvider services, ClaimsPrincipal user, string document, int runs = 300,
        Func<IServiceProvider, Task<object>>? bare = null)
    {
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var http = services.GetRequiredService<IHttpContextAccessor>();
        var budget = DocumentCost.Budget.From(services.GetRequiredService<MentoringOptions>(), services.GetRequiredService<IOptions<DocumentBudgetOptions>>().Value);
        var (parse, count, validate, total, serialise) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < runs + 50; i++)
        {
            var watch = Stopwatch.StartNew();
            var parsed = GraphQLParser.Parser.Parse(document);
            var parseMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            if (DocumentCost.Check(parsed, budget) is not null) throw new InvalidOperationException("refused by the cost count");
            var countMs = watch.Elapsed.TotalMilliseconds;

            // Once with metrics for the validation time (the per-field metrics would inflate execution), once without for the whole.
            var measured = await ExecuteAsync(services, executer, http, user, document, parsed, metrics: true);
            var validationMs = measured.Perf!.Where(p => p.Subject == "Validating document").Sum(p => p.Duration);
            watch.Restart();
            var result = await ExecuteAsync(services, executer, http, user, document, parsed, metrics: false);
            var totalMs = watch.Elapsed.TotalMilliseconds;
            if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
            watch.Restart();
            await serializer.WriteAsync(Stream.Null, result);
            var serialiseMs = watch.Elapsed.TotalMilliseconds;
            if (i < 50) continue;
            parse.Add(parseMs); count.Add(countMs); validate.Add(validationMs); total.Add(totalMs); serialise.Add(serialiseMs);
        }
        static string Ms(List<double> values) => $"{values.Order().ElementAt(values.Count / 2):F3}";
        var execute = total.Zip(validate, (t, v) => t - v).ToList();
        var bareMs = bare is null ? "" : await MeasureBareAsync(services, user, bare, runs);
        return $"| {Ms(parse)} | {Ms(count)} | {Ms(validate)} | {Ms(execute)} | {Ms(serialise)} | {bareMs} |";
    }

    /// <summary>
    /// The bare side of the same read, in process and one at a time: its Marten work (resolved from a request scope of
    /// the same user, as the endpoint's) and writing the answer as JSON. Median ms; set against the GraphQL execution
    /// plus serialisation it shows the per-request work GraphQL adds on top of the same reads.
    /// </summary>
    public static async Task<string> MeasureBareAsync(IServiceProvider services, ClaimsPrincipal user, Func<IServiceProvider, Task<object>> read, int runs = 300)
    {
        var http = services.GetRequiredService<IHttpContextAccessor>();
        var total = new List<double>();
        for (var i = 0; i < runs + 50; i++)
        {
            await using var scope = services.CreateAsyncScope();
            http.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
            var watch = Stopwatch.StartNew();
            try
            {
                await System.Text.Json.JsonSerializer.SerializeAsync(Stream.Null, await read(scope.ServiceProvider));
            }
            finally
            {
                http.HttpContext = null;
            }
            if (i >= 50) total.Add(watch.Elapsed.TotalMilliseconds);
        }
        return $"{total.Order().ElementAt(total.Count / 2):F3}";
    }

    private static async Task<ExecutionResult> ExecuteAsync(IServiceProvider services, IDocumentExecuter<ISchema> executer, IHttpContextAccessor http,
        ClaimsPrincipal user, string document, GraphQLParser.AST.GraphQLDocument parsed, bool metrics)
    {
        await using var scope = services.CreateAsyncScope();
        http.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = document, Document = parsed, User = user, RequestServices = scope.ServiceProvider, EnableMetrics = metrics,
            });
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}
