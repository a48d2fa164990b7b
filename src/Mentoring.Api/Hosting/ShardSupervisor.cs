using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Mentoring.Api.Hosting;

/// <summary>
/// Keeps each async projection shard running on exactly the node that holds its lock, between the coordinator's
/// leadership polls (every 5 s). Two gaps in Marten's own loop, both found by the fault suite after a PostgreSQL restart:
/// <list type="bullet">
/// <item>A node whose lock connection died goes on running the shard until its next poll, while a standby may already
/// have taken the freed lock. With the monitored lock (MartenSetup) a lost lock shows at once in
/// <see cref="IProjectionDistributor.HasLock"/>, so this stops such agents within a second.</item>
/// <item>When two nodes did run a shard for a moment, Marten's progress check rejects one side's batch
/// (ProgressionProgressOutOfOrderException; the batch is rolled back, nothing is applied twice) and <em>stops</em>
/// that agent for good, and the coordinator never restarts a stopped agent while its node keeps the lock: the shard
/// would stand still until the process restarts. This starts it again, from its stored progress, when this node holds
/// the lock — after seeing it stopped twice in a row, so an agent in the middle of a normal stop is left alone.</item>
/// </list>
/// Leadership itself stays the coordinator's: this never takes or releases a lock.
/// </summary>
public sealed class ShardSupervisor(IProjectionCoordinator coordinator, TimeProvider clock, ILogger<ShardSupervisor> log)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>Marten's async daemon in the configured mode (HotCold, Solo or Disabled), supervised.</summary>
    public static void AddDaemon(MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IServiceCollection services,
        MentoringOptions options)
    {
        if (string.Equals(options.Daemon, "Disabled", StringComparison.OrdinalIgnoreCase)) return;
        marten.AddAsyncDaemon(Enum.Parse<DaemonMode>(options.Daemon, ignoreCase: true));
        services.AddHostedService<ShardSupervisor>();
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (coordinator is not ProjectionCoordinatorBase { Distributor: { } distributor }) return; // daemon disabled
        var stoppedBefore = new HashSet<ISubscriptionAgent>(ReferenceEqualityComparer.Instance);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Period, clock, stop);
                stoppedBefore = await SuperviseAsync(distributor, coordinator.DaemonForMainDatabase(), stoppedBefore, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be down for a while; the next round tries again.
                log.LogWarning("Projection shard supervision failed: {Error}", ex.GetType().Name);
            }
        }
    }

    private async Task<HashSet<ISubscriptionAgent>> SuperviseAsync(IProjectionDistributor distributor,
        IProjectionDaemon daemon, HashSet<ISubscriptionAgent> stoppedBefore, CancellationToken stop)
    {
        var stoppedNow = new HashSet<ISubscriptionAgent>(ReferenceEqualityComparer.Instance);
        var agents = daemon.CurrentAgents().ToDictionary(a => a.Name.Identity);
        foreach (var set in await distributor.BuildDistributionAsync())
        {
            var leads = distributor.HasLock(set);
            foreach (var name in set.Names)
            {
                if (!agents.TryGetValue(name.Identity, out var agent)) continue;
                if (!leads && agent.Status == AgentStatus.Running)
                {
                    log.LogWarning("Projection shard {Shard}: this node lost its lock; stopping the shard here", name.Identity);
                    await daemon.StopAgentAsync(name.Identity);
                }
                else if (agent.Status == AgentStatus.Stopped)
                {
                    stoppedNow.Add(agent);
                    if (!leads || !stoppedBefore.Contains(agent)) continue;
                    log.LogWarning("Projection shard {Shard} was stopped while this node holds its lock; starting it again", name.Identity);
                    await daemon.StartAgentAsync(name.Identity, stop);
                }
            }
        }
        return stoppedNow;
    }
}
