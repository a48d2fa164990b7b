using Mentoring.Domain.Common;

namespace Mentoring.Api.Demo;

/// <summary>
/// The demo's history as steps, each at the Riga day and time it happened, run on a <see cref="DemoClock"/> stopped at
/// that moment. A step later than now has not happened yet (a release due next week is not recorded).
/// Each step names its lanes: the person and, when it asks or frees one of their places, the mentor. A step runs once
/// every earlier step of its lanes has — so a proposal counts the mentor's places as they were at that moment — while
/// different people's histories are written side by side, which keeps the start of ./run.sh and the tests short.
/// </summary>
internal sealed class DemoTimeline
{
    /// <summary>Steps written at once: enough to overlap database round trips, few enough for two shared cores.</summary>
    private const int Parallel = 4;

    private sealed record Step(DateTimeOffset At, int Order, IReadOnlyList<Guid> Lanes, Func<TimeProvider, Task> Run);

    private readonly List<Step> _steps = [];

    public void At(DateOnly day, TimeOnly time, IReadOnlyList<Guid> lanes, Func<TimeProvider, Task> step) =>
        _steps.Add(new Step(RigaCalendar.At(day, time), _steps.Count, lanes, step));

    /// <returns>How many steps ran.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(Parallel);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var last = new Dictionary<Guid, Task>();
        var running = new List<Task>();
        foreach (var step in _steps.Where(s => s.At <= now).OrderBy(s => s.At).ThenBy(s => s.Order))
        {
            var before = step.Lanes.Select(l => last.GetValueOrDefault(l) ?? Task.CompletedTask).ToArray();
            var task = RunAfterAsync(step, before, gate, failed);
            foreach (var lane in step.Lanes) last[lane] = task;
            running.Add(task);
        }
        await Task.WhenAll(running);
        return running.Count;
    }

    private static async Task RunAfterAsync(Step step, Task[] before, SemaphoreSlim gate, CancellationTokenSource failed)
    {
        await Task.WhenAll(before);
        await gate.WaitAsync(failed.Token);
        try
        {
            failed.Token.ThrowIfCancellationRequested();
            await step.Run(new DemoClock(step.At));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await failed.CancelAsync(); // one refusal stops the rest: the story after it would not hold
            throw;
        }
        finally
        {
            gate.Release();
        }
    }
}
