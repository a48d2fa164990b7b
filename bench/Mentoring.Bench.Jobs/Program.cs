using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Mentoring.Bench.Jobs;

// Bounded: a short run (3 warm-ups, 3 measured iterations) keeps ./bench.sh within a few minutes on 2 cores.
BenchmarkRunner.Run<ReminderScanBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator), args);
