using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Mentoring.Bench.Jobs;

// Bounded: a short run (3 warm-ups, 3 measured iterations) keeps ./bench.sh within a few minutes on 2 cores.
// `-- --filter *Outcome*` runs one class; without arguments both run.
// `--probe [events…]`: the summary's median time per size (default 100,000 and 1,000,000), interleaved, outside
// BenchmarkDotNet (a cross-check on a busy machine).
if (args is ["--probe", ..])
{
    var sizes = args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [100_000, 1_000_000];
    var benches = sizes.Select(n => { var b = new OutcomeSummaryBenchmarks { Events = n }; b.Setup(); return b; }).ToList();
    var times = benches.ToDictionary(b => b.Events, _ => new List<double>());
    for (var round = 0; round < 23; round++)
        foreach (var b in benches)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await b.Summary();
            if (round >= 3) times[b.Events].Add(watch.Elapsed.TotalMilliseconds);
        }
    foreach (var (n, t) in times) Console.WriteLine($"{n,9:N0} events: summary median {t.Order().ElementAt(t.Count / 2):N1} ms (min {t.Min():N1})");
    // What the first month's path figures came to (issue 18), so a run shows they were computed from real data.
    var shown = await benches[0].PathFiguresAsync();
    Console.WriteLine($"// 2026-10 path figures at {benches[0].Events:N0} events: {shown}");
    Console.WriteLine($"// 2026-10 closure figures at {benches[0].Events:N0} events: {await benches[0].ClosureFiguresAsync()}");
    return;
}
var config = DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromTypes([typeof(ReminderScanBenchmarks), typeof(OutcomeSummaryBenchmarks)]).Run(args.Length > 0 ? args : ["--filter", "*"], config);
