using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

public sealed class ThrottledApiFixture : ApiFixture
{
    protected override int ApplicationsPerHour => 3;
    protected override int SignInAttempts => 3;
}

public sealed class RateLimitTests(ThrottledApiFixture api) : IClassFixture<ThrottledApiFixture>
{
    [Fact]
    public async Task The_public_form_is_rate_limited_per_address_and_a_refused_attempt_writes_nothing()
    {
        using var anonymous = api.Client();
        for (var i = 0; i < 3; i++)
            Assert.Empty((await anonymous.PostAsync(Submit, Application(api.NgoA.Id, $"burst-{i}@example.lv"))).UserErrors("submitMentorApplication"));
        var before = await api.CountWritesAsync();
        var refused = await anonymous.PostAsync(Submit, Application(api.NgoA.Id, "burst-4@example.lv"));
        Assert.Equal([("RATE_LIMITED", null)], refused.UserErrors("submitMentorApplication"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_even_with_the_right_password()
    {
        using var anonymous = api.Client();
        for (var i = 0; i < 3; i++)
            Assert.Contains(("INVALID_CREDENTIALS", null), (await anonymous.LoginAsync($"nobody{i}@example.lv", "wrong-password-1")).UserErrors("login"));
        var refused = await anonymous.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password);
        Assert.Equal([("RATE_LIMITED", null)], refused.UserErrors("login"));
    }
}
