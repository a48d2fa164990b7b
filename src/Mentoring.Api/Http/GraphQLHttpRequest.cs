using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Mentoring.Api.Http;

/// <summary>A GraphQL-over-HTTP request after its transport-level checks, or the reason it was refused.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

public sealed record RequestProblem(int Status, string Message, string Code = "BAD_REQUEST");

/// <summary>Reads the request parameters from a POST body or a GET query string, per the GraphQL-over-HTTP spec.</summary>
public static class GraphQLHttpRequestReader
{
    public static async Task<(GraphQLHttpRequest?, RequestProblem?)> ReadAsync(HttpContext ctx, IGraphQLTextSerializer serializer, long maxBodyBytes)
    {
        if (HttpMethods.IsGet(ctx.Request.Method)) return ReadGet(ctx.Request.Query, serializer);

        if (!IsJson(ctx.Request.ContentType))
            return (null, new RequestProblem(415, "Send the request as JSON with Content-Type: application/json.", "UNSUPPORTED_MEDIA_TYPE"));
        if (ctx.Request.ContentLength > maxBodyBytes)
            return (null, TooLarge(maxBodyBytes));

        var sizeFeature = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = maxBodyBytes;

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(ctx.Request.Body, default, ctx.RequestAborted);
        }
        catch (JsonException ex)
        {
            return (null, new RequestProblem(400, $"The request body is not valid JSON: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return (null, new RequestProblem(400, "The request body must be a JSON object with a 'query' string."));
            var root = json.RootElement;
            return Build(
                root.TryGetProperty("query", out var q) ? q : default,
                root.TryGetProperty("operationName", out var o) ? o : default,
                root.TryGetProperty("variables", out var v) ? v : default,
                root.TryGetProperty("extensions", out var e) ? e : default,
                serializer);
        }
    }

    private static (GraphQLHttpRequest?, RequestProblem?) ReadGet(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[name].Count > 1) return (null, new RequestProblem(400, $"The parameter '{name}' is given more than once."));
        }
        if (string.IsNullOrEmpty(query["query"])) return (null, MissingQuery);
        Inputs? variables = null, extensions = null;
        try
        {
            variables = ParseObject(query["variables"], serializer);
            extensions = ParseObject(query["extensions"], serializer);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return (null, new RequestProblem(400, "'variables' and 'extensions' must be JSON objects."));
        }
        return (new GraphQLHttpRequest(query["query"]!, NullIfEmpty(query["operationName"]), variables, extensions), null);
    }

    private static (GraphQLHttpRequest?, RequestProblem?) Build(JsonElement query, JsonElement operationName, JsonElement variables,
        JsonElement extensions, IGraphQLTextSerializer serializer)
    {
        if (query.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(query.GetString())) return (null, MissingQuery);
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
            return (null, new RequestProblem(400, "'operationName' must be a string or null."));
        if (variables.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            return (null, new RequestProblem(400, "'variables' must be an object or null."));
        if (extensions.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            return (null, new RequestProblem(400, "'extensions' must be an object or null."));

        return (new GraphQLHttpRequest(
            query.GetString()!,
            operationName.ValueKind == JsonValueKind.String ? NullIfEmpty(operationName.GetString()) : null,
            variables.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(variables.GetRawText()) : null,
            extensions.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(extensions.GetRawText()) : null), null);
    }

    private static Inputs? ParseObject(string? json, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind == JsonValueKind.Null) return null;
        if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("Not a JSON object.");
        return serializer.Deserialize<Inputs>(json);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static RequestProblem TooLarge(long max) => new(413, $"The request body is larger than {max} bytes.", "PAYLOAD_TOO_LARGE");

    private static readonly RequestProblem MissingQuery = new(400, "The 'query' parameter is required and must be a non-empty string.");
}
