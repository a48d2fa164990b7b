using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Users;

public sealed record AcceptInvitationInput
{
    public string Token { get; init; } = "";
    public string Password { get; init; } = "";
}

public sealed class AcceptInvitationInputType : InputObjectGraphType<AcceptInvitationInput>
{
    public AcceptInvitationInputType()
    {
        Name = "AcceptInvitationInput";
        Field(x => x.Token);
        Field(x => x.Password).Description("At least 12 characters.");
    }
}

public sealed class AcceptInvitationPayloadType : PayloadType<UserAccount, UserType>
{
    public AcceptInvitationPayloadType() : base("AcceptInvitationPayload", "user") { this.ReadableByAnyone(); }
}

public static class AcceptInvitation
{
    /// <summary>Sets the first password of an invited user; the caller is then signed in.</summary>
    public static async Task<Payload<UserAccount>> Handle(AcceptInvitationInput input, IDocumentStore store, IPasswordHasher<UserAccount> hasher,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = Secrets.Hash(input.Token ?? "");
        UserAccount? user;
        await using (var directory = store.QuerySession())
            user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.InvitationTokenHash == hash, ct);
        if (user is null || user.InvitationExpiresAt <= now)
            return Payload<UserAccount>.Refused(ErrorCodes.InvalidInvitation, "This invitation is unknown, used or expired. Ask for a new one.", "token");
        if (SignInRules.PasswordProblem(input.Password, user.Email) is { } problem)
            return Payload<UserAccount>.Refused(ErrorCodes.WeakPassword, problem, "password");

        var activated = user with
        {
            PasswordHash = hasher.HashPassword(user, input.Password),
            InvitationTokenHash = null,
            InvitationExpiresAt = null,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LastSignInAt = now,
        };
        await using var session = store.LightweightSession(user.TenantId);
        session.Update(activated);
        await session.SaveChangesAsync(ct);
        return Payload<UserAccount>.Ok(activated);
    }
}

public static class UserMutations
{
    public static void AddUserMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InviteUserPayloadType>>("inviteUser")
            .Description("Creates a user in an organisation with the given roles and e-mails them the invitation link (never shown here). " +
                         "A platform admin invites only an organisation's admin into another organisation.")
            .Argument<NonNullGraphType<InviteUserInputType>>("input")
            .RequireRoles(Role.PlatformAdmin, Role.OrgAdmin)
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor, global::Mentoring.Jobs.Hosting.JobsOptions>()
            .ResolveAsync(async (ctx, store, clock, http, jobs) => (object?)await InviteUserMutation.Handle(
                ctx.GetArgument<InviteUserInput>("input"), Caller.From(http.HttpContext?.User)!, store, clock, jobs.PublicUrl, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<AcceptInvitationPayloadType>>("acceptInvitation")
            .Description("The invited person chooses a password and is signed in.")
            .Argument<NonNullGraphType<AcceptInvitationInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, IPasswordHasher<UserAccount>, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, hasher, clock, http) =>
            {
                var payload = await AcceptInvitation.Handle(ctx.GetArgument<AcceptInvitationInput>("input"), store, hasher, clock, ctx.CancellationToken);
                if (payload.Item is { } user) await UserSessions.StartAsync(http.HttpContext!, user with { TenantId = user.TenantId }, ctx.CancellationToken);
                return (object?)payload;
            });
    }
}
