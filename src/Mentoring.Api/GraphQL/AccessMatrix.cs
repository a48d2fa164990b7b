using System.Text;
using GraphQL;
using GraphQL.Types;
using Mentoring.Domain.Users;

namespace Mentoring.Api.GraphQL;

/// <summary>Who may use one operation, read one type, or read one field that has a rule of its own.</summary>
/// <param name="Kind">query, mutation, type or field.</param>
/// <param name="Roles">Null with sign-in required: every signed-in user with a role; empty: nobody.</param>
/// <param name="MentorScope">For mentors: "own match" when they get it only for their own matches.</param>
public sealed record AccessRule(string Type, string Field, string Kind, bool Anonymous, IReadOnlyList<Role>? Roles, string? Description,
    string? MentorScope = null)
{
    public bool AnySignedIn => !Anonymous && Roles is null;

    public bool Allows(Role? role) => Anonymous || (role is { } r && (Roles is null || Roles.Contains(r)));
}

/// <summary>
/// The permission matrix, read from the rules declared on the schema's types and fields — the same metadata
/// <see cref="RoleAuthorizationRule"/> enforces — so the documented matrix (docs/security.md) and the generated
/// access tests cannot disagree with what the API does.
/// </summary>
public static class AccessMatrix
{
    public static IReadOnlyList<AccessRule> From(ISchema schema)
    {
        schema.Initialize();
        var rules = new List<AccessRule>();
        foreach (var (type, kind) in new[] { (schema.Query, "query"), (schema.Mutation, "mutation") })
            if (type is not null)
                rules.AddRange(type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Rule(type.Name, f.Name, f, kind)));
        foreach (var type in ObjectTypes(schema))
        {
            rules.Add(Rule(type.Name, "", type, "type"));
            // Fields with a rule of their own: they narrow their type's readers (or choose them, on a payload).
            rules.AddRange(type.Fields.Where(f => f.IsAnonymousAllowed() || f.IsAuthorizationRequired())
                .OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => Rule(type.Name, f.Name, f, "field")));
        }
        return rules;
    }

    /// <summary>Every object type a document can select from, except the roots and introspection's own.</summary>
    public static IEnumerable<IObjectGraphType> ObjectTypes(ISchema schema) => schema.AllTypes.OfType<IObjectGraphType>()
        .Where(t => t != schema.Query && t != schema.Mutation && !t.Name.StartsWith("__", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static AccessRule Rule(string type, string field, IMetadataReader target, string kind)
    {
        var declared = target.IsAnonymousAllowed() || target.IsAuthorizationRequired();
        var roles = target.GetRoles() is { Count: > 0 } names ? names.Select(Enum.Parse<Role>).OrderBy(r => r).ToList() : null;
        var description = (target as FieldType)?.Description ?? (target as IGraphType)?.Description;
        // Without a rule it is closed (RoleAuthorizationRule refuses it): say so as "nobody".
        return new AccessRule(type, field, kind, target.IsAnonymousAllowed(), declared ? roles : [], description, target.MentorScope());
    }

    private static readonly Role[] Columns = [Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.MunicipalityViewer, Role.Auditor, Role.Referrer, Role.SocialWorker];

    /// <summary>The operations as a markdown table: one row per operation, one column per role.</summary>
    public static string Markdown(IReadOnlyList<AccessRule> rules) =>
        Table("operation", rules.Where(r => r.Kind is "query" or "mutation"), r => $"`{r.Field}`");

    /// <summary>The types and the fields with rules of their own: what can be read once an operation answers.</summary>
    public static string TypesMarkdown(IReadOnlyList<AccessRule> rules) =>
        Table("type or field", rules.Where(r => r.Kind is "type" or "field"), r => r.Kind == "type" ? $"`{r.Type}`" : $"`{r.Type}.{r.Field}`");

    private static string Table(string head, IEnumerable<AccessRule> rules, Func<AccessRule, string> name)
    {
        var text = new StringBuilder();
        text.Append($"| {head} | kind | anonymous | ").AppendJoin(" | ", Columns).Append(" |\n");
        text.Append("|---|---|:-:|").Append(string.Concat(Columns.Select(_ => ":-:|"))).Append('\n');
        foreach (var rule in rules)
        {
            text.Append($"| {name(rule)} | {rule.Kind} | {(rule.Anonymous ? "✔" : "—")} | ")
                .AppendJoin(" | ", Columns.Select(r => !rule.Allows(r) ? "—" : r == Role.Mentor && rule.MentorScope is { } scope ? $"✔ {scope}" : "✔"))
                .Append(" |\n");
        }
        return text.ToString();
    }
}
