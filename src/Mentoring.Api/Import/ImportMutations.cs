using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Import;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Import;

/// <summary>
/// Import of an NGO's mentors or people from a spreadsheet (CSV or .xlsx), by its OrgAdmin, in three steps: inspect the
/// file (its columns and a suggested mapping), a dry run (every row's errors, nothing written), the import.
/// <para>
/// <b>How the file travels.</b> As base64 in a GraphQL mutation: the product keeps its one API (access rules, validation,
/// the anti-forgery check, audit and limits all apply as to any other command), and no upload is ever stored on the
/// server between the steps — each step sends the file again, so nothing personal waits anywhere to be cleaned up. The
/// cost is a third more bytes; the endpoint lets an OrgAdmin's requests carry up to <c>Mentoring:MaxImportRequestBytes</c>
/// (a 1 MiB file, encoded) while everyone else keeps the small general limit. Inspect and the dry run write nothing but
/// are mutations: they carry a file, which GET (queries) should not, and they run a command's checks.
/// </para>
/// <para>
/// <b>Not a job.</b> An import runs within its request: 1,000 rows at most, each one command of some ten milliseconds
/// (a referral appends the case and its plan), four at a time, so it ends in seconds. A background job would have to keep the file — personal data — in its queue's arguments, outside the
/// event store where erasure and retention reach. Each row commits on its own and every write is idempotent by the row's
/// natural key, so an import cut short is finished by running it again.
/// </para>
/// <para>
/// <b>Same rules as the API.</b> Every row is decided by the decider the API's mutation calls, on the same facts: the dry
/// run in memory (<see cref="ImportPlanner"/>), the import through the mutation's own write path — a mentor as an
/// application the NGO entered (<see cref="SubmitMentorApplicationMutation.EnterApplication"/>: into the vetting queue,
/// without the applicant's confirmation e-mail, which is for people who just applied), a person as
/// <c>referClient</c> does it (<see cref="ClientMutations.Refer"/>, with the standard plan). Nothing is appended here.
/// </para>
/// <para>
/// <b>Logs</b> name the kind and the counts only: no file name, cell, name or e-mail. Parsing errors are typed and carry
/// no values from the file.
/// </para>
/// </summary>
public static class ImportMutations
{
    private static readonly ImportLimits Limits = ImportLimits.Default;
    private const int WritersPerImport = 4;

    public static void AddImportMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InspectImportPayloadType>>("inspectImport")
            .Description("Reads a spreadsheet (CSV or .xlsx, base64): its columns, the fields of the kind and a suggested mapping from the header names " +
                         "(Latvian, English, Russian). Writes nothing. FILE_EMPTY, FILE_TOO_LARGE, FILE_FORMAT, FILE_ENCODING, TOO_MANY_ROWS, TOO_MANY_COLUMNS.")
            .Argument<NonNullGraphType<ImportFileInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
                (object?)await Inspect(ctx.GetArgument<ImportFileInput>("input"), Caller.From(http.HttpContext?.User)!, session, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ImportSpreadsheetPayloadType>>("importSpreadsheet")
            .Description("With dryRun, checks every row through the mapping and the API's deciders and writes nothing; without, writes the rows that pass " +
                         "(each as submitMentorApplication by the NGO or referClient would) and reports every row. Rows whose natural key is on record " +
                         "(a mentor's e-mail; a person's name, birth year and release date) are ALREADY_PRESENT: importing a file twice creates nothing new.")
            .Argument<NonNullGraphType<ImportSpreadsheetInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor, ILoggerFactory>()
            .ResolveAsync(async (ctx, session, clock, http, logs) =>
                (object?)await Run(ctx.GetArgument<ImportSpreadsheetInput>("input"), Caller.From(http.HttpContext?.User)!, session, clock,
                    logs.CreateLogger("Mentoring.Import"), ctx.CancellationToken));
    }

