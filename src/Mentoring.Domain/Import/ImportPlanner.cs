using System.Buffers;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Import;

/// <summary>A person already on record, as far as the import's natural key and the likely-duplicate rule look at them.</summary>
public sealed record ExistingClient(Guid Id, string Name, int BirthYear, string PrisonCode, DateOnly ExpectedReleaseDate, DateOnly? ReleasedOn);

/// <summary>
/// What one row would do: its status, the errors that stop it, and for a NEW row the command an import sends through the
/// API's write path (<see cref="Mentor"/> or <see cref="Client"/>) with the idempotency key derived from its natural key.
/// </summary>
public sealed record PlannedRow(int Number, ImportRowStatus Status, string? Key, IReadOnlyList<ImportIssue> Errors)
{
    /// <summary>The record already present, or the stream a NEW row creates.</summary>
    public Guid? RecordId { get; init; }
    public MentorProfile? Mentor { get; init; }
    public ReferClient? Client { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>
/// The dry run, pure: each row read through the mapping, checked against the natural keys on record and the rows above it,
/// then decided by the same decider the API's mutation calls (<see cref="MentorDecider"/>, <see cref="ClientDecider"/>), on
/// the facts an import would meet — so what it reports is what an import does, row by row. Nothing here writes.
/// </summary>
public static class ImportPlanner
{
    /// <summary>The stream id scopes of the API's own idempotent creates: an import's row is such a create, keyed by its natural key.</summary>
    public const string MentorScope = "mentor-application";
    public const string ClientScope = "client-referral";

    public static IReadOnlyList<UserError> CheckMapping(ImportKind kind, Sheet sheet, IReadOnlyList<FieldMapping> mapping)
    {
        var errors = new List<UserError>();
        var fields = ImportFields.Of(kind);
        var seen = new HashSet<ImportField>();
        foreach (var m in mapping)
        {
            if (fields.All(f => f.Field != m.Field))
                errors.Add(MappingError($"{m.Field} is not a field of this kind.", m.Field));
            else if (!seen.Add(m.Field))
                errors.Add(MappingError($"{m.Field} is mapped twice.", m.Field));
            else if (m.Column is { } c && (c < 0 || c >= sheet.Headers.Count))
                errors.Add(MappingError($"The file has no column {c}.", m.Field));
        }
        bool Given(ImportField f) => mapping.Any(m => m.Field == f && (m.Column is not null || !string.IsNullOrWhiteSpace(m.Value)));
        foreach (var f in fields.Where(f => f.Required && !Given(f.Field)))
            errors.Add(Required(f.Field));
        if (kind == ImportKind.Clients && !Given(ImportField.ExpectedReleaseDate) && !Given(ImportField.AlreadyReleasedOn))
            errors.Add(Required(ImportField.ExpectedReleaseDate));
        return errors;
    }

    private static UserError MappingError(string message, ImportField field) =>
        new(ImportCodes.MappingInvalid, message, "mapping") { Params = [MessageParam.Enum("field", field)] };

    private static UserError Required(ImportField field) =>
        new(ImportCodes.MappingRequired, $"Map a column to {field}, or give one value for every row.", "mapping") { Params = [MessageParam.Enum("field", field)] };

    /// <summary>A field's text in every row, for looking up the facts a plan needs (the e-mails, the names).</summary>
    public static IEnumerable<string> Texts(Sheet sheet, IReadOnlyList<FieldMapping> mapping, ImportField field) =>
        mapping.FirstOrDefault(x => x.Field == field) is { } m ? sheet.Rows.Select(r => (m.Column is { } c ? r.Cell(c) : m.Value ?? "").Trim()) : [];

    public static string MentorKey(Guid organisationId, string email) => $"import:{organisationId}:{Text.NormaliseEmail(email)}";

    public static string ClientKey(Guid organisationId, string name, int birthYear, DateOnly releaseDate) =>
        $"import:{organisationId}:{SearchName(name)}:{birthYear}:{releaseDate:yyyy-MM-dd}";

    /// <summary>As <see cref="Client.SearchName"/> keeps it.</summary>
    public static string SearchName(string name) => name.Trim().ToLowerInvariant();

    /// <param name="existing">The NGO's mentors by e-mail (as stored: normalised).</param>
    public static IReadOnlyList<PlannedRow> PlanMentors(Sheet sheet, IReadOnlyList<FieldMapping> mapping, IReadOnlyDictionary<string, Guid> existing,
        Guid organisationId, Actor actor)
    {
        var earlier = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>();
        foreach (var row in sheet.Rows)
        {
            var r = new RowReader(row, mapping);
            var name = r.Text(ImportField.Name);
            var email = r.Text(ImportField.Email);
            var birthYear = r.Year(ImportField.BirthYear);
            var gender = r.Choice(ImportField.Gender, ImportValues.Gender, Gender.Undisclosed);
            var incarceration = r.Choice(ImportField.Incarceration, ImportValues.Bool, false);
            var remission = r.OptionalInt(ImportField.RemissionYears);
            var capacity = r.OptionalInt(ImportField.Capacity);
            var (specialities, unknown) = ImportValues.Specialities(r.Text(ImportField.Specialities));
            if (unknown.Count > 0)
                r.Problem(ImportCodes.InvalidValue, "Not a need domain.", ImportField.Specialities, [.. unknown.Select(u => MessageParam.Text("value", u))]);
            var phone = r.Text(ImportField.Phone);
            var profile = new MentorProfile(name, email, phone.Length == 0 ? null : phone, ImportValues.Languages(r.Text(ImportField.Languages)),
                ImportValues.Municipalities(r.Text(ImportField.Municipalities)), gender, birthYear ?? 0, new LivedExperience(incarceration, remission),
                specialities, [], capacity ?? MentorDecider.DefaultCapacity, r.Text(ImportField.Motivation));

            var key = Text.NormaliseEmail(email);
            if (key.Length > 0 && existing.TryGetValue(key, out var present))
            {
                planned.Add(new PlannedRow(row.Number, ImportRowStatus.AlreadyPresent, key, []) { RecordId = present });
                continue;
            }
            if (key.Length > 0 && earlier.TryGetValue(key, out var first))
            {
                planned.Add(Duplicate(row, key, ImportField.Email, first, r));
                continue;
            }
            var idempotencyKey = MentorKey(organisationId, email);
            var id = DeterministicId.From(MentorScope, idempotencyKey);
            var decision = MentorDecider.Decide(new SubmitMentorApplication(id, profile, ApplicationChannel.Coordinator, false, actor), null);
            var errors = r.WithDecision(decision);
            if (errors.Count == 0 && key.Length > 0) earlier[key] = row.Number;
            planned.Add(errors.Count > 0
                ? new PlannedRow(row.Number, ImportRowStatus.Error, NullIfEmpty(key), errors)
                : new PlannedRow(row.Number, ImportRowStatus.New, key, []) { RecordId = id, Mentor = profile, IdempotencyKey = idempotencyKey });
        }
        return planned;
    }

    /// <param name="existing">The NGO's people whose name matches a row's (the likely-duplicate rule and the natural key look no further).</param>
    public static IReadOnlyList<PlannedRow> PlanClients(Sheet sheet, IReadOnlyList<FieldMapping> mapping, IReadOnlyList<ExistingClient> existing,
        Guid organisationId, Actor actor)
    {
        var known = existing.ToList();
        var earlier = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>();
        foreach (var row in sheet.Rows)
        {
            var r = new RowReader(row, mapping);
            var name = r.Text(ImportField.Name);
            var birthYear = r.Year(ImportField.BirthYear);
            var gender = r.Choice(ImportField.Gender, ImportValues.Gender, Gender.Undisclosed);
            var releaseType = r.RequiredChoice(ImportField.ReleaseType, ImportValues.ReleaseType);
            var expected = r.Date(ImportField.ExpectedReleaseDate);
            var released = r.Date(ImportField.AlreadyReleasedOn);
            if (expected is null && released is null && !r.HasProblem(ImportField.ExpectedReleaseDate) && !r.HasProblem(ImportField.AlreadyReleasedOn))
                r.Problem(ImportCodes.MissingValue, "Give the release date.", ImportField.ExpectedReleaseDate);
            var prison = ImportValues.Prison(r.Text(ImportField.PrisonCode));
            var contact = r.Text(ImportField.Contact);
            var referrerContact = r.Text(ImportField.ReferrerContact);
            var person = new ClientPerson(name, gender, birthYear ?? 0, ImportValues.Languages(r.Text(ImportField.Languages)), contact.Length == 0 ? null : contact);

            var releaseDate = released ?? expected;
            string? key = null;
            if (SearchName(name).Length > 0 && birthYear is { } year && releaseDate is { } date)
            {
                key = ClientKey(organisationId, name, year, date);
                var searchName = SearchName(name);
                // A row above created it (the import writes that row first): a second row of the same person is a mistake in the file.
                if (earlier.TryGetValue(key, out var first))
                {
                    planned.Add(Duplicate(row, name.Trim(), ImportField.Name, first, r));
                    continue;
                }
                var present = known.FirstOrDefault(c => SearchName(c.Name) == searchName && c.BirthYear == year && (c.ExpectedReleaseDate == date || c.ReleasedOn == date));
                if (present is not null)
                {
                    planned.Add(new PlannedRow(row.Number, ImportRowStatus.AlreadyPresent, name.Trim(), []) { RecordId = present.Id });
                    continue;
                }
            }
            var id = key is null ? Guid.Empty : DeterministicId.From(ClientScope, key);
            var command = new ReferClient(id, person, prison, expected ?? released ?? actor.Today, releaseType ?? ReleaseType.Other,
                ImportValues.Municipality(r.Text(ImportField.DestinationMunicipality)), null, r.Text(ImportField.ReferrerName),
                referrerContact.Length == 0 ? null : referrerContact, released, false, actor);
            var duplicates = known
                .Where(c => SearchName(c.Name) == SearchName(name) && c.BirthYear == person.BirthYear && c.PrisonCode == prison)
                .Select(c => new PossibleDuplicate(c.Id, c.Name, c.BirthYear, c.PrisonCode)).Take(5).ToList();
            var decision = ClientDecider.Decide(command, null, duplicates);
            var errors = r.WithDecision(decision);
            if (errors.Count > 0)
            {
                planned.Add(new PlannedRow(row.Number, ImportRowStatus.Error, NullIfEmpty(name.Trim()), errors));
                continue;
            }
            // Accepted: the rows below meet it as an import would, on record.
            earlier[key!] = row.Number;
            known.Add(new ExistingClient(id, command.Person.Name.Trim(), command.Person.BirthYear, prison, command.AlreadyReleasedOn ?? command.ExpectedReleaseDate,
                command.AlreadyReleasedOn));
            planned.Add(new PlannedRow(row.Number, ImportRowStatus.New, name.Trim(), []) { RecordId = id, Client = command, IdempotencyKey = key });
        }
        return planned;
    }

    /// <summary>A decider's refusal of a row's command, each error placed at the field and column it names.</summary>
    public static IReadOnlyList<ImportIssue> Issues(IEnumerable<UserError> errors, IReadOnlyList<FieldMapping> mapping) =>
        [.. errors.Select(e => Issue(e, mapping))];

    private static ImportIssue Issue(UserError e, IReadOnlyList<FieldMapping> mapping)
    {
        var field = ImportFields.FromInputName(e.Field);
        return new ImportIssue(e.Code, e.Message, e.Field, field, field is { } f ? mapping.FirstOrDefault(m => m.Field == f)?.Column : null) { Params = e.Params };
    }

    private static PlannedRow Duplicate(SheetRow row, string key, ImportField field, int first, RowReader r) =>
        new(row.Number, ImportRowStatus.Error, key,
        [
            new ImportIssue(ImportCodes.DuplicateInFile, $"Row {first} has the same person.", ImportFields.InputName(field), field, r.Column(field))
            {
                Params = [MessageParam.Number("row", first)],
            },
        ]);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>One row's values through the mapping, and the problems met reading them.</summary>
    private sealed class RowReader(SheetRow row, IReadOnlyList<FieldMapping> mapping)
    {
        private static readonly SearchValues<char> Controls = SearchValues.Create(
            Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());

        private readonly List<ImportIssue> _problems = [];

        public int? Column(ImportField field) => mapping.FirstOrDefault(m => m.Field == field)?.Column;

        public string Text(ImportField field)
        {
            var m = mapping.FirstOrDefault(x => x.Field == field);
            var text = (m?.Column is { } c ? row.Cell(c) : m?.Value ?? "").Trim();
            if (!text.AsSpan().ContainsAny(Controls)) return text;
            if (!HasProblem(field)) Problem(ImportCodes.ControlCharacter, "The cell contains a control character.", field);
            return "";
        }

        public bool HasProblem(ImportField field) => _problems.Any(p => p.ImportField == field);

        public void Problem(string code, string message, ImportField field, params MessageParam[] parameters) =>
            _problems.Add(new ImportIssue(code, message, ImportFields.InputName(field), field, Column(field)) { Params = parameters });

        /// <summary>A year, or a date whose year it takes (a birth date column); empty is a missing value.</summary>
        public int? Year(ImportField field)
        {
            var text = Text(field);
            if (text.Length == 0)
            {
                if (!HasProblem(field)) Problem(ImportCodes.MissingValue, "The value is missing.", field);
                return null;
            }
            if (ImportValues.TryInt(text, out var year) && year is > 0 and < 10000) return year;
            if (ImportValues.TryDate(text, out var date) && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                return date.Year;
            Problem(ImportCodes.InvalidNumber, "Not a whole number.", field, MessageParam.Text("value", text));
            return null;
        }

        public int? OptionalInt(ImportField field)
        {
            var text = Text(field);
            if (text.Length == 0) return null;
            if (ImportValues.TryInt(text, out var value)) return value;
            Problem(ImportCodes.InvalidNumber, "Not a whole number.", field, MessageParam.Text("value", text));
            return null;
        }

        public DateOnly? Date(ImportField field)
        {
            var text = Text(field);
            if (text.Length == 0) return null;
            if (ImportValues.TryDate(text, out var date)) return date;
            Problem(ImportCodes.InvalidDate, "Not a date (e.g. 2026-12-28 or 28.12.2026).", field, MessageParam.Text("value", text));
            return null;
        }

        /// <summary>A value of a closed list; empty is <paramref name="empty"/>.</summary>
        public T Choice<T>(ImportField field, Func<string, T?> parse, T empty) where T : struct
        {
            var text = Text(field);
            return text.Length == 0 ? empty : Parsed(field, text, parse) ?? empty;
        }

        /// <summary>A value of a closed list that the input needs: empty is a missing value.</summary>
        public T? RequiredChoice<T>(ImportField field, Func<string, T?> parse) where T : struct
        {
            var text = Text(field);
            if (text.Length > 0) return Parsed(field, text, parse);
            if (!HasProblem(field)) Problem(ImportCodes.MissingValue, "The value is missing.", field);
            return null;
        }

        private T? Parsed<T>(ImportField field, string text, Func<string, T?> parse) where T : struct
        {
            if (parse(text) is { } value) return value;
            Problem(ImportCodes.InvalidValue, "Not one of the values this field takes.", field, MessageParam.Text("value", text));
            return null;
        }

        /// <summary>
        /// The reading problems and the decider's errors about the other fields (a field that could not be read was given
        /// a stand-in value; what the decider says about that is not news). Empty: the row may be written.
        /// </summary>
        public IReadOnlyList<ImportIssue> WithDecision(Decision decision)
        {
            var decided = decision.IsAccepted ? [] : Issues(decision.Errors, mapping).Where(i => i.ImportField is not { } f || !HasProblem(f));
            return [.. _problems.Concat(decided).OrderBy(i => i.Column ?? int.MaxValue)]; // stable: as the row reads, left to right
        }
    }
}
