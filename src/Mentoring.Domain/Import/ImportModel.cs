using Mentoring.Domain.Common;

namespace Mentoring.Domain.Import;

/// <summary>What a spreadsheet holds: the NGO's mentors, or the people it supports (each row a referral).</summary>
public enum ImportKind { Mentors, Clients }

/// <summary>
/// A field a column can be mapped to. Each member's camelCase name is the input field the deciders name in their errors
/// (<c>BirthYear</c> → <c>birthYear</c>), so a decider's refusal finds its column.
/// </summary>
public enum ImportField
{
    Name, Email, Phone, Languages, Municipalities, Gender, BirthYear, Incarceration, RemissionYears, Specialities, Capacity, Motivation,
    Contact, PrisonCode, ExpectedReleaseDate, AlreadyReleasedOn, ReleaseType, DestinationMunicipality, ReferrerName, ReferrerContact,
}

/// <summary>
/// A row's outcome. A dry run says NEW for a row that an import would create; an import says CREATED. ALREADY_PRESENT: the
/// natural key (a mentor's e-mail; a person's name, birth year and release date) is on record, nothing is written.
/// </summary>
public enum ImportRowStatus { New, Created, AlreadyPresent, Error }

public enum SpreadsheetFormat { Csv, Xlsx }

/// <summary>One data row as read: its number as the spreadsheet shows it (the header is row 1) and its cells, trimmed.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column] : "";
}

/// <summary>The first sheet of a file: its header row and the data rows (blank rows left out).</summary>
public sealed record Sheet(SpreadsheetFormat Format, IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>A field takes a column's values (<see cref="Column"/>, 0-based) or one value for every row (<see cref="Value"/>).</summary>
public sealed record FieldMapping(ImportField Field, int? Column, string? Value = null);

/// <summary>The bounds of one upload: its size, its rows and columns, and the XML a .xlsx may unpack to.</summary>
public sealed record ImportLimits(int MaxFileBytes, int MaxRows, int MaxColumns, long MaxXmlCharacters)
{
    /// <summary>1 MiB and 1,000 rows: an NGO's mentors or caseload with room to spare, imported within one request in seconds.</summary>
    public static readonly ImportLimits Default = new(1024 * 1024, 1000, 60, 40_000_000);
}

/// <summary>A problem with one row: its code and parameters as any user error, and the field and column it is about.</summary>
public sealed record ImportIssue(string Code, string Message, string? Field, ImportField? ImportField, int? Column)
{
    public IReadOnlyList<MessageParam> Params { get; init; } = [];
}

/// <summary>Stable codes of the import's own refusals (the deciders' codes come as they are).</summary>
public static class ImportCodes
{
    public const string FileEmpty = "FILE_EMPTY";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string FileFormat = "FILE_FORMAT";
    public const string FileEncoding = "FILE_ENCODING";
    public const string TooManyRows = "TOO_MANY_ROWS";
    public const string TooManyColumns = "TOO_MANY_COLUMNS";
    /// <summary>A field the input needs is mapped to no column and given no value.</summary>
    public const string MappingRequired = "MAPPING_REQUIRED";
    /// <summary>A column the file does not have, a field that is not for this kind, or a field mapped twice.</summary>
    public const string MappingInvalid = "MAPPING_INVALID";
    public const string MissingValue = "MISSING_VALUE";
    public const string InvalidNumber = "INVALID_NUMBER";
    public const string InvalidDate = "INVALID_DATE";
    public const string InvalidValue = "INVALID_VALUE";
    /// <summary>An earlier row of the same file has the same natural key.</summary>
    public const string DuplicateInFile = "DUPLICATE_IN_FILE";
    /// <summary>The same code as the API's check of every request's text (NUL and other C0 controls).</summary>
    public const string ControlCharacter = "CONTROL_CHARACTER";
}
