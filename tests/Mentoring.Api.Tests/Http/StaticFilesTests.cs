using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Mentoring.Api.Tests.Http;

/// <summary>The app's files go compressed, hashed assets cached for a year, the rest revalidated; API answers are never compressed.</summary>
public sealed partial class StaticFilesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static HttpClient Raw(Uri address, string encoding)
    {
        var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = address };
        http.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return http;
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Hashed_assets_are_compressed_and_cached_for_a_year_and_the_page_is_revalidated(string encoding)
    {
        using var http = Raw(api.BaseAddress, encoding);
        var index = await http.GetAsync("/");
        Assert.Equal("no-cache", index.Headers.CacheControl?.ToString());
        var html = await new HttpClient { BaseAddress = api.BaseAddress }.GetStringAsync("/");
        var asset = Asset().Match(html).Value;
        Assert.NotEmpty(asset);

        var script = await http.GetAsync(asset);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal([encoding], script.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=31536000, immutable", script.Headers.CacheControl?.ToString());

        var route = await http.GetAsync("/me"); // a client-side route: the page, revalidated
        Assert.Equal("no-cache", route.Headers.CacheControl?.ToString());
        var graphql = await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ prisons { code name } }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Empty(graphql.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/reports/nothing-here")).StatusCode);
    }

    [GeneratedRegex("/assets/[A-Za-z0-9_.-]+\\.js")]
    private static partial Regex Asset();
}
