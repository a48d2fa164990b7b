using System.Text;
using Mentoring.Domain.Activities;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;

namespace Mentoring.Jobs.Tests.Messages;

/// <summary>Who a change of a group activity writes to, in which language, and the calendar entry each mail carries.</summary>
public sealed class ActivityMailTests
{
    private static readonly DateTimeOffset Planned = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), Planned, new DateOnly(2026, 11, 20));
    private static readonly Guid Going = Guid.NewGuid(), Declined = Guid.NewGuid(), Client = Guid.NewGuid();

    private static readonly Dictionary<Guid, ActivityMail.Recipient> Mentors = new()
    {
        [Going] = new(Going, "Pēteris Kalniņš", "peteris@example.lv", Language.Lv, Guid.NewGuid()),
        [Declined] = new(Declined, "Olga Ivanova", "olga@example.lv", Language.Ru, null),
    };

    private static GroupActivity Apply(GroupActivity? a, params object[] events) => events.Aggregate(a, ActivityDecider.Evolve)!;

    /// <summary>18:00–20:00 Riga time on 30 November; both mentors and a client invited; Olga has declined.</summary>
    private static GroupActivity Invited()
    {
        var id = Guid.NewGuid();
        return Apply(null,
            new GroupActivityPlanned(id, ActivityKind.FamilyDay, "Ģimenes diena", new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero),
                "Mežaparks", 20, new Facilitator(null, "Dr. Anna Liepa"), Coordinator.By, Planned),
            new InvitedToGroupActivity(id, [Going, Declined], [Client], Coordinator.By, Planned),
            new GroupActivityInvitationAnswered(id, Declined, false, Declined, Planned.AddHours(1)));
    }

    private static string Ics(Domain.Messages.OutgoingMessage m) =>
        Encoding.UTF8.GetString(Assert.Single(m.Attachments!).Content).Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public void Newly_invited_mentors_get_an_invitation_in_their_language_and_clients_none()
    {
        var id = Guid.NewGuid();
        var planned = Apply(null, new GroupActivityPlanned(id, ActivityKind.SupportGroup, "Atbalsta grupa", new(2026, 11, 30, 16, 0, 0, TimeSpan.Zero),
            new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero), "Rīga", 5, new Facilitator(null, "Dr. Anna Liepa"), Coordinator.By, Planned));
        Assert.Empty(ActivityMail.For(null, planned, Mentors, "Biedrība", "noreply@mentoring.example"));
        var invited = Apply(planned, new InvitedToGroupActivity(id, [Declined], [Client], Coordinator.By, Planned));
        var mail = Assert.Single(ActivityMail.For(planned, invited, Mentors, "Biedrība", "Mentoring <noreply@mentoring.example>"));
        Assert.Equal(("olga@example.lv", "Приглашение: Atbalsta grupa, 30.11.2026 18:00"), (mail.To, mail.Subject));
        Assert.Contains("Ведёт: Dr. Anna Liepa", mail.TextBody, StringComparison.Ordinal);
        var ics = Ics(mail);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{id:N}@mentoring", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261130T160000Z", ics, StringComparison.Ordinal);
        Assert.Contains(":mailto:noreply@mentoring.example", ics, StringComparison.Ordinal); // the address out of "Name <address>"
        Assert.Contains("ATTENDEE;CN=Olga Ivanova;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:olga@example.lv", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_updates_those_holding_a_place_and_a_cancellation_removes_their_entry()
    {
        var a = Invited();
        var moved = Apply(a, new GroupActivityMoved(a.Id, a.StartsAt.AddHours(1), a.EndsAt.AddHours(1), "Mežaparks", 20, Coordinator.By, Planned.AddDays(1)));
        var update = Assert.Single(ActivityMail.For(a, moved, Mentors, "Biedrība", "noreply@mentoring.example")); // Olga declined: nothing for her
        Assert.Equal(("peteris@example.lv", "Mainīts: Ģimenes diena, 30.11.2026 19:00"), (update.To, update.Subject));
        Assert.Contains("SEQUENCE:1", Ics(update), StringComparison.Ordinal);

        var cancelled = Apply(moved, new GroupActivityCancelled(a.Id, "Lietus", Coordinator.By, Planned.AddDays(2)));
        var cancellation = Assert.Single(ActivityMail.For(moved, cancelled, Mentors, "Biedrība", "noreply@mentoring.example"));
        var ics = Ics(cancellation);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", ics, StringComparison.Ordinal);
        // Each change has its own key: a retry of one change records nothing new, the next change a new message.
        Assert.NotEqual(update.Key, cancellation.Key);
    }

    [Fact]
    public void A_new_facilitator_updates_the_entries_of_those_holding_a_place_and_names_them()
    {
        var a = Invited();
        var changed = Apply(a, new GroupActivityDetailsChanged(a.Id, "Ģimenes diena Mežaparkā", new Facilitator(Guid.NewGuid(), "Ilze Koordinatore"), Coordinator.By, Planned.AddDays(1)));
        var update = Assert.Single(ActivityMail.For(a, changed, Mentors, "Biedrība", "noreply@mentoring.example")); // Olga declined
        Assert.Equal(("peteris@example.lv", "Mainīts: Ģimenes diena Mežaparkā, 30.11.2026 18:00"), (update.To, update.Subject));
        Assert.Contains("Vada: Ilze Koordinatore", update.TextBody, StringComparison.Ordinal);
        var ics = Ics(update);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Ģimenes diena Mežaparkā", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_taken_back_removes_the_entry_from_that_mentors_calendar_only()
    {
        var a = Invited();
        var withdrawn = Apply(a, new GroupActivityInvitationWithdrawn(a.Id, Going, ActivityDecider.RemovedReason, Coordinator.By, Planned.AddDays(1)));
        var mail = Assert.Single(ActivityMail.For(a, withdrawn, Mentors, "Biedrība", "noreply@mentoring.example"));
        Assert.Equal(("peteris@example.lv", "Ielūgums atsaukts: Ģimenes diena, 30.11.2026 18:00"), (mail.To, mail.Subject));
        Assert.Contains("Biedrība ir atsaukusi jūsu ielūgumu uz grupas nodarbību \"Ģimenes diena\" (30.11.2026 18:00).", mail.TextBody, StringComparison.Ordinal);
        var ics = Ics(mail);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE;CN=Pēteris Kalniņš", ics, StringComparison.Ordinal);
        // Olga declined (her entry was never kept) and the client has no e-mail: taking theirs back writes to nobody.
        Assert.Empty(ActivityMail.For(withdrawn, Apply(withdrawn,
            new GroupActivityInvitationWithdrawn(a.Id, Declined, ActivityDecider.RemovedReason, Coordinator.By, Planned.AddDays(1)),
            new GroupActivityInvitationWithdrawn(a.Id, Client, ActivityDecider.RemovedReason, Coordinator.By, Planned.AddDays(1))), Mentors, "Biedrība", "noreply@mentoring.example"));
    }

    [Fact]
    public void Answers_and_attendance_write_to_nobody()
    {
        var a = Invited();
        Assert.Empty(ActivityMail.For(a, Apply(a, new GroupActivityInvitationAnswered(a.Id, Going, true, Going, Planned.AddHours(2))), Mentors, "B", "n@x.example"));
        Assert.Empty(ActivityMail.For(a, Apply(a, new GroupActivityAttendanceRecorded(a.Id, [new(Going, true)], Coordinator.By, Planned.AddDays(11))), Mentors, "B", "n@x.example"));
        Assert.Empty(ActivityMail.For(a, Apply(a, new GroupActivityInvitationWithdrawn(a.Id, Client, ActivityDecider.ConsentWithdrawnReason, Coordinator.By, Planned)), Mentors, "B", "n@x.example"));
    }
}
