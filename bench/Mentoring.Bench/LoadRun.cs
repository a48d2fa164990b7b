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
        var (latencies, failures, seconds) = await MeasureAsync(requests, concurrency, send);
        return Result(name, latencies, failures, seconds);
    }

    /// <summary>
    /// The two sides of one ratio in alternating rounds (A, B, A, B, …), each round a quarter of the requests: a change in
    /// the machine's load during the run (another build, the async daemon catching up after a seed) falls on both sides
    /// alike instead of on whichever ran second. Request indexes run on across rounds, as in one run. <paramref name="settle"/>,
    /// if given, runs untimed after each round (e.g. letting the async daemon catch up, so one side's background work does
    /// not fall into the other side's round). <paramref name="balanced"/> swaps the order every other round (A, B, B, A, …),
    /// so that neither side always runs first after a pause.
    /// </summary>
    public static async Task<(LoadResult A, LoadResult B)> PairAsync(string nameA, string nameB, int requests, int concurrency,
        Func<int, Task<bool>> a, Func<int, Task<bool>> b, int rounds = 4, Func<Task>? settle = null, bool balanced = false)
    {
        var (latA, latB) = (new List<double>(), new List<double>());
        var (failA, failB, secA, secB) = (0, 0, 0.0, 0.0);
        for (var r = 0; r < rounds; r++)
        {
            var offset = r * (requests / rounds);
            var count = r == rounds - 1 ? requests - offset : requests / rounds;
            async Task<(double[] Latencies, int Failures, double Seconds)> Side(Func<int, Task<bool>> send)
            {
                var measured = await MeasureAsync(count, concurrency, i => send(offset + i));
                if (settle is not null) await settle();
                return measured;
            }
            (double[] Latencies, int Failures, double Seconds) ra, rb;
            if (balanced && r % 2 == 1)
            {
                rb = await Side(b);
                ra = await Side(a);
            }
            else
            {
                ra = await Side(a);
                rb = await Side(b);
            }
            latA.AddRange(ra.Latencies); failA += ra.Failures; secA += ra.Seconds;
            latB.AddRange(rb.Latencies); failB += rb.Failures; secB += rb.Seconds;
        }
        return (Result(nameA, [.. latA], failA, secA), Result(nameB, [.. latB], failB, secB));
    }

    /// <summary>
    /// Warms the two sides of a read ratio until the JIT has settled: each side in turn for <paramref name="secondsPerSide"/>,
    /// <paramref name="rounds"/> times. Tiered compilation first runs every method unoptimised and recompiles the hot ones
    /// in the background only after calls stop bringing new methods; fifty requests left GraphQL.NET's larger execution
    /// path (many more methods than the bare endpoint's) partly unoptimised when the timed rounds began: upcomingReleases
    /// measured 0.69 that way, and 0.96 in the same section with the JIT optimising from the start
    /// (DOTNET_TieredCompilation=0). A server runs for days, so the steady state is what the ratio is about.
    /// </summary>
    public static async Task WarmUpAsync(int concurrency, Func<int, Task<bool>> a, Func<int, Task<bool>> b, double secondsPerSide = 3, int rounds = 2)
    {
        for (var r = 0; r < rounds; r++)
            foreach (var send in new[] { a, b })
            {
                var until = Stopwatch.StartNew();
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
                {
                    while (until.Elapsed.TotalSeconds < secondsPerSide)
                        if (!await send(Interlocked.Increment(ref next))) throw new InvalidOperationException("A warm-up request failed.");
                }));
            }
    }

    private static async Task<(double[] Latencies, int Failures, double Seconds)> MeasureAsync(int requests, int concurrency, Func<int, Task<bool>> send)
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
        return (latencies, failures, total.Elapsed.TotalSeconds);
    }

    private static LoadResult Result(string name, double[] latencies, int failures, double seconds)
    {
        Array.Sort(latencies);
        var requests = latencies.Length;
        return new LoadResult(name, requests, failures, seconds,
            latencies[(int)(requests * 0.50)], latencies[Math.Min(requests - 1, (int)(requests * 0.95))]);
    }
}
