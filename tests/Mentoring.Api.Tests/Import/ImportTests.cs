using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Tests.Import;

/// <summary>
/// Import from spreadsheets over real HTTP on real PostgreSQL: a dry run writes nothing, an import creates exactly the rows
/// that pass, importing the same file again creates nothing, and a row a decider refuses is reported with the decider's code.
/// </summary>
public sealed class ImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Inspect = """
        mutation($i: ImportFileInput!) { inspectImport(input: $i) {
          inspection { kind format rowCount columns { index header sample } fields { field required } suggestedMapping { field column value } maxRows maxFileBytes }
          errors { code field params { name value } } } }
        """;

    private const string Import = """
        mutation($i: ImportSpreadsheetInput!) { importSpreadsheet(input: $i) {
          report { kind dryRun format total created alreadyPresent failed
                   rows { row status key recordId errors { code field importField column columnName params { name value kind } } } }
          errors { code field params { name value } } } }
        """;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string Base64(string csv) => Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));

    private static async Task<JsonElement> InspectAsync(GraphQLClient client, string kind, string content)
    {
        var response = await client.PostAsync(Inspect, new { i = new { kind, content, fileName = "people.csv" } });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.UserErrors("inspectImport"));
        return response.Data.GetProperty("inspectImport").GetProperty("inspection");
    }

    private static object[] MappingOf(JsonElement inspection, params object[] extra) =>
    [
        .. inspection.GetProperty("suggestedMapping").EnumerateArray().Select(m => (object)new { field = m.GetProperty("field").GetString(), column = m.GetProperty("column").GetInt32() }),
        .. extra,
    ];

    private static async Task<JsonElement> ImportAsync(GraphQLClient client, string kind, string content, object[] mapping, bool dryRun)
    {
        var response = await client.PostAsync(Import, new { i = new { kind, content, mapping, dryRun } });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Empty(response.UserErrors("importSpreadsheet"));
        return response.Data.GetProperty("importSpreadsheet").GetProperty("report");
    }

    private static (int Created, int Present, int Failed) Counts(JsonElement report) =>
        (report.GetProperty("created").GetInt32(), report.GetProperty("alreadyPresent").GetInt32(), report.GetProperty("failed").GetInt32());

    private static List<(int Row, string Status)> Statuses(JsonElement report) =>
        [.. report.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("status").GetString()!))];

    private async Task<int> CountAsync<T>() where T : notnull
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return await session.Query<T>().CountAsync();
    }

    [Fact]
    public async Task Mentors_from_a_csv_a_dry_run_writes_nothing_the_import_creates_exactly_the_valid_rows_and_again_creates_nothing()
    {
        var u = Unique();
        var csv = "Vārds;E-pasts;Dzimšanas gads;Valodas;Pašvaldības;Motivācija\n" +
                  $"Anna Bērziņa;anna.{u}@example.lv;1980;latviešu, krievu;Rīga;Gribu palīdzēt citiem atgriezties.\n" +
                  $"Jānis Kalniņš;janis.{u}@example.lv;1975;lv;Ogre;Pats esmu to piedzīvojis un varu palīdzēt.\n" +
                  $"Ilze Ozola;ilze.{u}@example.lv;1990;lv, klingon;Rīga;Vēlos atbalstīt cilvēkus pēc ieslodzījuma.\n";
        var content = Base64(csv);
        using var admin = await api.SignedIn("a", Role.OrgAdmin);

        var inspection = await InspectAsync(admin, "MENTORS", content);
        Assert.Equal(("CSV", 3), (inspection.GetProperty("format").GetString(), inspection.GetProperty("rowCount").GetInt32()));
        Assert.Equal(["NAME", "EMAIL", "BIRTH_YEAR", "LANGUAGES", "MUNICIPALITIES", "MOTIVATION"],
            inspection.GetProperty("suggestedMapping").EnumerateArray().Select(m => m.GetProperty("field").GetString()));
        Assert.Equal("Anna Bērziņa", inspection.GetProperty("columns")[0].GetProperty("sample").GetString());
        var mapping = MappingOf(inspection);

        await api.WaitForProjectionsAsync(); // whatever other tests of the class appended: a projection catching up is no write of the dry run
        var before = await api.DataFingerprintAsync();
        var mentorsBefore = await CountAsync<Mentor>();
        var dryRun = await ImportAsync(admin, "MENTORS", content, mapping, dryRun: true);
        Assert.Equal(before, await api.DataFingerprintAsync());
        Assert.Equal((2, 0, 1), Counts(dryRun));
        Assert.Equal([(2, "NEW"), (3, "NEW"), (4, "ERROR")], Statuses(dryRun));
        var refused = dryRun.GetProperty("rows")[2].GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("UNKNOWN_LANGUAGE", "languages", "LANGUAGES", 3, "Valodas"), (refused.GetProperty("code").GetString(), refused.GetProperty("field").GetString(),
            refused.GetProperty("importField").GetString(), refused.GetProperty("column").GetInt32(), refused.GetProperty("columnName").GetString()));
        Assert.Equal("klingon", refused.GetProperty("params")[0].GetProperty("value").GetString());

        var imported = await ImportAsync(admin, "MENTORS", content, mapping, dryRun: false);
        Assert.Equal((2, 0, 1), Counts(imported));
        Assert.Equal([(2, "CREATED"), (3, "CREATED"), (4, "ERROR")], Statuses(imported));
        Assert.Equal(mentorsBefore + 2, await CountAsync<Mentor>());
        // They are applications the NGO entered, in its vetting queue, not approved mentors: vetting still decides.
        var annaId = imported.GetProperty("rows")[0].GetProperty("recordId").GetString()!;
        var anna = (await admin.PostAsync("query($id: ID!) { mentor(id: $id) { name email status channel languages municipalities { code } } }", new { id = annaId }))
            .Data.GetProperty("mentor");
        Assert.Equal(("Anna Bērziņa", $"anna.{u}@example.lv", "APPLIED", "COORDINATOR"), (anna.GetProperty("name").GetString(), anna.GetProperty("email").GetString(),
            anna.GetProperty("status").GetString(), anna.GetProperty("channel").GetString()));
        Assert.Equal(["lv", "ru"], anna.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var afterImport = await api.DataFingerprintAsync();
        var again = await ImportAsync(admin, "MENTORS", content, mapping, dryRun: false);
        Assert.Equal((0, 2, 1), Counts(again));
        Assert.Equal([(2, "ALREADY_PRESENT"), (3, "ALREADY_PRESENT"), (4, "ERROR")], Statuses(again));
        Assert.Equal(annaId, again.GetProperty("rows")[0].GetProperty("recordId").GetString());
        Assert.Equal(afterImport, await api.DataFingerprintAsync());
        Assert.Equal(mentorsBefore + 2, await CountAsync<Mentor>());
    }

    [Fact]
    public async Task People_from_an_xlsx_become_cases_with_their_plan_and_rows_the_referral_rules_refuse_carry_the_deciders_codes()
    {
        var u = Unique();
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        // Already referred through the API: same name, birth year and prison as row 5, another release date.
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        await Clients.ClientCaseTests.ReferAsync(coordinator, Clients.ClientCaseTests.Referral($"Twin {u}", "2026-12-28", birthYear: 1979));

        var workbook = Workbook(
            ["Vārds, uzvārds", "Dzimšanas gads", "Cietums", "Atbrīvošanas datums", "Atbrīvošanas veids", "Pašvaldība", "Valodas", "Nosūtītājs"],
            [$"Andris {u}", 1985d, "Olaines cietums", new DateOnly(2027, 1, 15), "soda beigas", "Rīga", "lv", "Ilze Probācija"],
            [$"Marta {u}", 1990d, "Iļģuciems", "28.12.2026", "УДО", "Jelgava", "ru", "Ilze Probācija"],
            [$"Oskars {u}", 1988d, "olaine", new DateOnly(2026, 11, 1), "soda beigas", "Rīga", "lv", "Ilze Probācija"],
            [$"Twin {u}", 1979d, "olaine", new DateOnly(2027, 2, 1), "soda beigas", "Rīga", "lv", "Ilze Probācija"]);
        var content = Convert.ToBase64String(workbook);

        var inspection = await InspectAsync(admin, "CLIENTS", content);
        Assert.Equal("XLSX", inspection.GetProperty("format").GetString());
        Assert.Equal("2027-01-15", inspection.GetProperty("columns")[3].GetProperty("sample").GetString());
        var mapping = MappingOf(inspection);
        Assert.Equal(8, mapping.Length);

        // The referral above feeds the async outcome projection: let it catch up, or its write lands inside the dry run's window.
        await api.WaitForProjectionsAsync();
        var before = await api.DataFingerprintAsync();
        var clientsBefore = await CountAsync<Client>();
        var dryRun = await ImportAsync(admin, "CLIENTS", content, mapping, dryRun: true);
        Assert.Equal(before, await api.DataFingerprintAsync());
        Assert.Equal([(2, "NEW"), (3, "NEW"), (4, "ERROR"), (5, "ERROR")], Statuses(dryRun));
        static (string?, string?, int) First(JsonElement report, int index)
        {
            var e = report.GetProperty("rows")[index].GetProperty("errors").EnumerateArray().Single();
            return (e.GetProperty("code").GetString(), e.GetProperty("field").GetString(), e.GetProperty("column").GetInt32());
        }
        Assert.Equal(("INVALID_PERIOD", "expectedReleaseDate", 3), First(dryRun, 2));
        Assert.Equal(("LIKELY_DUPLICATE", "name", 0), First(dryRun, 3));

        var imported = await ImportAsync(admin, "CLIENTS", content, mapping, dryRun: false);
        Assert.Equal((2, 0, 2), Counts(imported));
        Assert.Equal([(2, "CREATED"), (3, "CREATED"), (4, "ERROR"), (5, "ERROR")], Statuses(imported));
        Assert.Equal(("INVALID_PERIOD", "expectedReleaseDate", 3), First(imported, 2));
        Assert.Equal(("LIKELY_DUPLICATE", "name", 0), First(imported, 3));
        Assert.Equal(clientsBefore + 2, await CountAsync<Client>());

        var martaId = imported.GetProperty("rows")[1].GetProperty("recordId").GetString();
        var marta = (await admin.PostAsync("query($id: ID!) { client(id: $id) { name stage prison { code } releaseDate releaseType destinationMunicipality { code } referrerName goals { standard } } }",
            new { id = martaId })).Data.GetProperty("client");
        Assert.Equal(($"Marta {u}", "REFERRED", "ilguciems", "2026-12-28", "CONDITIONAL_EARLY_RELEASE", "jelgava", "Ilze Probācija"),
            (marta.GetProperty("name").GetString(), marta.GetProperty("stage").GetString(), marta.GetProperty("prison").GetProperty("code").GetString(),
                marta.GetProperty("releaseDate").GetString(), marta.GetProperty("releaseType").GetString(), marta.GetProperty("destinationMunicipality").GetProperty("code").GetString(),
                marta.GetProperty("referrerName").GetString()));
        Assert.Equal(6, marta.GetProperty("goals").GetArrayLength()); // the standard plan, as referClient makes it

        // The async projections (outcomes) catch up on the import's events first: the fingerprint is about what re-importing writes.
        await api.WaitForProjectionsAsync();
        var afterImport = await api.DataFingerprintAsync();
        var again = await ImportAsync(admin, "CLIENTS", content, mapping, dryRun: false);
        Assert.Equal((0, 2, 2), Counts(again));
        Assert.Equal([(2, "ALREADY_PRESENT"), (3, "ALREADY_PRESENT"), (4, "ERROR"), (5, "ERROR")], Statuses(again));
        Assert.Equal(afterImport, await api.DataFingerprintAsync());
        Assert.Equal(clientsBefore + 2, await CountAsync<Client>());
    }

    [Fact]
    public async Task Only_an_ngos_admin_imports_and_a_mapping_without_a_required_field_is_refused_before_any_row()
    {
        var content = Base64("Name;Email\nAnna;anna@example.lv\n");
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        Assert.Equal(["FORBIDDEN"], (await coordinator.PostAsync(Inspect, new { i = new { kind = "MENTORS", content } })).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await api.Client().PostAsync(Inspect, new { i = new { kind = "MENTORS", content } })).ErrorCodes);

        using var municipalityAdmin = await api.SignedIn("riga", Role.OrgAdmin);
        var notNgo = await municipalityAdmin.PostAsync(Inspect, new { i = new { kind = "MENTORS", content } });
        Assert.Equal([("WRONG_ORGANISATION_KIND", "kind")], notNgo.UserErrors("inspectImport"));

        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var before = await api.DataFingerprintAsync();
        var incomplete = await admin.PostAsync(Import, new { i = new { kind = "MENTORS", content, dryRun = false, mapping = new object[] { new { field = "NAME", column = 0 } } } });
        Assert.Equal([("MAPPING_REQUIRED", "mapping"), ("MAPPING_REQUIRED", "mapping"), ("MAPPING_REQUIRED", "mapping"), ("MAPPING_REQUIRED", "mapping"), ("MAPPING_REQUIRED", "mapping")],
            incomplete.UserErrors("importSpreadsheet"));
        Assert.Equal(before, await api.DataFingerprintAsync());
    }

    [Theory]
    [InlineData("bm90IGJhc2U2NA==!", "FILE_FORMAT")] // not base64
    [InlineData("", "FILE_EMPTY")]
    [InlineData("JVBERi0xLjcKAAECAw==", "FILE_FORMAT")] // a PDF's first bytes, with NUL
    [InlineData("0M8R4KGxGuEAAA==", "FILE_FORMAT")] // an .xls (OLE) header
    [InlineData("TmFtZTtFbWFpbApC53J6aQ==", "FILE_ENCODING")] // "Name;Email\nBērzi" in Windows-1257
    [InlineData("UEsDBAECAwQF", "FILE_FORMAT")] // a zip header and nothing
    public async Task Bad_files_are_typed_errors_on_content(string content, string code)
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var response = await admin.PostAsync(Inspect, new { i = new { kind = "CLIENTS", content } });
        Assert.Equal([(code, "content")], response.UserErrors("inspectImport"));
    }

    [Fact]
    public async Task An_admin_may_send_a_file_above_the_general_body_limit_up_to_the_import_limit_which_is_a_typed_error()
    {
        // About 480 kB of CSV (640 kB encoded): more than the general 100 kB body limit.
        var csv = new StringBuilder("Name;Email;Motivation\n");
        for (var i = 0; i < 1000; i++) csv.Append($"Person {i};p{i}@example.lv;{new string('m', 450)}\n");
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var inspection = await InspectAsync(admin, "MENTORS", Base64(csv.ToString()));
        Assert.Equal((1000, 1000), (inspection.GetProperty("rowCount").GetInt32(), inspection.GetProperty("maxRows").GetInt32()));

        var tooLarge = await admin.PostAsync(Inspect, new { i = new { kind = "MENTORS", content = Convert.ToBase64String(new byte[1024 * 1024 + 10]) } });
        Assert.Equal([("FILE_TOO_LARGE", "content")], tooLarge.UserErrors("inspectImport"));
        Assert.Equal("1048576", tooLarge.Data.GetProperty("inspectImport").GetProperty("errors")[0].GetProperty("params")[0].GetProperty("value").GetString());

        var tooManyRows = new StringBuilder("Name\n");
        for (var i = 0; i < 1001; i++) tooManyRows.Append($"P{i}\n");
        Assert.Equal([("TOO_MANY_ROWS", "content")], (await admin.PostAsync(Inspect, new { i = new { kind = "MENTORS", content = Base64(tooManyRows.ToString()) } }))
            .UserErrors("inspectImport"));

        // Anyone else keeps the general limit.
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var refused = await coordinator.PostAsync(Inspect, new { i = new { kind = "MENTORS", content = Base64(csv.ToString()) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
    }

    /// <summary>A first sheet of inline strings, numbers and dates (built-in format 14), as the Open XML SDK writes it.</summary>
    private static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 }, new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 }, new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(rows[r][c] switch
                    {
                        double n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                        DateOnly d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                        var text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!)) },
                    });
                }
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Klienti" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
