using System.Net;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Jobs.Reminders;

/// <summary>One person's reminders for one day as one e-mail (text and HTML), in their language.</summary>
public static class DigestMail
{
    public static OutgoingMessage Render(Digest digest, UserAccount to)
    {
        var language = to.Language;
        var lines = digest.Items.Select(i => Line(language, i)).ToList();
        var day = digest.Day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var text = Mail.Body(language, to.DisplayName, Texts.Get(language, "digest.intro") + "\n" + string.Join("\n", lines.Select(l => "- " + l)),
            Texts.Get(language, "digest.outro"));
        var html = $"<p>{Enc(Texts.Get(language, "greeting", to.DisplayName))}</p><p>{Enc(Texts.Get(language, "digest.intro"))}</p><ul>"
                   + string.Concat(lines.Select(l => $"<li>{Enc(l)}</li>")) + $"</ul><p>{Enc(Texts.Get(language, "digest.outro"))}</p>";
        // Tagged with everyone its lines name and, for a mentor, the reader too: erasing any of them reaches this mail.
        return new OutgoingMessage(digest.Key, NotificationKind.ReminderDigest, to.Email, language, Texts.Get(language, "digest.subject", day), text, html,
            RecipientUserId: to.Id) { Mentions = [.. digest.About, .. to.MentorId is { } mentorId ? [mentorId] : Array.Empty<Guid>()] };
    }

    /// <summary>One reminder in the reader's language; a standard or need goal, a document or a refusal reason is named from its code here.</summary>
    private static string Line(Language language, ReminderItem item) => MonitoringMail.Owns(item.Text) ? MonitoringMail.Line(language, item) : item.Text switch
    {
        ReminderPlanner.GoalDeadlineStandard => Texts.Get(language, ReminderPlanner.GoalDeadline, item.Args[0], Texts.Get(language, $"goal.{item.Args[1]}"), item.Args[2]),
        ReminderPlanner.GoalDeadlineNeed => Texts.Get(language, ReminderPlanner.GoalDeadline, item.Args[0],
            Texts.Get(language, "goal.need", Texts.Get(language, $"need.{item.Args[1]}")), item.Args[2]),
        ReminderPlanner.DocumentsMissing => Texts.Get(language, item.Text, item.Args[0],
            string.Join(", ", item.Args[1].Split(',').Select(kind => Texts.Get(language, $"document.{kind}")))),
        ReminderPlanner.RefusalOpen => Texts.Get(language, item.Text, item.Args[0], Texts.Get(language, $"refusal.{item.Args[1]}"), item.Args[2]),
        _ => Texts.Get(language, item.Text, [.. item.Args]),
    };

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
