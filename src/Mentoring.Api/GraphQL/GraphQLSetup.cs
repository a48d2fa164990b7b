using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Mentoring.Api.Hosting;

namespace Mentoring.Api.GraphQL;

public static class GraphQLSetup
{
    public static IServiceCollection AddMentoringGraphQL(this IServiceCollection services, MentoringOptions options) =>
        services.AddGraphQL(b => b
            .AddSchema<MentoringSchema>()
            // Latvian and Russian text stays readable in responses; HTML-significant characters are still escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddGraphTypes(typeof(MentoringSchema).Assembly)
            .AddValidationRule<RoleAuthorizationRule>()
            // Fields that carry case data note every read; the endpoint records them before answering.
            .AddSchemaVisitor<Audit.AuditedReads>()
            // Aliases, repeated fields, fragments and introspection are counted before validation (DocumentCost, in the endpoint).
            .AddValidationRule(new IntrospectionRule(options.AnonymousIntrospection ?? false))
            .AddComplexityAnalyzer(c =>
            {
                // Limits are checked in Limit, which tells introspection from real queries.
                c.MaxDepth = null;
                c.MaxComplexity = null;
                c.ValidateComplexityDelegate = context => Limit(context, options.MaxDepth, options.MaxComplexity);
            })
            // Marten sessions are not thread-safe: resolve query fields one after another, like mutations.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider(sp => new MentoringErrorInfoProvider(sp.GetService<IHttpContextAccessor>()))
            .AddUnhandledExceptionHandler(LogUnhandled)
            // Last, so that it sees every rule added above. No "Did you mean" where the schema is not open to everyone.
            .ConfigureExecutionOptions(o =>
            {
                if (options.AnonymousIntrospection != true) o.ValidationRules = SchemaHints.Removed(o.ValidationRules ?? DocumentValidator.CoreRules);
            }))
            .AddScoped<RelatedDocuments>() // one set of batch loaders per request
            .AddSingleton<ParsedDocuments>()
            .AddOptions<DocumentBudgetOptions>().BindConfiguration("Mentoring").Services;

    /// <summary>
    /// Logs the failing field and the exception's type and stack, never its message: database errors quote the
    /// values involved (names, e-mails), and logs must carry no personal data. The client sees a generic error.
    /// </summary>
    private static void LogUnhandled(UnhandledExceptionContext context)
    {
        var log = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Mentoring.GraphQL");
        log?.LogError("Unhandled {ExceptionType} in field {Field}, trace {TraceId}: {StackTrace}", context.OriginalException.GetType().FullName,
            context.FieldContext?.FieldDefinition.Name, Correlation.Id(context.ExecutionOptions.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext),
            context.OriginalException.StackTrace);
    }

    /// <summary>
    /// Introspection nests ofType deeper than any real query (GraphiQL's reaches 15) and its list-heavy shape scores
    /// far above any real query, while its cost is bounded by the schema's size and by <see cref="DocumentCost"/> (no
    /// aliases, at most three nested lists): it gets a depth limit of its own and no complexity limit.
    /// </summary>
    public const int MaxIntrospectionDepth = 20;

    private static Task Limit(ComplexityValidationContext context, int maxDepth, int maxComplexity)
    {
        var operation = context.ValidationContext.Operation;
        var introspectionOnly = operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        var depthLimit = introspectionOnly ? MaxIntrospectionDepth : maxDepth;
        if (context.MaxDepth > depthLimit)
            context.Error = new ComplexityError($"Query is too nested to execute. Depth is {context.MaxDepth} levels; the maximum allowed is {depthLimit}.");
        else if (!introspectionOnly && context.TotalImpact > maxComplexity)
            context.Error = new ComplexityError($"Query is too complex to execute. Complexity is {context.TotalImpact}; the maximum allowed is {maxComplexity}.");
        return Task.CompletedTask;
    }

    /// <summary>The schema as SDL, as committed in src/Mentoring.Api/schema.graphql.</summary>
    public static string PrintSdl(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}

/// <summary>
/// What an error tells the caller. An unhandled exception becomes INTERNAL_ERROR with the request's trace id, whatever its
/// type (GraphQL.NET would name the type: ARGUMENT_OUT_OF_RANGE, POSTGRES…); no error lists exception-derived codes.
/// </summary>
public sealed class MentoringErrorInfoProvider(IHttpContextAccessor? http)
    : ErrorInfoProvider(o => { o.ExposeExceptionDetails = false; o.ExposeCodes = false; })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (IsUnhandled(executionError))
        {
            info.Message = "Something went wrong on our side; the error was logged. Quote the traceId when you report it.";
            info.Extensions = new Dictionary<string, object?> { ["code"] = ExceptionHandling.InternalError, ["traceId"] = Correlation.Id(http?.HttpContext) };
        }
        return info;
    }

    /// <summary>An exception that escaped a resolver or the executer, as opposed to an error raised on purpose or about the document.</summary>
    private static bool IsUnhandled(ExecutionError error) =>
        error is UnhandledError
        || (error is not DocumentError && error.InnerException is { } inner && error.Code == GetErrorCode(inner));
}
