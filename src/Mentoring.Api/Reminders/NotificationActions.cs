using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Reminders;

public sealed class NotificationPayloadType : PayloadType<OutboxMessage, NotificationType>
{
    public NotificationPayloadType() : base("NotificationPayload", "notification") { this.ReadableBy(Role.OrgAdmin); }
}

/// <summary>
/// What an organisation's admin does with a message the mail server kept refusing (a dead letter): try it again (after
/// the address was corrected, or the server fixed) or cancel it; and cancel any message not yet sent.
/// </summary>
public static class NotificationActions
{
    public static NotificationStatus StatusOf(OutboxMessage m) => m switch
    {
        { SentAt: not null } => NotificationStatus.Sent,
        { CancelledAt: not null } => NotificationStatus.Cancelled,
        { DeadLetteredAt: not null } => NotificationStatus.DeadLettered,
        { FailedAttempts: > 0 } => NotificationStatus.Failing,
        _ => NotificationStatus.Waiting,
    };

    /// <summary>The same states as <see cref="StatusOf"/>, as a query filter.</summary>
    public static IQueryable<OutboxMessage> InStatus(IQueryable<OutboxMessage> q, NotificationStatus? status) => status switch
    {
        NotificationStatus.Sent => q.Where(m => m.SentAt != null),
        NotificationStatus.Cancelled => q.Where(m => m.SentAt == null && m.CancelledAt != null),
        NotificationStatus.DeadLettered => q.Where(m => m.SentAt == null && m.CancelledAt == null && m.DeadLetteredAt != null),
        NotificationStatus.Failing => q.Where(m => m.SentAt == null && m.CancelledAt == null && m.DeadLetteredAt == null && m.FailedAttempts > 0),
        NotificationStatus.Waiting => q.Where(m => m.SentAt == null && m.CancelledAt == null && m.DeadLetteredAt == null && m.FailedAttempts == 0),
        _ => q,
    };

    public static void AddNotificationActions(this ObjectGraphType mutation)
    {
        Action(mutation, "retryNotification", "Tries a dead letter again at once (it gets the usual number of refusals before it stops again).",
            OutboxDecisions.Retry);
        Action(mutation, "cancelNotification", "The message will not be sent: a dead letter no longer waits, a waiting one never goes.",
            OutboxDecisions.Cancel);
    }

    private static void Action(ObjectGraphType mutation, string name, string description, Func<OutboxMessage?, Guid, DateTimeOffset, Decision> decide) =>
        mutation.Field<NonNullGraphType<NotificationPayloadType>>(name)
            .Description(description + " Refused: NOT_FOUND, MESSAGE_NOT_DEAD_LETTERED, MESSAGE_ALREADY_SENT, MESSAGE_CANCELLED, CONCURRENCY_CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<LongGraphType>>("expectedVersion")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var written = await StreamWrites.Handle<OutboxMessage>(session, ctx.GetArgument<Guid>("id"), ctx.GetArgument<long>("expectedVersion"),
                    message => decide(message, caller.UserId, clock.GetUtcNow()), OutboxDecisions.Evolve, ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<OutboxMessage>.Ok(written.State!) : Payload<OutboxMessage>.Refused(written.Errors));
            });
}
