using System.IO.Compression;
using System.Text;
using Mentoring.Domain.Common;
using Mentoring.Domain.Import;

namespace Mentoring.Domain.Tests.Import;

/// <summary>Files as they come: CSV from Latvian Excel (semicolons), UTF-8 with and without a BOM, UTF-16, .xlsx, and the bad ones.</summary>
public sealed class SpreadsheetReaderTests
{
    private static readonly ImportLimits Limits = ImportLimits.Default;

    private static Sheet Read(byte[] content, ImportLimits? limits = null)
    {
        var (sheet, error) = SpreadsheetReader.Read(content, limits ?? Limits);
        Assert.True(error is null, error?.Code + " " + error?.Message);
        return sheet!;
    }

    private static UserError Refused(byte[] content, ImportLimits? limits = null)
    {
        var (sheet, error) = SpreadsheetReader.Read(content, limits ?? Limits);
        Assert.Null(sheet);
        Assert.NotNull(error);
        Assert.Equal("content", error.Field);
        return error;
    }

    private static byte[] Utf8(string text, bool bom = false) => [.. bom ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. Encoding.UTF8.GetBytes(text)];

    private static IEnumerable<(int, string)> Flat(Sheet sheet) => sheet.Rows.Select(r => (r.Number, string.Join("|", r.Cells)));

    [Fact]
    public void A_semicolon_csv_with_a_bom_quoted_fields_and_blank_lines_reads_row_by_row_with_spreadsheet_row_numbers()
    {
        var csv = "Vārds, uzvārds;E-pasts;Valodas\r\n" +
                  "Anna Bērziņa;anna@example.lv;\"latviešu; krievu\"\r\n" +
                  "\r\n" +
                  "  Jānis Kalniņš ; janis@example.lv ;lv\r\n" +
                  "\"Ольга \"\"Оля\"\" Петрова\";olga@example.lv;ru\r\n";
        var sheet = Read(Utf8(csv, bom: true));
        Assert.Equal(SpreadsheetFormat.Csv, sheet.Format);
        Assert.Equal(["Vārds, uzvārds", "E-pasts", "Valodas"], sheet.Headers);
        Assert.Equal([(2, "Anna Bērziņa|anna@example.lv|latviešu; krievu"), (4, "Jānis Kalniņš|janis@example.lv|lv"), (5, "Ольга \"Оля\" Петрова|olga@example.lv|ru")],
            Flat(sheet));
    }

    [Fact]
    public void Comma_and_tab_separated_files_are_told_apart_and_utf16_with_its_bom_is_read()
    {
        Assert.Equal([(2, "a@x.lv|1985")], Flat(Read(Utf8("email,birth year\na@x.lv,1985\n"))));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Имя\tГод рождения\nОльга\t1979\n")).ToArray();
        var sheet = Read(utf16);
        Assert.Equal(["Имя", "Год рождения"], sheet.Headers);
        Assert.Equal([(2, "Ольга|1979")], Flat(sheet));
    }

    [Fact]
    public void A_short_row_reads_as_empty_cells_and_trailing_empty_cells_are_dropped()
    {
        var sheet = Read(Utf8("a;b;c\n1;;\n;;3\n"));
        Assert.Equal([(2, "1"), (3, "||3")], Flat(sheet));
        Assert.Equal("", sheet.Rows[0].Cell(2));
    }

    [Fact]
    public void Windows_1257_text_is_refused_as_an_encoding_error_not_guessed()
    {
        // "Bērziņa" in Windows-1257: ē = 0xE7, ņ = 0xF2 — not UTF-8.
        byte[] latin = [.. "Name;Email\nB"u8, 0xE7, .. "rzi"u8, 0xF2, .. "a;b@x.lv\n"u8];
        Assert.Equal(ImportCodes.FileEncoding, Refused(latin).Code);
    }

    [Fact]
    public void Empty_files_headers_without_rows_and_blank_text_are_empty()
    {
        Assert.Equal(ImportCodes.FileEmpty, Refused([]).Code);
        Assert.Equal(ImportCodes.FileEmpty, Refused(Utf8("Name;Email\n")).Code);
        Assert.Equal(ImportCodes.FileEmpty, Refused(Utf8("\n\n  \n", bom: true)).Code);
        Assert.Equal(ImportCodes.FileEmpty, Refused(Xlsx.Table(["Name", "Email"])).Code);
    }

