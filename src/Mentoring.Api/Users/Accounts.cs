using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Users;

public sealed record ChangePasswordInput
{
    public string CurrentPassword { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

public sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(x => x.CurrentPassword);
        Field(x => x.NewPassword).Description("At least 12 characters.");
    }
}

public sealed record ResetPasswordInput
{
    public string Token { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

public sealed class ResetPasswordInputType : InputObjectGraphType<ResetPasswordInput>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Field(x => x.Token).Description("From the link in the reset e-mail (after '#').");
        Field(x => x.NewPassword).Description("At least 12 characters.");
    }
}

/// <summary>An answer that says only whether the request was well-formed — never whether an account exists.</summary>
public sealed class AcknowledgedPayloadType : ObjectGraphType<Payload<object>>
{
    public AcknowledgedPayloadType()
    {
        Name = "AcknowledgedPayload";
        this.ReadableByAnyone();
        Field<NonNullGraphType<BooleanGraphType>>("ok").Resolve(ctx => ctx.Source.Errors.Count == 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>A member's account as their admin manages it.</summary>
public sealed class UserPayloadType : PayloadType<UserAccount, UserType>
{
    public UserPayloadType() : base("UserPayload", "user") { this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin); }
}

public sealed class MyAccountPayloadType : PayloadType<UserAccount, UserType>
{
    public MyAccountPayloadType() : base("MyAccountPayload", "user") { this.ReadableBySignedIn(); }
}

/// <summary>Passwords (change, reset by e-mail) and the account life an organisation's admin manages (deactivate, invitations).</summary>
public static class Accounts
{
    public static void AddAccountMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MyAccountPayloadType>>("changePassword")
            .Description("Changes your password (the current one is required). Your other sessions end; this one continues.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, IPasswordHasher<UserAccount>, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, hasher, clock, http) =>
            {
                var input = ctx.GetArgument<ChangePasswordInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken);
                if (user?.PasswordHash is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such account.");
                if (hasher.VerifyHashedPassword(user, user.PasswordHash, input.CurrentPassword ?? "") == PasswordVerificationResult.Failed)
                    return Payload<UserAccount>.Refused(ErrorCodes.InvalidCredentials, "The current password is wrong.", "currentPassword");
                if (SignInRules.PasswordProblem(input.NewPassword, user.Email) is { } problem)
                    return Payload<UserAccount>.Refused(ErrorCodes.WeakPassword, problem, "newPassword");
                var now = clock.GetUtcNow();
                var updated = user with { PasswordHash = hasher.HashPassword(user, input.NewPassword), SecurityStamp = NewStamp(), PasswordResetTokenHash = null };
                session.Update(updated);
                var current = UserSessions.SessionIdOf(http.HttpContext?.User);
                await UserSessions.EndAllAsync(session, user.Id, now, ctx.CancellationToken, except: current);
                await session.SaveChangesAsync(ctx.CancellationToken);
                // This session carries on under the new stamp; every other one ended above.
                if (current is { } id && await session.LoadAsync<UserSession>(id, ctx.CancellationToken) is { } live)
                    await UserSessions.SetCookieAsync(http.HttpContext!, updated with { TenantId = caller.TenantId }, live);
                return Payload<UserAccount>.Ok(updated);
            });

        mutation.Field<NonNullGraphType<AcknowledgedPayloadType>>("requestPasswordReset")
            .Description("E-mails a one-use link (valid one hour) to choose a new password. The answer is the same whether or not the address has an account.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor, SignInRateLimiter, JobsOptions>()
            .ResolveAsync(async (ctx, store, clock, http, limiter, jobs) =>
            {
                if (!await limiter.TryAcquireAsync(http.HttpContext!, ctx.CancellationToken))
                    return (object?)Payload<object>.Refused("RATE_LIMITED", "Too many requests from this address. Wait a few minutes and try again.");
                var email = ctx.GetArgument<string>("email");
                if (!Text.IsEmail(email?.Trim())) return Payload<object>.Refused(ErrorCodes.Validation, "Enter your e-mail address.", "email");
                await RequestResetAsync(store, clock, jobs.PublicUrl, Text.NormaliseEmail(email!), ctx.CancellationToken);
                return Payload<object>.Ok(true);
            });

        mutation.Field<NonNullGraphType<AcknowledgedPayloadType>>("resetPassword")
            .Description("Chooses a new password with the link's token; every session of the account ends. Refused with INVALID_RESET_TOKEN for an unknown, used or expired link.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, IPasswordHasher<UserAccount>, TimeProvider>()
            .ResolveAsync(async (ctx, store, hasher, clock) =>
                (object?)await ResetAsync(store, hasher, clock, ctx.GetArgument<ResetPasswordInput>("input"), ctx.CancellationToken));

        Manage(mutation, "deactivateUser", "A leaver: no sign-in, no token, no mail until reactivated; their sessions and tokens end at once.",
            AuditAction.UserDeactivated, (user, now) => user.DeactivatedAt is not null
                ? [new UserError("ALREADY_DEACTIVATED", "This account is already deactivated.", "userId")]
                : [], (user, now) => user with { DeactivatedAt = now, SecurityStamp = NewStamp() });
        Manage(mutation, "reactivateUser", "Lets a deactivated member sign in again (with their old password, or a reset).",
            AuditAction.UserReactivated, (user, now) => user.DeactivatedAt is null
                ? [new UserError("NOT_DEACTIVATED", "This account is active.", "userId")]
                : [], (user, now) => user with { DeactivatedAt = null, SecurityStamp = NewStamp() });

        mutation.Field<NonNullGraphType<UserPayloadType>>("resendInvitation")
            .Description("Sends a pending invitation again with a new link (the old one stops working), valid 14 days.")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, store, clock, http, jobs) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(ctx.GetArgument<Guid>("userId"), ctx.CancellationToken);
                if (user is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such user.", "userId");
                if (!user.IsPending) return Payload<UserAccount>.Refused(AccountRules.NotPending, "This person has already accepted the invitation.", "userId");
                var organisation = (await store.OrganisationAsync(caller.OrganisationId, ctx.CancellationToken))!;
                var reissued = Invitations.Stage(session, user with { TenantId = caller.TenantId }, organisation.Name, clock.GetUtcNow(), jobs.PublicUrl);
                session.Insert(AuditLog.Entry(caller, AuditAction.UserInvited, "user", user.Id, AuditPurposes.Resent, clock) with { Via = "resendInvitation" });
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(reissued);
            });

        mutation.Field<NonNullGraphType<UserPayloadType>>("revokeInvitation")
            .Description("Withdraws a pending invitation: the link stops working and the address is free to be invited again.")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(ctx.GetArgument<Guid>("userId"), ctx.CancellationToken);
                if (user is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such user.", "userId");
                if (!user.IsPending) return Payload<UserAccount>.Refused(AccountRules.NotPending, "This person has already accepted the invitation.", "userId");
                session.Delete(user);
                session.Insert(AuditLog.Entry(caller, AuditAction.InvitationRevoked, "user", user.Id, null, clock) with { Via = "revokeInvitation" });
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(user);
            });
    }

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Records a reset token (hashed) and its mail for an active account; does the same work for an unknown address up to
    /// the write, so neither the answer nor its timing says which it was.
    /// </summary>
    private static async Task RequestResetAsync(IDocumentStore store, TimeProvider clock, string publicUrl, string email, CancellationToken ct)
    {
        UserAccount? user;
        await using (var directory = store.QuerySession())
            user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Email == email, ct);
        var token = Secrets.New("rst_");
        var hash = Secrets.Hash(token);
        if (user is not { IsActive: true }) return;
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession(user.TenantId);
        var updated = user with { PasswordResetTokenHash = hash, PasswordResetExpiresAt = now + SignInRules.ResetValidity };
        session.Update(updated);
        Outbox.Stage(session, AccountMail.PasswordReset(updated, $"{publicUrl.TrimEnd('/')}/reset-password#{token}", hash), now);
        await session.SaveChangesAsync(ct);
    }

    private static async Task<Payload<object>> ResetAsync(IDocumentStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
        ResetPasswordInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = Secrets.Hash(input.Token ?? "");
        UserAccount? user;
        await using (var directory = store.QuerySession())
            user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.PasswordResetTokenHash == hash, ct);
        if (user is not { IsActive: true } || user.PasswordResetExpiresAt <= now)
            return Payload<object>.Refused(AccountRules.InvalidResetToken, "This link is unknown, used or expired. Ask for a new one.", "token");
        if (SignInRules.PasswordProblem(input.NewPassword, user.Email) is { } problem)
            return Payload<object>.Refused(ErrorCodes.WeakPassword, problem, "newPassword");
        await using var session = store.LightweightSession(user.TenantId);
        session.Update(user with
        {
            PasswordHash = hasher.HashPassword(user, input.NewPassword), PasswordResetTokenHash = null, PasswordResetExpiresAt = null, SecurityStamp = NewStamp(),
        });
        await UserSessions.EndAllAsync(session, user.Id, now, ct);
        await session.SaveChangesAsync(ct);
        return Payload<object>.Ok(true);
    }

    /// <summary>An admin's change to a member's account in the admin's own organisation, audited, ending the member's sessions and tokens.</summary>
    private static void Manage(ObjectGraphType mutation, string name, string description, AuditAction action,
        Func<UserAccount, DateTimeOffset, IReadOnlyList<UserError>> refuse, Func<UserAccount, DateTimeOffset, UserAccount> change) =>
        mutation.Field<NonNullGraphType<UserPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var now = clock.GetUtcNow();
                // The caller's tenant session: a member of another organisation is simply not found.
                var user = await session.LoadAsync<UserAccount>(ctx.GetArgument<Guid>("userId"), ctx.CancellationToken);
                if (user is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such user.", "userId");
                if (user.Id == caller.UserId) return Payload<UserAccount>.Refused(AccountRules.SelfGrant, "Ask another admin to change your own account.", "userId");
                if (refuse(user, now) is { Count: > 0 } errors) return Payload<UserAccount>.Refused(errors);
                var updated = change(user, now);
                session.Update(updated);
                await UserSessions.EndAllAsync(session, user.Id, now, ctx.CancellationToken);
                foreach (var token in await session.Query<ApiToken>().Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(ctx.CancellationToken))
                    session.Store(token with { RevokedAt = now });
                session.Insert(AuditLog.Entry(caller, action, "user", user.Id, null, clock) with { Via = name });
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(updated);
            });
}

/// <summary>Invitations go out by e-mail through the outbox; the link's secret is never shown to the inviter.</summary>
public static class Invitations
{
    /// <summary>Gives the pending account a new token and expiry and stages its e-mail; returns the updated account.</summary>
    public static UserAccount Stage(Marten.IDocumentSession session, UserAccount user, string organisationName, DateTimeOffset now, string publicUrl)
    {
        var token = Secrets.New("inv_");
        var issue = user.InvitationIssues + 1;
        var updated = user with { InvitationTokenHash = Secrets.Hash(token), InvitationExpiresAt = now + InviteUserDecider.InvitationValidity, InvitationIssues = issue };
        session.Store(updated);
        Outbox.Stage(session, AccountMail.UserInvitation(updated, organisationName, Link(publicUrl, token), issue), now);
        return updated;
    }

    /// <summary>The link as the mail writes it and the web's invitation page reads it.</summary>
    public static string Link(string publicUrl, string token) => $"{publicUrl.TrimEnd('/')}/invitation#{token}";
}
