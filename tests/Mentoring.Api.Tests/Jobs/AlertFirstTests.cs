using Mentoring.Domain.Messages;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>With SMTP down, a safeguarding alert is handed over again after a minute, not ten, and ahead of everything else.</summary>
public sealed class AlertFirstTests(SmtpDownFixture api) : IClassFixture<SmtpDownFixture>
{
    [Fact]
    public async Task An_alert_that_could_not_go_is_swept_after_a_minute_and_first()
    {
        var now = api.Clock.GetUtcNow();
        var account = new OutgoingMessage($"alert-first:{Guid.NewGuid()}", NotificationKind.Account, "someone@example.lv", Language.Lv, "Konts", "…");
        var alert = new OutgoingMessage($"alert-first:{Guid.NewGuid()}", NotificationKind.SafeguardingAlert, "coordinator@example.lv", Language.Lv, "Steidzami", "…");
        // The ordinary message is older: by time alone it would go first.
        Assert.True(await Outbox.RecordAsync(api.Store, api.NgoA.TenantId, account, now, default));
        api.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(await Outbox.RecordAsync(api.Store, api.NgoA.TenantId, alert, api.Clock.GetUtcNow(), default));
        foreach (var key in new[] { account.Key, alert.Key })
            await Eventually.TrueAsync(async () => (await api.MessageAsync(api.NgoA.TenantId, key))?.FailedAttempts >= 1, $"no attempt at {key}");
        Assert.Equal(DeliveryFailures.ServerUnreachable, (await api.MessageAsync(api.NgoA.TenantId, alert.Key))!.LastFailure);

        api.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal([alert.MessageId], await api.SweptAsync());

        api.Clock.Advance(TimeSpan.FromMinutes(10));
        var swept = await api.SweptAsync();
        Assert.Equal(alert.MessageId, swept[0]);
        Assert.Contains(account.MessageId, swept);
    }
}
