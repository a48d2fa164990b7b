using Marten;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// The API with its jobs engines in-process (Quartz clustered on the test schema, a Hangfire server) and a real SMTP
/// server. The sweep's own timer is far away: tests run it when they mean to.
/// </summary>
public class JobsFixture : ApiFixture
{
    public SmtpServer Smtp { get; } = new();
    protected virtual bool SmtpUpAtStart => true;

    public override async Task InitializeAsync()
    {
        if (SmtpUpAtStart) await Smtp.StartAsync();
        await base.InitializeAsync();
    }

    protected override IDictionary<string, string?> JobsSettings() => new Dictionary<string, string?>
    {
        ["Mentoring:Jobs:Mode"] = "InProcess",
        ["Mentoring:Jobs:SchedulerName"] = "mentoring-" + Schema, // one Quartz scheduler per test class in this process
        ["Mentoring:Jobs:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mentoring:Jobs:Smtp:Security"] = "None",
        ["Mentoring:Jobs:SweepSeconds"] = "86400",
        ["Mentoring:Jobs:HangfirePollSeconds"] = "0.2",
        ["Mentoring:Jobs:HangfireWorkers"] = "2",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    public Task<int> SweepAsync() => ActivatorUtilities.CreateInstance<OutboxSweep>(Services).RunAsync(default);

    /// <summary>The outbox message recorded under <paramref name="key"/>, read fresh.</summary>
    public async Task<OutboxMessage?> MessageAsync(string tenantId, string key)
    {
        await using var session = Store.QuerySession(tenantId);
        return await session.LoadAsync<OutboxMessage>(OutgoingMessage.IdOf(key));
    }

    /// <summary>Waits until the message was handed to the SMTP server and recorded as sent.</summary>
    public Task SentAsync(string tenantId, string key) =>
        Eventually.TrueAsync(async () => (await MessageAsync(tenantId, key))?.SentAt is not null, $"message {key} was not sent");
}

/// <summary>The same, with the SMTP server down until a test starts it.</summary>
public sealed class SmtpDownFixture : JobsFixture
{
    protected override bool SmtpUpAtStart => false;
}
