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

/// <summary>The invited account and the one-time secret that lets its owner choose a password.</summary>
public sealed record Invitation(UserAccount User, string Token, DateTimeOffset ExpiresAt);

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
        Field(x => x.Token).Description("Shown once: give it to the person (until e-mail delivery lands) to accept with acceptInvitation.");
        Field(x => x.ExpiresAt);
    }
}

public sealed class InviteUserPayloadType : PayloadType<Invitation, InvitationType>
{
    public InviteUserPayloadType() : base("InviteUserPayload", "invitation") { this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin); }
}

public static class InviteUserMutation
{
    public static async Task<Payload<Invitation>> Handle(InviteUserInput input, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var orgId = input.OrganisationId ?? caller.OrganisationId;
        // Another organisation's id is "not found" to everyone but platform admins: its existence is not disclosed.
        if (orgId != caller.OrganisationId && !caller.Has(Role.PlatformAdmin))
            return Payload<Invitation>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");
        if (!caller.Has(Role.PlatformAdmin) && !caller.Has(Role.OrgAdmin))
            return Payload<Invitation>.Refused(ErrorCodes.RoleNotAllowed, "Only organisation admins invite users.", "organisationId");

        var organisation = await store.OrganisationAsync(orgId, ct);
        if (organisation is null) return Payload<Invitation>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");

        var email = Text.NormaliseEmail(input.Email);
        bool taken;
        await using (var directory = store.QuerySession())
            taken = await directory.Query<UserAccount>().AnyAsync(u => u.AnyTenant() && u.Email == email, ct);

        var token = Secrets.New("inv_");
        var (user, errors) = InviteUserDecider.Decide(
            new InviteUser(Guid.CreateVersion7(), input.Email, input.DisplayName, input.Roles, input.Language, Secrets.Hash(token), caller.UserId, clock.GetUtcNow()),
            organisation, taken);
        if (user is null) return Payload<Invitation>.Refused(errors);

        await using var session = store.LightweightSession(organisation.TenantId);
        session.Insert(user);
        // Granting roles is a permission change: recorded with the invitation, in the organisation's tenant.
        session.Insert(Audit.AuditLog.Entry(caller, Domain.Audit.AuditAction.UserInvited, "user", user.Id, string.Join(", ", user.Roles), clock));
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
        return Payload<Invitation>.Ok(new Invitation(user with { TenantId = organisation.TenantId }, token, user.InvitationExpiresAt!.Value));
    }
}
