using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// Who may read what, declared where it is defined and enforced in one place: the <see cref="RoleAuthorizationRule"/>
/// that validates every document before anything executes.
/// <list type="bullet">
/// <item>Every object type states its readers (<see cref="ReadableBy{T}"/>, <see cref="ReadableBySignedIn{T}"/>,
/// <see cref="ReadableByAnyone{T}"/>); its fields inherit that rule.</item>
/// <item>A field may narrow (or, on a payload, choose) its own readers with <see cref="RequireRoles{T}"/>.</item>
/// <item>Root operations state their own rule; Query and Mutation have none to inherit.</item>
/// </list>
/// A field with neither a rule of its own nor one on its type is refused for everybody: a new type or field cannot
/// reach anyone until somebody decides who may read it.
/// </summary>
public static class FieldAccess
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    private const string ScopeKey = "mentoring:scope";

    /// <summary>Mentors reach it only for their own matches: the resolvers build it from the caller's mentor id alone.</summary>
    public const string OwnMatch = "own match";

    public static T RequireRoles<T>(this T field, params Role[] roles) where T : IMetadataWriter =>
        field.AuthorizeWithRoles(roles.Select(r => r.ToString()).ToArray());

    /// <summary>Any signed-in user holding a role; what they then see is limited by their tenant's session.</summary>
    public static T RequireSignIn<T>(this T field) where T : IMetadataWriter => field.Authorize();

    private const string NoRoleKey = "mentoring:no-role-needed";

    /// <summary>
    /// Signed in, even while holding no role yet — for the steps that give a person their roles back (enrolling a second
    /// factor the organisation requires). Everything else a role-less person is refused.
    /// </summary>
    public static T RequireSignInWithoutRole<T>(this T field) where T : IMetadataWriter
    {
        field.Metadata[NoRoleKey] = true;
        return field.Authorize();
    }

    public static bool NeedsNoRole(this IMetadataReader target) => target.GetMetadata(NoRoleKey, false);

    public static T ReadableBy<T>(this T type, params Role[] roles) where T : IComplexGraphType => type.RequireRoles(roles);
    public static T ReadableBySignedIn<T>(this T type) where T : IComplexGraphType => type.Authorize();
    /// <summary>Reference data, errors, and the answers of the operations open to anonymous callers.</summary>
    public static T ReadableByAnyone<T>(this T type) where T : IComplexGraphType => type.AllowAnonymous();

    /// <summary>Documents (in the matrix) that mentors get it only for their own matches; the resolvers enforce it.</summary>
    public static T OwnMatchOnly<T>(this T target) where T : IMetadataWriter
    {
        target.Metadata[ScopeKey] = OwnMatch;
        return target;
    }

    public static string? MentorScope(this IMetadataReader target) => target.GetMetadata<string?>(ScopeKey);

    /// <summary>True when the field or its type declares a rule; the one that applies is the field's, else the type's.</summary>
    public static IMetadataReader? RuleOf(FieldType field, IGraphType parent) =>
        Declares(field) ? field : Declares(parent) ? parent : null;

    private static bool Declares(IMetadataReader x) => x.IsAnonymousAllowed() || x.IsAuthorizationRequired();

    public static bool IsIntrospection(FieldType field, IGraphType parent) =>
        field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal);
}

/// <summary>
/// Fails closed at every field: each selected field is checked against its own rule or, failing that, its type's; a
/// field with neither is refused. Errors name the type and field, never any data.
/// </summary>
public sealed class RoleAuthorizationRule : ValidationRuleBase
{
    /// <summary>
    /// Reports every refused field, also beneath one already refused (the schema walk checks each field's own rule);
    /// the API reports only the outermost refusal of a branch.
    /// </summary>
    public bool ReportBeneathRefusals { get; init; }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        GraphQLField? refusedAt = null;
        return new(new MatchingNodeVisitor<GraphQLField>(
            (node, ctx) =>
            {
                if ((refusedAt is null || ReportBeneathRefusals) && Check(node, ctx)) refusedAt ??= node;
            },
            (node, _) =>
            {
                if (ReferenceEquals(node, refusedAt)) refusedAt = null;
            }));
    }

    private static bool Check(GraphQLField node, ValidationContext context)
    {
        var field = context.TypeInfo.GetFieldDef();
        // The type that declares the field; TypeInfo gives it wrapped (a list of non-null X) below the root.
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (field is null || parent is null) return false;
        if (FieldAccess.IsIntrospection(field, parent)) return false; // introspection has its own rule (IntrospectionRule)
        if (Decide(field, parent, context.User) is not { } refusal) return false;
        context.ReportError(new ValidationError(context.Document.Source, "authorization", refusal.Message, node) { Code = refusal.Code });
        return true;
    }

    public sealed record Refusal(string Code, string Message);

    /// <summary>The one access decision, shared by validation and the generated access test.</summary>
    public static Refusal? Decide(FieldType field, IGraphType parent, ClaimsPrincipal? user)
    {
        var rule = FieldAccess.RuleOf(field, parent);
        if (rule is null) return new Refusal(FieldAccess.Forbidden, $"'{parent.Name}.{field.Name}' has no access rule and is closed.");
        if (rule.IsAnonymousAllowed()) return null;
        if (user?.Identity?.IsAuthenticated != true) return new Refusal(FieldAccess.Unauthenticated, $"Sign in to use '{parent.Name}.{field.Name}'.");
        if (rule.NeedsNoRole()) return null;
        var roles = rule.GetRoles();
        // A signed-in person without any role (a mentor whose vetting lapsed or who was suspended, staff who must first
        // enrol a second factor) may only sign out — and enrol.
        var allowed = roles is { Count: > 0 } ? roles.Any(user.IsInRole) : user.FindAll(ClaimTypes.Role).Any();
        return allowed ? null : new Refusal(FieldAccess.Forbidden, $"Your role does not allow '{parent.Name}.{field.Name}'.");
    }
}

public static class ClaimsExtensions
{
    public static bool IsAnonymous(this ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated != true;
}