    public static async Task<Payload<ImportInspection>> Inspect(ImportFileInput input, Caller caller, IDocumentSession session, CancellationToken ct)
    {
        var (sheet, refusal) = await OpenAsync(input, caller, session, ct);
        if (sheet is null) return Payload<ImportInspection>.Refused([refusal!]);
        var columns = sheet.Headers.Select((header, i) => new ImportColumn(i, header, sheet.Rows.Select(r => r.Cell(i)).FirstOrDefault(v => v.Length > 0))).ToList();
        return Payload<ImportInspection>.Ok(new ImportInspection(input.Kind, sheet.Format, sheet.Rows.Count, columns, ImportFields.Of(input.Kind),
            ImportFields.Suggest(input.Kind, sheet.Headers), Limits.MaxRows, Limits.MaxFileBytes));
    }

    public static async Task<Payload<ImportReport>> Run(ImportSpreadsheetInput input, Caller caller, IDocumentSession session, TimeProvider clock, ILogger log,
        CancellationToken ct)
    {
        var (sheet, refusal) = await OpenAsync(input, caller, session, ct);
        if (sheet is null) return Payload<ImportReport>.Refused([refusal!]);
        var mapping = input.Mapping.Select(m => new FieldMapping(m.Field, m.Column, m.Value)).ToList();
        var mappingErrors = ImportPlanner.CheckMapping(input.Kind, sheet, mapping);
        if (mappingErrors.Count > 0) return Payload<ImportReport>.Refused(mappingErrors);

        var actor = new Actor(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        var planned = input.Kind == ImportKind.Mentors
            ? ImportPlanner.PlanMentors(sheet, mapping, await MentorsByEmailAsync(session, ImportPlanner.Texts(sheet, mapping, ImportField.Email), ct),
                caller.OrganisationId, actor)
            : ImportPlanner.PlanClients(sheet, mapping, await ClientsNamedAsync(session, ImportPlanner.Texts(sheet, mapping, ImportField.Name), ct),
                caller.OrganisationId, actor);

        var rows = planned.Select(row => Result(row, sheet, row.Status, row.Errors)).ToArray();
        if (!input.DryRun)
        {
            // The plan already set every NEW row apart from the others (a second row of the same person is an error, a likely
            // duplicate of a row above is one too), so NEW rows do not depend on each other: a few are written at a time,
            // each in its own session and transaction.
            var writes = planned.Select((row, i) => (row, i)).Where(x => x.row.Status == ImportRowStatus.New);
            await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = WritersPerImport, CancellationToken = ct },
                async (x, token) => rows[x.i] = await WriteAsync(x.row, sheet, mapping, session, actor, token));
        }
        var report = new ImportReport(input.Kind, input.DryRun, sheet.Format, rows);
        log.LogInformation("Spreadsheet import of {Kind}, dry run {DryRun}: {Rows} rows, {Created} new, {Present} already present, {Failed} with errors",
            input.Kind, input.DryRun, report.Total, report.Count(input.DryRun ? ImportRowStatus.New : ImportRowStatus.Created),
            report.Count(ImportRowStatus.AlreadyPresent), report.Count(ImportRowStatus.Error));
        return Payload<ImportReport>.Ok(report);
    }

    /// <summary>The caller's NGO, the file decoded and read; or the one typed error that stops here.</summary>
    private static async Task<(Sheet?, UserError?)> OpenAsync(ImportFileInput input, Caller caller, IDocumentSession session, CancellationToken ct)
    {
        // Mentors and people belong to an NGO; a prison's or a municipality's admin has none to import.
        if ((await session.DocumentStore.OrganisationAsync(caller.OrganisationId, ct))?.Kind != OrganisationKind.Ngo)
            return (null, new UserError(ErrorCodes.WrongOrganisationKind, "Only an NGO imports mentors and people.", "kind"));
        var text = input.Content ?? "";
        var comma = text.StartsWith("data:", StringComparison.Ordinal) ? text.IndexOf("base64,", StringComparison.Ordinal) : -1;
        var base64 = comma >= 0 ? text.AsSpan(comma + "base64,".Length) : text.AsSpan();
        if (base64.Length > (Limits.MaxFileBytes + 2) / 3 * 4 + 4)
            return (null, new UserError(ImportCodes.FileTooLarge, $"The file is larger than {Limits.MaxFileBytes} bytes.", "content")
            {
                Params = [MessageParam.Number("max", Limits.MaxFileBytes)],
            });
        var bytes = new byte[base64.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64Chars(base64, bytes, out var length))
            return (null, new UserError(ImportCodes.FileFormat, "The content is not base64.", "content"));
        return SpreadsheetReader.Read(bytes.AsSpan(0, length), Limits);
    }

    private static async Task<IReadOnlyDictionary<string, Guid>> MentorsByEmailAsync(IQuerySession session, IEnumerable<string> emails, CancellationToken ct)
    {
        var wanted = emails.Select(Text.NormaliseEmail).Where(e => e.Length > 0).Distinct().ToArray();
        if (wanted.Length == 0) return new Dictionary<string, Guid>();
        var found = await session.Query<Mentor>().Where(m => m.Profile.Email.IsOneOf(wanted)).ToListAsync(ct);
        return found.GroupBy(m => m.Profile.Email).ToDictionary(g => g.Key, g => g.First().Id);
    }

    private static async Task<IReadOnlyList<ExistingClient>> ClientsNamedAsync(IQuerySession session, IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = names.Select(ImportPlanner.SearchName).Where(n => n.Length > 0).Distinct().ToArray();
        if (wanted.Length == 0) return [];
        var found = await session.Query<Client>().Where(c => c.SearchName.IsOneOf(wanted)).ToListAsync(ct);
        return [.. found.Select(c => new ExistingClient(c.Id, c.Person.Name, c.Person.BirthYear, c.PrisonCode, c.ExpectedReleaseDate, c.ReleasedOn))];
    }

    /// <summary>
    /// One NEW row through the API's write path, in a transaction of its own. A stream that exists by then (a concurrent
    /// import of the same row, or a record whose natural key was edited since it was imported) answers with its state,
    /// written earlier: ALREADY_PRESENT. A rule the row meets only now (another admin's referral meanwhile) is its error.
    /// </summary>
    private static async Task<ImportRowResult> WriteAsync(PlannedRow row, Sheet sheet, IReadOnlyList<FieldMapping> mapping, IDocumentSession scope, Actor actor,
        CancellationToken ct)
    {
        await using var session = scope.DocumentStore.LightweightSession(scope.TenantId);
        if (row.Mentor is { } profile)
        {
            var written = await SubmitMentorApplicationMutation.EnterApplication(session, row.RecordId!.Value, retryable: true, profile, actor, ct);
            return written.Succeeded
                ? Result(row with { RecordId = written.State!.Id }, sheet, written.State.AppliedAt == actor.At ? ImportRowStatus.Created : ImportRowStatus.AlreadyPresent, [])
                : Result(row, sheet, ImportRowStatus.Error, ImportPlanner.Issues(written.Errors, mapping));
        }
        var c = row.Client!;
        var referred = await ClientMutations.Refer(new ReferClientInput
        {
            Name = c.Person.Name, Gender = c.Person.Gender, BirthYear = c.Person.BirthYear, Languages = c.Person.Languages, Contact = c.Person.Contact,
            PrisonCode = c.PrisonCode, ExpectedReleaseDate = c.ExpectedReleaseDate, ReleaseType = c.ReleaseType, DestinationMunicipality = c.DestinationMunicipality,
            ReferrerName = c.ReferrerName, ReferrerContact = c.ReferrerContact, AlreadyReleasedOn = c.AlreadyReleasedOn, IdempotencyKey = row.IdempotencyKey,
        }, actor, session, ct);
        return referred.Item is { } client
            ? Result(row with { RecordId = client.Id }, sheet, client.ReferredAt == actor.At ? ImportRowStatus.Created : ImportRowStatus.AlreadyPresent, [])
            : Result(row, sheet, ImportRowStatus.Error, ImportPlanner.Issues(referred.Errors, mapping));
    }

    private static ImportRowResult Result(PlannedRow row, Sheet sheet, ImportRowStatus status, IReadOnlyList<ImportIssue> errors) =>
        new(row.Number, status, row.Key, status is ImportRowStatus.Created or ImportRowStatus.AlreadyPresent ? row.RecordId : null,
        [
            .. errors.Select(e => new ImportRowError(e.Code, e.Message, e.Field, e.ImportField, e.Column,
                e.Column is { } i && i < sheet.Headers.Count ? sheet.Headers[i] : null, e.Params)),
        ]);
}
