using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Mentoring.Bench.Matching;
using Mentoring.Domain.Matching;

// Quality first: the min-cost flow is exact, so its total is the solver's bound (gap 0); greedy's gap shows what
// the solver buys. Then timings with BenchmarkDotNet (short runs, so ./bench.sh stays bounded).
Console.WriteLine("## Batch assignment quality (same seeded waves as the timings)");
Console.WriteLine();
Console.WriteLine("| clients × mentors | eligible pairings | optimal: assigned | optimal total | greedy: assigned | greedy total | greedy gap to optimum |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var size in new[] { (100, 500), (300, 1500), (1000, 5000) })
{
    var wave = Waves.Build(size.Item1, size.Item2);
    var optimal = BatchAssignment.Solve(wave.Clients, wave.Capacity, wave.Pairings);
    var greedy = BatchAssignment.Greedy(wave.Clients, wave.Capacity, wave.Pairings);
    long o = BatchAssignment.Total(optimal, wave.Clients), g = BatchAssignment.Total(greedy, wave.Clients);
    Console.WriteLine($"| {size.Item1} × {size.Item2} | {wave.Pairings.Count} | {optimal.Count} | {o} | {greedy.Count} | {g} | {(o == 0 ? 0 : 100.0 * (o - g) / o):F2} % |");
}
Console.WriteLine();

var config = DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(AssignmentBenchmarks).Assembly).Run(args.Length > 0 ? args : ["--filter", "*"], config);
