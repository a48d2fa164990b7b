using GraphQL.Validation;
using GraphQLParser.AST;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// Aliases let one small document ask for the same field hundreds of times (a cheap way to multiply load or to
/// try many passwords in one request): more than the limit is refused before anything runs.
/// </summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public const string Code = "TOO_MANY_ALIASES";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++aliases == maxAliases + 1)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "aliases", $"The document uses more than {maxAliases} aliases.", field) { Code = Code });
        }));
    }
}

/// <summary>
/// Outside development the schema is described only to signed-in callers: anonymous visitors get the public
/// operations' answers, not a map of everything else. (GraphiQL works for anyone signed in to the app.)
/// </summary>
public sealed class IntrospectionRule(bool anonymousAllowed) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(anonymousAllowed || context.User?.Identity?.IsAuthenticated == true ? null : new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
                ctx.ReportError(new ValidationError(ctx.Document.Source, "authorization", "Sign in to read the schema.", field) { Code = FieldAccess.Unauthenticated });
        }));
}
