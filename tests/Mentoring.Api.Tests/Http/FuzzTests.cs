using System.Text;
using System.Text.Json;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Http;

/// <summary>
/// Many generated malformed requests against /graphql — broken JSON and documents, wrong variable types, huge
/// strings, deep nesting, unknown ids, SQL- and script-like text in every argument of every operation — sent
/// anonymously and as a signed-in coordinator. Not one may get a 5xx, and nothing may be stored.
/// </summary>
public sealed class FuzzTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // Deterministic, so a failure can be replayed; the counts are recorded in bench/RESULTS.md.
    private const int Seed = 20261123;
    private const int Rounds = 1500;

    private static readonly string[] Nasty =
    [
        "'; drop table mt_events; --", "\" or 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "\0\u0001\u001f",
        "../../etc/passwd", "%00", "ＡＢＣ", "🙂", "\u202e", "null", "true", "-1", "99999999999999999999999", "1e309", "NaN",
        "2026-02-30", "0000-00-00", "9999-12-31T99:99:99Z", "", " ",
    ];

    private static readonly string[] Broken =
    [
        "{", "}", "{ query }", "query {", "mutation", "{ me { } }", "{ me { id ", "query($a: Int) { me { id } }", "{ __schema { types { name", "{ a: me b: me c: }",
        "fragment F on Query { ...F } { ...F }", "{ me @skip }", "{ me(id: ) { id } }", "subscription { me { id } }", "\"unterminated",
    ];

    [Fact]
    public async Task Generated_malformed_requests_never_get_a_5xx_and_change_nothing()
    {
        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        // Left out: operations whose every input is free text or a choice from a list, so that anything well-typed is a
        // legitimate change (a token named "<script>" is just a strange name), and logout, which ends the session.
        var rules = AccessMatrix.From(schema)
            .Where(r => r.Kind is "query" or "mutation" && r.Field is not ("createApiToken" or "setMyLanguage" or "setMyNotificationPreference" or "logout"))
            .ToList();

        using var anonymous = api.Client();
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var random = new Random(Seed);
        var before = await api.DataFingerprintAsync();
        var statuses = new Dictionary<int, int>();
        var server = new List<string>();

        for (var i = 0; i < Rounds; i++)
        {
            var client = random.Next(2) == 0 ? anonymous : coordinator;
            var (body, contentType) = random.Next(10) switch
            {
                0 => (Broken[random.Next(Broken.Length)], "application/json"),                                      // not JSON at all
                1 => (JsonSerializer.Serialize(new { query = Broken[random.Next(Broken.Length)] }), "application/json"), // JSON, broken GraphQL
                2 => (JsonSerializer.Serialize(new { query = Nested(random.Next(20, 400)) }), "application/json"),     // deep nesting
                3 => (JsonSerializer.Serialize(new { query = "{ me { id } }", variables = Nasty[random.Next(Nasty.Length)] }), "application/json"),
                4 => (JsonSerializer.Serialize(new { query = Operation(schema, rules[random.Next(rules.Count)], random), variables = new { x = new string('x', random.Next(1, 200_000)) } }), "application/json"),
                5 => (Operation(schema, rules[random.Next(rules.Count)], random), random.Next(2) == 0 ? "text/plain" : "application/graphql"),
                _ => (JsonSerializer.Serialize(new { query = Operation(schema, rules[random.Next(rules.Count)], random) }), "application/json"),
            };
            var response = await client.PostRawAsync(body, contentType);
            var status = (int)response.Status;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) server.Add($"{status}: {body[..Math.Min(body.Length, 300)]}");
        }

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Console.WriteLine($"fuzz: {Rounds} requests (seed {Seed}) → {summary}");
        Assert.True(server.Count == 0, $"{server.Count} server errors ({summary}):\n" + string.Join("\n", server.Take(10)));
        Assert.Equal(before, await api.DataFingerprintAsync());
    }

    private static string Nested(int depth) => "{ " + string.Concat(Enumerable.Repeat("me { organisation { ", depth / 2)) + "id" + string.Concat(Enumerable.Repeat(" } }", depth / 2)) + " }";

    /// <summary>A call of one operation whose every argument is wrong in some way: a bad type, an unknown id, hostile text.</summary>
    private static string Operation(ISchema schema, AccessRule rule, Random random)
    {
        var root = (IObjectGraphType)(rule.Kind == "query" ? schema.Query : schema.Mutation!);
        var field = root.GetField(rule.Field)!;
        var text = new StringBuilder(rule.Kind).Append(" { ").Append(field.Name);
        var args = field.Arguments ?? [];
        if (args.Count > 0) text.Append('(').AppendJoin(", ", args.Select(a => $"{a.Name}: {Bad(a.ResolvedType!, random, 0)}")).Append(')');
        var inner = field.ResolvedType!;
        while (inner is NonNullGraphType or ListGraphType) inner = inner is NonNullGraphType n ? n.ResolvedType! : ((ListGraphType)inner).ResolvedType!;
        if (inner is IComplexGraphType) text.Append(" { __typename }");
        return text.Append(" }").ToString();
    }

    private static string Bad(IGraphType type, Random random, int depth) => type switch
    {
        NonNullGraphType n => random.Next(8) == 0 ? "null" : Bad(n.ResolvedType!, random, depth),
        ListGraphType l => random.Next(3) == 0 ? Bad(l.ResolvedType!, random, depth) : $"[{Bad(l.ResolvedType!, random, depth)}, {Bad(l.ResolvedType!, random, depth)}]",
        IInputObjectGraphType input when depth < 3 && random.Next(6) > 0 =>
            "{ " + string.Join(", ", input.Fields.Select(f => $"{f.Name}: {Bad(f.ResolvedType!, random, depth + 1)}")) + " }",
        IInputObjectGraphType => Literal(random),
        EnumerationGraphType e => random.Next(3) == 0 ? "NOT_A_VALUE" : e.Values.ElementAt(random.Next(e.Values.Count)).Name,
        _ when type.Name == "ID" => random.Next(3) == 0 ? Literal(random) : $"\"{Guid.NewGuid()}\"", // an id nobody has
        _ => Literal(random),
    };

    private static string Literal(Random random) => random.Next(5) switch
    {
        0 => random.Next(-5, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "{ nested: [1, \"two\", { three: null }] }",
        2 => $"\"{new string('A', random.Next(1000, 20_000))}\"",
        _ => JsonSerializer.Serialize(Nasty[random.Next(Nasty.Length)]),
    };
}
