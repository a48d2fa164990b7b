using System.Globalization;
using Mentoring.Domain.Activities;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// A group activity's mail to the mentors invited: an invitation when invited, an update when it moves, a cancellation
/// when it is called off — each with a calendar entry (<see cref="CalendarEntry"/>: the activity's id as UID, SEQUENCE one
/// more with each change) — and a cancellation to a mentor whose invitation is taken back. Clients get none: they have no accounts and the case holds no e-mail address of theirs (only a
/// free-text contact), so the coordinator tells them. The mail names no other invitee.
/// </summary>
public static class ActivityMail
{
    /// <summary>A mentor as the mail addresses them.</summary>
    public sealed record Recipient(Guid MentorId, string Name, string Email, Language Language, Guid? UserId);

    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["invite.subject"] = ("Ielūgums: {0}, {1}", "Invitation: {0}, {1}", "Приглашение: {0}, {1}"),
        ["update.subject"] = ("Mainīts: {0}, {1}", "Changed: {0}, {1}", "Изменено: {0}, {1}"),
        ["cancel.subject"] = ("Atcelts: {0}, {1}", "Cancelled: {0}, {1}", "Отменено: {0}, {1}"),
        ["withdraw.subject"] = ("Ielūgums atsaukts: {0}, {1}", "Invitation withdrawn: {0}, {1}", "Приглашение отозвано: {0}, {1}"),
        ["invite.body"] = ("{0} aicina jūs uz grupas nodarbību \"{1}\" ({2}). Atbildiet, vai nāksiet, lietotnē sadaļā \"Pasākumi\".",
            "{0} invites you to the group activity \"{1}\" ({2}). Say whether you are coming in the app, under \"Events\".",
            "{0} приглашает вас на групповое занятие «{1}» ({2}). Ответьте, придёте ли, в приложении в разделе «Мероприятия»."),
        ["update.body"] = ("{0} ir mainījusi grupas nodarbību \"{1}\" ({2}). Spēkā ir šis laiks un vieta.",
            "{0} has changed the group activity \"{1}\" ({2}). This time and place now hold.",
            "{0} изменила групповое занятие «{1}» ({2}). Действуют это время и место."),
        ["cancel.body"] = ("{0} ir atcēlusi grupas nodarbību \"{1}\", kas bija paredzēta {2}.",
            "{0} has cancelled the group activity \"{1}\" that was planned for {2}.",
            "{0} отменила групповое занятие «{1}», назначенное на {2}."),
        ["withdraw.body"] = ("{0} ir atsaukusi jūsu ielūgumu uz grupas nodarbību \"{1}\" ({2}). Jautājumu gadījumā sazinieties ar koordinatoru.",
            "{0} has withdrawn your invitation to the group activity \"{1}\" ({2}). If you have questions, ask your coordinator.",
            "{0} отозвала ваше приглашение на групповое занятие «{1}» ({2}). Если у вас есть вопросы, обратитесь к координатору."),
        ["when"] = ("Laiks: {0}–{1} (Rīgas laiks)", "When: {0}–{1} (Riga time)", "Время: {0}–{1} (по рижскому времени)"),
        ["where"] = ("Vieta: {0}", "Where: {0}", "Место: {0}"),
        ["facilitator"] = ("Vada: {0}", "Led by: {0}", "Ведёт: {0}"),
        ["kind.SupportGroup"] = ("atbalsta grupa", "support group", "группа поддержки"),
        ["kind.Leisure"] = ("brīvā laika pasākums", "leisure activity", "досуговое мероприятие"),
        ["kind.TrainingSession"] = ("apmācība", "training session", "обучение"),
        ["kind.FamilyDay"] = ("ģimenes diena", "family day", "семейный день"),
    };

    /// <summary>
    /// The mail a change owes: <paramref name="before"/> is the activity as fetched (null when just planned),
    /// <paramref name="after"/> after the change; <paramref name="mentors"/> the invited mentors as the mail addresses them.
    /// </summary>
    public static IReadOnlyList<OutgoingMessage> For(GroupActivity? before, GroupActivity after, IReadOnlyDictionary<Guid, Recipient> mentors, string ngo,
        string organiser)
    {
        Recipient? To(ActivityInvitee i) => i.Kind == InviteeKind.Mentor && mentors.TryGetValue(i.Id, out var r) ? r : null;
        if (before is null) return [];
        if (after.Status == ActivityStatus.Cancelled && before.Status != ActivityStatus.Cancelled)
            return before.Invitees.Where(i => i.HoldsPlace).Select(To).OfType<Recipient>().Select(r => Message(after, r, "cancel", ngo, organiser)).ToList();
        if (after.Sequence != before.Sequence)
            return after.Invitees.Where(i => i.HoldsPlace).Select(To).OfType<Recipient>().Select(r => Message(after, r, "update", ngo, organiser)).ToList();
        // Newly invited: not holding a place before, holding one now; taken back: holding one before, withdrawn now.
        var invited = after.Invitees.Where(i => i.HoldsPlace && before.Invitee(i.Id) is not { HoldsPlace: true }).Select(To).OfType<Recipient>()
            .Select(r => Message(after, r, "invite", ngo, organiser));
        var withdrawn = after.Invitees.Where(i => i.Answer == InvitationAnswer.Withdrawn && before.Invitee(i.Id) is { HoldsPlace: true }).Select(To)
            .OfType<Recipient>().Select(r => Message(after, r, "withdraw", ngo, organiser));
        return [.. invited, .. withdrawn];
    }

    private static OutgoingMessage Message(GroupActivity a, Recipient r, string kind, string ngo, string organiser)
    {
        var l = r.Language;
        var from = Local(a.StartsAt);
        var to = RigaCalendar.ToRiga(a.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture);
        var kindName = T(l, "kind." + a.Kind);
        var lines = kind == "cancel" ? new List<string> { T(l, "cancel.body", ngo, a.Title, from) }
            : kind == "withdraw" ? new List<string> { T(l, "withdraw.body", ngo, a.Title, from) }
            : new List<string> { T(l, kind + ".body", ngo, a.Title, kindName), T(l, "when", from, to), T(l, "where", a.Place), T(l, "facilitator", a.Facilitator.Name) };
        // A withdrawn invitation removes the entry from that mentor's calendar only: a CANCEL to them alone.
        var method = kind is "cancel" or "withdraw" ? "CANCEL" : "REQUEST";
        var entry = new CalendarEntry.Entry($"{a.Id:N}@mentoring", a.Sequence, a.Title, a.Place, a.StartsAt, a.EndsAt, a.LastChangedAt);
        return new OutgoingMessage(Key(a, r, kind), NotificationKind.GroupActivityInvitation, r.Email, l, T(l, kind + ".subject", a.Title, from),
            Texts.Get(l, "greeting", r.Name) + "\n\n" + string.Join("\n", lines) + "\n", RecipientUserId: r.UserId,
            Attachments: [CalendarEntry.Attachment(entry, method, r.Email, r.Name, organiser, ngo)]) { Mentions = [r.MentorId] };
    }

    /// <summary>One message per mentor and change (the change's time tells a second invitation after a decline from the first).</summary>
    private static string Key(GroupActivity a, Recipient r, string kind) =>
        $"activity:{a.Id}:{a.Sequence}:{kind}:{r.MentorId}:{a.LastChangedAt.UtcTicks}";

    private static string Local(DateTimeOffset instant) => RigaCalendar.ToRiga(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string T(Language language, string key, params object[] args) => Texts.Render(Catalog, language, key, args);
}
