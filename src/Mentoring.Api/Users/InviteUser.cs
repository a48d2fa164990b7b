using GraphQL;
using GraphQL.Types;
using Marten;
using JasperFx;
using Marten.Exceptions;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Users;

public sealed record InviteUserInput
{
    public Guid? OrganisationId { get; init; }
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public Language Language { get; init; } = Language.Lv;
}

/// <summary>The invited account; its link went to the person by e-mail and is never shown to the inviter.</summary>
public sealed record Invitation(UserAccount User, DateTimeOffset ExpiresAt);

public sealed class InviteUserInputType : InputObjectGraphType<InviteUserInput>
{
    public InviteUserInputType()
    {
        Name = "InviteUserInput";
        Field(x => x.OrganisationId, type: typeof(IdGraphType)).Description("Platform admins only; others invite into their own organisation.");
        Field(x => x.Email);
        Field(x => x.DisplayName);
        Field(x => x.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>));
        Field(x => x.Language, type: typeof(LanguageType));
    }
}

public sealed class InvitationType : ObjectGraphType<Invitation>
{
    public InvitationType()
    {
        Name = "Invitation";
        this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator);
        Field(x => x.User, type: typeof(NonNullGraphType<UserType>));
        Field(x => x.ExpiresAt).Description("The e-mailed link works until then; resendInvitation sends a new one.");
    }
}

public sealed class InviteUserPayloadType : PayloadType<Invitation, InvitationType>
{
    public InviteUserPayloadType() : base("InviteUserPayload", "invitation") { this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin); }
}

public static class InviteUserMutation
{
    /// <summary>
    /// Creates the account with its roles and e-mails the invitation (through the outbox, in the same transaction as
    /// the account and the audit record); the organisation's admins are told of the roles granted. An address held
    /// only by an invitation nobody accepted in time is invited afresh.
    /// </summary>
    public static async Task<Payload<Invitation>> Handle(InviteUserInput input, Caller caller, IDocumentStore store, TimeProvider clock, string publicUrl,
        CancellationToken ct)
    {
        var orgId = input.OrganisationId ?? caller.OrganisationId;
        // Another organisation's id is "not found" to everyone but platform admins: its existence is not disclosed.
        if (orgId != caller.OrganisationId && !caller.Has(Role.PlatformAdmin))
            return Payload<Invitation>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");
        if (!caller.Has(Role.PlatformAdmin) && !caller.Has(Role.OrgAdmin))
            return Payload<Invitation>.Refused(ErrorCodes.RoleNotAllowed, "Only organisation admins invite users.", "organisationId");

        var organisation = await store.OrganisationAsync(orgId, ct);
        if (organisation is null) return Payload<Invitation>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");
        var grantable = AccountRules.Grantable(caller.Roles, orgId == caller.OrganisationId, organisation.Kind);
        var withheld = input.Roles.Where(r => !grantable.Contains(r) && Roles.AllowedFor(organisation.Kind).Contains(r)).Distinct().ToList();
        if (withheld.Count > 0)
            return Payload<Invitation>.Refused([new UserError(ErrorCodes.RoleNotGrantable,
                $"Into another organisation you invite only its admin, who gives the other roles ({string.Join(", ", withheld)}).", "roles")
            { Params = [.. withheld.Select(r => MessageParam.Enum("roles", r))] }]);

        var now = clock.GetUtcNow();
        var email = Text.NormaliseEmail(input.Email);
        UserAccount? existing;
        await using (var directory = store.QuerySession())
            existing = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Email == email, ct);
        var replace = existing is not null && AccountRules.Replaceable(existing, now);

        var (user, errors) = InviteUserDecider.Decide(
            new InviteUser(Guid.CreateVersion7(), input.Email, input.DisplayName, input.Roles, input.Language, "", caller.UserId, now),
            organisation, existing is not null && !replace);
        if (user is null) return Payload<Invitation>.Refused(errors);

        if (replace)
        {
            // The dead invitation gives up its address; it may sit in another tenant.
            await using var cleanup = store.LightweightSession(existing!.TenantId);
            cleanup.Delete(existing);
            await cleanup.SaveChangesAsync(ct);
        }
        await using var session = store.LightweightSession(organisation.TenantId);
        var invited = Invitations.Stage(session, user with { TenantId = organisation.TenantId }, organisation.Name, now, publicUrl);
        // Granting roles is a permission change: recorded with the invitation, in the organisation's tenant, and told to its admins.
        session.Insert(Audit.AuditLog.Entry(caller, Domain.Audit.AuditAction.UserInvited, "user", user.Id, Domain.Audit.AuditPurposes.Roles(user.Roles), clock) with { Via = "inviteUser" });
        await RoleChanges.TellAdminsAsync(session, caller, invited, now, ct);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            return Payload<Invitation>.Refused(ErrorCodes.DuplicateUser, "A user with this e-mail already exists.", "email");
        }
        catch (MartenCommandException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return Payload<Invitation>.Refused(ErrorCodes.DuplicateUser, "A user with this e-mail already exists.", "email");
        }
        return Payload<Invitation>.Ok(new Invitation(invited, invited.InvitationExpiresAt!.Value));
    }
}

/// <summary>Every grant of roles is told, by e-mail, to the organisation's admins (the one who made it included).</summary>
public static class RoleChanges
{
    public static async Task TellAdminsAsync(Marten.IDocumentSession session, Caller caller, UserAccount member, DateTimeOffset now, CancellationToken ct)
    {
        var admins = (await session.Query<UserAccount>().ToListAsync(ct)).Where(u => u.IsActive && u.Roles.Contains(Role.OrgAdmin) && u.Id != member.Id).ToList();
        var by = (await session.LoadAsync<UserAccount>(caller.UserId, ct))?.DisplayName ?? "—";
        var changeId = Guid.CreateVersion7();
        foreach (var admin in admins)
            global::Mentoring.Jobs.Outbox.Outbox.Stage(session, global::Mentoring.Jobs.Messages.AccountMail.RolesChanged(admin, by, member, changeId), now);
    }
}
