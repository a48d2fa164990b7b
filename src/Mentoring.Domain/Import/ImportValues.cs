using System.Globalization;
using System.Text.RegularExpressions;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Import;

/// <summary>
/// A cell's text as the value a command takes: dates, whole numbers, yes/no, and codes written as codes or as words in
/// Latvian, English or Russian. A list item that names nothing known is passed on as it was written, so that the decider
/// refuses it with its own code (UNKNOWN_LANGUAGE, UNKNOWN_MUNICIPALITY, UNKNOWN_PRISON): the rules stay in one place.
/// </summary>
public static partial class ImportValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "d.M.yyyy", "d.M.yyyy.", "dd.MM.yyyy", "dd.MM.yyyy.", "yyyy.MM.dd", "yyyy.MM.dd.", "yyyy.M.d.", "d/M/yyyy", "dd/MM/yyyy",
        "yyyy/MM/dd", "d-M-yyyy",
    ];

    /// <summary>ISO, Latvian and European day-first dates (a time after the date is ignored), or Excel's day number.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        var value = text.Trim();
        var time = value.IndexOfAny(['T', ' ']);
        if (time > 0) value = value[..time];
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 2 and < 2958466 && serial == Math.Floor(serial))
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }

    /// <summary>A whole number; "1985.0" (a number cell) is one too.</summary>
    public static bool TryInt(string text, out int value)
    {
        value = 0;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue) return false;
        value = (int)number;
        return true;
    }

    private static readonly Dictionary<string, bool> Booleans = Words(new Dictionary<bool, string[]>()
    {
        [true] = ["yes", "y", "true", "1", "x", "jā", "ja", "да", "д", "ir"],
        [false] = ["no", "n", "false", "0", "nē", "ne", "нет", "н", "nav"],
    });

    public static bool? Bool(string text) => Booleans.TryGetValue(ImportFields.Normalise(text), out var b) ? b
        : text.Trim() is "✓" or "✔" ? true : null;

    private static readonly Dictionary<string, Gender> Genders = Words(new Dictionary<Gender, string[]>()
    {
        [Mentors.Gender.Female] = ["female", "woman", "f", "w", "sieviete", "siev", "s", "женщина", "женский", "жен", "ж"],
        [Mentors.Gender.Male] = ["male", "man", "m", "vīrietis", "vīr", "v", "мужчина", "мужской", "муж", "м"],
        [Mentors.Gender.Other] = ["other", "cits", "cita", "другое", "другой"],
        [Mentors.Gender.Undisclosed] = ["undisclosed", "prefer not to say", "unknown", "nevēlos norādīt", "nav norādīts", "nezināms", "не указывать", "не указан"],
    });

    public static Gender? Gender(string text) => Genders.TryGetValue(ImportFields.Normalise(text), out var g) ? g : null;

    private static readonly Dictionary<string, ReleaseType> ReleaseTypes = Words(new Dictionary<ReleaseType, string[]>()
    {
        [Clients.ReleaseType.EndOfSentence] = ["end of sentence", "soda beigas", "soda termiņa beigas", "pēc soda izciešanas", "окончание срока", "конец срока"],
        [Clients.ReleaseType.ConditionalEarlyRelease] = ["conditional early release", "conditional early release probation", "early release", "parole",
            "nosacīta pirmstermiņa atbrīvošana", "nosacīta pirmstermiņa atbrīvošana probācija", "pirmstermiņa", "npa", "условно досрочное",
            "условно досрочное пробация", "условно досрочное освобождение", "удо"],
        [Clients.ReleaseType.PreTrialDetention] = ["pre trial detention", "from pre trial detention", "no apcietinājuma", "no apcietinājuma pirms tiesas",
            "apcietinājums", "из предварительного заключения", "предварительное заключение", "сизо"],
        [Clients.ReleaseType.ShortCustody] = ["short custody", "short custody up to three months", "īslaicīga brīvības atņemšana",
            "īslaicīga brīvības atņemšana līdz 3 mēnešiem", "īslaicīga", "кратковременное лишение свободы",
            "кратковременное лишение свободы до трёх месяцев", "кратковременное"],
        [Clients.ReleaseType.Other] = ["other", "cits", "другое"],
    });

    public static ReleaseType? ReleaseType(string text) => ReleaseTypes.TryGetValue(ImportFields.Normalise(text), out var r) ? r : null;

    private static readonly Dictionary<string, string> LanguageNames = Words(new Dictionary<string, string[]>()
    {
        ["lv"] = ["latvian", "latviešu", "латышский"], ["ltg"] = ["latgalian", "latgaliešu", "латгальский"], ["ru"] = ["russian", "krievu", "русский"],
        ["en"] = ["english", "angļu", "английский"], ["uk"] = ["ukrainian", "ukraiņu", "украинский"], ["be"] = ["belarusian", "baltkrievu", "белорусский"],
        ["lt"] = ["lithuanian", "lietuviešu", "литовский"], ["et"] = ["estonian", "igauņu", "эстонский"], ["pl"] = ["polish", "poļu", "польский"],
        ["de"] = ["german", "vācu", "немецкий"], ["fr"] = ["french", "franču", "французский"], ["rom"] = ["romani", "romu", "čigānu", "цыганский", "романи"],
    });

    /// <summary>Codes (lv, RU) or names ("latviešu valoda", "Russian", "русский"), separated by commas, semicolons, slashes or "and".</summary>
    public static IReadOnlyList<string> Languages(string text) => [.. Items(text).Select(item =>
    {
        var word = LanguageSuffix().Replace(ImportFields.Normalise(item), "").Trim();
        if (LanguageCodes.IsKnown(word)) return word;
        return LanguageNames.TryGetValue(word, out var code) ? code : item.Trim().ToLowerInvariant();
    }).Distinct()];

    /// <summary>Codes ("riga") or names ("Rīga", "Ogres novads", "Ogre"); several for a mentor.</summary>
    public static IReadOnlyList<string> Municipalities(string text) => [.. Items(text).Select(Municipality).Distinct()];

    public static string Municipality(string text)
    {
        var value = text.Trim();
        if (Reference.Municipalities.IsKnown(value.ToLowerInvariant())) return value.ToLowerInvariant();
        var word = ImportFields.Normalise(value);
        var stem = NovadsSuffix().Replace(word, "");
        var found = Reference.Municipalities.All.FirstOrDefault(m => ImportFields.Normalise(m.Name) == word)
                    ?? Reference.Municipalities.All.Where(m => m.Kind == MunicipalityKind.Municipality)
                        .FirstOrDefault(m => Stem(m.Code) == stem || NovadsSuffix().Replace(ImportFields.Normalise(m.Name), "") == stem)
                    ?? Reference.Municipalities.All.FirstOrDefault(m => Stem(m.Code) == stem);
        return found?.Code ?? value;
    }

    /// <summary>A code ("olaine") or a name ("Olaines cietums", "Iļģuciems", "Rīgas Centrālcietums").</summary>
    public static string Prison(string text)
    {
        var value = text.Trim();
        if (Prisons.IsKnown(value.ToLowerInvariant())) return value.ToLowerInvariant();
        var word = ImportFields.Normalise(value);
        var stem = CietumsSuffix().Replace(word, "");
        var found = Prisons.All.FirstOrDefault(p => ImportFields.Normalise(p.Name) == word || Stem(p.Code) == stem)
                    ?? Prisons.All.FirstOrDefault(p => stem.Length >= 5 && (stem.StartsWith(Stem(p.Code), StringComparison.Ordinal)
                                                                            || ImportFields.Normalise(p.Name).StartsWith(stem, StringComparison.Ordinal)));
        return found?.Code ?? value;
    }

    private static readonly Dictionary<string, NeedDomain> DomainNames = Words(new Dictionary<NeedDomain, string[]>()
    {
        [NeedDomain.Housing] = ["housing", "mājoklis", "жильё", "жилье"],
        [NeedDomain.IdentityDocuments] = ["identity documents", "documents", "personu apliecinoši dokumenti", "dokumenti", "документы"],
        [NeedDomain.IncomeAndBenefits] = ["income and benefits", "benefits", "ienākumi un pabalsti", "pabalsti", "доходы и пособия", "пособия"],
        [NeedDomain.Employment] = ["employment", "work", "darbs", "nodarbinātība", "работа", "трудоустройство"],
        [NeedDomain.Health] = ["health", "veselība", "здоровье"],
        [NeedDomain.Addiction] = ["addiction", "atkarība", "atkarības", "зависимость"],
        [NeedDomain.FamilyAndChildren] = ["family and children", "family", "ģimene un bērni", "ģimene", "семья и дети", "семья"],
        [NeedDomain.FinancesAndDebt] = ["finances and debt", "money and debts", "debt", "nauda un parādi", "parādi", "деньги и долги", "долги"],
        [NeedDomain.LegalAid] = ["legal aid", "legal help", "juridiskā palīdzība", "юридическая помощь"],
        [NeedDomain.SocialSkillsAndLeisure] = ["social skills and leisure", "everyday life and leisure", "ikdiena un brīvais laiks", "быт и досуг"],
        [NeedDomain.Education] = ["education", "izglītība", "образование"],
        [NeedDomain.MentalHealth] = ["mental health", "psihiskā veselība", "психическое здоровье"],
        [NeedDomain.BasicNeeds] = ["basic needs", "basic needs food clothing", "pamatvajadzības", "pamatvajadzības ēdiens apģērbs", "базовые нужды",
            "базовые нужды еда одежда"],
    });

    /// <summary>The need domains named (as the schema spells them, or in words); the items that name none.</summary>
    public static (IReadOnlyList<NeedDomain> Domains, IReadOnlyList<string> Unknown) Specialities(string text)
    {
        var domains = new List<NeedDomain>();
        var unknown = new List<string>();
        foreach (var item in Items(text))
        {
            if (DomainNames.TryGetValue(ImportFields.Normalise(item), out var d)) domains.Add(d);
            else unknown.Add(item.Trim());
        }
        return (domains.Distinct().ToList(), unknown);
    }

    private static IEnumerable<string> Items(string text) =>
        ListSeparators().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Stem(string code) => ImportFields.Normalise(code.Replace("-novads", "", StringComparison.Ordinal));

    /// <summary>Each word list normalised, plus every enum value as the schema spells it (END_OF_SENTENCE → "end of sentence").</summary>
    private static Dictionary<string, T> Words<T>(Dictionary<T, string[]> words) where T : notnull
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, names) in words)
        {
            if (value is Enum) result.TryAdd(ImportFields.Normalise(Regex.Replace(value.ToString()!, "(?<=[a-z0-9])(?=[A-Z])", " ")), value);
            foreach (var name in names) result.TryAdd(ImportFields.Normalise(name), value);
        }
        return result;
    }

    [GeneratedRegex(@"\s*(?:[,;/|+\n]|\s(?:un|and|и)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"\s*\b(valoda|language|язык)\b\s*")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"\s*\b(novads|novada|nov)\b\s*$")]
    private static partial Regex NovadsSuffix();

    [GeneratedRegex(@"\s*\b(cietums|cietuma)\b\s*$")]
    private static partial Regex CietumsSuffix();
}
