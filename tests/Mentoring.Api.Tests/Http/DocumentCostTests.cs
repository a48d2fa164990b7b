namespace Mentoring.Api.Tests.Http;

/// <summary>
/// Documents are counted before GraphQL.NET validates them (validation's cost grows with the square of a repeated field):
/// a document over a limit gets exactly one error, the limit's, and never the errors validation would have found in it —
/// that is how these tests know validation did not run. Configured as in production (schema closed to anonymous callers).
/// </summary>
public sealed class DocumentCostTests(ProductionLikeFixture api) : IClassFixture<ProductionLikeFixture>
{
    /// <summary>GraphiQL 4's introspection query, as graphql-js 16 writes it (getIntrospectionQuery()).</summary>
    public const string GraphiqlIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind } mutationType { name kind } subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind
            ofType { name kind ofType { name kind ofType { name kind } } } } } } } } }
        }
        """;

    private async Task<GraphQLResponse> RefusedBeforeValidation(GraphQLClient client, string document, string code)
    {
        var response = await client.PostAsync(document);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.ErrorCodes); // one error: validation, which would report the unknown fields below, never ran
        return response;
    }

    [Fact]
    public async Task Thousands_of_repeats_of_a_field_are_refused_before_validation()
    {
        using var anonymous = api.Client();
        // 8,000 repeats of a field that does not exist fit in the body limit; validated, each would be an error of its own.
        var huge = await RefusedBeforeValidation(anonymous, "{ " + string.Concat(Enumerable.Repeat("noSuchField ", 8_000)) + "}", "DOCUMENT_TOO_LARGE");
        Assert.Contains("too large", huge.FirstErrorMessage, StringComparison.Ordinal);
        await RefusedBeforeValidation(anonymous, "{ " + string.Concat(Enumerable.Repeat("noSuchField { a b } ", 120)) + "}", "TOO_COMPLEX");

        // One name more than ten times in one selection set is refused, fragments merged in; ten times is validated as usual.
        await RefusedBeforeValidation(anonymous, "{ municipalities { " + string.Concat(Enumerable.Repeat("code ", 11)) + "} }", "TOO_COMPLEX");
        await RefusedBeforeValidation(anonymous,
            "query { municipalities { code ...F ...G } } fragment F on Municipality { code code code code code } fragment G on Municipality { code code code code code }",
            "TOO_COMPLEX");
        var ten = await anonymous.PostAsync("{ municipalities { " + string.Concat(Enumerable.Repeat("code ", 10)) + "} }");
        Assert.Equal(HttpStatusCode.OK, ten.Status);
        Assert.False(ten.HasErrors);
    }

    [Fact]
    public async Task Fragments_count_each_time_they_are_spread()
    {
        using var anonymous = api.Client();
        // Ten fragments, each spreading the next twice: 2¹⁰ fields from a document of a few hundred bytes.
        var doubling = "query { ...F0 } " + string.Concat(Enumerable.Range(0, 10).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
                       + "fragment F10 on Query { noSuchField }";
        var refused = await RefusedBeforeValidation(anonymous, doubling, "TOO_COMPLEX");
        Assert.Contains("complex", refused.FirstErrorMessage, StringComparison.Ordinal);

        // A chain of fragments is as deep as the fields it stands for. One of 2,500 (83 kB) used to overflow validation's
        // stack and end the process; it no longer reaches validation.
        string Chain(int n) => "query { ...F0 } " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query{{...F{i + 1}}} ")) + $"fragment F{n} on Query {{ noSuchField }}";
        await RefusedBeforeValidation(anonymous, Chain(40), "TOO_DEEP");
        await RefusedBeforeValidation(anonymous, Chain(2_500), "DOCUMENT_TOO_LARGE");
        Assert.False((await anonymous.PostAsync("{ municipalities { code } }")).HasErrors); // still here

        // Aliases inside a fragment count every time it is spread: 2 + 2 × 20 > 30.
        var aliases = "query { x: municipalities { ...A } y: municipalities { ...A } } fragment A on Municipality { "
                      + string.Concat(Enumerable.Range(0, 20).Select(i => $"a{i}: code ")) + "}";
        await RefusedBeforeValidation(anonymous, aliases, "TOO_MANY_ALIASES");

        // A cycle is not followed for ever: validation reports it.
        var cycle = await anonymous.PostAsync("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        Assert.Equal(HttpStatusCode.BadRequest, cycle.Status);
        Assert.Contains("NO_FRAGMENT_CYCLES", cycle.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_is_counted_too_and_graphiqls_own_query_still_passes()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var graphiql = await coordinator.PostAsync(GraphiqlIntrospection, operationName: "IntrospectionQuery");
        Assert.Equal(HttpStatusCode.OK, graphiql.Status);
        Assert.False(graphiql.HasErrors);
        Assert.True(graphiql.Data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 100);
        using (var anonymous = api.Client())
            Assert.Equal(["UNAUTHENTICATED"], (await anonymous.PostAsync(GraphiqlIntrospection)).ErrorCodes);

        // Aliases would repeat the whole schema once per alias.
        await RefusedBeforeValidation(coordinator, "{ a: __schema { types { name } } b: __schema { types { name } } }", "TOO_MANY_ALIASES");
        await RefusedBeforeValidation(coordinator, "{ __schema { types { a: fields { name } b: fields { name } } } }", "TOO_MANY_ALIASES");
        // A fourth list inside introspection multiplies the answer by the schema's size once more.
        await RefusedBeforeValidation(coordinator, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "TOO_DEEP");
        var three = await coordinator.PostAsync("{ __schema { types { fields { type { fields { name } } } } } }");
        Assert.Equal(HttpStatusCode.OK, three.Status);
        Assert.False(three.HasErrors);
    }

    [Fact]
    public async Task No_did_you_mean_where_the_schema_is_closed()
    {
        using var anonymous = api.Client();
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var probes = new (string Document, string Code)[]
        {
            ("{ municipalitie { code } }", "FIELDS_ON_CORRECT_TYPE"),
            ("{ municipalities { cod } }", "FIELDS_ON_CORRECT_TYPE"),
            ("mutation { logi(input: { email: \"a\", password: \"b\" }) { errors { code } } }", "FIELDS_ON_CORRECT_TYPE"),
            ("{ upcomingReleases(withinDay: 3) { releaseDate } }", "KNOWN_ARGUMENT_NAMES"),
            ("query($i: LoginInpt!) { municipalities { code } }", "KNOWN_TYPE_NAMES"),
        };
        foreach (var (document, code) in probes)
        {
            foreach (var client in new[] { anonymous, coordinator })
            {
                var response = await client.PostAsync(document);
                Assert.Equal(HttpStatusCode.BadRequest, response.Status);
                Assert.Contains(code, response.ErrorCodes);
                Assert.DoesNotContain("Did you mean", response.Body.GetRawText(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Limits_are_refused_the_same_over_get()
    {
        using var anonymous = api.Client();
        var query = Uri.EscapeDataString("{ municipalities { " + string.Concat(Enumerable.Repeat("code ", 11)) + "} }");
        var response = await anonymous.GetAsync("query=" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_COMPLEX"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }
}
