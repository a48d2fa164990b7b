using System.Globalization;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// The mentor's thank-you when a match's closure step completes: the hours they gave this match (its meetings in the contact
/// log) and in all (their volunteer statement), in the mentor's language. The person appears by initials only, as in every
/// mail. One per match (the key is the match's id), so a retried completion never thanks twice.
/// </summary>
public static class ClosureMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["thanks.subject"] = ("Paldies par jūsu laiku kā līdzgaitniekam", "Thank you for your time as a peer mentor", "Спасибо за ваше время в роли наставника"),
        ["thanks.body"] = (
            "Jūsu pāris ar {0} ir noslēgts. Paldies! Šim pārim jūs veltījāt {1} h ({2} tikšanās), kopā kā līdzgaitnieks — {3} h.",
            "Your match with {0} has been closed. Thank you! You gave this match {1} hours ({2} meetings), and {3} hours in all as a peer mentor.",
            "Ваша пара с {0} завершена. Спасибо! Этой паре вы посвятили {1} ч ({2} встреч), а всего как наставник — {3} ч."),
        ["thanks.next"] = (
            "Koordinators ar jums sazināsies par nākamo pāri, kad būsiet gatavs.",
            "Your coordinator will be in touch about a next match when you are ready.",
            "Координатор свяжется с вами насчёт следующей пары, когда вы будете готовы."),
    };

    public static string Key(Guid matchId) => $"closure-thanks:{matchId}";

    public static OutgoingMessage ThankYou(Guid matchId, Guid mentorId, Guid clientId, Guid? userId, string mentorName, string email, Language language, string clientName,
        decimal matchHours, int matchMeetings, decimal totalHours) => new(
        Key(matchId), NotificationKind.MatchProposal, email, language, Get(language, "thanks.subject"),
        Mail.Body(language, mentorName,
            Get(language, "thanks.body", ReminderPlanner.Initials(clientName), Hours(matchHours, language), matchMeetings, Hours(totalHours, language)),
            Get(language, "thanks.next")), RecipientUserId: userId) { Mentions = [mentorId, clientId] };

    public static IEnumerable<string> Keys => Catalog.Keys;

    private static string Hours(decimal hours, Language language) =>
        hours.ToString("0.#", CultureInfo.GetCultureInfo(language switch { Language.En => "en-GB", Language.Ru => "ru-RU", _ => "lv-LV" }));

    private static string Get(Language language, string key, params object[] args)
    {
        var (lv, en, ru) = Catalog[key];
        return string.Format(CultureInfo.InvariantCulture, language switch { Language.En => en, Language.Ru => ru, _ => lv }, args);
    }
}
