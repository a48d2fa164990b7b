using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands (Npgsql's activities) that one HTTP request to the API makes. The request carries a W3C
/// traceparent of its own; ASP.NET Core continues that trace, and every command Npgsql runs while serving it belongs to
/// it — so commands of other requests, other test classes and the async daemon are not counted.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, int> _commands = new();
    private readonly ActivityListener _listener;

    public SqlCommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql") _commands.AddOrUpdate(activity.TraceId, 1, (_, n) => n + 1);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Sends the document and returns the answer with the number of SQL commands run while serving it.</summary>
    public async Task<(GraphQLResponse Response, int Commands)> PostAsync(GraphQLClient client, string query, object? variables = null)
    {
        var trace = ActivityTraceId.CreateRandom();
        var body = new System.Text.Json.Nodes.JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = System.Text.Json.JsonSerializer.SerializeToNode(variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponseJson);
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        if (client.AntiforgeryToken is { } token) request.Headers.Add("X-XSRF-TOKEN", token);
        var response = await client.SendAsync(request);
        return (response, _commands.GetValueOrDefault(trace));
    }

    public void Dispose() => _listener.Dispose();
}
