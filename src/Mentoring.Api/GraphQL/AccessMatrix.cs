using System.Text;
using GraphQL;
using GraphQL.Types;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>Who may use one field: anyone, any signed-in user, or the listed roles.</summary>
public sealed record AccessRule(string Type, string Field, string Kind, bool Anonymous, IReadOnlyList<Role>? Roles, string? Description)
{
    /// <summary>Null roles with sign-in required: every signed-in user.</summary>
    public bool AnySignedIn => !Anonymous && Roles is null;

    public bool Allows(Role? role) => Anonymous || (role is { } r && (Roles is null || Roles.Contains(r)));
}

/// <summary>
/// The permission matrix, read from the access rules declared on the schema's fields — the same metadata
/// <see cref="RoleAuthorizationRule"/> enforces — so the documented matrix (docs/security.md) and the generated
/// access test cannot disagree with what the API does.
/// </summary>
public static class AccessMatrix
{
    public static IReadOnlyList<AccessRule> From(ISchema schema)
    {
        schema.Initialize();
        var rules = new List<AccessRule>();
        foreach (var (type, kind) in new[] { (schema.Query, "query"), (schema.Mutation, "mutation") })
            if (type is not null)
                rules.AddRange(type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Rule(type.Name, f, kind)));
        // Nested fields that narrow access further (the restricted personal data).
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => t != schema.Query && t != schema.Mutation && !t.Name.StartsWith("__", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
            rules.AddRange(type.Fields.Where(f => f.GetRoles() is { Count: > 0 }).OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Rule(type.Name, f, "field")));
        return rules;
    }

    private static AccessRule Rule(string type, FieldType field, string kind)
    {
        var roles = field.GetRoles() is { Count: > 0 } names ? names.Select(Enum.Parse<Role>).OrderBy(r => r).ToList() : null;
        // A root field without any rule is refused by RoleAuthorizationRule: say so as "nobody".
        var closed = kind != "field" && !field.IsAnonymousAllowed() && !field.IsAuthorizationRequired();
        return new AccessRule(type, field.Name, kind, field.IsAnonymousAllowed(), closed ? [] : roles, field.Description);
    }

    private static readonly Role[] Columns = [Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.MunicipalityViewer, Role.Auditor];

    /// <summary>The matrix as a markdown table: one row per operation or restricted field, one column per role.</summary>
    public static string Markdown(IReadOnlyList<AccessRule> rules)
    {
        var text = new StringBuilder();
        text.Append("| operation | kind | anonymous | ").AppendJoin(" | ", Columns).Append(" |\n");
        text.Append("|---|---|:-:|").Append(string.Concat(Columns.Select(_ => ":-:|"))).Append('\n');
        foreach (var rule in rules)
        {
            var name = rule.Kind == "field" ? $"`{rule.Type}.{rule.Field}`" : $"`{rule.Field}`";
            text.Append($"| {name} | {rule.Kind} | {(rule.Anonymous ? "✔" : "—")} | ")
                .AppendJoin(" | ", Columns.Select(r => rule.Allows(r) ? "✔" : "—")).Append(" |\n");
        }
        return text.ToString();
    }
}
