using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
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
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
            })
            // Marten sessions are not thread-safe: resolve query fields one after another, like mutations.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false));

    /// <summary>The schema as SDL, as committed in src/Mentoring.Api/schema.graphql.</summary>
    public static string PrintSdl(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
