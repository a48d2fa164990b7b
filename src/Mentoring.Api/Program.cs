using Mentoring.Api.Hosting;

// `--worker`: no HTTP, only the scheduled work (Quartz, Hangfire, the async daemon); see README, "Scaling out".
if (args.Contains("--worker"))
{
    await JobsWorker.Build(args).RunAsync();
    return 0;
}

// `--reapply-erasures`: re-applies the erasure register to a restored database and exits (eng/restore.sh runs it).
if (args.Contains("--reapply-erasures")) return await Mentoring.Api.Privacy.ReapplyErasures.RunAsync(args);

var app = MentoringApp.Build(args);
await app.RunAsync();
return 0;

// Visible to the tests and the benchmark, which start the same host.
public partial class Program;
