using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Users;

public sealed class SecondFactorRulesTests
{
    private static UserAccount Account(Role role, bool enrolled = false) => new()
    {
        Id = Guid.NewGuid(), Email = "x@example.lv", DisplayName = "X", OrganisationId = Guid.NewGuid(), Roles = [role],
        SecurityStamp = "s", InvitedBy = Guid.NewGuid(), CreatedAt = DateTimeOffset.UnixEpoch,
        SecondFactorEnabledAt = enrolled ? DateTimeOffset.UnixEpoch : null,
    };

    // Every role is listed here on purpose: a new role fails this test until someone decides whether the policy covers it.
    [Theory]
    [InlineData(Role.PlatformAdmin, true)]
    [InlineData(Role.OrgAdmin, true)]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.Auditor, true)]
    [InlineData(Role.Referrer, true)] // sends a person's release, needs and consent
    [InlineData(Role.SocialWorker, true)] // reads a handed-over case
    [InlineData(Role.Mentor, false)]
    [InlineData(Role.MunicipalityViewer, false)] // aggregates only
    public void The_policy_covers_the_roles_that_read_or_send_personal_data(Role role, bool covered)
    {
        var policy = new SecurityPolicy { RequireSecondFactor = true };
        Assert.Equal(covered, SecondFactorRules.RequiredFor(Account(role), policy));
        Assert.Equal(covered, SecondFactorRules.MustEnrol(Account(role), policy));
        Assert.False(SecondFactorRules.MustEnrol(Account(role, enrolled: true), policy));
        Assert.False(SecondFactorRules.RequiredFor(Account(role), SecurityPolicy.Default));
    }

    [Fact]
    public void Every_role_is_decided()
    {
        var decided = typeof(SecondFactorRulesTests).GetMethod(nameof(The_policy_covers_the_roles_that_read_or_send_personal_data))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(a => (Role)a.GetData(null!).First()[0]);
        Assert.Equal(Enum.GetValues<Role>().Order(), decided.Order());
    }
}
