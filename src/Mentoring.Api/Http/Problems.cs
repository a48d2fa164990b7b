namespace Mentoring.Api.Http;

/// <summary>A refusal outside GraphQL (file downloads): application/problem+json with the same codes the GraphQL errors carry.</summary>
public static class Problems
{
    public static IResult WithCode(int status, string code, string message, string? field = null) =>
        Results.Problem(statusCode: status, title: message, extensions: new Dictionary<string, object?> { ["code"] = code, ["field"] = field });
}
