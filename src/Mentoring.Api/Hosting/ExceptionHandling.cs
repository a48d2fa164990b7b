using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Mentoring.Api.Hosting;

/// <summary>The id that ties an answer to its log lines: the W3C trace id when a trace is running, else the request id.</summary>
public static class Correlation
{
    public static string Id(HttpContext? http) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : http?.TraceIdentifier ?? "";
}

/// <summary>
/// One answer for every exception that escapes an endpoint, in every environment (Development included): an
/// application/problem+json with a neutral code and the trace id, never an exception's type, message, stack or a file
/// path. The log gets the type and stack under the same trace id, never the message, which may quote personal data.
/// </summary>
public static class ExceptionHandling
{
    public const string InternalError = "INTERNAL_ERROR";

    public static IServiceCollection AddMentoringExceptionHandling(this IServiceCollection services) => services
        .AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ctx.ProblemDetails.Extensions["traceId"] = Correlation.Id(ctx.HttpContext))
        .AddExceptionHandler<ProblemExceptionHandler>();

    /// <summary>
    /// Inside request logging (which then logs the 500 without the exception) and outside everything else. It also runs
    /// before the developer exception page that Development adds, so that page never shows.
    /// </summary>
    public static void UseMentoringExceptionHandling(this IApplicationBuilder app) => app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        // The handler logs without the exception's message; the middleware's own log line would include it.
        SuppressDiagnosticsCallback = _ => true,
    });

    private sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
        {
            var (status, code, title) = exception switch
            {
                // Kestrel's own refusals (body too large, malformed request) are the client's doing.
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "PAYLOAD_TOO_LARGE", "The request body is too large."),
                BadHttpRequestException bad => (bad.StatusCode, "BAD_REQUEST", "The request could not be read."),
                OperationCanceledException when http.RequestAborted.IsCancellationRequested => (499, "CLIENT_CLOSED_REQUEST", "The request was cancelled."),
                _ => (StatusCodes.Status500InternalServerError, InternalError, "Something went wrong on our side; the error was logged. Quote the traceId when you report it."),
            };
            if (status >= 500)
                log.LogError("Unhandled {ExceptionType} on {Method} {Path}, trace {TraceId}: {StackTrace}", exception.GetType().FullName, http.Request.Method,
                    http.GetEndpoint()?.DisplayName ?? "(no endpoint)", Correlation.Id(http), exception.StackTrace);

            // The middleware has cleared the failed answer's status and headers (a file name, a content type) and marks this one no-store.
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = status, Title = title, Extensions = { ["code"] = code } },
            });
        }
    }
}
