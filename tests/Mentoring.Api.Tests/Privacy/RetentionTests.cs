using Marten;
using Mentoring.Jobs.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>The public form's applications nobody confirmed (the other rules: <see cref="RetentionRulesTests"/>).</summary>
public sealed class RetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_application_nobody_confirmed_is_erased_once_its_link_expired_and_a_confirmed_one_is_kept()
    {
        using var anonymous = api.Client();
        var forged = $"forged-{Guid.NewGuid():N}@example.lv";
        var real = $"real-{Guid.NewGuid():N}@example.lv";
        foreach (var email in new[] { forged, real })
            Assert.Empty((await anonymous.PostAsync(Mentors.MentorApi.Submit, Mentors.MentorApi.Application(api.NgoA.Id, email))).UserErrors("submitMentorApplication"));
        var token = await Mentors.MentorApi.ConfirmationTokenForAsync(api, api.NgoA.Id, real);
        Assert.Empty((await anonymous.PostAsync("mutation($t: String!) { confirmMentorApplication(token: $t) { errors { code field } } }", new { t = token }))
            .UserErrors("confirmMentorApplication"));

        var job = ActivatorUtilities.CreateInstance<RetentionJob>(api.Services);
        Assert.Equal(0, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default)); // still within 48 hours
        api.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Equal(1, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default));
        Assert.Equal(0, await job.EraseUnconfirmedApplicationsAsync(api.Clock.GetUtcNow(), default));

        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        var profiles = await session.Events.QueryRawEventDataOnly<Domain.Mentors.MentorApplicationAwaitingConfirmation>().Select(e => e.Profile.Email).ToListAsync();
        Assert.DoesNotContain(forged, profiles);
        Assert.Contains(real, profiles);
    }
}
