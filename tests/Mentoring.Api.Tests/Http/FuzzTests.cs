using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Http;

/// <summary>
/// Many generated malformed requests against /graphql — broken JSON and documents, wrong variable types, huge
/// strings, deep nesting, unknown ids, SQL- and script-like text in every argument of every operation — sent
/// anonymously and as a signed-in coordinator. Not one may get a 5xx, and nothing may be stored. Then hostile ones
/// against the document limits, the CSV download and text checks: no 5xx, no stack trace or exception name, no hint of
/// the schema to anonymous callers, nothing stored. Configured as in production.
/// </summary>
public sealed class FuzzTests(ProductionLikeFixture api) : IClassFixture<ProductionLikeFixture>
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
        // legitimate change (a token named "<script>" is just a strange name), those that take no input at all (starting
        // a second factor's enrolment), and the ones that end the session.
        var rules = AccessMatrix.From(schema)
            .Where(r => r.Kind is "query" or "mutation" && r.Field is not ("createApiToken" or "setMyLanguage" or "setMyNotificationPreference" or "logout"
                or "signOutEverywhere" or "beginSecondFactorEnrolment"))
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

    private const int HostileRounds = 600;
    private const int BodyBudget = 95_000; // under the 100 kB body limit with the JSON around it

    /// <summary>Codes GraphQL.NET makes from an exception's type (ARGUMENT_OUT_OF_RANGE, POSTGRES, MARTEN_COMMAND…), except those
    /// its own document errors also carry.</summary>
    private static HashSet<string> ExceptionCodes()
    {
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        var documentErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Type?[] types;
            try { types = assembly.GetTypes(); }
            catch (System.Reflection.ReflectionTypeLoadException partial) { types = partial.Types; }
            foreach (var type in types.OfType<Type>().Where(t => typeof(Exception).IsAssignableFrom(t)))
                (typeof(ExecutionError).IsAssignableFrom(type) ? documentErrors : exceptions).Add(ErrorInfoProvider.GetErrorCode(type));
        }
        exceptions.ExceptWith(documentErrors);
        exceptions.ExceptWith([FieldAccess.Unauthenticated, FieldAccess.Forbidden]); // the API's own refusals (some library has a ForbiddenException)
        return exceptions;
    }

    [Fact]
    public async Task Hostile_documents_periods_and_text_never_get_a_5xx_a_stack_trace_an_exception_name_or_a_hint_and_change_nothing()
    {
        var services = new ServiceCollection();
        services.AddMentoringGraphQL(new MentoringOptions());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        var rootFields = new[] { ("query", schema.Query), ("mutation", (IObjectGraphType)schema.Mutation!) }
            .SelectMany(r => r.Item2.Fields.Select(f => (Kind: r.Item1, Name: f.Name))).ToList();

        using var anonymous = api.Client();
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var viewer = await api.SignedIn("riga", Role.MunicipalityViewer);
        var contract = await coordinator.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } } }", new
        {
            i = new { municipalityCode = "riga", reference = "FUZZ", terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 5, reportRecipients = new[] { "fuzz@riga.example" } } },
        });
        var contractId = contract.Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString()!;
        await api.WaitForProjectionsAsync(); // the contract's async projections are written before the fingerprint, not during the run

        var exceptionCodes = ExceptionCodes();
        var random = new Random(Seed);
        var before = await api.DataFingerprintAsync();
        var failures = new List<string>();
        var statuses = new Dictionary<string, int>();

        for (var i = 0; i < HostileRounds; i++)
        {
            var client = (i % 3) switch { 0 => anonymous, 1 => coordinator, _ => viewer };
            var kind = random.Next(8);
            string what;
            int status;
            string body;
            if (kind == 0)
            {
                // The CSV download with malformed periods and ids.
                var id = random.Next(5) switch
                {
                    0 => Guid.NewGuid().ToString(), 1 => "not-a-guid", 2 => Uri.EscapeDataString(Nasty[random.Next(Nasty.Length)]), 3 => new string('9', random.Next(1, 2000)),
                    _ => contractId,
                };
                var period = Uri.EscapeDataString(BadPeriod(random));
                what = $"GET csv {id[..Math.Min(id.Length, 40)]}/{period[..Math.Min(period.Length, 60)]}";
                var response = await client.Http.GetAsync($"/reports/outcome/{id}/{period}.csv");
                (status, body) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            else
            {
                var (document, variables) = kind switch
                {
                    1 => (Repeated(random), (object?)null),
                    2 => (Aliased(random), null),
                    3 => (Fragments(random), null),
                    4 => (Introspection(random), null),
                    5 => (Typo(rootFields[random.Next(rootFields.Count)], random), null),
                    6 => ("query($s: String, $i: CreateApiTokenInput) { clients(filter: { search: $s }) { totalCount } }",
                        new { s = WithControl("Anna Bērziņa", random), i = new { name = WithControl("script", random) } }),
                    _ => (LiteralWithControl(random), null),
                };
                what = $"POST {document[..Math.Min(document.Length, 120)]}";
                var response = await client.PostAsync(document, variables);
                (status, body) = ((int)response.Status, response.Body.ValueKind == JsonValueKind.Undefined ? "" : response.Body.GetRawText());
                if (kind is 6 or 7 && !response.ErrorCodes.Contains("CONTROL_CHARACTER") && !response.ErrorCodes.Contains("SYNTAX_ERROR"))
                    failures.Add($"control character not refused ({string.Join(",", response.ErrorCodes)}): {what}");
                if (response.HasErrors && response.ErrorCodes.FirstOrDefault(exceptionCodes.Contains) is { } leaked)
                    failures.Add($"exception type as code {leaked}: {what}");
            }

            statuses[$"{kind}:{status}"] = statuses.GetValueOrDefault($"{kind}:{status}") + 1;
            if (status >= 500) failures.Add($"{status}: {what}");
            if (Internals.Leak(body)) failures.Add($"internals in the answer: {what} → {body[..Math.Min(body.Length, 300)]}");
            if (body.Contains("Did you mean", StringComparison.Ordinal)) failures.Add($"a hint of the schema (production-like: to nobody): {what}");
        }

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}→{s.Value}"));
        Console.WriteLine($"hostile fuzz: {HostileRounds} requests (seed {Seed}), kind:status → count: {summary}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures ({summary}):\n" + string.Join("\n", failures.Take(10)));
        Assert.Equal(before, await api.DataFingerprintAsync());
    }

    private static readonly string[] Fields = ["__typename", "municipalities { code }", "me { id }", "noSuchField", "prisons { code name }", "__schema { queryType { name } }"];

    private static string FillTo(string head, Func<int, string> unit, string tail, int count)
    {
        var text = new StringBuilder(head);
        for (var i = 0; i < count && text.Length + tail.Length < BodyBudget; i++) text.Append(unit(i));
        return text.Append(tail).ToString();
    }

    /// <summary>One field repeated from a dozen to thousands of times, at the root or inside another field.</summary>
    private static string Repeated(Random random)
    {
        var field = Fields[random.Next(Fields.Length)];
        var count = random.Next(4) == 0 ? random.Next(11, 40) : random.Next(300, 20_000);
        return random.Next(2) == 0
            ? FillTo("{ ", _ => field + " ", "}", count)
            : FillTo("{ municipalities { ", _ => "code ", "} }", count);
    }

    private static string Aliased(Random random) =>
        FillTo("{ ", n => $"a{n}: {Fields[n % 3]} ", "}", random.Next(31, 5_000));

    /// <summary>Fragments spreading the next twice (exponential), long chains, wide spreads and cycles.</summary>
    private static string Fragments(Random random)
    {
        var n = random.Next(5, 60);
        return random.Next(4) switch
        {
            0 => "query { ...F0 } " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + $"fragment F{n} on Query {{ __typename }}",
            1 => FillTo("query { ...F0 } ", i => $"fragment F{i} on Query {{ ...F{i + 1} }} ", "fragment Last on Query { __typename }", random.Next(30, 5_000)),
            2 => FillTo("query { ", _ => "...F ", "} fragment F on Query { municipalities { code name } __typename }", random.Next(11, 10_000)),
            _ => "query { ...A } fragment A on Query { ...B municipalities { code } } fragment B on Query { ...A }",
        };
    }

    /// <summary>Aliased, list-nested and ofType-deep introspection.</summary>
    private static string Introspection(Random random)
    {
        var ofType = "name";
        for (var i = random.Next(5, 60); i > 0; i--) ofType = $"kind ofType {{ {ofType} }}";
        var lists = "name";
        for (var i = random.Next(1, 8); i > 0; i--) lists = $"name fields {{ name type {{ {lists} }} }}";
        return random.Next(3) switch
        {
            0 => FillTo("{ ", n => $"s{n}: __schema {{ types {{ name fields {{ name }} }} }} ", "}", random.Next(2, 300)),
            1 => $"{{ __schema {{ types {{ {lists} }} }} }}",
            _ => $"{{ __type(name: \"Query\") {{ fields {{ type {{ {ofType} }} }} }} }}",
        };
    }

    /// <summary>A real root field with one letter dropped, doubled or swapped: what a schema-guessing tool sends.</summary>
    private static string Typo((string Kind, string Name) field, Random random)
    {
        var name = field.Name;
        var at = random.Next(name.Length);
        var typo = random.Next(3) switch
        {
            0 when name.Length > 2 => name.Remove(at, 1),
            1 => name.Insert(at, name[at].ToString()),
            _ when at + 1 < name.Length => string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2)),
            _ => name + "s",
        };
        return random.Next(2) == 0 ? $"{field.Kind} {{ {typo} }}" : $"{field.Kind} {{ {name}(inpt: 1) {{ __typename }} }}";
    }

    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r'))];

    private static string WithControl(string text, Random random) => text.Insert(random.Next(text.Length + 1), Controls[random.Next(Controls.Length)].ToString());

    /// <summary>A string literal with a control character, escaped (\u0000) or as it is, in an argument of a real field.</summary>
    private static string LiteralWithControl(Random random)
    {
        var control = Controls[random.Next(Controls.Length)];
        var literal = random.Next(2) == 0 ? $"Anna\\u{(int)control:X4}" : $"Anna{control}";
        return random.Next(3) switch
        {
            0 => $"{{ clients(filter: {{ search: \"{literal}\" }}) {{ totalCount }} }}",
            1 => $"mutation {{ login(input: {{ email: \"{literal}@a.test\", password: \"x\" }}) {{ errors {{ code }} }} }}",
            _ => $"query($s: String = \"{literal}\") {{ municipalities {{ code }} }}",
        };
    }

    /// <summary>Periods that are not: out of range, wrong shape, other digits, control characters, very long.</summary>
    private static string BadPeriod(Random random) => random.Next(6) switch
    {
        0 => new[] { "0000-Q1", "2026-13", "2026-Q5", "2026-00", "1999-12", "9999-12", "0001-01", "-001-Q1", "2026-1", "２０２６-11", "2026-Q", "2026--1" }[random.Next(12)],
        1 => $"{random.Next(-9999, 99999)}-{random.Next(-99, 999)}",
        2 => $"{random.Next(0, 9999):D4}-Q{random.Next(-9, 99)}",
        3 => Nasty[random.Next(Nasty.Length)],
        4 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 3000)),
        _ => WithControl("2026-11", random),
    };

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
