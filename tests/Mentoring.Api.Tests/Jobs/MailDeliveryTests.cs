using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>The outbox end to end: recorded with the write, handed to Hangfire after the commit, sent by MailKit to a real SMTP server.</summary>
public sealed class MailDeliveryTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    [Fact]
    public async Task Approval_invites_the_mentor_by_mail_with_a_working_link()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var email = $"en-{Guid.NewGuid():N}@example.lv";
        var response = await coordinator.PostAsync(Submit, Application(api.NgoA.Id, email, languages: ["en"]));
        var mentorId = Guid.Parse(response.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
        await VetFullyAsync(coordinator, mentorId);
        Assert.Empty((await ApproveAsync(coordinator, mentorId)).UserErrors("approveMentor"));

        await api.SentAsync(api.NgoA.TenantId, $"mentor-invitation:{mentorId}");
        var invitation = Assert.Single(api.Smtp.To(email), m => m.Subject!.Contains("approved", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(invitation.TextBody ?? "", "/invitation#(\\S+)").Groups[1].Value;
        var accepted = await api.Client().PostAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { errors { code } } }",
            new { i = new { token, password = "a-long-enough-passphrase" } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));
    }

    [Fact]
    public async Task Delivering_a_sent_message_again_sends_nothing()
    {
        var email = $"again-{Guid.NewGuid():N}@example.lv";
        var mentorId = await ApplyAsync(api.Client(), api.NgoA.Id, email);
        var key = $"application-received:{mentorId}";
        await api.SentAsync(api.NgoA.TenantId, key);

        // A Hangfire retry, the sweep and a second node all run the same job for the same message at once.
        var delivery = api.Services.GetRequiredService<OutboxDelivery>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => delivery.DeliverAsync(api.NgoA.TenantId, OutgoingMessageId(key), default)));
        Assert.Single(api.Smtp.To(email));
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_platform_admins_only()
    {
        using var admin = await api.SignedIn("platform", Role.PlatformAdmin);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.Http.GetAsync("/jobs")).StatusCode);
        using var orgAdmin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await orgAdmin.Http.GetAsync("/jobs")).StatusCode);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await api.Client().Http.GetAsync("/jobs")).StatusCode);
    }

    private static Guid OutgoingMessageId(string key) => Mentoring.Domain.Messages.OutgoingMessage.IdOf(key);
}
