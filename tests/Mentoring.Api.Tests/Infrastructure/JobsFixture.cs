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

    private const string Never = "0 0 0 1 1 ? 2099";

    protected override IDictionary<string, string?> JobsSettings() => new Dictionary<string, string?>
    {
        ["Mentoring:Jobs:Mode"] = "InProcess",
        ["Mentoring:Jobs:SchedulerName"] = "mentoring-" + Schema, // one Quartz scheduler per test class in this process
        ["Mentoring:Jobs:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mentoring:Jobs:Smtp:Security"] = "None",
        ["Mentoring:Jobs:SweepSeconds"] = "86400",
        // The tests run the scans themselves on the fake clock; Quartz's own schedules run on the wall clock and would
        // sometimes fire in the middle of a test (e.g. at a quarter past), so they are set to a year that never comes.
        ["Mentoring:Jobs:ReminderScanCron"] = Never,
        ["Mentoring:Jobs:OutcomeSummaryCron"] = Never,
        ["Mentoring:Jobs:RetentionCron"] = Never,
        ["Mentoring:Jobs:HangfirePollSeconds"] = "0.2",
        ["Mentoring:Jobs:HangfireWorkers"] = "2",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    public async Task<int> SweepAsync() => (await SweptAsync()).Count;

    /// <summary>Runs the sweep; the messages it handed over, in its order.</summary>
    public Task<IReadOnlyList<Guid>> SweptAsync() => ActivatorUtilities.CreateInstance<OutboxSweep>(Services).RunAsync(default);

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

/// <summary>
/// Two nodes on one database: the API (jobs in-process) and a `--worker` host built in this process, each with its own
/// Quartz scheduler and Hangfire server, sharing the fake clock, the schema and the SMTP server.
/// </summary>
public sealed class TwoNodeFixture : JobsFixture
{
    private Microsoft.Extensions.Hosting.IHost? _worker;
    public IServiceProvider Worker => _worker!.Services;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = new Dictionary<string, string?>(JobsSettings())
        {
            ["Mentoring:ConnectionString"] = ConnectionString,
            ["Mentoring:Schema"] = Schema,
            ["Mentoring:Daemon"] = "Disabled",
            ["Mentoring:Jobs:Erasure:RegisterDirectory"] = ErasureRegister,
            ["Mentoring:Jobs:SchedulerName"] = "mentoring-" + Schema + "-node2", // Quartz names are unique per process
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        _worker = Mentoring.Api.Hosting.JobsWorker.Build(["--worker"], b =>
        {
            Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(b.Configuration, settings);
            b.Services.AddSingleton<TimeProvider>(Clock);
        });
        await _worker.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
        }
        await base.DisposeAsync();
    }
}
