using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Http;
using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Statements;

namespace Mentoring.Api.Mentors;

/// <summary>
/// GET /statements/volunteer-hours/{mentorId}.pdf?from=yyyy-MM-dd&amp;to=yyyy-MM-dd — the volunteer-hours statement as a PDF in the
/// mentor's language (their account's, else the first of their languages the product speaks). The NGO's coordinators and
/// admins for its mentors; a mentor for themselves only (another mentor's id answers 404, as an unknown one does).
/// 401 signed out, 403 another role, 400 a bad period (INVALID_PERIOD), as application/problem+json with a code. Each download is
/// recorded in the audit trail as a read of the mentor's file.
/// </summary>
public static class VolunteerStatementEndpoint
{
    public static string Path(Guid mentorId, DateOnly from, DateOnly to) => $"/statements/volunteer-hours/{mentorId}.pdf?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    public static void MapVolunteerStatement(this WebApplication app) =>
        app.MapGet("/statements/volunteer-hours/{mentorId:guid}.pdf", async (Guid mentorId, string? from, string? to, HttpContext http,
            IQuerySession session, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (caller is null) return Problems.WithCode(StatusCodes.Status401Unauthorized, FieldAccess.Unauthenticated, "Sign in to download a statement.");
            var staff = caller.Has(Role.Coordinator) || caller.Has(Role.OrgAdmin);
            if (!staff && !caller.Has(Role.Mentor)) return Problems.WithCode(StatusCodes.Status403Forbidden, FieldAccess.Forbidden, "Your role does not allow volunteer statements.");
            if (!staff && (await session.LoadAsync<UserAccount>(caller.UserId, ct))?.MentorId != mentorId)
                return Problems.WithCode(StatusCodes.Status404NotFound, ErrorCodes.NotFound, "No such mentor.", "mentorId");

            if (Day(from) is not { } first || Day(to) is not { } last)
                return Problems.WithCode(StatusCodes.Status400BadRequest, ErrorCodes.InvalidPeriod, "Give from and to as yyyy-MM-dd.", from is null ? "from" : "to");

            var payload = await VolunteerStatementGraph.StatementAsync(session, mentorId, first, last, ct);
            if (payload.Item is not { } view)
            {
                var error = payload.Errors[0];
                return Problems.WithCode(error.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, error.Code, error.Message, error.Field);
            }
            var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == mentorId, ct);
            var language = account?.Language ?? Texts.From(view.Mentor.Profile.Languages);
            await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
            var organisation = await registry.LoadAsync<Organisation>(caller.OrganisationId, ct);
            await Audit.AuditLog.RecordAsync(store, caller, Domain.Audit.AuditAction.MentorRead, "mentor", mentorId, null, clock, ct);
            var pdf = VolunteerStatementPdf.Render(view.Statement, view.Mentor.Profile.Name, organisation?.Name ?? "", language, RigaCalendar.Today(clock));
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(pdf, "application/pdf", $"volunteer-hours-{first:yyyy-MM-dd}-{last:yyyy-MM-dd}.pdf");
        });

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

}
