using System.Diagnostics;

namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>Real processes keep real time: every wait is a poll with a deadline, never a fixed sleep.</summary>
public static class Wait
{
    /// <summary>Polls until the condition holds; returns how long it took. Throws TimeoutException with <paramref name="what"/> at the deadline.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what, int pollMilliseconds = 100)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition()) return watch.Elapsed;
            }
            catch (Exception ex) when (ex is not TimeoutException and not Xunit.Sdk.XunitException)
            {
                // The system is recovering: an error now is an answer "not yet".
            }
            if (watch.Elapsed > deadline) throw new TimeoutException($"{what}: not within {deadline.TotalSeconds:0} s");
            await Task.Delay(pollMilliseconds);
        }
    }
}
