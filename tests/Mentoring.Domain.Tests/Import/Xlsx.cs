using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentoring.Domain.Tests.Import;

/// <summary>A cell of a hand-made workbook: text (shared or inline), a number, a date (a number in a date format) or a boolean.</summary>
public abstract record XCell
{
    public sealed record Shared(string Text) : XCell;
    public sealed record Inline(string Text) : XCell;
    public sealed record Number(double Value) : XCell;
    public sealed record Date(DateOnly Value) : XCell;
    public sealed record Bool(bool Value) : XCell;

    public static implicit operator XCell(string text) => new Shared(text);
    public static implicit operator XCell(double value) => new Number(value);
    public static implicit operator XCell(DateOnly value) => new Date(value);
}

/// <summary>Writes .xlsx workbooks in the tests with the Open XML SDK, the library the import reads them with.</summary>
public static class Xlsx
{
    /// <param name="rows">Row number → cells by column letter ("A", "C": a gap is an absent cell, as Excel writes it).</param>
    public static byte[] Workbook(IReadOnlyDictionary<int, IReadOnlyDictionary<string, XCell>> rows, string sheetName = "Sheet1", bool secondSheetFirst = false)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            // Cell format 0: general; 1: built-in date format 14 (d.m.yyyy in Latvian Excel); 2: custom "dd/mm/yyyy".
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            if (secondSheetFirst)
            {
                var other = workbook.AddNewPart<WorksheetPart>();
                other.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("Other")) }) { RowIndex = 1 }));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(other), SheetId = 2, Name = "Notes" });
            }
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows.OrderBy(r => r.Key))
            {
                var row = new Row { RowIndex = (uint)number };
                foreach (var (column, value) in cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                    row.Append(CellOf($"{column}{number}", value, strings));
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName });
            foreach (var s in strings) shared.SharedStringTable.Append(new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A plain table: the first row is the header; every value is a shared string unless it is an <see cref="XCell"/> of another kind.</summary>
    public static byte[] Table(params XCell[][] rows) => Workbook(rows.Select((cells, i) => (i + 1, cells)).ToDictionary(
        r => r.Item1, r => (IReadOnlyDictionary<string, XCell>)r.cells.Select((c, j) => (Letter(j), c)).Where(c => c.c is not XCell.Shared { Text: "" })
            .ToDictionary(c => c.Item1, c => c.c)));

    public static string Letter(int column) => column < 26 ? ((char)('A' + column)).ToString() : Letter(column / 26 - 1) + (char)('A' + column % 26);

    private static Cell CellOf(string reference, XCell value, List<string> strings) => value switch
    {
        XCell.Shared s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, s.Text).ToString(CultureInfo.InvariantCulture)) },
        XCell.Inline s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s.Text)) },
        XCell.Number n => new Cell { CellReference = reference, CellValue = new CellValue(n.Value.ToString(CultureInfo.InvariantCulture)) },
        XCell.Date d => new Cell
        {
            CellReference = reference, StyleIndex = 1,
            CellValue = new CellValue(d.Value.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        XCell.Bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b.Value ? "1" : "0") },
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static int Index(List<string> strings, string text)
    {
        var i = strings.IndexOf(text);
        if (i >= 0) return i;
        strings.Add(text);
        return strings.Count - 1;
    }
}
