namespace Mentoring.Api.Tests.Http;

/// <summary>A host configured as in production: introspection closed to anonymous callers.</summary>
public sealed class ProductionLikeFixture : ApiFixture
{
    protected override bool AnonymousIntrospection => false;
}

public sealed class HardeningTests(ProductionLikeFixture api) : IClassFixture<ProductionLikeFixture>
{
    [Fact]
    public async Task Anonymous_callers_cannot_read_the_schema_signed_in_ones_can()
    {
        using var anonymous = api.Client();
        var refused = await anonymous.PostAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await anonymous.PostAsync("{ __type(name: \"Client\") { name } }")).ErrorCodes);
        // The public operations still answer.
        Assert.False((await anonymous.PostAsync("{ municipalities { code } }")).HasErrors);

        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        Assert.Equal("Query", (await coordinator.PostAsync("{ __schema { queryType { name } } }")).Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_document_with_too_many_aliases_is_refused_before_anything_runs()
    {
        using var anonymous = api.Client();
        var before = await api.CountWritesAsync();
        var tries = string.Join(" ", Enumerable.Range(0, 31).Select(i => $"t{i}: login(input: {{ email: \"coordinator@a.test\", password: \"guess{i}\" }}) {{ errors {{ code }} }}"));
        var response = await anonymous.PostAsync($"mutation {{ {tries} }}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("TOO_MANY_ALIASES", response.ErrorCodes);
        Assert.Equal(before, await api.CountWritesAsync());
        // Thirty is fine.
        var thirty = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"m{i}: municipalities {{ code }}"));
        Assert.False((await anonymous.PostAsync($"{{ {thirty} }}")).HasErrors);
    }

    [Fact]
    public async Task A_document_nested_beyond_what_the_parser_takes_is_a_400_not_a_server_error()
    {
        using var anonymous = api.Client();
        var deep = "{ " + string.Concat(Enumerable.Repeat("me { organisation { ", 200)) + "id" + string.Concat(Enumerable.Repeat(" } }", 200)) + " }";
        var response = await anonymous.PostAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_DEEP"], response.ErrorCodes);
    }
}
