using System.Globalization;
using Mentoring.Domain.Common;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// An inter-institutional meeting's mail: an invitation for each participant when it is scheduled, an update when it moves
/// (or a cancellation for a participant no longer invited), a cancellation when it is called off — each with an iCalendar
/// entry (RFC 5546: METHOD REQUEST or CANCEL, the meeting's id as UID, SEQUENCE one more with each change) so that the
/// participant's calendar adds, moves or removes the same entry. The person is named by initials only: the mail leaves the
/// NGO for other institutions' mailboxes, and the participants know whom the meeting is about.
/// </summary>
public static class MeetingMail
{
    private static readonly Dictionary<string, (string Lv, string En, string Ru)> Catalog = new()
    {
        ["invite.subject"] = ("Starpinstitūciju sanāksme {0}, {1}", "Inter-institutional meeting {0}, {1}", "Межведомственная встреча {0}, {1}"),
        ["update.subject"] = ("Mainīta: starpinstitūciju sanāksme {0}, {1}", "Changed: inter-institutional meeting {0}, {1}", "Изменено: межведомственная встреча {0}, {1}"),
        ["cancel.subject"] = ("Atcelta: starpinstitūciju sanāksme {0}", "Cancelled: inter-institutional meeting {0}", "Отменено: межведомственная встреча {0}"),
        ["invite.body"] = (
            "{0} aicina jūs uz starpinstitūciju sanāksmi, lai pirms atbrīvošanas kopā sagatavotu atbalsta plānu personai {1}.",
            "{0} invites you to an inter-institutional meeting to draw up, before release, the support plan of the person {1}.",
            "{0} приглашает вас на межведомственную встречу, чтобы до освобождения вместе составить план поддержки для человека {1}."),
        ["update.body"] = (
            "{0} ir mainījusi starpinstitūciju sanāksmi par personu {1}. Spēkā ir šis laiks un vieta.",
            "{0} has changed the inter-institutional meeting about the person {1}. This time and place now hold.",
            "{0} изменила межведомственную встречу о человеке {1}. Действуют это время и место."),
        ["cancel.body"] = (
            "{0} ir atcēlusi starpinstitūciju sanāksmi par personu {1}, kas bija paredzēta {2}.",
            "{0} has cancelled the inter-institutional meeting about the person {1} that was planned for {2}.",
            "{0} отменила межведомственную встречу о человеке {1}, назначенную на {2}."),
        ["uninvited.body"] = (
            "{0} jūs vairs neaicina uz starpinstitūciju sanāksmi par personu {1}, kas paredzēta {2}.",
            "{0} no longer invites you to the inter-institutional meeting about the person {1} planned for {2}.",
            "{0} больше не приглашает вас на межведомственную встречу о человеке {1}, назначенную на {2}."),
        ["when"] = ("Laiks: {0}–{1} (Rīgas laiks)", "When: {0}–{1} (Riga time)", "Время: {0}–{1} (по рижскому времени)"),
        ["where"] = ("Vieta: {0}", "Where: {0}", "Место: {0}"),
        ["prison"] = ("Ieslodzījuma vieta: {0}", "Prison: {0}", "Место заключения: {0}"),
        ["participants"] = ("Dalībnieki: {0}", "Participants: {0}", "Участники: {0}"),
        ["summary"] = ("Starpinstitūciju sanāksme: {0}", "Inter-institutional meeting: {0}", "Межведомственная встреча: {0}"),
    };

    /// <summary>The mail a change of the meeting owes: <paramref name="before"/> is the meeting as it was (null when just scheduled).</summary>
    public static IReadOnlyList<OutgoingMessage> For(InterInstitutionalMeeting? before, InterInstitutionalMeeting after, string personName, string ngoName,
        string prisonName, string organiserAddress)
    {
        var initials = ReminderPlanner.Initials(personName);
        if (after.Status == MeetingStatus.Cancelled)
            return after.Participants.Select(p => Cancellation(after, p, initials, ngoName, prisonName, organiserAddress, "cancel")).ToList();
        var messages = after.Participants
            .Select(p => Message(after, p, before is null ? "invite" : "update", initials, ngoName, prisonName, organiserAddress)).ToList();
        if (before is not null)
            messages.AddRange(before.Participants.Where(p => after.Participants.All(a => a.Id != p.Id))
                .Select(p => Cancellation(after, p, initials, ngoName, prisonName, organiserAddress, "uninvited")));
        return messages;
    }

    private static OutgoingMessage Message(InterInstitutionalMeeting m, MeetingParticipant p, string kind, string initials, string ngo, string prison, string organiser)
    {
        var l = p.Language;
        var (from, to) = (Local(m.StartsAt), RigaCalendar.ToRiga(m.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture));
        var lines = new List<string>
        {
            T(l, kind + ".body", ngo, initials), T(l, "when", from, to), T(l, "prison", prison),
        };
        if (m.Place is { } place) lines.Add(T(l, "where", place));
        lines.Add(T(l, "participants", string.Join(", ", m.Participants.Select(x => $"{x.Name} ({x.Organisation})"))));
        return new OutgoingMessage(Key(m, p), NotificationKind.MeetingInvitation, p.Email, l, T(l, kind + ".subject", from, prison),
            Texts.Get(l, "greeting", p.Name) + "\n\n" + string.Join("\n", lines) + "\n",
            Attachments: [Calendar(m, p, "REQUEST", initials, prison, organiser, ngo)]) { Mentions = [m.ClientId] };
    }

    private static OutgoingMessage Cancellation(InterInstitutionalMeeting m, MeetingParticipant p, string initials, string ngo, string prison, string organiser, string kind)
    {
        var l = p.Language;
        var from = Local(m.StartsAt);
        return new OutgoingMessage(Key(m, p), NotificationKind.MeetingInvitation, p.Email, l, T(l, "cancel.subject", from),
            Texts.Get(l, "greeting", p.Name) + "\n\n" + T(l, kind + ".body", ngo, initials, from) + "\n",
            Attachments: [Calendar(m, p, "CANCEL", initials, prison, organiser, ngo)]) { Mentions = [m.ClientId] };
    }

    /// <summary>One message per participant and change: a retry of the same change records nothing new.</summary>
    private static string Key(InterInstitutionalMeeting m, MeetingParticipant p) => $"stis:{m.Id}:{m.Sequence}:{p.Id}";

    /// <summary>The calendar entry (<see cref="CalendarEntry"/>): the meeting's id as UID, the participant as the one attendee.</summary>
    public static MailAttachment Calendar(InterInstitutionalMeeting m, MeetingParticipant p, string method, string initials, string prison, string organiser, string ngo) =>
        CalendarEntry.Attachment(new CalendarEntry.Entry($"{m.Id:N}@mentoring", m.Sequence, T(p.Language, "summary", initials), m.Place ?? prison,
            m.StartsAt, m.EndsAt, m.LastChangedAt), method, p.Email, p.Name, organiser, ngo);

    private static string Local(DateTimeOffset instant) => RigaCalendar.ToRiga(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string T(Language language, string key, params object[] args) => Texts.Render(Catalog, language, key, args);
}
