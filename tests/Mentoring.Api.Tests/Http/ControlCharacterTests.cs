namespace Mentoring.Api.Tests.Http;

/// <summary>
/// NUL and other C0 control characters are refused once, at the endpoint, in variables and in the document's string
/// literals alike — whichever field they were meant for — with CONTROL_CHARACTER and nothing written or run.
/// </summary>
public sealed class ControlCharacterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CreateToken = "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { errors { code } } }";
    private const string Search = "query($s: String) { clients(filter: { search: $s }) { totalCount } }";

    private async Task<GraphQLResponse> RefusedAndNothingWritten(Func<Task<GraphQLResponse>> send)
    {
        var before = await api.DataFingerprintAsync();
        var response = await send();
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["CONTROL_CHARACTER"], response.ErrorCodes);
        Assert.Equal(before, await api.DataFingerprintAsync());
        return response;
    }

    [Fact]
    public async Task A_control_character_in_a_variable_is_refused_with_its_path()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var refused = await RefusedAndNothingWritten(() => coordinator.PostAsync(CreateToken, new { i = new { name = "report\0script" } }));
        Assert.Contains("$i.name", refused.FirstErrorMessage, StringComparison.Ordinal);

        // A search used to carry the NUL to PostgreSQL, which failed the request.
        await RefusedAndNothingWritten(() => coordinator.PostAsync(Search, new { s = "\0" }));
        foreach (var control in new[] { "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f" })
            await RefusedAndNothingWritten(() => coordinator.PostAsync(Search, new { s = "Anna" + control }));
        // In a list, and in an object's key.
        await RefusedAndNothingWritten(() => coordinator.PostAsync(Search, new { s = "x", extra = new[] { "ok", "no\0" } }));
        await RefusedAndNothingWritten(() => coordinator.PostRawAsync("{\"query\": \"{ me { id } }\", \"variables\": { \"k\\u0000ey\": 1 } }"));
        // Over GET too.
        await RefusedAndNothingWritten(() => coordinator.GetAsync("query=" + Uri.EscapeDataString(Search) + "&variables=" + Uri.EscapeDataString("{\"s\":\"\\u0000\"}")));
    }

    [Fact]
    public async Task A_control_character_in_a_string_literal_is_refused_with_its_place()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var refused = await RefusedAndNothingWritten(() => coordinator.PostAsync("mutation {\n  createApiToken(input: { name: \"a\\u0000b\" }) { errors { code } }\n}"));
        Assert.Contains("line 2", refused.FirstErrorMessage, StringComparison.Ordinal);
        await RefusedAndNothingWritten(() => coordinator.PostAsync("{ clients(filter: { search: \"\\u0007\" }) { totalCount } }"));
        // A default value of a variable is a literal too.
        await RefusedAndNothingWritten(() => coordinator.PostAsync("query($s: String = \"\\u0000\") { clients(filter: { search: $s }) { totalCount } }"));
    }

    [Fact]
    public async Task Tab_and_line_breaks_are_ordinary_text()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var response = await coordinator.PostAsync(Search, new { s = "Anna\tBērziņa\r\n" });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
        var literal = await coordinator.PostAsync("{ clients(filter: { search: \"a\\tb\\n\" }) { totalCount } }");
        Assert.False(literal.HasErrors);
    }
}
