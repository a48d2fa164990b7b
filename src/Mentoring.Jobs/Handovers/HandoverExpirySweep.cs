using Marten;
using Mentoring.Domain.Handovers;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Handovers;

/// <summary>
/// Records the expiry of hand-overs nobody has read since their time ran out, so that the social worker's copy is masked
/// at rest too, not only when next read. Idempotent: an expiry already recorded is not recorded again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class HandoverExpirySweep(IDocumentStore store, TimeProvider clock, ILogger<HandoverExpirySweep> log) : IJob
{
    public static readonly JobKey Key = new("handover-expiry", "mentoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var recorded = await HandoverExpiry.SweepAsync(store, clock.GetUtcNow(), cancellationToken);
        if (recorded > 0) log.LogInformation("Hand-overs expired: {Count}", recorded);
    }
}
