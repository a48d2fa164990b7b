using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Import;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Import;

public sealed class ImportKindType : EnumerationGraphType<ImportKind> { public ImportKindType() => Name = "ImportKind"; }
public sealed class ImportFieldType : EnumerationGraphType<ImportField> { public ImportFieldType() => Name = "ImportField"; }
public sealed class ImportRowStatusType : EnumerationGraphType<ImportRowStatus> { public ImportRowStatusType() => Name = "ImportRowStatus"; }
public sealed class SpreadsheetFormatType : EnumerationGraphType<SpreadsheetFormat> { public SpreadsheetFormatType() => Name = "SpreadsheetFormat"; }

// ---- inputs ----------------------------------------------------------------------------------------------------

public record ImportFileInput
{
    public ImportKind Kind { get; init; }
    public string Content { get; init; } = "";
    public string? FileName { get; init; }
}

public sealed record ImportColumnMappingInput
{
    public ImportField Field { get; init; }
    public int? Column { get; init; }
    public string? Value { get; init; }
}

public sealed record ImportSpreadsheetInput : ImportFileInput
{
    public IReadOnlyList<ImportColumnMappingInput> Mapping { get; init; } = [];
    public bool DryRun { get; init; }
}

public sealed class ImportFileInputType : InputObjectGraphType<ImportFileInput>
{
    public ImportFileInputType()
    {
        Name = "ImportFileInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ImportKindType>));
        Field(x => x.Content).Description("The file, base64-encoded: a CSV (UTF-8 or UTF-16 with its byte order mark; comma, semicolon or tab) or an .xlsx workbook (its first sheet).");
        Field(x => x.FileName, nullable: true).Description("Only echoed; the format is told from the content.");
    }
}

public sealed class ImportColumnMappingInputType : InputObjectGraphType<ImportColumnMappingInput>
{
    public ImportColumnMappingInputType()
    {
        Name = "ImportColumnMappingInput";
        Field(x => x.Field, type: typeof(NonNullGraphType<ImportFieldType>));
        Field(x => x.Column, nullable: true).Description("The file's column (0-based) the field takes its values from.");
        Field(x => x.Value, nullable: true).Description("Without a column: one value for every row (e.g. the referring worker).");
    }
}

public sealed class ImportSpreadsheetInputType : InputObjectGraphType<ImportSpreadsheetInput>
{
    public ImportSpreadsheetInputType()
    {
        Name = "ImportSpreadsheetInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ImportKindType>));
        Field(x => x.Content).Description("The same file as inspected, base64-encoded.");
        Field(x => x.FileName, nullable: true);
        Field(x => x.Mapping, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportColumnMappingInputType>>>));
        Field(x => x.DryRun).Description("True: check every row and write nothing. False: write the rows that pass, each through the API's own write path.");
    }
}

// ---- answers ---------------------------------------------------------------------------------------------------

public sealed record ImportColumn(int Index, string Header, string? Sample);

public sealed record ImportInspection(ImportKind Kind, SpreadsheetFormat Format, int RowCount, IReadOnlyList<ImportColumn> Columns,
    IReadOnlyList<ImportFieldInfo> Fields, IReadOnlyList<FieldMapping> SuggestedMapping, int MaxRows, int MaxFileBytes);

/// <summary>A row's error: its code, field and parameters as any user error, and the column (number and header) it is about.</summary>
public sealed record ImportRowError(string Code, string Message, string? Field, ImportField? ImportField, int? Column, string? ColumnName,
    IReadOnlyList<MessageParam> Params);

public sealed record ImportRowResult(int Row, ImportRowStatus Status, string? Key, Guid? RecordId, IReadOnlyList<ImportRowError> Errors);

public sealed record ImportReport(ImportKind Kind, bool DryRun, SpreadsheetFormat Format, IReadOnlyList<ImportRowResult> Rows)
{
    public int Total => Rows.Count;
    public int Count(ImportRowStatus status) => Rows.Count(r => r.Status == status);
}

public sealed class ImportColumnType : ObjectGraphType<ImportColumn>
{
    public ImportColumnType()
    {
        Name = "ImportColumn";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Index).Description("0-based, as mappings name it.");
        Field(x => x.Header).Description("The header row's text (may be empty).");
        Field(x => x.Sample, nullable: true).Description("The column's first value, to tell columns apart while mapping.");
    }
}

