using Hangfire;
using Marten;
using Mentoring.Domain.Messages;
using Quartz;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// The safety net under the hand-over: messages that are due, unsent, and have seen no attempt for a while (the process
/// died between commit and hand-over, or Hangfire gave up during a long SMTP outage) are handed to Hangfire again.
/// A message handed over twice is still sent once (<see cref="OutboxDelivery"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxSweep(IDocumentStore store, IBackgroundJobClient hangfire, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("outbox-sweep", "mentoring");
    /// <summary>Long enough for a normal hand-over and Hangfire's first retries to have happened.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = now - Quiet;
        await using var session = store.QuerySession();
        var waiting = await session.Query<OutboxMessage>()
            .Where(m => m.AnyTenant() && m.SentAt == null && m.NotBefore <= stale && (m.LastFailureAt == null || m.LastFailureAt <= stale))
            .OrderBy(m => m.NotBefore).Take(1000)
            .Select(m => new { m.Id, m.OwnerTenant })
            .ToListAsync(ct);
        foreach (var message in waiting) OutboxHandOver.Enqueue(hangfire, message.OwnerTenant, message.Id, TimeSpan.Zero);
        return waiting.Count;
    }
}
