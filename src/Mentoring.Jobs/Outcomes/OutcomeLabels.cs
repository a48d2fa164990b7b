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
        ["applicationsFiledWithinMonth"] = ("Sociālās palīdzības iesniegums mēneša laikā pēc atbrīvošanas",
            "Social-assistance application filed within a month of release", "Заявление на социальную помощь подано в течение месяца после освобождения"),
        ["applicationsFiledWithinMonthPercent"] = ("Sociālās palīdzības iesniegums mēneša laikā pēc atbrīvošanas (%)",
            "Social-assistance application filed within a month of release (%)", "Заявление на социальную помощь подано в течение месяца после освобождения (%)"),
        ["documentsBeforeRelease.IdentityDocument"] = ("Atbrīvošanas dienā bija: personu apliecinošs dokuments", "In hand on release day: identity document",
            "На день освобождения: документ, удостоверяющий личность"),
        ["documentsBeforeRelease.ReleaseCertificate"] = ("Atbrīvošanas dienā bija: izziņa par atbrīvošanu", "In hand on release day: release certificate",
            "На день освобождения: справка об освобождении"),
        ["documentsBeforeRelease.AccountStatements"] = ("Atbrīvošanas dienā bija: konta izraksti", "In hand on release day: account statements",
            "На день освобождения: выписки со счёта"),
        ["documentsBeforeRelease.DeclaredResidence"] = ("Atbrīvošanas dienā bija: deklarēta dzīvesvieta", "In hand on release day: declared residence",
            "На день освобождения: задекларированное место жительства"),
        ["documentsBeforeRelease.NvaRegistration"] = ("Atbrīvošanas dienā bija: reģistrācija NVA", "In hand on release day: NVA registration",
            "На день освобождения: регистрация в NVA"),
        ["documentsBeforeRelease.FamilyDoctor"] = ("Atbrīvošanas dienā bija: ģimenes ārsts", "In hand on release day: family doctor",
            "На день освобождения: семейный врач"),
        ["documentsBeforeRelease.All"] = ("Atbrīvošanas dienā bija visi dokumenti", "In hand on release day: every document",
            "На день освобождения были все документы"),
        ["accompaniments"] = ("Pavadīšana uz iestādēm", "Accompaniments to institutions", "Сопровождения в учреждения"),
        ["refusals.NoActualResidence"] = ("Atteikumi: nav faktiskās dzīvesvietas", "Refusals: no actual residence", "Отказы: нет фактического места жительства"),
        ["refusals.NoIncomeDocuments"] = ("Atteikumi: nav ienākumu dokumentu", "Refusals: no income documents", "Отказы: нет документов о доходах"),
        ["refusals.NoAccountStatements"] = ("Atteikumi: nav konta izrakstu", "Refusals: no account statements", "Отказы: нет выписок со счёта"),
        ["refusals.CannotDeclareResidence"] = ("Atteikumi: nevar deklarēt dzīvesvietu", "Refusals: cannot declare a residence",
            "Отказы: не может задекларировать место жительства"),
        ["refusals.DoesNotMeetRules"] = ("Atteikumi: neatbilst noteikumiem", "Refusals: does not meet the rules", "Отказы: не соответствует правилам"),
        ["refusals.DoesNotCooperate"] = ("Atteikumi: nesadarbojas ar sociālo dienestu", "Refusals: does not cooperate with the social service",
            "Отказы: не сотрудничает с социальной службой"),
        ["refusals.PreTrialDetentionRelease"] = ("Atteikumi: atbrīvots no apcietinājuma", "Refusals: released from pre-trial detention",
            "Отказы: освобождён из-под стражи до суда"),
        ["refusals.ResidenceInOtherMunicipality"] = ("Atteikumi: pēdējā dzīvesvieta citā pašvaldībā", "Refusals: last residence in another municipality",
            "Отказы: последнее место жительства в другом самоуправлении"),
        ["refusals.RefusedMunicipalFlat"] = ("Atteikumi: atteicās no pašvaldības dzīvokļa", "Refusals: refused a municipal flat",
            "Отказы: отказался от муниципальной квартиры"),
        ["refusals.FamilyNotNeedy"] = ("Atteikumi: ģimene nav trūcīga", "Refusals: family not needy", "Отказы: семья не малоимущая"),
        ["refusals.ShortCustody"] = ("Atteikumi: īslaicīga brīvības atņemšana", "Refusals: short custody", "Отказы: краткосрочное лишение свободы"),
        ["refusals.NotFiledWithinMonth"] = ("Atteikumi: nav iesniegts mēneša laikā", "Refusals: not filed within a month", "Отказы: не подано в течение месяца"),
        ["refusals.NotRegisteredWithNva"] = ("Atteikumi: nav reģistrējies NVA", "Refusals: not registered with the NVA", "Отказы: не зарегистрирован в NVA"),
        ["refusals.Other"] = ("Atteikumi: cits iemesls", "Refusals: other reason", "Отказы: другая причина"),
        ["closures.GoalsMet"] = ("Lietas slēgtas: mērķi sasniegti", "Cases closed: goals met", "Дела закрыты: цели достигнуты"),
        ["closures.MovedAway"] = ("Lietas slēgtas: pārcēlās", "Cases closed: moved away", "Дела закрыты: переезд"),
        ["closures.Declined"] = ("Lietas slēgtas: atteicās", "Cases closed: declined", "Дела закрыты: отказ"),
        ["closures.Reincarcerated"] = ("Lietas slēgtas: atkārtoti ieslodzīts", "Cases closed: re-incarcerated", "Дела закрыты: снова в заключении"),
        ["closures.NoContact"] = ("Lietas slēgtas: nav saziņas", "Cases closed: no contact", "Дела закрыты: нет связи"),
        ["closures.Died"] = ("Lietas slēgtas: miris", "Cases closed: died", "Дела закрыты: смерть"),
        ["closures.Other"] = ("Lietas slēgtas: cits iemesls", "Cases closed: other reason", "Дела закрыты: другая причина"),
        ["closures.Transferred"] = ("Lietas slēgtas: nodotas citai organizācijai", "Cases closed: transferred to another NGO", "Дела закрыты: переданы другой организации"),
        ["reincarceratedWithin12Months"] = ("Atkārtoti ieslodzīti 12 mēnešos pēc atbrīvošanas", "Re-incarcerated within 12 months of release",
            "Снова в заключении в течение 12 месяцев после освобождения"),
        ["medianMatchLengthDays"] = ("Pāra ilgums dienās (mediāna)", "Match length in days (median)", "Длительность пары в днях (медиана)"),
        ["matchesLasting6MonthsPercent"] = ("Pāri, kas ilga vismaz 6 mēnešus (%)", "Matches lasting 6 months or more (%)", "Пары длительностью от 6 месяцев (%)"),
        ["matchesLasting12MonthsPercent"] = ("Pāri, kas ilga vismaz 12 mēnešus (%)", "Matches lasting 12 months or more (%)", "Пары длительностью от 12 месяцев (%)"),
        ["plannedClosures"] = ("Pāri noslēgti plānoti", "Matches closed as planned", "Пары завершены по плану"),
        ["unplannedClosures"] = ("Pāri noslēgti neplānoti (priekšlaicīgi)", "Matches closed unplanned (early)", "Пары завершены досрочно (не по плану)"),
        ["plannedClosurePercent"] = ("Plānoti noslēgto pāru daļa (%)", "Planned closures (% of matches closed)", "Доля пар, завершённых по плану (%)"),
        ["matchesReaching3Months"] = ("Pāri, kas sasniedza 3 mēnešus", "Matches reaching 3 months", "Пары, достигшие 3 месяцев"),
        ["matchesReaching6Months"] = ("Pāri, kas sasniedza 6 mēnešus", "Matches reaching 6 months", "Пары, достигшие 6 месяцев"),
        ["matchesReaching12Months"] = ("Pāri, kas sasniedza 12 mēnešus", "Matches reaching 12 months", "Пары, достигшие 12 месяцев"),
        ["column.figure"] = ("Rādītājs", "Figure", "Показатель"),
    };

    public static IEnumerable<string> Keys => Catalog.Keys;

    public static bool Has(string key) => Catalog.ContainsKey(key);

    /// <summary>The label in <paramref name="language"/>; the key itself for a figure added without a label (never fails a send).</summary>
    public static string Get(string key, Language language) => Catalog.TryGetValue(key, out var label)
        ? language switch { Language.En => label.En, Language.Ru => label.Ru, _ => label.Lv }
        : key;
}
