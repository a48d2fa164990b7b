using Marten.Schema;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Messages;

/// <summary>
/// What a message is about, which is also what a person can switch off. Account messages (confirmation, invitation)
/// and safeguarding alerts cannot be switched off: the first are asked for, the second protect someone.
/// </summary>
public enum NotificationKind
{
    Account, SafeguardingAlert, MatchProposal, CheckInReminder, Escalation, ReleaseReminder, GoalDeadline, VettingExpiry,
    ProposalUnanswered, OutcomeSummary,
    /// <summary>The first month's path: the social-assistance deadline, documents still missing, refusals not followed up.</summary>
    PathReminder,
    /// <summary>The daily digest of reminders; switching it off switches off every reminder.</summary>
    ReminderDigest,
    /// <summary>An inter-institutional meeting's invitation, update or cancellation, with its calendar entry.</summary>
    MeetingInvitation,
    /// <summary>A referral's status changed: to the prison or probation worker who sent it.</summary>
    ReferralUpdate,
    /// <summary>Staff check-ins due or overdue (coordinators' digest) and escalated to the NGO's admins.</summary>
    StaffCheckIn,
    /// <summary>A match-health milestone open (the mentor) or a falling rating (the coordinators).</summary>
    HealthCheck,
    /// <summary>A case handed over to a municipal social worker (no personal data in it: the app shows the case).</summary>
    CaseHandover,
    /// <summary>A case transfer between NGOs: offered (to the receiving NGO's coordinators), accepted or declined (to the sender).</summary>
    TransferUpdate,
    /// <summary>A group activity's invitation, update or cancellation to a mentor, with its calendar entry.</summary>
    GroupActivityInvitation,
    /// <summary>A mentor's supervision session due soon or lapsed: to the mentor and their supervisor.</summary>
    SupervisionReminder,
}

