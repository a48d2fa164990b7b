namespace Mentoring.Api.Tests.Http;

/// <summary>The endpoint against the GraphQL-over-HTTP spec: methods, media types, status codes, limits.</summary>
public sealed class GraphQLOverHttpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string MunicipalitiesQuery = "{ municipalities { code } }";

    [Fact]
    public async Task Post_with_graphql_response_json_accepted_answers_in_that_media_type()
    {
        using var client = api.Client();
        var response = await client.PostAsync(MunicipalitiesQuery);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal(43, response.Data.GetProperty("municipalities").GetArrayLength());
    }

    [Fact]
    public async Task Without_accept_header_the_answer_is_application_json()
    {
        using var client = api.Client();
        var response = await client.PostAsync(MunicipalitiesQuery, accept: null!);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Accept_preferring_application_json_gets_application_json()
    {
        using var client = api.Client();
        var response = await client.PostAsync(MunicipalitiesQuery, accept: "application/graphql-response+json;q=0.5, application/json");
        Assert.Equal("application/json", response.MediaType);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData(null)]
    [InlineData("application/json, */*;q=0.8")]
    public async Task A_client_that_does_not_name_the_new_type_gets_application_json(string? accept)
    {
        using var client = api.Client();
        var response = await client.PostAsync(MunicipalitiesQuery, accept: accept!);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        // …and one that names it gets it, also beside a wildcard.
        Assert.Equal("application/graphql-response+json", (await client.PostAsync(MunicipalitiesQuery, accept: "application/graphql-response+json, */*")).MediaType);
    }

    [Fact]
    public async Task Unsupported_accept_is_406()
    {
        using var client = api.Client();
        var response = await client.PostAsync(MunicipalitiesQuery, accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Malformed_json_is_400_with_a_clear_message()
    {
        using var client = api.Client();
        var response = await client.PostRawAsync("{\"query\": \"{ me { id } }\"");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.Contains("not valid JSON", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"\"}")]
    [InlineData("[{\"query\": \"{ me { id } }\"}]")]
    public async Task Missing_or_non_string_query_is_400(string body)
    {
        using var client = api.Client();
        var response = await client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("query", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("{\"query\": \"{ me { id } }\", \"variables\": [1]}", "variables")]
    [InlineData("{\"query\": \"{ me { id } }\", \"variables\": \"x\"}", "variables")]
    [InlineData("{\"query\": \"{ me { id } }\", \"operationName\": 3}", "operationName")]
    [InlineData("{\"query\": \"{ me { id } }\", \"extensions\": true}", "extensions")]
    public async Task Wrongly_typed_parameters_are_400(string body, string parameter)
    {
        using var client = api.Client();
        var response = await client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(parameter, response.FirstErrorMessage);
    }

    [Fact]
    public async Task Non_json_content_type_is_415()
    {
        using var client = api.Client();
        var response = await client.PostRawAsync("query=%7Bme%7Bid%7D%7D", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task Oversized_body_is_413_and_writes_nothing()
    {
        using var client = api.Client();
        var before = await api.CountWritesAsync();
        var huge = new string('x', 200_000);
        var response = await client.PostAsync("mutation($i: LoginInput!) { login(input: $i) { errors { code } } }",
            new { i = new { email = "a@b.lv", password = huge } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Get_runs_a_query()
    {
        using var client = api.Client();
        var response = await client.GetAsync("query=" + Uri.EscapeDataString("query M($all: Boolean!) { municipalities @include(if: $all) { code } }")
            + "&operationName=M&variables=" + Uri.EscapeDataString("{\"all\": true}"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(43, response.Data.GetProperty("municipalities").GetArrayLength());
        Assert.Equal("no-store", response.Raw.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_writes_nothing()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var before = await api.CountWritesAsync();
        var response = await client.GetAsync("query=" + Uri.EscapeDataString(
            "mutation { createApiToken(input: { name: \"x\" }) { errors { code } } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Raw.Content.Headers.Allow);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Get_with_invalid_variables_json_is_400()
    {
        using var client = api.Client();
        var response = await client.GetAsync("query=" + Uri.EscapeDataString("{ me { id } }") + "&variables=%7Bnot-json");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var client = api.Client();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") };
        var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Syntax_error_is_400_in_graphql_response_json_and_200_in_application_json()
    {
        using var client = api.Client();
        var strict = await client.PostAsync("{ me { id ");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal("SYNTAX_ERROR", strict.ErrorCodes.Single());
        Assert.False(strict.Body.TryGetProperty("data", out _));

        var legacy = await client.PostAsync("{ me { id ", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.True(legacy.HasErrors);
    }

    [Fact]
    public async Task Validation_error_is_400_in_graphql_response_json()
    {
        using var client = api.Client();
        var response = await client.PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("noSuchField", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Where_the_schema_is_open_to_everyone_validation_still_suggests()
    {
        // This fixture opens the schema as development does; production-like hosts never suggest (DocumentCostTests).
        using var client = api.Client();
        var response = await client.PostAsync("{ municipalitie { code } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Did you mean 'municipalities'?", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_400()
    {
        using var client = api.Client();
        var response = await client.PostAsync("query($k: OrganisationKind) { municipalities { code } }", new { k = 12 });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Operation_name_selects_the_operation_and_an_unknown_one_is_400()
    {
        using var client = api.Client();
        const string doc = "query A { municipalities { code } } query B { me { id } }";
        var b = await client.PostAsync(doc, operationName: "B");
        Assert.Equal(HttpStatusCode.OK, b.Status);
        Assert.True(b.Data.TryGetProperty("me", out _));
        Assert.False(b.Data.TryGetProperty("municipalities", out _));

        var unknown = await client.PostAsync(doc, operationName: "C");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
    }

    [Fact]
    public async Task Too_deep_a_query_is_refused_with_a_clear_error()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        // Introspection allows arbitrary nesting through ofType, which makes a cheap deep document
        // (introspection has a looser limit than other queries, so GraphiQL works; this exceeds it too).
        var nested = "name";
        for (var i = 0; i < 25; i++) nested = $"ofType {{ {nested} }}";
        var response = await client.PostAsync($"{{ __schema {{ queryType {{ fields {{ type {{ {nested} }} }} }} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("nested", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_complex_a_query_is_refused_with_a_clear_error()
    {
        using var client = api.Client();
        // The same field 120 times (merged into one answer, but compared pair by pair in validation); aliases have their own limit.
        var repeated = string.Join(" ", Enumerable.Repeat("municipalities { code name }", 120));
        var response = await client.PostAsync($"{{ {repeated} }}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("complex", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Graphiql_introspection_query_is_within_the_limits()
    {
        using var client = api.Client();
        var typeRef = "kind name";
        for (var i = 0; i < 7; i++) typeRef = $"kind name ofType {{ {typeRef} }}";
        var response = await client.PostAsync($"{{ __schema {{ types {{ name fields(includeDeprecated: true) {{ name args {{ name type {{ {typeRef} }} }} type {{ {typeRef} }} }} }} }} }}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
    }

    [Fact]
    public async Task Errors_never_carry_stack_traces()
    {
        using var client = api.Client();
        var response = await client.PostAsync("{ me { id } }", accept: "application/json");
        Assert.DoesNotContain("   at ", response.Body.GetRawText());
    }

    [Fact]
    public async Task Graphiql_page_is_served()
    {
        using var client = api.Client();
        var response = await client.Http.GetAsync("/graphql/ui");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = api.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
        var ready = await client.Http.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"daemon\":{\"status\":\"Healthy\"", body);
    }
}
