using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentoring.Domain.Common;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Mentoring.Domain.Import;

/// <summary>
/// Reads an uploaded file into a <see cref="Sheet"/>, or says why it cannot with one typed error: empty, too large, not a
/// CSV or .xlsx file (an old .xls, a PDF, a broken package), not UTF-8 text, too many rows or columns. The format is told
/// from the content, never from the name. No exception message leaves here: CsvHelper's and the XML parser's may quote a
/// cell, which is personal data.
/// </summary>
public static class SpreadsheetReader
{
    public static (Sheet? Sheet, UserError? Error) Read(ReadOnlySpan<byte> content, ImportLimits limits)
    {
        if (content.Length == 0) return Fail(ImportCodes.FileEmpty, "The file is empty.");
        if (content.Length > limits.MaxFileBytes)
            return Fail(ImportCodes.FileTooLarge, $"The file is larger than {limits.MaxFileBytes} bytes.", MessageParam.Number("max", limits.MaxFileBytes));
        try
        {
            var (headers, rows, error) = content switch
            {
                [0x50, 0x4B, 0x03, 0x04, ..] => ReadXlsx(content.ToArray(), limits),
                // An OLE compound file: an .xls of Excel 97–2003 (or a .doc); saved as .xlsx or CSV it can be read.
                [0xD0, 0xCF, 0x11, 0xE0, ..] => (null, null, Error(ImportCodes.FileFormat, "An old Excel file (.xls): save it as .xlsx or CSV.")),
                _ => ReadCsv(content, limits),
            };
            if (error is not null) return (null, error);
            if (headers!.All(string.IsNullOrEmpty) || rows!.Count == 0) return Fail(ImportCodes.FileEmpty, "The file has no header row and data rows.");
            return (new Sheet(content[0] == 0x50 ? SpreadsheetFormat.Xlsx : SpreadsheetFormat.Csv, headers!, rows), null);
        }
        catch (TooManyRows)
        {
            return Fail(ImportCodes.TooManyRows, $"More than {limits.MaxRows} rows.", MessageParam.Number("max", limits.MaxRows));
        }
        catch (TooManyColumns)
        {
            return Fail(ImportCodes.TooManyColumns, $"More than {limits.MaxColumns} columns.", MessageParam.Number("max", limits.MaxColumns));
        }
    }

    private static (Sheet?, UserError?) Fail(string code, string message, params MessageParam[] parameters) => (null, Error(code, message, parameters));

    private static UserError Error(string code, string message, params MessageParam[] parameters) => new(code, message, "content") { Params = parameters };

    private sealed class TooManyRows : Exception;
    private sealed class TooManyColumns : Exception;

    private sealed class Collector(ImportLimits limits)
    {
        public List<string>? Headers { get; private set; }
        public List<SheetRow> Rows { get; } = [];

        /// <summary>The first row that has anything is the header; blank rows after it are left out.</summary>
        public void Add(int number, List<string> cells)
        {
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            if (cells.Count > limits.MaxColumns) throw new TooManyColumns();
            if (cells.Count == 0) return;
            if (Headers is null) Headers = cells;
            else if (Rows.Count == limits.MaxRows) throw new TooManyRows();
            else Rows.Add(new SheetRow(number, cells));
        }
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// UTF-8 (with or without its byte order mark) or UTF-16 with one (Excel's "Unicode text"). Anything else — Windows-1257
    /// or -1251 from an older Excel — is refused rather than guessed: a wrong guess would garble names without a trace.
    /// The separator (comma, semicolon, tab) is detected from the first lines by CsvHelper.
    /// </summary>
    private static (List<string>?, List<SheetRow>?, UserError?) ReadCsv(ReadOnlySpan<byte> content, ImportLimits limits)
    {
        string text;
        try
        {
            text = content switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(content[3..]),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(false, false, true).GetString(content[2..]),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(true, false, true).GetString(content[2..]),
                _ => StrictUtf8.GetString(content),
            };
        }
        catch (DecoderFallbackException)
        {
            return (null, null, Error(ImportCodes.FileEncoding, "The file is not UTF-8 text: save it as \"CSV UTF-8\"."));
        }
        // Text has no NUL; a file that does is binary (a PDF, an image, a zipped file of another kind).
        if (text.Contains('\0')) return (null, null, Error(ImportCodes.FileFormat, "The file is neither CSV text nor an .xlsx workbook."));