    [Fact]
    public void Too_large_too_many_rows_and_too_many_columns_are_refused_with_their_bound()
    {
        var small = new ImportLimits(100, 3, 4, 1_000_000);
        var tooLarge = Refused(Utf8("Name\n" + new string('x', 200)), small);
        Assert.Equal(ImportCodes.FileTooLarge, tooLarge.Code);
        Assert.Equal([MessageParam.Number("max", 100)], tooLarge.Params);

        var rows = Refused(Utf8("N\n1\n2\n3\n4\n"), small);
        Assert.Equal(ImportCodes.TooManyRows, rows.Code);
        Assert.Equal([MessageParam.Number("max", 3)], rows.Params);
        Assert.Equal([(2, "1"), (3, "2"), (4, "3")], Flat(Read(Utf8("N\n1\n2\n3\n"), small)));

        Assert.Equal(ImportCodes.TooManyColumns, Refused(Utf8("a;b;c;d;e\n1;2;3;4;5\n"), small).Code);
        var workbooks = small with { MaxFileBytes = 100_000 };
        Assert.Equal(ImportCodes.TooManyRows, Refused(Xlsx.Table(["N"], ["1"], ["2"], ["3"], ["4"]), workbooks).Code);
        Assert.Equal(ImportCodes.TooManyColumns, Refused(Xlsx.Table(["a", "b", "c", "d", "e"]), workbooks).Code);
    }

    [Fact]
    public void An_old_xls_a_binary_file_a_broken_zip_and_a_zip_that_is_no_workbook_are_format_errors()
    {
        Assert.Equal(ImportCodes.FileFormat, Refused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).Code);
        Assert.Equal(ImportCodes.FileFormat, Refused([.. "%PDF-1.7\n"u8, 0, 1, 2, 3]).Code);
        Assert.Equal(ImportCodes.FileFormat, Refused([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]).Code);

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open()))
            entry.Write("not a workbook");
        Assert.Equal(ImportCodes.FileFormat, Refused(stream.ToArray()).Code);
    }

    [Fact]
    public void Malformed_csv_quoting_is_a_format_error_that_names_the_line_but_no_value()
    {
        var error = Refused(Utf8("Name;Email\n\"Anna;a@x.lv\nJānis \"Secret\" Kalns;j@x.lv\n"));
        Assert.Equal(ImportCodes.FileFormat, error.Code);
        Assert.DoesNotContain("Secret", error.Message);
        Assert.Single(error.Params, p => p.Name == "line");
    }

    [Fact]
    public void An_xlsx_reads_shared_and_inline_strings_numbers_dates_booleans_gaps_and_blank_rows()
    {
        var workbook = Xlsx.Workbook(new Dictionary<int, IReadOnlyDictionary<string, XCell>>
        {
            [1] = new Dictionary<string, XCell> { ["A"] = "Vārds", ["B"] = "Dzimšanas gads", ["C"] = "Atbrīvošanas datums", ["D"] = "Valodas", ["E"] = "Bijis ieslodzījumā" },
            [2] = new Dictionary<string, XCell>
            {
                ["A"] = " Andris Kalns ", ["B"] = 1985d, ["C"] = new DateOnly(2027, 1, 15), ["D"] = new XCell.Inline("lv, ru"), ["E"] = new XCell.Bool(true),
            },
            // Row 3 is absent (blank in Excel); row 4 skips column B.
            [4] = new Dictionary<string, XCell> { ["A"] = "Ольга Петрова", ["C"] = "28.12.2026", ["E"] = new XCell.Bool(false) },
            [5] = new Dictionary<string, XCell> { ["A"] = new XCell.Inline("") },
        });
        var sheet = Read(workbook);
        Assert.Equal(SpreadsheetFormat.Xlsx, sheet.Format);
        Assert.Equal(["Vārds", "Dzimšanas gads", "Atbrīvošanas datums", "Valodas", "Bijis ieslodzījumā"], sheet.Headers);
        Assert.Equal([(2, "Andris Kalns|1985|2027-01-15|lv, ru|TRUE"), (4, "Ольга Петрова||28.12.2026||FALSE")], Flat(sheet));
    }

    [Fact]
    public void Only_the_first_sheet_of_a_workbook_is_read()
    {
        var workbook = Xlsx.Workbook(new Dictionary<int, IReadOnlyDictionary<string, XCell>>
        {
            [1] = new Dictionary<string, XCell> { ["A"] = "Name" },
            [2] = new Dictionary<string, XCell> { ["A"] = "Anna" },
        }, secondSheetFirst: true);
        Assert.Equal(ImportCodes.FileEmpty, Refused(workbook).Code); // the first sheet ("Notes") has only a header
    }

    [Fact]
    public void A_header_further_down_is_row_one_of_the_data_and_rows_keep_their_numbers()
    {
        var workbook = Xlsx.Workbook(new Dictionary<int, IReadOnlyDictionary<string, XCell>>
        {
            [3] = new Dictionary<string, XCell> { ["B"] = "Name" },
            [5] = new Dictionary<string, XCell> { ["B"] = "Anna" },
        });
        var sheet = Read(workbook);
        Assert.Equal(["", "Name"], sheet.Headers);
        Assert.Equal([(5, "|Anna")], Flat(sheet));
    }
}
