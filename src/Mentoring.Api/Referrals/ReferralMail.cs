using Mentoring.Domain.Common;
using System.Globalization;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Api.Referrals;

/// <summary>
/// What the referrer is told by e-mail when the NGO answers or the referral moves on: the NGO's name, the person's name and
/// release date as the referrer sent them, the new status and a decline's reason code — never the case, nor the NGO's free
/// text (the question, a decline's note), which the app shows to the signed-in referrer.
/// </summary>
public static class ReferralMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["subject"] = ("Nosūtījums: {0}", "Referral: {0}", "Направление: {0}"),
        ["informationRequested"] = (
            "Organizācija {0} lūdz papildu informāciju par nosūtījumu: {1} (atbrīvošana {2}). Atveriet lietotni, lai izlasītu jautājumu un papildinātu nosūtījumu.",
            "{0} asks for more information about the referral of {1} (release {2}). Open the app to read the question and amend the referral.",
            "Организация {0} просит дополнительную информацию о направлении: {1} (освобождение {2}). Откройте приложение, чтобы прочитать вопрос и дополнить направление."),
        ["accepted"] = ("Organizācija {0} ir pieņēmusi nosūtījumu: {1} (atbrīvošana {2}).", "{0} has accepted the referral of {1} (release {2}).",
            "Организация {0} приняла направление: {1} (освобождение {2})."),
        ["declined"] = ("Organizācija {0} ir noraidījusi nosūtījumu: {1} (atbrīvošana {2}). Iemesls: {3}.", "{0} has declined the referral of {1} (release {2}). Reason: {3}.",
            "Организация {0} отклонила направление: {1} (освобождение {2}). Причина: {3}."),
        ["mentorMatched"] = ("Personai {1} (atbrīvošana {2}) organizācijā {0} ir piesaistīts līdzgaitnieks.", "A mentor of {0} has been matched with {1} (release {2}).",
            "Для {1} (освобождение {2}) в организации {0} подобран наставник."),
        ["firstMeetingHeld"] = ("{1} (atbrīvošana {2}) ir pirmo reizi ticies ar līdzgaitnieku no organizācijas {0}.",
            "{1} (release {2}) has met their mentor from {0} for the first time.",
            "{1} (освобождение {2}) впервые встретился с наставником из организации {0}."),
        ["reason.NoCapacity"] = ("nav brīvu vietu", "no capacity", "нет свободных мест"),
        ["reason.OutsideTerritory"] = ("ārpus darbības teritorijas", "outside the territory served", "вне обслуживаемой территории"),
        ["reason.NeedsNotServed"] = ("vajadzības, ko organizācija nesniedz", "needs the NGO does not serve", "потребности, которые организация не обслуживает"),
        ["reason.NoConsent"] = ("nav piekrišanas", "no consent", "нет согласия"),
        ["reason.AlreadySupported"] = ("persona jau saņem atbalstu", "the person is already supported", "человек уже получает поддержку"),
        ["reason.Other"] = ("cits (skatiet lietotnē)", "other (see the app)", "другое (см. в приложении)"),
    };

    /// <summary>The message owed to the referrer for one event of the referral (their own sending and amending: none).</summary>
    public static OutgoingMessage? For(Referral referral, object @event, UserAccount referrer)
    {
        var key = @event switch
        {
            ReferralInformationRequested => "informationRequested",
            ReferralAccepted => "accepted",
            ReferralDeclined => "declined",
            ReferralMentorMatched => "mentorMatched",
            ReferralFirstMeetingHeld => "firstMeetingHeld",
            _ => null,
        };
        if (key is null) return null;
        var language = referrer.Language;
        var name = referral.Details.Person.Name;
        var release = referral.Details.ExpectedReleaseDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var reason = referral.DeclineReason is { } r ? Texts.Render(Catalog, language, $"reason.{r}") : "";
        return new OutgoingMessage($"referral:{referral.Id}:{referral.Version}", NotificationKind.ReferralUpdate, referrer.Email, language,
            Texts.Render(Catalog, language, "subject", referral.Receiver.Name),
            Mail.Body(language, referrer.DisplayName, Texts.Render(Catalog, language, key, referral.Receiver.Name, name, release, reason)),
            RecipientUserId: referrer.Id)
        {
            // It names the person: tagged with the case the referral becomes (its id follows from the referral's), so that
            // erasing that person reaches the mail sent before the NGO accepted the referral too.
            Mentions = [referral.ClientId ?? DeterministicId.From("referral-case", referral.Id.ToString())],
        };
    }
}
