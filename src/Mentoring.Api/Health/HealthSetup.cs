using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentoring.Api.Health;

/// <summary>/health/live: the process answers. /health/ready: the database answers and the async daemon runs.</summary>
public static class HealthSetup
{
    public static IServiceCollection AddMentoringHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<DaemonHealthCheck>("daemon", tags: ["ready"]);
        return services;
    }

    public static void MapMentoringHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = WriteJson,
        });
    }

    private static Task WriteJson(HttpContext ctx, HealthReport report)
    {
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return ctx.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}

public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var session = store.QuerySession();
            var one = await session.QueryAsync<int>("select 1", ct);
            return one.SingleOrDefault() == 1 ? HealthCheckResult.Healthy("PostgreSQL answers.") : HealthCheckResult.Unhealthy("Unexpected answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer: " + ex.GetType().Name);
        }
    }
}

/// <summary>
/// In HotCold mode only the leader node runs the projection agents; every node runs the coordinator that
/// competes for leadership. Ready means: the coordinator is running and no projection shard is paused by errors.
/// </summary>
public sealed class DaemonHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var coordinator = services.GetService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>();
        if (coordinator is null) return Task.FromResult(HealthCheckResult.Healthy("Async daemon disabled on this node."));
        var daemon = coordinator.DaemonForMainDatabase();
        if (daemon.HasAnyPaused()) return Task.FromResult(HealthCheckResult.Unhealthy("A projection shard is paused after errors."));
        var agents = daemon.CurrentAgents().Count;
        return Task.FromResult(HealthCheckResult.Healthy(agents > 0 ? $"Leader: {agents} projection agent(s) running." : "Standby: another node leads."));
    }
}
