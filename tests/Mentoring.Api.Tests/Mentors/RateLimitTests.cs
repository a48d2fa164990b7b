using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Mentors;

public sealed class ThrottledApiFixture : ApiFixture
{
    protected override int ApplicationsPerHour => 3;
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
}
