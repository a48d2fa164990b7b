using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// Every sentence the product e-mails, in Latvian, English and Russian. Placeholders are positional ({0}, {1});
/// a message is rendered once, when it is recorded, so what was sent is what the outbox shows.
/// </summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["greeting"] = ("Labdien, {0}!", "Hello {0},", "Здравствуйте, {0}!"),
        ["application.subject"] = ("{0}: jūsu pieteikums saņemts", "{0}: we received your application", "{0}: ваша заявка получена"),
        ["application.body"] = (
            "Paldies par pieteikumu kļūt par līdzgaitnieku organizācijā {0}. Koordinators ar jums sazināsies par pārrunām, atsauksmēm un apmācību.",
            "Thank you for applying to become a peer mentor with {0}. A coordinator will contact you about the interview, references and training.",
            "Спасибо за заявку стать наставником в организации {0}. Координатор свяжется с вами насчёт собеседования, рекомендаций и обучения."),
        // The public form's own messages go to whatever address was typed into it, so they greet nobody by name and
        // repeat nothing the form said: only the NGO's name, fixed text and (for the confirmation) the link.
        ["greeting.plain"] = ("Labdien!", "Hello,", "Здравствуйте!"),
        ["application.confirm.subject"] = ("{0}: apstipriniet savu pieteikumu", "{0}: please confirm your application", "{0}: подтвердите вашу заявку"),
        ["application.confirm.body"] = (
            "Ar šo e-pasta adresi ir iesniegts pieteikums kļūt par līdzgaitnieku organizācijā {0}. Ja to iesniedzāt jūs, apstipriniet to {1} stundu laikā šeit: {2}\n\nJa pieteikumu neiesniedzāt jūs, nekas nav jādara: bez apstiprinājuma tas netiks izskatīts.",
            "An application to become a peer mentor with {0} was made with this e-mail address. If it was you, confirm it within {1} hours here: {2}\n\nIf it was not you, there is nothing to do: without confirmation it will not be considered.",
            "С этого адреса эл. почты подана заявка стать наставником в организации {0}. Если это были вы, подтвердите её в течение {1} часов здесь: {2}\n\nЕсли это были не вы, ничего делать не нужно: без подтверждения заявка не будет рассмотрена."),
        ["application.duplicate.subject"] = ("{0}: jūs jau esat pieteicies", "{0}: you have already applied", "{0}: вы уже подали заявку"),
        ["application.duplicate.body"] = (
            "Mēs saņēmām vēl vienu pieteikumu kļūt par līdzgaitnieku organizācijā {0} ar šo e-pasta adresi. Jūs jau esat pieteicies; jūsu koordinators ar jums sazināsies. Ja šo pieteikumu neiesniedzāt jūs, nekas nav jādara.",
            "We received another application to become a peer mentor with {0} from this e-mail address. You have already applied; your coordinator will contact you. If you did not send it, there is nothing to do.",
            "Мы получили ещё одну заявку стать наставником в организации {0} с этого адреса эл. почты. Вы уже подали заявку; ваш координатор свяжется с вами. Если это были не вы, ничего делать не нужно."),
        ["invitation.subject"] = ("{0}: jūs esat apstiprināts kā līdzgaitnieks", "{0}: you are approved as a peer mentor", "{0}: вы утверждены наставником"),
        ["invitation.body"] = ("Jūs esat apstiprināts kā līdzgaitnieks. Izvēlieties paroli šeit: {0}", "You are approved as a peer mentor. Choose your password here: {0}",
            "Вы утверждены наставником. Выберите пароль здесь: {0}"),
        ["proposal.subject"] = ("Jums piedāvāts jauns līdzgaitnieka pāris", "You have been proposed a new mentoring match", "Вам предложена новая пара"),
        ["proposal.body"] = ("Koordinators jums piedāvā jaunu pāri. Lūdzu, pieņemiet vai atsakiet to lietotnē.",
            "A coordinator proposes a new match to you. Please accept or decline it in the app.",
            "Координатор предлагает вам новую пару. Пожалуйста, примите или отклоните её в приложении."),
        ["concern.subject"] = ("Steidzams signāls no līdzgaitnieka", "Urgent concern from a mentor", "Срочный сигнал от наставника"),
        ["concern.body"] = ("Līdzgaitnieks ir atzīmējis steidzamu bažu (pāris {0}). Lūdzu, skatiet darba galdu.",
            "A mentor has flagged an urgent concern (match {0}). Please look at your desk.",
            "Наставник отметил срочную проблему (пара {0}). Пожалуйста, проверьте рабочий стол."),
        ["digest.subject"] = ("Jūsu atgādinājumi {0}", "Your reminders for {0}", "Ваши напоминания на {0}"),
        ["digest.intro"] = ("Šodien jums:", "Due today:", "На сегодня:"),
        ["digest.outro"] = ("Atveriet lietotni, lai redzētu sīkāk. Paziņojumus varat mainīt savos iestatījumos.",
            "Open the app for details. You can change which reminders you get in your settings.",
            "Подробности в приложении. Уведомления можно изменить в настройках."),
        ["item.checkin-due"] = ("Laiks sazināties ar {0} (kārtējā tikšanās bija jānotiek līdz {1}).", "Time to check in with {0} (due {1}).",
            "Пора связаться с {0} (срок {1})."),
        ["item.checkin-overdue"] = ("Atgādinām vēlreiz: sazinieties ar {0} (termiņš bija {1}).", "Reminder again: check in with {0} (it was due {1}).",
            "Повторное напоминание: свяжитесь с {0} (срок был {1})."),
        ["item.escalation"] = ("Līdzgaitnieks {0} nav sazinājies ar {1} kopš termiņa {2}.", "Mentor {0} has not checked in with {1} since {2}.",
            "Наставник {0} не связывался с {1} с {2}."),
        ["item.escalation.attempts"] = ("Līdzgaitnieks {0} nav sazinājies ar {1} kopš termiņa {2}; neizdevušies mēģinājumi satikties: {3}.",
            "Mentor {0} has not checked in with {1} since {2}; failed attempts to meet: {3}.",
            "Наставник {0} не связывался с {1} с {2}; неудачных попыток встретиться: {3}."),
        ["item.attempts-failed"] = ("Līdzgaitniekam {0} neizdodas satikt {1}: neizdevušies mēģinājumi kopš {3}: {2}.",
            "Mentor {0} cannot reach {1}: failed attempts to meet since {3}: {2}.",
            "Наставник {0} не может встретиться с {1}: неудачных попыток с {3}: {2}."),
        ["item.pre-release"] = ("Pirms atbrīvošanas ({1}) sazinieties ar {0} (apmeklējums cietumā vai video).",
            "Before release ({1}) check in with {0} (prison visit or video).", "До освобождения ({1}) свяжитесь с {0} (визит в тюрьму или видео)."),
        ["item.release-soon"] = ("{0} tiks atbrīvots pēc 7 dienām ({1}).", "{0} is released in 7 days ({1}).", "{0} освобождается через 7 дней ({1})."),
        ["item.release-day"] = ("Šodien tiek atbrīvots {0}.", "{0} is released today.", "{0} освобождается сегодня."),
        // Standard goals and need domains, for reminders that name a goal made from a code (ReminderPlanner.GoalDeadline*).
        ["goal.IdentityDocument"] = ("Personu apliecinošs dokuments pirms atbrīvošanas", "Identity document before release", "Документ до освобождения"),
        ["goal.Residence"] = ("Deklarēta dzīvesvieta vai patversme", "Residence declared or shelter arranged", "Задекларировано место жительства или приют"),
        ["goal.SocialAssistance"] = ("Pieteikts sociālais atbalsts (mēneša laikā)", "Social assistance applied for (within a month)", "Подано на соцпомощь (в течение месяца)"),
        ["goal.EmploymentAgency"] = ("Reģistrējies NVA", "Registered with the NVA", "Регистрация в NVA"),
        ["goal.FamilyDoctor"] = ("Reģistrējies pie ģimenes ārsta", "Registered with a family doctor", "Записан(а) к семейному врачу"),
        ["goal.BankAccount"] = ("Bankas konts", "Bank account", "Банковский счёт"),
        ["goal.need"] = ("Atbalsts: {0}", "Support: {0}", "Поддержка: {0}"),
        ["need.Housing"] = ("mājoklis", "housing", "жильё"),
        ["need.IdentityDocuments"] = ("personu apliecinoši dokumenti", "identity documents", "документы"),
        ["need.IncomeAndBenefits"] = ("ienākumi un pabalsti", "income and benefits", "доходы и пособия"),
        ["need.Employment"] = ("darbs", "work", "работа"),
        ["need.Health"] = ("veselība", "health", "здоровье"),
        ["need.Addiction"] = ("atkarība", "addiction", "зависимость"),
        ["need.FamilyAndChildren"] = ("ģimene un bērni", "family and children", "семья и дети"),
        ["need.FinancesAndDebt"] = ("nauda un parādi", "money and debts", "деньги и долги"),
        ["need.LegalAid"] = ("juridiskā palīdzība", "legal help", "юридическая помощь"),
        ["need.SocialSkillsAndLeisure"] = ("ikdiena un brīvais laiks", "everyday life and leisure", "быт и досуг"),
        ["item.goal-deadline"] = ("{0}: mērķa \"{1}\" termiņš ir {2}.", "{0}: the goal \"{1}\" is due {2}.", "{0}: срок цели «{1}» — {2}."),
        ["item.vetting-expiry"] = ("Līdzgaitnieka {0} pārbaudes derīgums beidzas {1}.", "Mentor {0}'s background check expires on {1}.",
            "Проверка наставника {0} истекает {1}."),
        ["item.refresher-expiry"] = ("Līdzgaitnieka {0} atkārtotās apmācības modulis \"{1}\" beidzas {2}.", "Mentor {0}'s refresher training \"{1}\" expires on {2}.",
            "Повторное обучение наставника {0} «{1}» истекает {2}."),
        ["item.supervision-due"] = ("Līdzgaitniekam {0} supervīzija jāsaņem līdz {1}.", "Mentor {0} is due a supervision session by {1}.",
            "Наставнику {0} нужна супервизия до {1}."),
        ["item.supervision-lapsed"] = ("Līdzgaitnieka {0} supervīzijas termiņš {1} ir nokavēts.", "Mentor {0}'s supervision was due on {1} and is overdue.",
            "Срок супервизии наставника {0} ({1}) пропущен."),
        ["item.proposal-unanswered"] = ("Piedāvājums pārim ar {0} nav atbildēts kopš {1}.", "The match proposal for {0} is unanswered since {1}.",
            "Предложение пары для {0} без ответа с {1}."),
        // The first month's path (ReminderPlanner.PathItems): documents and refusal reasons are named from their codes.
        ["item.application-due"] = ("{0}: sociālās palīdzības iesniegums vēl nav iesniegts; viena mēneša termiņš ir {1}.",
            "{0}: the social-assistance application is not filed yet; the one-month deadline is {1}.",
            "{0}: заявление на социальную помощь ещё не подано; месячный срок — {1}."),
        ["item.application-passed"] = ("{0}: sociālās palīdzības iesnieguma viena mēneša termiņš ({1}) ir pagājis, un tas nav iesniegts.",
            "{0}: the one-month deadline for the social-assistance application ({1}) has passed and it is not filed.",
            "{0}: месячный срок подачи заявления на социальную помощь ({1}) прошёл, а оно не подано."),
        ["item.documents-missing"] = ("{0}: vēl trūkst dokumentu: {1}.", "{0}: documents still missing: {1}.", "{0}: ещё не хватает документов: {1}."),
        ["item.refusal-open"] = ("{0}: atteikums ({1}, {2}) gaida apstrīdēšanu, atkārtotu pieteikumu vai slēgšanu.",
            "{0}: the refusal ({1}, {2}) is waiting for an appeal, a new application or closing.",
            "{0}: отказ ({1}, {2}) ждёт обжалования, повторной заявки или закрытия."),
        ["document.IdentityDocument"] = ("personu apliecinošs dokuments", "identity document", "документ, удостоверяющий личность"),
        ["document.ReleaseCertificate"] = ("izziņa par atbrīvošanu", "release certificate", "справка об освобождении"),
        ["document.AccountStatements"] = ("konta izraksti par pēdējiem trim mēnešiem", "account statements for the last three months",
            "выписки со счёта за последние три месяца"),
        ["document.DeclaredResidence"] = ("deklarēta dzīvesvieta", "declared residence", "задекларированное место жительства"),
        ["document.NvaRegistration"] = ("reģistrācija NVA", "NVA registration", "регистрация в NVA"),
        ["document.FamilyDoctor"] = ("ģimenes ārsts", "family doctor", "семейный врач"),
        ["refusal.NoActualResidence"] = ("nav faktiskās dzīvesvietas", "no actual residence", "нет фактического места жительства"),
        ["refusal.NoIncomeDocuments"] = ("nav ienākumu dokumentu", "no income documents", "нет документов о доходах"),
        ["refusal.NoAccountStatements"] = ("nav konta izrakstu", "no account statements", "нет выписок со счёта"),
        ["refusal.CannotDeclareResidence"] = ("nevar deklarēt dzīvesvietu", "cannot declare a residence", "не может задекларировать место жительства"),
        ["refusal.DoesNotMeetRules"] = ("situācija neatbilst noteikumiem", "does not meet the rules", "ситуация не соответствует правилам"),
        ["refusal.DoesNotCooperate"] = ("nesadarbojas ar sociālo dienestu", "does not cooperate with the social service", "не сотрудничает с социальной службой"),
        ["refusal.PreTrialDetentionRelease"] = ("atbrīvots no apcietinājuma", "released from pre-trial detention", "освобождён из-под стражи до суда"),
        ["refusal.ResidenceInOtherMunicipality"] = ("pēdējā dzīvesvieta citā pašvaldībā", "last residence in another municipality",
            "последнее место жительства в другом самоуправлении"),
        ["refusal.RefusedMunicipalFlat"] = ("atteicās no pašvaldības dzīvokļa", "refused a municipal flat", "отказался от муниципальной квартиры"),
        ["refusal.FamilyNotNeedy"] = ("ģimene nav trūcīga", "the family is not needy", "семья не малоимущая"),
        ["refusal.ShortCustody"] = ("īslaicīga brīvības atņemšana", "short custody", "краткосрочное лишение свободы"),
        ["refusal.NotFiledWithinMonth"] = ("nav iesniegts mēneša laikā", "not filed within a month", "не подано в течение месяца"),
        ["refusal.NotRegisteredWithNva"] = ("nav reģistrējies NVA", "not registered with the NVA", "не зарегистрирован в NVA"),
        ["refusal.Other"] = ("cits iemesls", "another reason", "другая причина"),
        ["summary.subject"] = ("Rezultātu kopsavilkums {0}: {1}", "Outcome summary {0}: {1}", "Сводка результатов {0}: {1}"),
        ["summary.body"] = ("Pielikumā: rezultātu kopsavilkums par periodu {0} (CSV un grafiks). Skaitļi no 1 līdz 4 ir rādīti kā \"<5\".",
            "Attached: the outcome summary for {0} (CSV and chart). Counts from 1 to 4 are shown as \"<5\".",
            "Во вложении: сводка результатов за период {0} (CSV и график). Числа от 1 до 4 показаны как «<5»."),
    };

    public static string Get(Language language, string key, params object[] args) => Render(Catalog, language, key, args);

    /// <summary>One sentence of a catalogue (this one, or a feature's own) in the language, with its placeholders filled.</summary>
    public static string Render(IReadOnlyDictionary<string, (string Lv, string En, string Ru)> catalog, Language language, string key, params object[] args)
    {
        var (lv, en, ru) = catalog[key];
        var template = language switch { Language.En => en, Language.Ru => ru, _ => lv };
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>The first of a person's spoken languages that messages come in; Latvian otherwise.</summary>
    public static Language From(IEnumerable<string> spoken) =>
        spoken.Select(s => s.Trim().ToLowerInvariant()).Select(s => s switch { "en" => Language.En, "ru" => Language.Ru, "lv" => Language.Lv, _ => (Language?)null })
            .FirstOrDefault(l => l is not null) ?? Language.Lv;
}
