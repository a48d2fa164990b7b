using System.Globalization;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Api.Handovers;

/// <summary>
/// What the social worker is told by e-mail when a path is handed to them: which NGO, until when — never who. The person's
/// name and path are for the signed-in worker, where every read is on record; an inbox keeps no audit trail.
/// </summary>
public static class HandoverMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["subject"] = ("{0}: nodots klienta ceļš", "{0}: a client's path handed over to you", "{0}: вам передан путь клиента"),
        ["handedOver"] = (
            "Organizācija {0} ar personas piekrišanu jums ir nodevusi viena klienta atbalsta ceļu (plānu, termiņus, dokumentus un brīdinājumus) līdz {1}. Atveriet lietotni sadaļā \"Nodotie klienti\", lai to izlasītu un ierakstītu sociālā dienesta lēmumus.",
            "{0} has handed over one client's support path to you, with the person's consent (plan, deadlines, documents and warnings), until {1}. Open \"Handed-over clients\" in the app to read it and record the social service's decisions.",
            "Организация {0} с согласия человека передала вам путь поддержки одного клиента (план, сроки, документы и предупреждения) до {1}. Откройте в приложении раздел «Переданные клиенты», чтобы прочитать его и записать решения социальной службы."),
    };

    public static OutgoingMessage? For(Handover handover, UserAccount worker)
    {
        var language = worker.Language;
        var until = RigaCalendar.Day(handover.ExpiresAt).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return new OutgoingMessage($"handover:{handover.Id}", NotificationKind.CaseHandover, worker.Email, language,
            Texts.Render(Catalog, language, "subject", handover.Holder.Name),
            Mail.Body(language, worker.DisplayName, Texts.Render(Catalog, language, "handedOver", handover.Holder.Name, until)),
            RecipientUserId: worker.Id)
        {
            // It names nobody, but is about the person: erasing them reaches it too.
            Mentions = [handover.ClientId],
        };
    }
}
