using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mentoring.Domain.Messages;

namespace Mentoring.Jobs.Messages;

/// <summary>
/// The one iCalendar entry the product mails (RFC 5546): METHOD REQUEST or CANCEL, a stable UID per thing planned and
/// SEQUENCE one more with each change, so that the recipient's calendar adds, moves or removes the same entry. Times in
/// UTC (every calendar shows them in its own zone); the recipient is the one attendee; no RSVP is asked, since the
/// organiser's address is the product's sending address, which reads no replies.
/// </summary>
public static class CalendarEntry
{
    public sealed record Entry(string Uid, int Sequence, string Summary, string Location, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset Stamp);

    public static MailAttachment Attachment(Entry e, string method, string attendeeEmail, string attendeeName, string organiser, string organiserName)
    {
        var calendar = new Ical.Net.Calendar { Method = method };
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Riga");
        var entry = new CalendarEvent
        {
            Uid = e.Uid,
            Sequence = e.Sequence,
            Summary = e.Summary,
            Location = e.Location,
            DtStart = new CalDateTime(e.StartsAt.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(e.EndsAt.UtcDateTime, "UTC"),
            DtStamp = new CalDateTime(e.Stamp.UtcDateTime, "UTC"),
            Status = method == "CANCEL" ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{Address(organiser)}") { CommonName = organiserName },
        };
        entry.Attendees.Add(new Attendee($"mailto:{attendeeEmail}") { CommonName = attendeeName, Role = "REQ-PARTICIPANT", Rsvp = false });
        calendar.Events.Add(entry);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new MailAttachment("invite.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The address part of "Name &lt;address&gt;".</summary>
    private static string Address(string mailbox) => MimeKit.MailboxAddress.TryParse(mailbox, out var parsed) ? parsed.Address : mailbox;
}
