using System.Text;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Http;
using Mentoring.Domain.Common;

namespace Mentoring.Api.Outcomes;

/// <summary>
/// GET /reports/outcome/{contractId}/{period}.csv — the summary as a file for the municipality dashboard's download
/// button. Same readers and the same checks as the outcomeSummary query (<see cref="OutcomeAccess"/>); labels in the
/// caller's language. 401 signed out, 403 wrong role, 404 a contract they cannot see, 400 a bad period (INVALID_PERIOD),
/// each as application/problem+json with a code.
/// </summary>
public static class OutcomeCsvEndpoint
{
    public static string Path(Guid contractId, string period) => $"/reports/outcome/{contractId}/{period}.csv";

    public static void MapOutcomeCsv(this WebApplication app) =>
        app.MapGet("/reports/outcome/{contractId:guid}/{period}.csv", async (Guid contractId, string period, HttpContext http, IQuerySession session,
            IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (caller is null) return Problems.WithCode(StatusCodes.Status401Unauthorized, FieldAccess.Unauthenticated, "Sign in to download outcome summaries.");
            if (!OutcomeAccess.Readers.Any(caller.Has))
                return Problems.WithCode(StatusCodes.Status403Forbidden, FieldAccess.Forbidden, "Your role does not allow outcome summaries.");

            var (target, error) = await OutcomeAccess.FindAsync(caller, session, store, contractId, period, clock, ct);
            if (target is null)
                return Problems.WithCode(error!.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, error.Code, error.Message, error.Field);

            var report = await OutcomeAccess.ReportAsync(store, target, ct);
            var csv = report.Csv(await OutcomeAccess.LanguageAsync(caller, session, ct));
            http.Response.Headers.CacheControl = "no-store";
            // With a byte-order mark, spreadsheet programs read the Latvian and Russian labels as UTF-8.
            return Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8",
                $"outcomes-{target.Contract.Reference ?? target.Contract.MunicipalityCode}-{target.Period.Name}.csv");
        });

}
