using Hangfire;
using Marten;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Hosting;
using Quartz;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// The safety net under the hand-over: messages that are due, unsent, and have seen no attempt for a while (the process
/// died between commit and hand-over, or Hangfire gave up during a long SMTP outage) are handed to Hangfire again.
/// A message handed over twice is still sent once (<see cref="OutboxDelivery"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxSweep(IDocumentStore store, IBackgroundJobClient hangfire, TimeProvider clock, JobsOptions options) : IJob
{
    public static readonly JobKey Key = new("outbox-sweep", "mentoring");
    /// <summary>Long enough for a normal hand-over and Hangfire's first retries to have happened (<see cref="JobsOptions.SweepQuietSeconds"/>).</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);
    /// <summary>A safeguarding alert is not left waiting that long: one whose hand-over or attempt was lost is handed over again after a minute.</summary>
    public static readonly TimeSpan AlertQuiet = TimeSpan.FromMinutes(1);

    private const int Batch = 1000;
    private sealed record Swept(Guid Id, string OwnerTenant, NotificationKind Kind);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>The messages handed over, safeguarding alerts first. Dead letters and cancelled messages are never swept.</returns>
    public async Task<IReadOnlyList<Guid>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var quiet = TimeSpan.FromSeconds(options.SweepQuietSeconds);
        var (stale, alertStale) = (now - quiet, now - (quiet < AlertQuiet ? quiet : AlertQuiet));
        const NotificationKind alert = NotificationKind.SafeguardingAlert;
        await using var session = store.QuerySession();
        var pending = session.Query<OutboxMessage>().Where(m => m.AnyTenant() && m.SentAt == null && m.DeadLetteredAt == null && m.CancelledAt == null);
        var alerts = await pending.Where(m => m.Kind == alert && m.NotBefore <= alertStale && (m.LastFailureAt == null || m.LastFailureAt <= alertStale))
            .OrderBy(m => m.NotBefore).Take(Batch).Select(m => new Swept(m.Id, m.OwnerTenant, m.Kind)).ToListAsync(ct);
        var others = await pending.Where(m => m.Kind != alert && m.NotBefore <= stale && (m.LastFailureAt == null || m.LastFailureAt <= stale))
            .OrderBy(m => m.NotBefore).Take(Batch).Select(m => new Swept(m.Id, m.OwnerTenant, m.Kind)).ToListAsync(ct);
        var waiting = alerts.Concat(others).ToList();
        foreach (var message in waiting) OutboxHandOver.Enqueue(hangfire, message.OwnerTenant, message.Id, TimeSpan.Zero, message.Kind);
        return [.. waiting.Select(m => m.Id)];
    }
}
