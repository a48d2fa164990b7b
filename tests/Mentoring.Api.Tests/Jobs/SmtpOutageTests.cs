using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>SMTP down: the message waits in the outbox (each failed attempt recorded); back up: delivered, once.</summary>
public sealed class SmtpOutageTests(SmtpDownFixture api) : IClassFixture<SmtpDownFixture>
{
    [Fact]
    public async Task A_message_recorded_while_smtp_is_down_is_delivered_once_when_it_is_back()
    {
        var email = $"down-{Guid.NewGuid():N}@example.lv";
        var mentorId = await ApplyAsync(api.Client(), api.NgoA.Id, email);
        var key = $"application-received:{mentorId}";

        // Hangfire tried and failed; the failure is recorded and the message is still owed.
        await Eventually.TrueAsync(async () => (await api.MessageAsync(api.NgoA.TenantId, key))?.FailedAttempts >= 1, "no failed attempt recorded");
        Assert.Null((await api.MessageAsync(api.NgoA.TenantId, key))!.SentAt);

        await api.Smtp.StartAsync();
        // Long after the outage (fake clock), the sweep hands the message over again; Hangfire's own retry may come too.
        api.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await api.SweepAsync() >= 1);
        await api.SentAsync(api.NgoA.TenantId, key);
        await api.Services.GetRequiredService<OutboxDelivery>().DeliverAsync(api.NgoA.TenantId, Mentoring.Domain.Messages.OutgoingMessage.IdOf(key), default);

        Assert.Single(api.Smtp.To(email));
        Assert.Equal(0, await api.SweepAsync()); // nothing is owed any more
    }
}
