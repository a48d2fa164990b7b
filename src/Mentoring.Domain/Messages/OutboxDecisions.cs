using Mentoring.Domain.Common;

namespace Mentoring.Domain.Messages;

/// <summary>Why an attempt failed, as codes a screen names in the reader's language.</summary>
public static class DeliveryFailures
{
    /// <summary>The server refused the recipient (5xx on RCPT: no such mailbox, mailbox disabled).</summary>
    public const string RecipientRefused = "RECIPIENT_REFUSED";
    /// <summary>The server refused the message itself or the sender (5xx).</summary>
    public const string MessageRefused = "MESSAGE_REFUSED";
    /// <summary>The address cannot be an e-mail address at all.</summary>
    public const string InvalidAddress = "INVALID_ADDRESS";
    /// <summary>The server answered "try later" (4xx).</summary>
    public const string ServerBusy = "SERVER_BUSY";
    /// <summary>No SMTP server answered (down, unreachable, connection dropped).</summary>
    public const string ServerUnreachable = "SERVER_UNREACHABLE";
    /// <summary>Anything else; treated as passing.</summary>
    public const string Other = "OTHER";
}

/// <summary>The outbox message's rules, pure: when a failure makes a dead letter, and what an admin may do with a message.</summary>
public static class OutboxDecisions
{
    /// <summary>Permanent refusals before a message stops being tried: one can be a server's passing mistake, three are not.</summary>
    public const int DeadLetterAfter = 3;

    public const string NotDeadLettered = "MESSAGE_NOT_DEAD_LETTERED";
    public const string AlreadySent = "MESSAGE_ALREADY_SENT";
    public const string AlreadyCancelled = "MESSAGE_CANCELLED";

    /// <summary>The events of one failed attempt: the failure, and the dead letter when it is the last permanent one allowed.</summary>
    public static IReadOnlyList<object> Failed(OutboxMessage message, string reason, bool permanent, DateTimeOffset now, int deadLetterAfter = DeadLetterAfter)
    {
        var failed = new MessageDeliveryFailed(message.Id, reason, now) { Permanent = permanent };
        return permanent && message.PermanentFailures + 1 >= deadLetterAfter ? [failed, new MessageDeadLettered(message.Id, reason, now)] : [failed];
    }

    public static Decision Retry(OutboxMessage? message, Guid by, DateTimeOffset now) => message switch
    {
        null => Decision.Reject(ErrorCodes.NotFound, "No message with this id in your organisation.", "id"),
        { CancelledAt: not null } => Decision.Reject(AlreadyCancelled, "The message was cancelled.", "id"),
        { DeadLetteredAt: null } => Decision.Reject(NotDeadLettered, "Only a message that stopped being tried can be retried; this one is still tried or was sent.", "id"),
        _ => Decision.Accept(new MessageRetried(message.Id, by, now) { Kind = message.Kind }),
    };

    public static Decision Cancel(OutboxMessage? message, Guid by, DateTimeOffset now) => message switch
    {
        null => Decision.Reject(ErrorCodes.NotFound, "No message with this id in your organisation.", "id"),
        { SentAt: not null } => Decision.Reject(AlreadySent, "The message was sent already.", "id"),
        { CancelledAt: not null } => Decision.Reject(AlreadyCancelled, "The message was cancelled already.", "id"),
        _ => Decision.Accept(new MessageCancelled(message.Id, by, now)),
    };

    /// <summary>The fold the write path uses (Marten's projection uses the message's own Create and Apply).</summary>
    public static OutboxMessage? Evolve(OutboxMessage? state, object e) => (state, e) switch
    {
        (null, MessageQueued q) => OutboxMessage.Create(q),
        (null, _) => null,
        (_, MessageSent x) => state.Apply(x),
        (_, MessageDeliveryFailed x) => state.Apply(x),
        (_, MessageDeadLettered x) => state.Apply(x),
        (_, MessageRetried x) => state.Apply(x),
        (_, MessageCancelled x) => state.Apply(x),
        _ => state,
    };
}
