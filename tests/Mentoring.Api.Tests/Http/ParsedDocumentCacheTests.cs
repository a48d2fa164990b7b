using Mentoring.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Http;

/// <summary>
/// A document is parsed once, whoever sends it next. A kept document skips only the specification's static rules: the
/// caller's access, the limits and the request's variables are checked on every request, so a cached document gives
/// nobody more than their roles allow and takes no value it would refuse.
/// </summary>
public sealed class ParsedDocumentCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private ParsedDocuments Documents => api.Services.GetRequiredService<ParsedDocuments>();

    [Fact]
    public async Task The_same_document_twice_is_parsed_once()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        const string Query = "{ matchPage(first: 3) { totalCount } prisons { code } }";
        var before = Documents.Parses;

        var first = await coordinator.PostAsync(Query);
        var second = await coordinator.PostAsync(Query);

        Assert.False(first.HasErrors, first.Body.GetRawText());
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());
        Assert.Equal(before + 1, Documents.Parses);
        // Keyed by the exact text: another spelling is another document.
        await coordinator.PostAsync(Query + " ");
        Assert.Equal(before + 2, Documents.Parses);
    }

    [Fact]
    public async Task A_document_refused_for_a_role_stays_refused_after_another_role_ran_it()
    {
        const string Query = "{ matchPage(first: 2) { totalCount nodes { id client { name } } } }";
        using var mentor = await api.SignedIn("a", Role.Mentor);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var anonymous = api.Client();

        var refusedFirst = await mentor.PostAsync(Query);
        var allowed = await coordinator.PostAsync(Query);
        var parsed = Documents.Parses;
        var refusedAfter = await mentor.PostAsync(Query);
        var anonymousAfter = await anonymous.PostAsync(Query);

        Assert.Equal(HttpStatusCode.Forbidden, refusedFirst.Status);
        Assert.False(allowed.HasErrors, allowed.Body.GetRawText());
        Assert.Equal(parsed, Documents.Parses); // both came from the cache, and were validated all the same
        Assert.Equal(HttpStatusCode.Forbidden, refusedAfter.Status);
        Assert.Equal(["FORBIDDEN"], refusedAfter.ErrorCodes);
        Assert.False(refusedAfter.Body.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousAfter.Status);
        Assert.Equal(["UNAUTHENTICATED"], anonymousAfter.ErrorCodes);
    }

    [Fact]
    public async Task Variables_are_checked_on_every_request_and_invalid_documents_are_not_kept()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        const string Query = "query($id: ID!) { matchPage(clientId: $id, first: 1) { totalCount } }";
        Assert.False((await coordinator.PostAsync(Query, new { id = Guid.NewGuid() })).HasErrors);

        var control = await coordinator.PostAsync(Query, new { id = "a\u0000b" });
        Assert.Equal(HttpStatusCode.BadRequest, control.Status);
        Assert.Equal(["CONTROL_CHARACTER"], control.ErrorCodes);

        var before = Documents.Parses;
        await coordinator.PostAsync("{ noSuchField }");
        await coordinator.PostAsync("{ noSuchField }");
        Assert.Equal(before + 2, Documents.Parses);
    }

    [Fact]
    public async Task A_kept_document_still_coerces_each_requests_variables()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        const string Query = "query($n: Int, $id: ID) { matchPage(clientId: $id, first: $n) { totalCount } }";
        Assert.False((await coordinator.PostAsync(Query, new { n = 2 })).HasErrors);
        var parsed = Documents.Parses;

        var wrongType = await coordinator.PostAsync(Query, new { n = "zwei" });
        var fine = await coordinator.PostAsync(Query, new { n = 1, id = Guid.NewGuid() });

        Assert.Equal(parsed, Documents.Parses); // both from the cache
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.False(wrongType.Body.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.False(fine.HasErrors, fine.Body.GetRawText());
    }
}
