using Marten;
using Mentoring.Api.Hosting;
using Mentoring.Domain.Marten;
using Mentoring.Jobs.Erasure;
using Mentoring.Jobs.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace Mentoring.Api.Privacy;

/// <summary>
/// `Mentoring.Api --reapply-erasures`: the same configuration as the app (MENTORING_DB, Mentoring__Schema,
/// Mentoring__Jobs__Erasure__RegisterDirectory), no HTTP and no jobs engines — it brings the schema up to date, re-applies
/// the erasure register to the database as it is (<see cref="ErasureReplay"/>), prints how many erasures it ran again,
/// and exits. <c>eng/restore.sh</c> runs it right after a restore, before the app serves anyone.
/// </summary>
public static class ReapplyErasures
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--reapply-erasures").ToArray());
        var options = builder.Configuration.GetSection("Mentoring").Get<MentoringOptions>() ?? new MentoringOptions();
        var connectionString = MentoringApp.ConnectionString(builder.Configuration, options);
        builder.Services.AddSerilog((_, log) => log.ReadFrom.Configuration(builder.Configuration).WriteTo.Console());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMarten(o => MartenSetup.Configure(o, connectionString, options.Schema)).UseLightweightSessions().ApplyAllDatabaseChangesOnStartup();
        MartenLogging.Use(builder.Services);
        var jobs = JobsSetup.ReadOptions(builder.Configuration);
        jobs.Mode = JobsMode.Off; // nothing is handed to Hangfire or sent from here
        builder.Services.AddMentoringJobs(jobs, connectionString, options.Schema, runEngines: false);
        using var host = builder.Build();
        await host.StartAsync();
        var register = host.Services.GetRequiredService<ErasureRegister>();
        var reapplied = await host.Services.GetRequiredService<ErasureReplay>().RunAsync(CancellationToken.None);
        Console.WriteLine($"erasures re-applied: {reapplied} (register: {register.Directory}, schema: {options.Schema})");
        await host.StopAsync();
        return 0;
    }
}
