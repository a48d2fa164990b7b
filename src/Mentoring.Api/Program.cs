using Mentoring.Api.Hosting;

// `--worker`: no HTTP, only the scheduled work (Quartz, Hangfire, the async daemon); see README, "Scaling out".
if (args.Contains("--worker"))
{
    await JobsWorker.Build(args).RunAsync();
    return;
}

var app = MentoringApp.Build(args);
await app.RunAsync();

// Visible to the tests and the benchmark, which start the same host.
public partial class Program;
