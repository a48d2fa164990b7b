using JasperFx.Events.Daemon;
using Marten;
using Mentoring.Domain.Marten;
using Mentoring.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace Mentoring.Api.Hosting;

/// <summary>
/// `Mentoring.Api --worker`: the same configuration as the API, but no HTTP — Quartz (clustered), a Hangfire server and
/// Marten's async daemon. Run API nodes with Mentoring__Jobs__Mode=Worker and as many workers as the work needs.
/// </summary>
public static class JobsWorker
{
    public static IHost Build(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--worker").ToArray());
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection("Mentoring").Get<MentoringOptions>() ?? new MentoringOptions();
        var connectionString = MentoringApp.ConnectionString(builder.Configuration, options);

        builder.Services.AddSerilog((_, log) => log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext()
            .WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter()));
        builder.Services.TryAddSingleton(ClockSetting.From(builder.Configuration, builder.Environment)); // tests register a fake clock first
        var marten = builder.Services.AddMarten(o => MartenSetup.Configure(o, connectionString, options.Schema))
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        MartenLogging.Use(builder.Services); // failures without the values involved
        builder.Services.AddSingleton<IConfigureMarten, Referrals.ReferralMilestonesRegistration>(); // a referral's status moves with any write
        ShardSupervisor.AddDaemon(marten, builder.Services, options);
        builder.Services.AddMentoringJobs(JobsSetup.ReadOptions(builder.Configuration), connectionString, options.Schema, runEngines: true);
        return builder.Build();
    }
}
