using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Infrastructure;

public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Raw)
{
    public JsonElement Data => Body.GetProperty("data");
    public bool HasErrors => Body.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;
    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList()
        : [];
    public string FirstErrorMessage => Body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>The typed user errors of a mutation payload at data.{field}.errors.</summary>
    public IReadOnlyList<(string Code, string? Field)> UserErrors(string mutation) =>
        Data.GetProperty(mutation).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("field").ValueKind == JsonValueKind.Null ? null : e.GetProperty("field").GetString()))
            .ToList();
}

/// <summary>A browser-like client: cookies, the anti-forgery header after sign-in, or a bearer token.</summary>
public sealed class GraphQLClient : IDisposable
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    private readonly HttpClient _http;
    private string? _antiforgery;

    public GraphQLClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }
    public string? AntiforgeryToken => _antiforgery;
    public HttpClient Http => _http;

    public void UseBearer(string secret) => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

    public async Task<GraphQLResponse> LoginAsync(string email, string password)
    {
        var response = await PostAsync("mutation($i: LoginInput!) { login(input: $i) { user { id email } errors { code message field } } }",
            new { i = new { email, password } });
        await RefreshAntiforgeryAsync();
        return response;
    }

    public async Task RefreshAntiforgeryAsync()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync("/auth/antiforgery"));
        _antiforgery = doc.RootElement.GetProperty("token").GetString();
    }

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null,
        string accept = GraphQLResponseJson, bool antiforgery = true)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = JsonSerializer.SerializeToNode(variables);
        if (operationName is not null) body["operationName"] = operationName;
        return PostRawAsync(body.ToJsonString(), "application/json", accept, antiforgery);
    }

    public async Task<GraphQLResponse> PostRawAsync(string body, string? contentType = "application/json", string? accept = GraphQLResponseJson, bool antiforgery = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (antiforgery && _antiforgery is not null) request.Headers.Add("X-XSRF-TOKEN", _antiforgery);
        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> GetAsync(string queryString, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public void Dispose() => _http.Dispose();
}
