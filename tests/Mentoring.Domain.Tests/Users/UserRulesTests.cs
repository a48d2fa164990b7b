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
    public void Failed_sign_ins_are_free_three_times_then_each_doubles_the_wait_up_to_five_minutes_and_an_hour_forgets_them()
    {
        SignInThrottle? t = null;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 12; i++)
        {
            t = SignInThrottling.Failed(t, "h", Now);
            waits.Add(t.NextAttemptAt is { } next ? next - Now : TimeSpan.Zero);
        }
        Assert.Equal([0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300], waits.Select(w => (int)w.TotalSeconds));
        Assert.True(SignInThrottling.Waiting(t, Now + TimeSpan.FromSeconds(299)));
        Assert.False(SignInThrottling.Waiting(t, Now + SignInThrottling.MaxDelay));
        Assert.Equal(1, SignInThrottling.Failed(t, "h", Now + SignInThrottling.Memory + TimeSpan.FromSeconds(1)).Failures);
    }

    [Fact]
    public void Nobody_grants_themselves_a_role_and_a_platform_admin_grants_only_an_organisations_admin()
    {
        var admin = InviteUserDecider.Decide(Invite(), Ngo, false).User! with { Roles = [Role.OrgAdmin] };
        Assert.Equal([AccountRules.SelfGrant], AccountRules.RoleChange(admin, [Role.OrgAdmin, Role.Coordinator], admin.Id, OrganisationKind.Ngo).Select(e => e.Code));
        Assert.Empty(AccountRules.RoleChange(admin, [Role.OrgAdmin, Role.Coordinator], Guid.NewGuid(), OrganisationKind.Ngo));
        Assert.Equal([Role.OrgAdmin], AccountRules.Grantable(new HashSet<Role> { Role.PlatformAdmin }, intoOwnOrganisation: false, OrganisationKind.Ngo));
        Assert.Contains(Role.Coordinator, AccountRules.Grantable(new HashSet<Role> { Role.OrgAdmin }, intoOwnOrganisation: true, OrganisationKind.Ngo));
    }


    [Theory]
    [InlineData("short", true)]
    [InlineData("aaaaaaaaaaaaaaaa", true)]
    [InlineData("anna-is-my-password", true)]
    [InlineData("correct horse battery", false)]
    public void Password_policy(string password, bool refused) =>
        Assert.Equal(refused, SignInRules.PasswordProblem(password, "anna@example.lv") is not null);
}
