using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Api.Tests.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Auth;

/// <summary>
/// Walks the whole schema: for every root operation, one document selecting every field reachable from it (through
/// nested objects and payloads, each type expanded once), validated as every role and anonymously. Each field's
/// access decision must be the one docs/security.md documents for that type and field — read from the document, not
/// from the code, so weakening a rule in the code fails here until the documented matrix changes with it.
/// </summary>
public sealed partial class SchemaAccessWalkTests
{
    private static readonly Role?[] Callers = [null, Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.MunicipalityViewer, Role.Auditor, Role.Referrer, Role.SocialWorker];
    private static readonly string[] Columns = ["anonymous", "PlatformAdmin", "OrgAdmin", "Coordinator", "Mentor", "MunicipalityViewer", "Auditor", "Referrer", "SocialWorker"];

    /// <summary>The staff's case-file types: a mentor must never be able to select a field of one, through any path.</summary>
    private static readonly string[] StaffOnly = ["Client", "Mentor", "Match", "NeedAssessment", "ClientTimelineEntry", "MentorTimelineEntry", "LivedExperience", "ClientPreferences",
        "MatchMonitoring", "StaffCheckIn", "HealthCheck", "HealthTask", "CheckInDue", "OpenHealthTask", "CheckInStatus"];

    [Fact]
    public async Task Every_field_reachable_from_every_operation_is_decided_as_documented_for_every_role()
    {
        var walk = await WalkAsync(BuildSchema());
        Assert.True(walk.Failures.Count == 0, $"{walk.Failures.Count} of {walk.Decisions} decisions disagree with docs/security.md:\n" +
                                              string.Join("\n", walk.Failures.Take(60)));
        // Every operation, every role, and (across operations) thousands of field decisions were made.
        Assert.True(walk.Documents >= 90 * Callers.Length, $"only {walk.Documents} documents");
        Assert.True(walk.Decisions > 10_000, $"only {walk.Decisions} decisions");
    }

    [Fact]
    public async Task A_mentor_can_select_no_field_of_the_staff_case_file_types_through_any_operation()
    {
        var walk = await WalkAsync(BuildSchema());
        var reached = walk.Allowed.Where(a => a.Role == Role.Mentor && StaffOnly.Contains(a.Type)).Select(a => $"{a.Root} → {a.Type}.{a.Field}").ToList();
        Assert.True(reached.Count == 0, "a mentor reaches staff case-file fields:\n" + string.Join("\n", reached.Take(30)));
        // …while the mentor's own view is reachable: the walk is not vacuous.
        Assert.Contains(walk.Allowed, a => a.Role == Role.Mentor && a.Type == "MyMatch" && a.Field == "goals");
        Assert.Contains(walk.Allowed, a => a.Role == Role.Mentor && a.Type == "MentorNeed" && a.Field == "note");
    }

    [Fact]
    public async Task A_referrer_reaches_their_referrals_status_and_nothing_of_a_case_or_an_ngos_inbox()
    {
        var walk = await WalkAsync(BuildSchema());
        var reached = walk.Allowed.Where(a => a.Role == Role.Referrer && (StaffOnly.Contains(a.Type) || a.Type is "IncomingReferral" or "MyMatch" or "ContactRecord"))
            .Select(a => $"{a.Root} → {a.Type}.{a.Field}").ToList();
        Assert.True(reached.Count == 0, "a referrer reaches case fields:\n" + string.Join("\n", reached.Take(30)));
        // Their own roots are few: their referrals, where to send one, and what every signed-in person has (me, settings).
        var roots = walk.Allowed.Where(a => a.Role == Role.Referrer && a.Type is "Query" or "Mutation").Select(a => a.Field).ToHashSet();
        Assert.Contains("myReferrals", roots);
        Assert.Contains("referToNgo", roots);
        Assert.DoesNotContain("referralInbox", roots);
        Assert.DoesNotContain("clients", roots);
        Assert.Contains(walk.Allowed, a => a.Role == Role.Referrer && a.Type == "SentReferral" && a.Field == "status");
    }

    [Fact]
    public async Task Weakening_a_rule_or_forgetting_one_fails_the_walk()
    {
        // Weakened: mentors added to the staff Client type.
        var weakened = BuildSchema();
        ((IGraphType)weakened.AllTypes["Client"]!).AuthorizeWithRoles(nameof(Role.Coordinator), nameof(Role.OrgAdmin), nameof(Role.Mentor));
        var walk = await WalkAsync(weakened);
        Assert.Contains(walk.Failures, f => f.Contains("Mentor", StringComparison.Ordinal) && f.Contains("Client.", StringComparison.Ordinal));

        // Forgotten: a field added without a rule on itself or its type is refused for everybody — which disagrees with
        // any documented reader, so it cannot ship silently.
        var forgotten = BuildSchema();
        ((GraphType)forgotten.AllTypes["Municipality"]!).Metadata.Clear();
        var refused = await WalkAsync(forgotten);
        Assert.Contains(refused.Failures, f => f.Contains("Municipality.name", StringComparison.Ordinal) && f.Contains("FORBIDDEN", StringComparison.Ordinal));
    }

    private sealed record Decision(Role? Role, string Root, string Type, string Field);

    private sealed record Walk(List<string> Failures, List<Decision> Allowed, int Documents, int Decisions);

