using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Users;

/// <summary>Who may grant which roles, and what an account's life allows (pure rules; the handlers apply them).</summary>
public static class AccountRules
{
    public const string SelfGrant = "SELF_GRANT";
    public const string InvalidResetToken = "INVALID_RESET_TOKEN";
    public const string NotPending = "NOT_PENDING";

    /// <summary>
    /// An organisation's admin grants the roles its kind allows; a platform admin inviting into another organisation
    /// grants only that organisation's admin — case-reading roles are for the organisation itself to give.
    /// </summary>
    public static IReadOnlySet<Role> Grantable(IReadOnlySet<Role> callerRoles, bool intoOwnOrganisation, OrganisationKind kind) =>
        callerRoles.Contains(Role.PlatformAdmin) && !intoOwnOrganisation
            ? Roles.AllowedFor(kind).Where(r => r == Role.OrgAdmin).ToHashSet()
            : Roles.AllowedFor(kind);

    /// <summary>An invitation nobody accepted in time no longer holds on to its address.</summary>
    public static bool Replaceable(UserAccount existing, DateTimeOffset now) => existing.IsPending && existing.InvitationExpiresAt <= now;

    /// <summary>The errors that refuse giving <paramref name="target"/> these roles (empty: allowed).</summary>
    public static IReadOnlyList<UserError> RoleChange(UserAccount target, IReadOnlyList<Role> roles, Guid callerId, OrganisationKind kind)
    {
        var notAllowed = roles.Where(r => !Roles.AllowedFor(kind).Contains(r)).Distinct().ToList();
        var self = target.Id == callerId;
        return new Checks()
            .Require(roles.Count > 0, ErrorCodes.Validation, "Give the user at least one role.", "roles")
            .Require(notAllowed.Count == 0, ErrorCodes.RoleNotAllowed, $"Not for this organisation: {string.Join(", ", notAllowed)}.", "roles",
                [.. notAllowed.Select(r => MessageParam.Enum("roles", r))])
            // Nobody raises their own access: another admin has to.
            .Require(!self || roles.All(target.Roles.Contains), SelfGrant, "You cannot give yourself a role; ask another admin.", "roles")
            .Require(!self || roles.Contains(Role.OrgAdmin), ErrorCodes.Validation, "You cannot remove your own admin role; ask another admin.", "roles")
            .Errors;
    }
}
