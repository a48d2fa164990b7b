using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Outcomes;

/// <summary>
/// What each figure of an outcome summary is called, for municipal staff: Latvian first, English and Russian when the
/// reader's language says so. Keys are <see cref="Mentoring.Domain.Outcomes.OutcomeSummary"/>'s; a test checks every
/// key has a label in every language.
/// </summary>
public static class OutcomeLabels
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["referralsReceived"] = ("Saņemtie nosūtījumi", "Referrals received", "Получено направлений"),
        ["releasedInPeriod"] = ("Atbrīvoti periodā", "Released in the period", "Освобождены за период"),
        ["matchedBeforeRelease"] = ("Līdzgaitnieks piesaistīts pirms atbrīvošanas", "Matched with a mentor before release", "Наставник назначен до освобождения"),
        ["matchedBeforeReleasePercent"] = ("Līdzgaitnieks piesaistīts pirms atbrīvošanas (%)", "Matched before release (%)", "Наставник назначен до освобождения (%)"),
        ["medianDaysReferralToMatch"] = ("Dienas no nosūtījuma līdz pārim (mediāna)", "Days from referral to match (median)", "Дней от направления до пары (медиана)"),
        ["activeMatches"] = ("Aktīvie pāri", "Active matches", "Активные пары"),
        ["contacts"] = ("Tikšanās un saziņa", "Contacts", "Встречи и контакты"),
        ["contactHours"] = ("Saziņas stundas", "Contact hours", "Часы контактов"),
        ["goal.IdentityDocument"] = ("Personu apliecinošs dokuments saņemts", "Identity document obtained", "Получен документ, удостоверяющий личность"),
        ["goal.Residence"] = ("Dzīvesvieta deklarēta", "Residence declared", "Место жительства задекларировано"),
        ["goal.SocialAssistance"] = ("Sociālā palīdzība pieprasīta laikā", "Social assistance applied for in time", "Социальная помощь запрошена вовремя"),
        ["goal.EmploymentAgency"] = ("Reģistrējies NVA", "Registered with the State Employment Agency (NVA)", "Зарегистрирован в NVA"),
        ["goal.FamilyDoctor"] = ("Reģistrējies pie ģimenes ārsta", "Registered with a family doctor", "Зарегистрирован у семейного врача"),
        ["goal.BankAccount"] = ("Bankas konts atvērts", "Bank account opened", "Открыт банковский счёт"),
        ["goal.Housing"] = ("Mājoklis nodrošināts", "Housing secured", "Жильё обеспечено"),
        ["goal.Employment"] = ("Darbs atrasts", "Employment found", "Найдена работа"),
        ["goal.Addiction"] = ("Atkarību programma uzsākta", "Addiction programme started", "Начата программа лечения зависимости"),
        ["closures.GoalsMet"] = ("Lietas slēgtas: mērķi sasniegti", "Cases closed: goals met", "Дела закрыты: цели достигнуты"),
        ["closures.MovedAway"] = ("Lietas slēgtas: pārcēlās", "Cases closed: moved away", "Дела закрыты: переезд"),
        ["closures.Declined"] = ("Lietas slēgtas: atteicās", "Cases closed: declined", "Дела закрыты: отказ"),
        ["closures.Reincarcerated"] = ("Lietas slēgtas: atkārtoti ieslodzīts", "Cases closed: re-incarcerated", "Дела закрыты: снова в заключении"),
        ["closures.NoContact"] = ("Lietas slēgtas: nav saziņas", "Cases closed: no contact", "Дела закрыты: нет связи"),
        ["closures.Died"] = ("Lietas slēgtas: miris", "Cases closed: died", "Дела закрыты: смерть"),
        ["closures.Other"] = ("Lietas slēgtas: cits iemesls", "Cases closed: other reason", "Дела закрыты: другая причина"),
        ["reincarceratedWithin12Months"] = ("Atkārtoti ieslodzīti 12 mēnešos pēc atbrīvošanas", "Re-incarcerated within 12 months of release",
            "Снова в заключении в течение 12 месяцев после освобождения"),
        ["medianMatchLengthDays"] = ("Pāra ilgums dienās (mediāna)", "Match length in days (median)", "Длительность пары в днях (медиана)"),
        ["matchesLasting6MonthsPercent"] = ("Pāri, kas ilga vismaz 6 mēnešus (%)", "Matches lasting 6 months or more (%)", "Пары длительностью от 6 месяцев (%)"),
        ["matchesLasting12MonthsPercent"] = ("Pāri, kas ilga vismaz 12 mēnešus (%)", "Matches lasting 12 months or more (%)", "Пары длительностью от 12 месяцев (%)"),
        ["column.figure"] = ("Rādītājs", "Figure", "Показатель"),
    };

    public static IEnumerable<string> Keys => Catalog.Keys;

    public static bool Has(string key) => Catalog.ContainsKey(key);

    /// <summary>The label in <paramref name="language"/>; the key itself for a figure added without a label (never fails a send).</summary>
    public static string Get(string key, Language language) => Catalog.TryGetValue(key, out var label)
        ? language switch { Language.En => label.En, Language.Ru => label.Ru, _ => label.Lv }
        : key;
}
