using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Faults.Tests.Infrastructure;

public sealed record Answer(int Status, JsonElement Body)
{
    /// <summary>No answer at all (connection refused or reset, timeout): 0.</summary>
    public bool ServerError => Status is 0 or >= 500;
    public bool Ok => Status == 200 && Body.ValueKind == JsonValueKind.Object && !Body.TryGetProperty("errors", out _);
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<string> UserErrors(string field) =>
        Data.GetProperty(field).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();

    public override string ToString() => $"{Status} {(Body.ValueKind == JsonValueKind.Undefined ? "" : Body.ToString())}";
}

/// <summary>
/// A browser-like client of the proxy: cookies, the anti-forgery header, and a source address of its own on loopback
/// (127.0.0.0/8 is all local), so that the proxy sees — and forwards in X-Forwarded-For — a different client address
/// per person. <see cref="Node"/> pins requests to one API node (the proxy's X-Fault-Node route); null: round robin.
/// </summary>
public sealed class Client : IDisposable
{
    private readonly HttpClient _http;
    private string? _antiforgery;

    public Client(Uri proxy, IPAddress source, TimeSpan? timeout = null)
    {
        Source = source;
        Cookies = new CookieContainer();
        var handler = new SocketsHttpHandler
        {
            CookieContainer = Cookies, UseCookies = true, PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { BaseAddress = proxy, Timeout = timeout ?? TimeSpan.FromSeconds(20) };
    }

    public IPAddress Source { get; }
    public CookieContainer Cookies { get; }
    public string? AntiforgeryToken { get => _antiforgery; set => _antiforgery = value; }
    /// <summary>0 or 1: the API node every request goes to; null: whichever the proxy picks.</summary>
    public int? Node { get; set; }

    public async Task<Answer> LoginAsync(string email, string password)
    {
        var answer = await PostAsync("mutation($i: LoginInput!) { login(input: $i) { user { id } errors { code } } }", new { i = new { email, password } });
        if (answer.Ok && answer.UserErrors("login").Count == 0) await RefreshAntiforgeryAsync();
        return answer;
    }

    public async Task RefreshAntiforgeryAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/antiforgery");
        Pin(request);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _antiforgery = doc.RootElement.GetProperty("token").GetString();
    }

    /// <summary>A GraphQL POST. Never throws for the server's or the network's sake: no answer is status 0.</summary>
    public async Task<Answer> PostAsync(string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = JsonSerializer.SerializeToNode(variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (_antiforgery is not null) request.Headers.Add("X-XSRF-TOKEN", _antiforgery);
        return await SendAsync(request);
    }

    public async Task<Answer> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        Pin(request);
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            JsonElement json = default;
            if (text.Length > 0 && text[0] is '{' or '[')
            {
                try { json = JsonDocument.Parse(text).RootElement.Clone(); } catch (JsonException) { }
            }
            return new Answer((int)response.StatusCode, json);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Answer(0, default);
        }
    }

    private void Pin(HttpRequestMessage request)
    {
        if (Node is { } node) request.Headers.TryAddWithoutValidation("X-Fault-Node", node.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _http.Dispose();
}