    private static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    private static async Task<Walk> WalkAsync(ISchema schema)
    {
        var documented = Documented();
        var failures = new List<string>();
        var allowed = new List<Decision>();
        int documents = 0, decisions = 0;
        var validator = new DocumentValidator();
        foreach (var (root, kind) in new[] { (schema.Query, "query"), (schema.Mutation!, "mutation") })
        foreach (var operation in root.Fields)
        {
            var selected = new List<(string Type, string Field)>();
            var text = $"{kind} {{ {Select(root, operation, new HashSet<string>(), selected)} }}";
            var document = GraphQLParser.Parser.Parse(text);
            foreach (var caller in Callers)
            {
                var result = await validator.ValidateAsync(new ValidationOptions
                {
                    Schema = schema, Document = document, Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
                    Rules = [new RoleAuthorizationRule { ReportBeneathRefusals = true }], User = Principal(caller), Variables = Inputs.Empty, Extensions = Inputs.Empty,
                    RequestServices = null, UserContext = new Dictionary<string, object?>(),
                });
                documents++;
                var refused = result.Errors.Select(e => (Key: Refused().Match(e.Message).Groups[1].Value, e.Code)).Where(e => e.Key.Length > 0)
                    .ToDictionary(e => e.Key, e => e.Code);
                foreach (var (type, field) in selected)
                {
                    decisions++;
                    var key = $"{type}.{field}";
                    var expected = Allows(documented, root, type, field, caller, out var known);
                    if (!known) { failures.Add($"{key}: not documented in docs/security.md"); continue; }
                    var actual = !refused.ContainsKey(key);
                    if (actual) allowed.Add(new Decision(caller, operation.Name, type, field));
                    if (actual != expected)
                        failures.Add($"{caller?.ToString() ?? "anonymous"} via {operation.Name}: {key} documented {(expected ? "allowed" : "denied")}, " +
                                     $"but {(actual ? "allowed" : $"refused ({refused[key]})")}");
                }
            }
        }
        return new Walk(failures.Distinct().ToList(), allowed, documents, decisions);
    }

    [GeneratedRegex("'([A-Za-z_0-9]+\\.[A-Za-z_0-9]+)'")]
    private static partial Regex Refused();

    /// <summary>The field, with arguments, and every field reachable beneath it; each object type is expanded once per document.</summary>
    private static string Select(IComplexGraphType parent, FieldType field, HashSet<string> expanded, List<(string, string)> selected)
    {
        selected.Add((parent.Name, field.Name));
        var text = new StringBuilder(field.Name);
        var args = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType).ToList();
        if (args.Count > 0) text.Append('(').AppendJoin(", ", args.Select(a => $"{a.Name}: {Value(a.ResolvedType!)}")).Append(')');
        if (Unwrap(field.ResolvedType!) is IComplexGraphType complex)
        {
            text.Append(" { __typename");
            if (expanded.Add(complex.Name))
                foreach (var child in complex.Fields) text.Append(' ').Append(Select(complex, child, expanded, selected));
            text.Append(" }");
        }
        return text.ToString();
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };

    private static string Value(IGraphType type) => type switch
    {
        NonNullGraphType n => Value(n.ResolvedType!),
        ListGraphType l => $"[{Value(l.ResolvedType!)}]",
        EnumerationGraphType e => e.Values.First().Name,
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType)
            .Select(f => $"{f.Name}: {Value(f.ResolvedType!)}")) + " }",
        _ => type.Name switch
        {
            "ID" => $"\"{Guid.Empty}\"",
            "Int" or "Long" => "1",
            "Float" => "0.5",
            "Boolean" => "false",
            "DateOnly" => "\"2026-11-20\"",
            "DateTimeOffset" => "\"2026-11-22T10:00:00Z\"",
            _ => "\"x\"",
        },
    };

    private static ClaimsPrincipal Principal(Role? role) => role is { } r
        ? new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Guid.Empty.ToString()), new Claim(ClaimTypes.Role, r.ToString())], "test", "sub", ClaimTypes.Role))
        : new ClaimsPrincipal(new ClaimsIdentity());

    /// <summary>What docs/security.md says: the operation's row for a root field, else the field's own row, else its type's.</summary>
    private static bool Allows(IReadOnlyDictionary<string, bool[]> documented, IComplexGraphType root, string type, string field, Role? caller, out bool known)
    {
        var row = type == root.Name
            ? documented.GetValueOrDefault($"op:{field}")
            : documented.GetValueOrDefault($"{type}.{field}") ?? documented.GetValueOrDefault(type);
        known = row is not null;
        return row is not null && row[caller is { } r ? Array.IndexOf(Columns, r.ToString()) : 0];
    }

    /// <summary>The rows of the two generated tables in docs/security.md: "op:name", "Type" and "Type.field" → allowed per column.</summary>
    private static Dictionary<string, bool[]> Documented()
    {
        var rows = new Dictionary<string, bool[]>();
        foreach (var line in File.ReadLines(Path.Combine(SchemaPaths.RepositoryRoot(), "docs", "security.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length != Columns.Length + 4 || !cells[1].StartsWith('`')) continue;
            var name = cells[1].Trim('`');
            var key = cells[2] is "query" or "mutation" ? $"op:{name}" : name;
            rows[key] = cells[3..(3 + Columns.Length)].Select(c => c.StartsWith('✔')).ToArray();
        }
        return rows;
    }
}
