using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// Who may use which field, declared on the field itself (<see cref="RequireRoles{TMetadataWriter}"/>,
/// <see cref="AuthorizationExtensions.AllowAnonymous{TMetadataProvider}"/>) and enforced in one place: the
/// <see cref="RoleAuthorizationRule"/> that validates every document before anything executes.
/// </summary>
public static class FieldAccess
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    public static T RequireRoles<T>(this T field, params Role[] roles) where T : IMetadataWriter =>
        field.AuthorizeWithRoles(roles.Select(r => r.ToString()).ToArray());

    /// <summary>Any signed-in user; what they then see is limited by their tenant's session.</summary>
    public static T RequireSignIn<T>(this T field) where T : IMetadataWriter => field.Authorize();
}

/// <summary>
/// Fails closed: a root field (query or mutation) that declares neither roles nor anonymous access is refused,
/// so a new operation cannot ship without an access decision. Nested fields are checked when they declare roles
/// (the fields that carry personal data do).
/// </summary>
public sealed class RoleAuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) => Check(node, ctx)));

    private static void Check(GraphQLField node, ValidationContext context)
    {
        var field = context.TypeInfo.GetFieldDef();
        var parent = context.TypeInfo.GetParentType(); // the type that declares the field
        if (field is null || parent is null) return;
        if (field.Name.StartsWith("__", StringComparison.Ordinal)) return; // introspection: see issue on hardening

        var isRoot = parent == context.Schema.Query || parent == context.Schema.Mutation;
        if (field.IsAnonymousAllowed()) return;
        if (!field.IsAuthorizationRequired())
        {
            if (isRoot) Report(context, node, FieldAccess.Forbidden, $"The operation '{field.Name}' has no access rule and is closed.");
            return;
        }

        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            Report(context, node, FieldAccess.Unauthenticated, $"Sign in to use '{field.Name}'.");
            return;
        }
        var roles = field.GetRoles();
        if (roles is { Count: > 0 } && !roles.Any(user.IsInRole))
            Report(context, node, FieldAccess.Forbidden, $"Your role does not allow '{parent.Name}.{field.Name}'.");
    }

    private static void Report(ValidationContext context, GraphQLField node, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, "authorization", message, node) { Code = code });
}

public static class ClaimsExtensions
{
    public static bool IsAnonymous(this ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated != true;
}
