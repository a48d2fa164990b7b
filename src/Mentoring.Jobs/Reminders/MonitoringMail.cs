using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Jobs.Reminders;

/// <summary>Staff monitoring's sentences (digest lines and the admins' escalation), in Latvian, English and Russian.</summary>
public static class MonitoringMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        [MonitoringPlanner.CheckInDue] = ("{0}: līdz {2} jāsazinās ar {1} (līdzgaitnieks {3}).", "{0}: check in with the {1} by {2} (mentor {3}).",
            "{0}: до {2} свяжитесь с {1} (наставник {3})."),
        [MonitoringPlanner.CheckInOverdue] = ("{0}: saziņa ar {1} nokavēta par {4} dienām (termiņš {2}, līdzgaitnieks {3}).",
            "{0}: the check-in with the {1} is {4} days overdue (due {2}, mentor {3}).",
            "{0}: связь с {1} просрочена на {4} дн. (срок {2}, наставник {3})."),
        [MonitoringPlanner.HealthCheckDue] = ("{0}: laiks {1} mēnešu pārbaudei — kā jums veicas? Atbildiet uz diviem jautājumiem lietotnē.",
            "{0}: time for the {1}-month check — how is it going? Answer the two questions in the app.",
            "{0}: время проверки через {1} мес. — как идут дела? Ответьте на два вопроса в приложении."),
        [MonitoringPlanner.HealthFalling] = ("{0}: {1} novērtējums {2} mēnešu pārbaudē ir {3} (iepriekš {4}). Sazinieties ar pāri.",
            "{0}: the {1}'s rating at the {2}-month check is {3} (before: {4}). Check in with the match.",
            "{0}: оценка ({1}) на проверке через {2} мес. — {3} (ранее: {4}). Свяжитесь с парой."),
        ["party.Mentor"] = ("līdzgaitnieku", "mentor", "наставником"),
        ["party.Client"] = ("klientu", "client", "клиентом"),
        ["source.Mentor"] = ("līdzgaitnieka", "mentor", "наставника"),
        ["source.Client"] = ("klienta", "client", "клиента"),
        ["escalation.subject"] = ("Nokavēta personāla saziņa: {0}", "Overdue staff check-in: {0}", "Просроченная связь сотрудника: {0}"),
        ["escalation.body"] = ("Koordinatoram bija jāsazinās ar {1} pārī ar {0} (līdzgaitnieks {2}) līdz {3}; tas nav izdarīts jau {4} dienas. Lūdzu, skatiet uzraudzības sarakstu.",
            "A coordinator was to check in with the {1} of the match with {0} (mentor {2}) by {3}; it is {4} days overdue. Please look at the monitoring list.",
            "Координатор должен был связаться с {1} в паре с {0} (наставник {2}) до {3}; просрочено на {4} дн. Пожалуйста, проверьте список мониторинга."),
        ["escalation.none"] = ("—", "—", "—"),
    };

    public static bool Owns(string text) => text.StartsWith("monitoring.", StringComparison.Ordinal);

    /// <summary>A digest line: the side (mentor or client) is named in the reader's language from its code.</summary>
    public static string Line(Language language, ReminderItem item) => item.Text switch
    {
        MonitoringPlanner.CheckInDue or MonitoringPlanner.CheckInOverdue =>
            Get(language, item.Text, [item.Args[0], Get(language, $"party.{item.Args[1]}"), .. item.Args.Skip(2)]),
        MonitoringPlanner.HealthFalling => Get(language, item.Text, item.Args[0], Get(language, $"source.{item.Args[1]}"), item.Args[2], item.Args[3],
            item.Args[4].Length == 0 ? Get(language, "escalation.none") : item.Args[4]),
        _ => Get(language, item.Text, [.. item.Args]),
    };

    /// <summary>To one of the NGO's admins, in their language; the person by initials only, as every e-mail.</summary>
    public static OutgoingMessage Escalation(CheckInEscalation e, UserAccount admin)
    {
        var language = admin.Language;
        var who = ReminderPlanner.Initials(e.ClientName);
        var due = e.Due.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var body = Get(language, "escalation.body", who, Get(language, $"party.{e.With}"), e.MentorName, due, e.DaysOverdue);
        return new OutgoingMessage(e.KeyFor(admin.Id), NotificationKind.StaffCheckIn, admin.Email, language, Get(language, "escalation.subject", who),
            Mail.Body(language, admin.DisplayName, body), RecipientUserId: admin.Id) { Mentions = [e.ClientId, e.MentorId] };
    }

    private static string Get(Language language, string key, params object[] args) => Texts.Render(Catalog, language, key, args);
}
