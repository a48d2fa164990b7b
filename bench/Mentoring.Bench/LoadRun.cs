using System.Diagnostics;

namespace Mentoring.Bench;

public sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P95Ms)
{
    public double Throughput => Requests / Seconds;
}

/// <summary>A bounded closed-loop load: a fixed number of requests by a fixed number of workers; it stops by itself.</summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, int requests, int concurrency, Func<int, Task<bool>> send)
    {
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                var ok = await send(i);
                latencies[i] = watch.Elapsed.TotalMilliseconds;
                if (!ok) Interlocked.Increment(ref failures);
            }
        }));
        total.Stop();
        Array.Sort(latencies);
        return new LoadResult(name, requests, failures, total.Elapsed.TotalSeconds,
            latencies[(int)(requests * 0.50)], latencies[Math.Min(requests - 1, (int)(requests * 0.95))]);
    }
}