public sealed class ImportFieldInfoType : ObjectGraphType<ImportFieldInfo>
{
    public ImportFieldInfoType()
    {
        Name = "ImportFieldInfo";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Field, type: typeof(NonNullGraphType<ImportFieldType>));
        Field(x => x.Required).Description("The import needs it mapped to a column or given a value (for people: the expected or the actual release date).");
    }
}

public sealed class ImportFieldMappingType : ObjectGraphType<FieldMapping>
{
    public ImportFieldMappingType()
    {
        Name = "ImportFieldMapping";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Field, type: typeof(NonNullGraphType<ImportFieldType>));
        Field(x => x.Column, nullable: true);
        Field(x => x.Value, nullable: true);
    }
}

public sealed class ImportInspectionType : ObjectGraphType<ImportInspection>
{
    public ImportInspectionType()
    {
        Name = "ImportInspection";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ImportKindType>));
        Field(x => x.Format, type: typeof(NonNullGraphType<SpreadsheetFormatType>));
        Field(x => x.RowCount).Description("Data rows (blank rows left out).");
        Field(x => x.Columns, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportColumnType>>>)).WithComplexityImpact(1, 20);
        Field(x => x.Fields, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportFieldInfoType>>>))
            .Description("The fields of this kind, in the order a form asks for them.").WithComplexityImpact(1, 12);
        Field(x => x.SuggestedMapping, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportFieldMappingType>>>))
            .Description("Columns whose header names a field (in Latvian, English or Russian); a start, to be checked.").WithComplexityImpact(1, 12);
        Field(x => x.MaxRows);
        Field(x => x.MaxFileBytes);
    }
}

public sealed class ImportRowErrorType : ObjectGraphType<ImportRowError>
{
    public ImportRowErrorType()
    {
        Name = "ImportRowError";
        this.ReadableBy(Role.OrgAdmin);
        Description = "Why a row is not written: a code as any user error (the deciders' own, e.g. UNKNOWN_PRISON, or the import's), and where.";
        Field(x => x.Code);
        Field(x => x.Message).Description("English, for API users; a screen words the error from code, field and params.");
        Field(x => x.Field, nullable: true).Description("The input field as the API's mutation names it (e.g. birthYear).");
        Field(x => x.ImportField, type: typeof(ImportFieldType));
        Field(x => x.Column, nullable: true).Description("The file's column (0-based); null when the field has one value for every row.");
        Field(x => x.ColumnName, nullable: true).Description("That column's header.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params").Resolve(c => c.Source.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class ImportRowType : ObjectGraphType<ImportRowResult>
{
    public ImportRowType()
    {
        Name = "ImportRow";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Row).Description("The row's number as the spreadsheet shows it (the header is row 1).");
        Field(x => x.Status, type: typeof(NonNullGraphType<ImportRowStatusType>));
        Field(x => x.Key, nullable: true).Description("Who the row is about: the mentor's e-mail or the person's name.");
        Field(x => x.RecordId, type: typeof(IdGraphType)).Description("The mentor or case created, or already present.");
        Field(x => x.Errors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>)).WithComplexityImpact(1, 3);
    }
}

public sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ImportKindType>));
        Field(x => x.DryRun);
        Field(x => x.Format, type: typeof(NonNullGraphType<SpreadsheetFormatType>));
        Field(x => x.Total).Description("Data rows read.");
        Field<NonNullGraphType<IntGraphType>>("created").Description("Rows written (an import), or that an import would write (a dry run: NEW).")
            .Resolve(c => c.Source.DryRun ? c.Source.Count(ImportRowStatus.New) : c.Source.Count(ImportRowStatus.Created));
        Field<NonNullGraphType<IntGraphType>>("alreadyPresent").Resolve(c => c.Source.Count(ImportRowStatus.AlreadyPresent));
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Rows with errors: nothing of them is written.")
            .Resolve(c => c.Source.Count(ImportRowStatus.Error));
        Field(x => x.Rows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowType>>>))
            .Description("Every row, in the file's order.").WithComplexityImpact(1, 20);
    }
}

public sealed class InspectImportPayloadType : PayloadType<ImportInspection, ImportInspectionType>
{
    public InspectImportPayloadType() : base("InspectImportPayload", "inspection") { this.ReadableBy(Role.OrgAdmin); }
}

public sealed class ImportSpreadsheetPayloadType : PayloadType<ImportReport, ImportReportType>
{
    public ImportSpreadsheetPayloadType() : base("ImportSpreadsheetPayload", "report") { this.ReadableBy(Role.OrgAdmin); }
}
