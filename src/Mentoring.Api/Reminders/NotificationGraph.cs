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

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind> { public NotificationKindType() => Name = "NotificationKind"; }

public enum NotificationChannel { Email, None }
public sealed class NotificationChannelType : EnumerationGraphType<NotificationChannel> { public NotificationChannelType() => Name = "NotificationChannel"; }

/// <summary>WAITING: not tried yet; FAILING: tried and still tried; DEAD_LETTERED: refused for good too often, waits for an admin; SENT; CANCELLED.</summary>
public enum NotificationStatus { Waiting, Failing, DeadLettered, Sent, Cancelled }
public sealed class NotificationStatusType : EnumerationGraphType<NotificationStatus> { public NotificationStatusType() => Name = "NotificationStatus"; }

/// <summary>What the outbox recorded: to whom, what about, and whether it went. Never the body (it may name people).</summary>
public sealed class NotificationType : ObjectGraphType<OutboxMessage>
{
    public NotificationType()
    {
        Name = "Notification";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<NotificationKindType>));
        Field(x => x.To).Description("The recipient's e-mail address.");
        Field(x => x.RecipientUserId, type: typeof(IdGraphType));
        Field(x => x.Subject);
        Field(x => x.Language, type: typeof(NonNullGraphType<Users.LanguageType>));
        Field<NonNullGraphType<NotificationStatusType>>("status").Resolve(ctx => NotificationActions.StatusOf(ctx.Source));
        Field(x => x.Version).Description("Send as expectedVersion to retry or cancel it.");
        Field(x => x.QueuedAt);
        Field(x => x.NotBefore).Description("Not sent before this instant (quiet hours 21:00–08:00 Riga time).");
        Field(x => x.SentAt, nullable: true);
        Field(x => x.FailedAttempts);
        Field(x => x.LastFailure, nullable: true).Description("Why the last attempt failed: RECIPIENT_REFUSED, MESSAGE_REFUSED, INVALID_ADDRESS (permanent), SERVER_BUSY, SERVER_UNREACHABLE, OTHER.");
        Field(x => x.DeadLetteredAt, nullable: true);
        Field(x => x.CancelledAt, nullable: true);
    }
}

public sealed record NotificationPage(IReadOnlyList<OutboxMessage> Nodes, int TotalCount, string? EndCursor, bool HasNextPage);

public sealed class NotificationPageType : ObjectGraphType<NotificationPage>
{
    public NotificationPageType()
    {
        Name = "NotificationConnection";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>));
        Field(x => x.TotalCount);
        Field(x => x.EndCursor, nullable: true);
        Field(x => x.HasNextPage);
    }
}

public sealed record NotificationPreference(NotificationKind Kind, NotificationChannel Channel, bool CanSwitchOff);

public sealed class NotificationPreferenceType : ObjectGraphType<NotificationPreference>
{
    public NotificationPreferenceType()
    {
        Name = "NotificationPreference";
        this.ReadableBySignedIn();
        Field(x => x.Kind, type: typeof(NonNullGraphType<NotificationKindType>));
        Field(x => x.Channel, type: typeof(NonNullGraphType<NotificationChannelType>));
        Field(x => x.CanSwitchOff).Description("Account messages and safeguarding alerts cannot be switched off.");
    }
}

public sealed record PreferencesResult(IReadOnlyList<NotificationPreference> Preferences);

public sealed class NotificationPreferencesPayloadType : ObjectGraphType<Payload<PreferencesResult>>
{
    public NotificationPreferencesPayloadType()
    {
        Name = "NotificationPreferencesPayload";
        this.ReadableBySignedIn();
        Field<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>("preferences").Resolve(ctx => ctx.Source.Item?.Preferences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}

public static class NotificationGraph
{
    public const string CannotSwitchOff = "CANNOT_SWITCH_OFF";

    public static IReadOnlyList<NotificationPreference> PreferencesOf(UserAccount user) =>
        Enum.GetValues<NotificationKind>().Select(k => new NotificationPreference(k,
            user.Muted.Contains(k) ? NotificationChannel.None : NotificationChannel.Email, NotificationKinds.CanOptOut(k))).ToList();

    public static void AddNotificationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NotificationPageType>>("notifications")
            .Description("What was sent (or is waiting to be sent) to whom and when, newest first.")
            .Argument<NotificationKindType>("kind")
            .Argument<NotificationStatusType>("status", "Only messages in this state, e.g. DEAD_LETTERED for the ones waiting for an admin.")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 50).")
            .Argument<StringGraphType>("after")
            .RequireRoles(Role.Coordinator, Role.OrgAdmin)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var first = Math.Clamp(ctx.GetArgument("first", 50), 1, 100);
                var offset = Cursor.Decode("notifications", ctx.GetArgument<string?>("after"));
                var kind = ctx.GetArgument<NotificationKind?>("kind");
                var q = NotificationActions.InStatus(session.Query<OutboxMessage>().Where(m => kind == null || m.Kind == kind), ctx.GetArgument<NotificationStatus?>("status"));
                var total = await q.CountAsync(ctx.CancellationToken);
                var nodes = await q.OrderByDescending(m => m.QueuedAt).Skip(offset).Take(first).ToListAsync(ctx.CancellationToken);
                var end = offset + nodes.Count;
                return (object?)new NotificationPage(nodes, total, nodes.Count > 0 ? Cursor.Encode("notifications", end) : null, end < total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>>("myNotificationPreferences")
            .Description("For each kind of message: e-mail or none.")
            .RequireSignIn()
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
                (object?)(await session.LoadAsync<UserAccount>(Caller.From(http.HttpContext?.User)!.UserId, ctx.CancellationToken) is { } user
                    ? PreferencesOf(user) : Array.Empty<NotificationPreference>()));
    }

    public static void AddNotificationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<NotificationPreferencesPayloadType>>("setMyNotificationPreference")
            .Description("E-mail or none for one kind of message. Safeguarding alerts and account messages cannot be switched off (CANNOT_SWITCH_OFF).")
            .Argument<NonNullGraphType<NotificationKindType>>("kind")
            .Argument<NonNullGraphType<NotificationChannelType>>("channel")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var kind = ctx.GetArgument<NotificationKind>("kind");
                var channel = ctx.GetArgument<NotificationChannel>("channel");
                if (channel == NotificationChannel.None && !NotificationKinds.CanOptOut(kind))
                    return (object?)Payload<PreferencesResult>.Refused(CannotSwitchOff, "This kind of message cannot be switched off.", "kind");
                var user = await session.LoadAsync<UserAccount>(Caller.From(http.HttpContext?.User)!.UserId, ctx.CancellationToken);
                if (user is null) return Payload<PreferencesResult>.Refused(ErrorCodes.NotFound, "No such user.");
                var muted = channel == NotificationChannel.None ? user.Muted.Append(kind).Distinct().Order().ToList() : user.Muted.Where(k => k != kind).ToList();
                var updated = user with { Muted = muted };
                session.Update(updated);
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<PreferencesResult>.Ok(new PreferencesResult(PreferencesOf(updated)));
            });
}