public static class NotificationKinds
{
    /// <summary>
    /// A meeting's invitation cannot be switched off either: most of its recipients are not users of the product, and an
    /// update that moves the meeting must reach the calendar that holds the first invitation (a group activity's likewise).
    /// </summary>
    public static bool CanOptOut(NotificationKind kind) => kind is not (NotificationKind.Account or NotificationKind.SafeguardingAlert or NotificationKind.MeetingInvitation
        or NotificationKind.GroupActivityInvitation);
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A message the product owes someone, recorded before anything tries to send it. The stream id comes from
/// <see cref="Key"/> (rule, subject, period), so recording it twice collides instead of sending twice.
/// </summary>
public sealed record MessageQueued(
    Guid MessageId, string Key, NotificationKind Kind, string TenantId, Guid? RecipientUserId, string To, Language Language,
    string Subject, string TextBody, string? HtmlBody, IReadOnlyList<MailAttachment> Attachments, DateTimeOffset NotBefore, DateTimeOffset At)
{
    /// <summary>
    /// The clients and mentors the message names or is about (its recipient too, when that is a mentor): erasing one of them
    /// finds the message by this and masks it, or cancels it while it is unsent. Ids only. Messages recorded before tags existed have none; erasure finds those by their recipient.
    /// </summary>
    public IReadOnlyList<Guid> Mentions { get; init; } = [];
}

/// <summary>The SMTP server accepted the message.</summary>
public sealed record MessageSent(Guid MessageId, DateTimeOffset At);

/// <summary>
/// An attempt failed; the message waits for the next one. The reason is a code (<see cref="DeliveryFailures"/>), never
/// content. <see cref="Permanent"/>: the server refused for good (5xx, a malformed address), so trying again the same
/// way will fail the same way; counted towards the dead letter.
/// </summary>
public sealed record MessageDeliveryFailed(Guid MessageId, string Reason, DateTimeOffset At)
{
    public bool Permanent { get; init; }
}

/// <summary>Refused for good too often (<see cref="OutboxDecisions.DeadLetterAfter"/>): no more attempts until an admin retries or cancels it.</summary>
public sealed record MessageDeadLettered(Guid MessageId, string Reason, DateTimeOffset At);

/// <summary>An admin asked for a dead letter to be tried again (after correcting the address, or once the server is fixed).</summary>
public sealed record MessageRetried(Guid MessageId, Guid By, DateTimeOffset At)
{
    /// <summary>The message's kind, so the hand-over puts a retried safeguarding alert in the alerts' queue again.</summary>
    public NotificationKind? Kind { get; init; }
}

/// <summary>An admin decided the message will not be sent.</summary>
public sealed record MessageCancelled(Guid MessageId, Guid By, DateTimeOffset At);

/// <summary>One outbox message folded from its stream (Marten inline snapshot).</summary>
public sealed record OutboxMessage(
    Guid Id, string Key, NotificationKind Kind, string OwnerTenant, Guid? RecipientUserId, string To, Language Language, string Subject,
    string TextBody, string? HtmlBody, IReadOnlyList<MailAttachment> Attachments, DateTimeOffset NotBefore, DateTimeOffset QueuedAt) : IVersioned
{
    /// <summary>The stream's version, read from the document's revision (Marten does not write it into this snapshot's JSON).</summary>
    [Version] public long Version { get; set; }
    public DateTimeOffset? SentAt { get; init; }
    public int FailedAttempts { get; init; }
    public DateTimeOffset? LastFailureAt { get; init; }
    public string? LastFailure { get; init; }
    /// <summary>Permanent refusals since it was queued or last retried.</summary>
    public int PermanentFailures { get; init; }
    public DateTimeOffset? DeadLetteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    /// <summary>The people the message names (<see cref="MessageQueued.Mentions"/>).</summary>
    public IReadOnlyList<Guid> Mentions { get; init; } = [];

    /// <summary>Still owed: not sent, not dead-lettered, not cancelled. Only these are attempted and swept.</summary>
    public bool Pending => SentAt is null && DeadLetteredAt is null && CancelledAt is null;

    public static OutboxMessage Create(MessageQueued e) => new(e.MessageId, e.Key, e.Kind, e.TenantId, e.RecipientUserId, e.To, e.Language,
        e.Subject, e.TextBody, e.HtmlBody, e.Attachments, e.NotBefore, e.At) { Mentions = e.Mentions };

    public OutboxMessage Apply(MessageSent e) => this with { SentAt = e.At };
    public OutboxMessage Apply(MessageDeliveryFailed e) => this with
    {
        FailedAttempts = FailedAttempts + 1, LastFailureAt = e.At, LastFailure = e.Reason, PermanentFailures = PermanentFailures + (e.Permanent ? 1 : 0),
    };
    public OutboxMessage Apply(MessageDeadLettered e) => this with { DeadLetteredAt = e.At, LastFailure = e.Reason };
    public OutboxMessage Apply(MessageRetried e) => this with { DeadLetteredAt = null, PermanentFailures = 0, NotBefore = e.At };
    public OutboxMessage Apply(MessageCancelled e) => this with { CancelledAt = e.At };
}

/// <summary>A message about to be recorded: who gets it, in which language, and what it says.</summary>
public sealed record OutgoingMessage(
    string Key, NotificationKind Kind, string To, Language Language, string Subject, string TextBody, string? HtmlBody = null,
    Guid? RecipientUserId = null, IReadOnlyList<MailAttachment>? Attachments = null, DateTimeOffset? NotBefore = null)
{
    /// <summary>The clients and mentors it names (<see cref="MessageQueued.Mentions"/>).</summary>
    public IReadOnlyList<Guid> Mentions { get; init; } = [];

    public Guid MessageId => IdOf(Key);

    public static Guid IdOf(string key) => DeterministicId.From("message", key);

    public MessageQueued Queued(string tenantId, DateTimeOffset now) => new(MessageId, Key, Kind, tenantId, RecipientUserId, To, Language,
        Subject, TextBody, HtmlBody, Attachments ?? [], NotBefore ?? now, now) { Mentions = [.. Mentions.Distinct()] };
}
