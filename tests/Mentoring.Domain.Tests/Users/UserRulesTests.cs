using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Users;

public sealed class UserRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Organisation Ngo = new(Guid.NewGuid(), OrganisationKind.Ngo, "NGO", "ngo", null, null, Now);
    private static readonly Organisation Riga = new(Guid.NewGuid(), OrganisationKind.Municipality, "Rīga", "riga", "riga", null, Now);

    private static InviteUser Invite(string email = "Anna@Example.LV", string name = "Anna", params Role[] roles) =>
        new(Guid.NewGuid(), email, name, roles.Length == 0 ? [Role.Coordinator] : roles, Language.Lv, "hash", Guid.NewGuid(), Now);

    [Fact]
    public void Invitation_creates_an_inactive_account_with_a_normalised_email_and_expiry()
    {
        var (user, errors) = InviteUserDecider.Decide(Invite(), Ngo, emailTaken: false);
        Assert.Empty(errors);
        Assert.Equal("anna@example.lv", user!.Email);
        Assert.False(user.IsActive);
        Assert.Equal(Now + InviteUserDecider.InvitationValidity, user.InvitationExpiresAt);
    }

    [Fact]
    public void Roles_must_fit_the_kind_of_organisation()
    {
        Assert.Equal(ErrorCodes.RoleNotAllowed, InviteUserDecider.Decide(Invite(roles: Role.MunicipalityViewer), Ngo, false).Errors[0].Code);
        Assert.Equal(ErrorCodes.RoleNotAllowed, InviteUserDecider.Decide(Invite(roles: Role.Mentor), Riga, false).Errors[0].Code);
        Assert.Equal(ErrorCodes.RoleNotAllowed, InviteUserDecider.Decide(Invite(roles: Role.PlatformAdmin), Ngo, false).Errors[0].Code);
        Assert.Empty(InviteUserDecider.Decide(Invite(roles: Role.MunicipalityViewer), Riga, false).Errors);
    }

    [Fact]
    public void Bad_input_and_taken_email_are_reported_together()
    {
        var (user, errors) = InviteUserDecider.Decide(new InviteUser(Guid.NewGuid(), "not-mail", " ", [], Language.En, "h", Guid.NewGuid(), Now), Ngo, emailTaken: true);
        Assert.Null(user);
        Assert.Equal(["email", "displayName", "roles", "email"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Five_failures_in_a_row_lock_the_account_for_fifteen_minutes()
    {
        var user = InviteUserDecider.Decide(Invite(), Ngo, false).User!;
        for (var i = 0; i < SignInRules.MaxFailedAttempts - 1; i++)
        {
            user = SignInRules.Failed(user, Now);
            Assert.False(SignInRules.IsLockedOut(user, Now));
        }
        user = SignInRules.Failed(user, Now);
        Assert.True(SignInRules.IsLockedOut(user, Now));
        Assert.True(SignInRules.IsLockedOut(user, Now + SignInRules.LockoutDuration - TimeSpan.FromSeconds(1)));
        Assert.False(SignInRules.IsLockedOut(user, Now + SignInRules.LockoutDuration));
    }

    [Fact]
    public void A_success_resets_the_failure_count()
    {
        var user = SignInRules.Failed(SignInRules.Failed(InviteUserDecider.Decide(Invite(), Ngo, false).User!, Now), Now);
        user = SignInRules.Succeeded(user, Now);
        Assert.Equal(0, user.FailedSignIns);
        Assert.Equal(Now, user.LastSignInAt);
    }

    [Theory]
    [InlineData("short", true)]
    [InlineData("aaaaaaaaaaaaaaaa", true)]
    [InlineData("anna-is-my-password", true)]
    [InlineData("correct horse battery", false)]
    public void Password_policy(string password, bool refused) =>
        Assert.Equal(refused, SignInRules.PasswordProblem(password, "anna@example.lv") is not null);
}
