using System.Globalization;
using System.Text;

namespace Mentoring.Domain.Import;

/// <summary>A field of a kind and whether the input needs it (as the API's input type does: mapped to a column or given a value).</summary>
public sealed record ImportFieldInfo(ImportField Field, bool Required);

/// <summary>
/// The fields of each kind, in the order a form would ask for them, and the column names (Latvian, English, Russian) that
/// suggest a mapping. A suggestion is only a start: the OrgAdmin sees and changes it before anything is checked.
/// </summary>
public static class ImportFields
{
    public static IReadOnlyList<ImportFieldInfo> Of(ImportKind kind) => kind == ImportKind.Mentors ? Mentors : Clients;

    private static readonly ImportFieldInfo[] Mentors =
    [
        new(ImportField.Name, true), new(ImportField.Email, true), new(ImportField.Phone, false), new(ImportField.BirthYear, true),
        new(ImportField.Gender, false), new(ImportField.Languages, true), new(ImportField.Municipalities, true), new(ImportField.Incarceration, false),
        new(ImportField.RemissionYears, false), new(ImportField.Specialities, false), new(ImportField.Capacity, false), new(ImportField.Motivation, true),
    ];

    /// <summary>The release date is required as one of two fields: expected, or the date already released on.</summary>
    private static readonly ImportFieldInfo[] Clients =
    [
        new(ImportField.Name, true), new(ImportField.BirthYear, true), new(ImportField.Gender, false), new(ImportField.Languages, true),
        new(ImportField.Contact, false), new(ImportField.PrisonCode, true), new(ImportField.ExpectedReleaseDate, false),
        new(ImportField.AlreadyReleasedOn, false), new(ImportField.ReleaseType, true), new(ImportField.DestinationMunicipality, true),
        new(ImportField.ReferrerName, true), new(ImportField.ReferrerContact, false),
    ];

