using Marten;
using Mentoring.Domain.Privacy;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Erasure;

/// <summary>
/// The safety net under every erasure: a request that is not complete and has made no progress for a while (its run died
/// with the process, or a step failed) is taken up again from its first step not done; and the register's erasures the
/// database does not know are requested again (<see cref="ErasureReplay"/>), so a database restored under a running
/// installation is put right within a sweep. Quartz
/// fires it on the nodes that run the jobs; a request another node is running at that moment is left to it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ErasureSweep(IDocumentStore store, ErasureJob job, ErasureReplay replay, TimeProvider clock, ILogger<ErasureSweep> log) : IJob
{
    public static readonly JobKey Key = new("erasure-sweep", "mentoring");
    /// <summary>Long enough for a run that is still going (an administrator's, inline) to have recorded its next step.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);

    private sealed record Unfinished(Guid Id, string TenantId);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>The requests taken up, and how many of them finished.</returns>
    public async Task<(int Taken, int Finished)> RunAsync(CancellationToken ct)
    {
        try
        {
            await replay.RunAsync(ct, unfinished: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError("The erasure register could not be re-applied ({Error}); the next sweep tries again", ex.GetType().Name);
        }
        var stale = clock.GetUtcNow() - Quiet;
        List<Unfinished> waiting;
        await using (var session = store.QuerySession())
        {
            waiting = (await session.Query<ErasureRequest>()
                .Where(r => r.AnyTenant() && r.CompletedAt == null && r.LastProgressAt <= stale && (r.FailedAt == null || r.FailedAt <= stale))
                .OrderBy(r => r.RequestedAt).Take(100).ToListAsync(ct)).Select(r => new Unfinished(r.Id, r.TenantId)).ToList();
        }
        var finished = 0;
        foreach (var request in waiting)
        {
            try
            {
                if ((await job.RunAsync(request.TenantId, request.Id, ct))?.CompletedAt is not null) finished++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Erasure {RequestId} failed again ({Error}); the next sweep tries again", request.Id, ex.GetType().Name);
            }
        }
        return (waiting.Count, finished);
    }
}
