using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Jobs.Outbox;
using Mentoring.Jobs.Outcomes;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Mentoring.Jobs.Hosting;

/// <summary>
/// Quartz decides when (clustered ADO.NET job store in the product's PostgreSQL schema, tables prefixed qrtz_),
/// Hangfire does the work with retries (its own schema, "{schema}_hangfire"), MailKit sends. Every node records
/// messages and hands them to Hangfire; only nodes that run the engines (in-process or `--worker`) execute them.
/// </summary>
public static class JobsSetup
{
    public static JobsOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Mentoring:Jobs").Get<JobsOptions>() ?? new JobsOptions();
        // The closed-case period had a key of its own before the other retention rules: an installation that set it keeps it.
        if (configuration["Mentoring:Jobs:RetentionYears"] is { Length: > 0 } years && configuration["Mentoring:Jobs:Retention:ClosedCaseYears"] is null)
            options.Retention.ClosedCaseYears = int.Parse(years, System.Globalization.CultureInfo.InvariantCulture);
        return options;
    }

    public static string HangfireSchema(string schema) => schema + "_hangfire";

    /// <param name="runEngines">True in a worker process, and in the API when <see cref="JobsMode.InProcess"/>.</param>
    public static IServiceCollection AddMentoringJobs(this IServiceCollection services, JobsOptions options, string connectionString, string schema,
        bool runEngines)
    {
        services.AddSingleton(options);
        // Erasure runs wherever it is asked for (an administrator's request runs at once), whatever the jobs mode.
        services.AddSingleton(options.Erasure);
        services.AddSingleton<Erasure.ErasureRegister>();
        services.AddTransient<Erasure.ErasureJob>();
        services.AddTransient<Erasure.ErasureReplay>();
        if (options.Mode == JobsMode.Off && !runEngines) return services;

        services.AddSingleton<SmtpMailer>();
        services.AddTransient<OutboxDelivery>();
        services.AddSingleton<IConfigureMarten, OutboxHandOverRegistration>();

        // Our own JobStorage instance rather than Hangfire's global one: several hosts in one process (tests) stay apart.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, StorageOptions(schema, options)),
            StorageOptions(schema, options)));
        services.AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        if (!runEngines) return services;

        services.AddHostedService(sp => new HangfireServer(sp, options));
        services.AddHostedService<Erasure.ErasureReplayOnStart>(); // a restored database shows no erased person before the node works
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = options.SchedulerName);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(s => s.TablePrefix = $"{schema}.qrtz_");
                store.UseClustering(_ => { });
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema(); // the migration step: creates what is missing at start-up, never alters or drops
            });
            q.ScheduleJob<OutboxSweep>(t => t.WithIdentity("outbox-sweep", "mentoring")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.SweepSeconds)).RepeatForever()), j => j.WithIdentity(OutboxSweep.Key));
            q.ScheduleJob<Erasure.ErasureSweep>(t => t.WithIdentity("erasure-sweep", "mentoring")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.SweepSeconds)).RepeatForever()), j => j.WithIdentity(Erasure.ErasureSweep.Key));
            q.ScheduleJob<Handovers.HandoverExpirySweep>(t => t.WithIdentity("handover-expiry", "mentoring")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.SweepSeconds)).RepeatForever()), j => j.WithIdentity(Handovers.HandoverExpirySweep.Key));
            q.ScheduleJob<ReminderScan>(t => t.WithIdentity("reminder-scan", "mentoring")
                .WithCronSchedule(options.ReminderScanCron, c => c.InTimeZone(RigaCalendar.Zone)), j => j.WithIdentity(ReminderScan.Key));
            q.ScheduleJob<Retention.RetentionJob>(t => t.WithIdentity("retention", "mentoring")
                .WithCronSchedule(options.RetentionCron, c => c.InTimeZone(RigaCalendar.Zone)), j => j.WithIdentity(Retention.RetentionJob.Key));
            q.ScheduleJob<OutcomeSummaryJob>(t => t.WithIdentity("outcome-summaries", "mentoring")
                .WithCronSchedule(options.OutcomeSummaryCron, c => c.InTimeZone(RigaCalendar.Zone)), j => j.WithIdentity(OutcomeSummaryJob.Key));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static PostgreSqlStorageOptions StorageOptions(string schema, JobsOptions options) => new()
    {
        SchemaName = HangfireSchema(schema),
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromSeconds(options.HangfirePollSeconds),
    };

    /// <summary>A Hangfire server on the DI container's storage and activator, started and stopped with the host.</summary>
    private sealed class HangfireServer(IServiceProvider services, JobsOptions options) : IHostedService, IDisposable
    {
        private BackgroundJobServer? _server;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = options.HangfireWorkers,
                Queues = Outbox.OutboxHandOver.Queues, // safeguarding alerts first
                Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
                SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, options.HangfirePollSeconds)),
            }, services.GetRequiredService<JobStorage>());
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            if (_server is null) return;
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
        }

        public void Dispose() => _server?.Dispose();
    }
}