    /// <summary>The decider's name of the field (its input's field name): BirthYear → birthYear.</summary>
    public static string InputName(ImportField field)
    {
        var name = field.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static ImportField? FromInputName(string? name) =>
        name is not null && Enum.TryParse<ImportField>(name, ignoreCase: true, out var field) && InputName(field) == name ? field : null;

    private static readonly Dictionary<ImportField, string[]> Names = new()
    {
        [ImportField.Name] = ["name", "full name", "person", "vārds", "vārds uzvārds", "vārds, uzvārds", "vārds un uzvārds", "uzvārds vārds", "pilns vārds",
            "klients", "mentors", "имя", "фио", "имя фамилия", "имя и фамилия", "полное имя", "клиент", "ментор"],
        [ImportField.Email] = ["email", "e-mail", "e mail", "mail", "email address", "e-pasts", "epasts", "e-pasta adrese", "e-pasts adrese",
            "электронная почта", "эл. почта", "эл почта", "почта", "e-mail адрес", "емейл"],
        [ImportField.Phone] = ["phone", "telephone", "mobile", "phone number", "tel", "tālrunis", "telefons", "tālr", "tālruņa numurs", "mob",
            "телефон", "тел", "мобильный", "номер телефона"],
        [ImportField.BirthYear] = ["birth year", "year of birth", "born", "dzimšanas gads", "dzim gads", "dzimis", "gads", "год рождения", "рождения", "г.р."],
        [ImportField.Gender] = ["gender", "sex", "dzimums", "пол"],
        [ImportField.Languages] = ["languages", "language", "valodas", "valoda", "языки", "язык"],
        [ImportField.Municipalities] = ["municipalities", "municipality", "pašvaldības", "pašvaldība", "novads", "novadi", "teritorija",
            "муниципалитеты", "муниципалитет", "самоуправления", "самоуправление"],
        [ImportField.Incarceration] = ["incarceration", "prison experience", "served a sentence", "ieslodzījuma pieredze", "ieslodzījums",
            "bijis ieslodzījumā", "опыт заключения", "отбывал наказание", "был в заключении"],
        [ImportField.RemissionYears] = ["remission", "remission years", "years in remission", "remisija", "remisijas gadi", "ремиссия", "лет ремиссии", "годы ремиссии"],
        [ImportField.Specialities] = ["specialities", "specialties", "areas", "help with", "jomas", "specializācija", "palīdzības jomas", "kur var palīdzēt",
            "специализация", "области помощи", "сферы"],
        [ImportField.Capacity] = ["capacity", "clients at a time", "kapacitāte", "klientu skaits", "cik klientu", "нагрузка", "количество клиентов"],
        [ImportField.Motivation] = ["motivation", "why", "motivācija", "kāpēc", "мотивация", "почему"],
        [ImportField.Contact] = ["contact", "how to reach", "kontakts", "kontakti", "kontaktinformācija", "saziņa", "контакт", "контакты", "как связаться"],
        [ImportField.PrisonCode] = ["prison", "prison code", "cietums", "ieslodzījuma vieta", "тюрьма", "место заключения", "учреждение"],
        [ImportField.ExpectedReleaseDate] = ["release date", "expected release", "expected release date", "release", "atbrīvošanas datums", "atbrīvošana",
            "plānotā atbrīvošana", "atbrīvošanas diena", "дата освобождения", "освобождение", "ожидаемое освобождение"],
        [ImportField.AlreadyReleasedOn] = ["released on", "released", "actual release", "atbrīvots", "atbrīvots datums", "faktiskā atbrīvošana", "atbrīvošanas fakts",
            "освобождён", "освобожден", "дата фактического освобождения"],
        [ImportField.ReleaseType] = ["release type", "type of release", "atbrīvošanas veids", "veids", "вид освобождения", "тип освобождения"],
        [ImportField.DestinationMunicipality] = ["destination", "destination municipality", "municipality", "pašvaldība", "dzīvesvieta", "dzīvesvietas pašvaldība",
            "pašvaldība pēc atbrīvošanas", "kur dzīvos", "novads", "место жительства", "муниципалитет", "самоуправление", "куда"],
        [ImportField.ReferrerName] = ["referrer", "referred by", "referrer name", "nosūtītājs", "nosūtītāja vārds", "sociālais darbinieks", "nosūtīja",
            "направивший", "кто направил", "направитель", "социальный работник"],
        [ImportField.ReferrerContact] = ["referrer contact", "referrer phone", "referrer email", "nosūtītāja kontakts", "nosūtītāja tālrunis", "nosūtītāja e-pasts",
            "контакт направившего"],
    };

    private static readonly Dictionary<ImportField, string[]> Normalised =
        Names.ToDictionary(p => p.Key, p => p.Value.Select(Normalise).Where(n => n.Length > 0).Distinct().ToArray());

    /// <summary>
    /// A mapping to start from: a header equal to one of a field's names wins, then the longest name a header contains as
    /// whole words ("Nosūtītāja vārds" is the referrer's, not the person's, name). Each column and each field is used once.
    /// </summary>
    public static IReadOnlyList<FieldMapping> Suggest(ImportKind kind, IReadOnlyList<string> headers)
    {
        var candidates = new List<(int Score, ImportField Field, int Column)>();
        var fields = Of(kind).Select(f => f.Field).ToList();
        for (var column = 0; column < headers.Count; column++)
        {
            var header = Normalise(headers[column]);
            if (header.Length == 0) continue;
            foreach (var field in fields)
            {
                var score = Normalised[field].Select(name => name == header ? 1000 : ContainsWords(header, name) ? name.Length : 0).DefaultIfEmpty(0).Max();
                if (score > 0) candidates.Add((score, field, column));
            }
        }
        var taken = new HashSet<int>();
        var mapped = new Dictionary<ImportField, int>();
        foreach (var (_, field, column) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Column).ThenBy(c => fields.IndexOf(c.Field)))
        {
            if (mapped.ContainsKey(field) || !taken.Add(column)) continue;
            mapped[field] = column;
        }
        return [.. fields.Where(mapped.ContainsKey).Select(f => new FieldMapping(f, mapped[f]))];
    }

    private static bool ContainsWords(string header, string name) => $" {header} ".Contains($" {name} ", StringComparison.Ordinal);

    /// <summary>Lower case, without diacritics (ā → a, й → и), letters and digits only, single spaces.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else space = true;
        }
        return builder.ToString().Replace('ё', 'е');
    }
}
