using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Transfers;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Api.Transfers;

/// <summary>
/// What each side is told by e-mail. The receiving NGO's coordinators learn only that a case is offered, by whom and for
/// which municipality: the person is named in the app, to a signed-in coordinator, not in a mailbox. The sender, whose
/// case it is, reads the person's name and the answer (a decline's reason as a code, never the note).
/// </summary>
public static class TransferMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["subject"] = ("Lietas nodošana: {0}", "Case transfer: {0}", "Передача дела: {0}"),
        ["offered"] = (
            "Organizācija {0} piedāvā jums nodot personas lietu, jo persona pārceļas uz: {1}. Atveriet lietotni, lai lietu pieņemtu vai noraidītu.",
            "{0} offers you the case of a person who moves to {1}. Open the app to accept or decline it.",
            "Организация {0} предлагает вам передать дело человека, который переезжает в: {1}. Откройте приложение, чтобы принять или отклонить его."),
        ["withdrawn"] = ("Organizācija {0} ir atsaukusi piedāvāto lietas nodošanu ({1}).", "{0} has withdrawn the case transfer it offered ({1}).",
            "Организация {0} отозвала предложенную передачу дела ({1})."),
        ["accepted"] = ("Organizācija {0} ir pieņēmusi lietu: {1}. Jūsu organizācijā lieta ir slēgta kā nodota.",
            "{0} has accepted the case of {1}. The case is closed as transferred in your organisation.",
            "Организация {0} приняла дело: {1}. В вашей организации дело закрыто как переданное."),
        ["declined"] = ("Organizācija {0} ir noraidījusi lietas nodošanu: {1}. Iemesls: {2}.", "{0} has declined the transfer of {1}. Reason: {2}.",
            "Организация {0} отклонила передачу дела: {1}. Причина: {2}."),
        ["reason.NoCapacity"] = ("nav brīvu vietu", "no capacity", "нет свободных мест"),
        ["reason.OutsideTerritory"] = ("ārpus darbības teritorijas", "outside the territory served", "вне обслуживаемой территории"),
        ["reason.NeedsNotServed"] = ("vajadzības, ko organizācija nesniedz", "needs the NGO does not serve", "потребности, которые организация не обслуживает"),
        ["reason.AlreadySupported"] = ("persona jau saņem atbalstu", "the person is already supported", "человек уже получает поддержку"),
        ["reason.Other"] = ("cits (skatiet lietotnē)", "other (see the app)", "другое (см. в приложении)"),
    };

    /// <summary>The messages one event of the transfer owes: to the receiving coordinators, or to the coordinator who offered it.</summary>
    public static IEnumerable<(OutgoingMessage Message, string Tenant)> For(Transfer t, object @event, IReadOnlyList<UserAccount> receivers, UserAccount? sender)
    {
        var municipality = Municipalities.Find(t.NewMunicipality)?.Name ?? t.NewMunicipality;
        // The case each message is about: erasing that person reaches the message (the new case's id follows from the transfer's).
        var receivingCase = TransferMutations.NewClientId(t.Id);
        switch (@event)
        {
            case TransferOffered or TransferWithdrawn:
                var key = @event is TransferOffered ? "offered" : "withdrawn";
                foreach (var coordinator in receivers.Where(u => u.IsActive))
                    yield return (Message(t, key, coordinator, [receivingCase], t.Sender.OrganisationName, municipality), t.Receiver.TenantId);
                break;
            case TransferAccepted or TransferDeclined when sender is { IsActive: true }:
                var reason = t.DeclineReason is { } r ? Texts.Render(Catalog, sender.Language, $"reason.{r}") : "";
                yield return (Message(t, @event is TransferAccepted ? "accepted" : "declined", sender, [t.SendingClientId], t.Receiver.Name,
                    t.Package.Person.Name, reason), t.Sender.TenantId);
                break;
        }
    }

    private static OutgoingMessage Message(Transfer t, string key, UserAccount to, Guid[] mentions, params string[] args) =>
        new($"transfer:{t.Id}:{t.Version}:{to.Id}", NotificationKind.TransferUpdate, to.Email, to.Language,
            Texts.Render(Catalog, to.Language, "subject", key is "accepted" or "declined" ? t.Receiver.Name : t.Sender.OrganisationName),
            Mail.Body(to.Language, to.DisplayName, Texts.Render(Catalog, to.Language, key, args)), RecipientUserId: to.Id)
        {
            Mentions = mentions,
        };
}
