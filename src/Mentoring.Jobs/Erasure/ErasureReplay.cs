using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Privacy;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Jobs.Erasure;

/// <summary>
/// Re-applies the erasure register (<see cref="ErasureRegister"/>) to the database as it is now: after a restore (a dump,
/// or a provider's point-in-time recovery) the database may show a person erased since as never erased, or an erasure
/// half done. Each such erasure is requested again (by the system, the register as its source) and run to the end. Run by
/// <c>eng/restore.sh</c> (<c>--reapply-erasures</c>), by every node that runs the jobs on start, and by every sweep.
/// </summary>
public sealed class ErasureReplay(IDocumentStore store, ErasureRegister register, ErasureJob job, TimeProvider clock, ILogger<ErasureReplay> log)
{
    /// <param name="unfinished">Also run the register's erasures the database shows as begun and not finished (after a restore);
    /// the sweep leaves those to its own resumption, which waits for a request's quiet period.</param>
    /// <returns>How many erasures of the register the database did not show as complete, and were run again.</returns>
    public async Task<int> RunAsync(CancellationToken ct, bool unfinished = true)
    {
        var schema = store.Options.DatabaseSchemaName;
        var reapplied = 0;
        foreach (var tenant in (await register.ReadAsync(ct)).Where(e => e.Schema == schema).GroupBy(e => e.TenantId))
        {
            IReadOnlyList<ErasureRequest> known;
            await using (var session = store.QuerySession(tenant.Key))
                known = await session.LoadManyAsync<ErasureRequest>(ct, tenant.Select(e => e.RequestId).ToArray());
            var complete = known.Where(r => r.CompletedAt is not null || !unfinished).Select(r => r.Id).ToHashSet();
            foreach (var entry in tenant.Where(e => !complete.Contains(e.RequestId)))
            {
                if (known.All(r => r.Id != entry.RequestId))
                {
                    ErasureSubject? subject;
                    await using (var session = store.QuerySession(entry.TenantId)) subject = await Domain.Privacy.Erasure.FindAsync(session, entry.PersonId, ct);
                    if (subject is null) continue; // a database older than the person: nothing of them to erase
                    var audit = new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, subject.PersonId, ErasureJob.SystemUser, [],
                        AuditPurposes.ErasureReapplied, clock.GetUtcNow());
                    await ErasureJob.RequestAsync(store, entry.TenantId, subject, ErasureSource.Register, audit, ct);
                }
                await job.RunAsync(entry.TenantId, entry.RequestId, ct);
                reapplied++;
            }
        }
        if (reapplied > 0) log.LogWarning("Re-applied {Erasures} erasures from the register that the database did not show as done (a restore?)", reapplied);
        return reapplied;
    }
}

/// <summary>On a node that runs the jobs: the register is re-applied before the node takes work, so a restored database shows no erased person.</summary>
public sealed class ErasureReplayOnStart(ErasureReplay replay, ILogger<ErasureReplayOnStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await replay.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The node still starts (its other work matters too); every sweep re-applies the register again.
            log.LogError("The erasure register could not be re-applied on start ({Error}); the erasure sweep tries again", ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
