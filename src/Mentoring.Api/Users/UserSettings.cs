using Mentoring.Api.Audit;
using Mentoring.Domain.Audit;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Users;

public sealed class SetMyLanguagePayloadType : PayloadType<UserAccount, UserType>
{
    public SetMyLanguagePayloadType() : base("SetMyLanguagePayload", "user") { this.RequireSignInWithoutRole(); }
}

public sealed class ChangeUserRolesPayloadType : PayloadType<UserAccount, UserType>
{
    public ChangeUserRolesPayloadType() : base("ChangeUserRolesPayload", "user") { this.ReadableBy(Role.OrgAdmin); }
}

/// <summary>What a user changes about themselves, and what an admin changes about a member.</summary>
public static class UserSettings
{
    public static void AddUserSettingsMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetMyLanguagePayloadType>>("setMyLanguage")
            .Description("The signed-in user's language for the app and for messages sent to them.")
            .Argument<NonNullGraphType<LanguageType>>("language")
            // Also while a session holds no role (enrolling a second factor, a paused mentor): their pages speak their language too.
            .RequireSignInWithoutRole()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken);
                if (user is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such user.");
                var updated = user with { Language = ctx.GetArgument<Language>("language") };
                session.Update(updated);
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(updated);
            });

        mutation.Field<NonNullGraphType<ChangeUserRolesPayloadType>>("changeUserRoles")
            .Description("Replaces a member's roles (never your own upwards: SELF_GRANT). Their open sessions end, so the new roles apply at once; the organisation's admins are e-mailed.")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, session, store, http, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var roles = ctx.GetArgument<List<Role>>("roles");
                // The caller's tenant session: a member of another organisation is simply not found.
                var user = await session.LoadAsync<UserAccount>(ctx.GetArgument<Guid>("userId"), ctx.CancellationToken);
                if (user is null) return (object?)Payload<UserAccount>.Refused(ErrorCodes.NotFound, "No such user.", "userId");
                var organisation = (await store.OrganisationAsync(caller.OrganisationId, ctx.CancellationToken))!;
                if (AccountRules.RoleChange(user, roles, caller.UserId, organisation.Kind) is { Count: > 0 } errors)
                    return Payload<UserAccount>.Refused(errors);
                var updated = user with { Roles = roles.Distinct().Order().ToList(), SecurityStamp = Guid.NewGuid().ToString("N") };
                session.Update(updated);
                // In the same transaction: a permission change is never made without its record.
                session.Insert(AuditLog.Entry(caller, AuditAction.RolesChanged, "user", user.Id, AuditPurposes.Roles(updated.Roles), clock) with { Via = "changeUserRoles" });
                await RoleChanges.TellAdminsAsync(session, caller, updated, clock.GetUtcNow(), ctx.CancellationToken);
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(updated);
            });
    }
}
