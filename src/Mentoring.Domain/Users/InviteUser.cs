using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Users;

public sealed record InviteUser(
    Guid UserId,
    string Email,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    Language Language,
    string InvitationTokenHash,
    Guid InvitedBy,
    DateTimeOffset Now);

public static class InviteUserDecider
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(14);

    /// <returns>The new account, or the errors that refuse it.</returns>
    public static (UserAccount? User, IReadOnlyList<UserError> Errors) Decide(InviteUser command, Organisation organisation, bool emailTaken)
    {
        var allowed = Roles.AllowedFor(organisation.Kind);
        var notAllowed = command.Roles.Where(r => !allowed.Contains(r)).Distinct().ToList();
        var checks = new Checks()
            .Require(Text.IsEmail(command.Email), ErrorCodes.Validation, "Enter a valid e-mail address.", "email")
            .Require(Text.HasLength(command.DisplayName, 2, 120), ErrorCodes.Validation, "Name must be 2 to 120 characters.", "displayName")
            .Require(command.Roles.Count > 0, ErrorCodes.Validation, "Give the user at least one role.", "roles")
            .Require(notAllowed.Count == 0, ErrorCodes.RoleNotAllowed,
                $"A member of a {organisation.Kind} organisation cannot have the role(s) {string.Join(", ", notAllowed)}.", "roles",
                [.. notAllowed.Select(r => MessageParam.Enum("roles", r))])
            .Require(!emailTaken, ErrorCodes.DuplicateUser, "A user with this e-mail already exists.", "email");
        if (checks.Failed) return (null, checks.Errors);

        return (new UserAccount
        {
            Id = command.UserId,
            Email = Text.NormaliseEmail(command.Email),
            DisplayName = command.DisplayName.Trim(),
            OrganisationId = organisation.Id,
            Roles = command.Roles.Distinct().Order().ToList(),
            Language = command.Language,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            InvitationTokenHash = command.InvitationTokenHash,
            InvitationExpiresAt = command.Now + InvitationValidity,
            InvitedBy = command.InvitedBy,
            CreatedAt = command.Now,
        }, []);
    }
}