        var options = new CsvReaderOptions
        {
            HasHeader = false, // the header is read as a row like any other, so that blank or repeated names are no error
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,
            TrackLineNumbers = true,
            MaxRecordSize = 256 * 1024,
        };
        var collected = new Collector(limits);
        try
        {
            using var reader = CsvReader.FromText(text, options);
            while (reader.Read())
            {
                if (reader.FieldCount > limits.MaxColumns) throw new TooManyColumns();
                var cells = new List<string>(reader.FieldCount);
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(reader.GetString(i).Trim());
                collected.Add((int)reader.LineNumber, cells);
            }
        }
        catch (CsvFormatException ex)
        {
            return (null, null, new UserError(ImportCodes.FileFormat, $"The CSV text is malformed at line {ex.LineNumber}.", "content")
            {
                Params = [MessageParam.Number("line", ex.LineNumber)],
            });
        }
        return (collected.Headers ?? [], collected.Rows, null);
    }

    // ---- XLSX --------------------------------------------------------------------------------------------------

    /// <summary>
    /// The first worksheet of an .xlsx workbook, read as a stream of rows (the sheet is never loaded whole). Shared and
    /// inline strings, numbers as Excel stores them (invariant culture), booleans as TRUE/FALSE, and numbers in a date
    /// format as yyyy-MM-dd. Bounded before and while reading: the unpacked size the zip declares, and every XML part's
    /// characters (the SDK's own guard against zip bombs).
    /// </summary>
    private static (List<string>?, List<SheetRow>?, UserError?) ReadXlsx(byte[] content, ImportLimits limits)
    {
        var broken = Error(ImportCodes.FileFormat, "The file is not a readable .xlsx workbook.");
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content, false), ZipArchiveMode.Read))
            {
                if (zip.Entries.Sum(e => e.Length) > limits.MaxXmlCharacters)
                    return (null, null, Error(ImportCodes.FileTooLarge, "The workbook unpacks to too much data.", MessageParam.Number("max", limits.MaxFileBytes)));
            }
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, false), false,
                new OpenSettings { MaxCharactersInPart = limits.MaxXmlCharacters, AutoSave = false });
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet) return (null, null, broken);

            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var collected = new Collector(limits);
            using var reader = OpenXmlReader.Create(worksheet);
            var next = 1;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (int?)row.RowIndex?.Value ?? next;
                next = number + 1;
                var cells = new List<string>();
                var position = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                    if (column < 0 || column >= limits.MaxColumns) throw new TooManyColumns();
                    while (cells.Count < column) cells.Add("");
                    var value = ValueOf(cell, strings, dateStyles).Trim();
                    if (column < cells.Count) cells[column] = value; else cells.Add(value);
                    position = column + 1;
                }
                collected.Add(number, cells);
            }
            return (collected.Headers ?? [], collected.Rows, null);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException
                                       or FormatException or InvalidOperationException or ArgumentException or NotSupportedException
                                       or KeyNotFoundException or OverflowException)
        {
            return (null, null, broken);
        }
    }

    /// <summary>A cell's text: shared strings by index, inline strings, booleans, dates in a date format, else the stored value.</summary>
    private static string ValueOf(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? TextOf(inline) : raw;
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.Error) return "";
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : raw;
        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return raw;
    }

    /// <summary>A rich or plain string's text, without the phonetic guides (rPh) of East Asian names.</summary>
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Descendants<SpreadsheetText>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() is null).Select(t => t.Text));

    /// <summary>"C7" → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
            if (++letters > 3) return -1;
        }
        return letters == 0 ? -1 : index - 1;
    }

    /// <summary>The cell formats (by index) whose number format shows a date: the built-in ones (14–22, 45–47) and custom ones with day, month or year.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id)) result.Add(index);
            index++;
        }
        return result;
    }

    /// <summary>A format code with d, m or y outside quotes and brackets (colours, conditions, locales), and not only time (h, s).</summary>
    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var plain = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '\\' || ch == '_' || ch == '*') { i++; continue; }
            if (ch == '"') { quoted = !quoted; continue; }
            if (quoted) continue;
            if (ch == '[') { bracket = true; continue; }
            if (ch == ']') { bracket = false; continue; }
            if (!bracket) plain.Append(char.ToLowerInvariant(ch));
        }
        var text = plain.ToString();
        return text.Contains('d') || text.Contains('y') || (text.Contains('m') && !text.Contains('h') && !text.Contains('s'));
    }
}
