using Hangfire;
using Marten;
using Marten.Services;
using Mentoring.Domain.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Jobs.Outbox;

/// <summary>
/// After a transaction that recorded messages commits, each is handed to Hangfire: at once, or as a delayed job when
/// it must wait (quiet hours). Never before the commit, so a rolled-back message is never sent. If the hand-over
/// fails (or the process dies first), <see cref="OutboxSweep"/> finds the message later.
/// </summary>
public sealed class OutboxHandOver(IServiceProvider services) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var queued = commit.GetEvents().Select(e => e.Data).OfType<MessageQueued>().ToList();
        // A retried dead letter is handed over like a new message.
        var retried = commit.GetEvents().Where(e => e.Data is MessageRetried).Select(e => (e.TenantId, Id: ((MessageRetried)e.Data).MessageId, ((MessageRetried)e.Data).Kind));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var work = queued.Select(m => (m.TenantId, Id: m.MessageId, Kind: (NotificationKind?)m.Kind, Wait: m.NotBefore - now))
            .Concat(retried.Select(r => (r.TenantId, r.Id, r.Kind, Wait: TimeSpan.Zero)))
            // Safeguarding alerts first, here and in the queue they go to.
            .OrderBy(m => m.Kind == NotificationKind.SafeguardingAlert ? 0 : 1).ToList();
        if (work.Count == 0) return;
        var client = services.GetRequiredService<IBackgroundJobClient>();
        var log = services.GetRequiredService<ILogger<OutboxHandOver>>();
        foreach (var message in work)
        {
            // An alert's hand-over is tried again at once (the sweep would come only after its own quiet period); others wait for the sweep.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Enqueue(client, message.TenantId, message.Id, message.Wait, message.Kind);
                    break;
                }
                catch (Exception ex)
                {
                    var again = message.Kind == NotificationKind.SafeguardingAlert && attempt < AlertHandOverAttempts;
                    log.LogWarning("Hand-over of message {MessageId} to Hangfire failed ({Error}); {Next}", message.Id, ex.GetType().Name,
                        again ? "trying again at once" : "the sweep will retry");
                    if (!again) break;
                }
            }
        }
        await Task.CompletedTask;
    }

    /// <summary>Hand-overs of one safeguarding alert before it is left to the sweep (whose quiet period for alerts is short too).</summary>
    public const int AlertHandOverAttempts = 3;

    /// <summary>
    /// Hangfire's queue for safeguarding alerts. Servers list it before "default", and it sorts before it too, so it is
    /// fetched first whether a storage orders queues as listed or by name: after an outage, alerts go out first.
    /// </summary>
    public const string AlertQueue = "alerts";
    public static readonly string[] Queues = [AlertQueue, "default"];

    public static void Enqueue(IBackgroundJobClient client, string tenantId, Guid messageId, TimeSpan wait, NotificationKind? kind)
    {
        var queue = kind == NotificationKind.SafeguardingAlert ? AlertQueue : "default";
        if (wait > TimeSpan.Zero) client.Schedule<OutboxDelivery>(queue, d => d.DeliverAsync(tenantId, messageId, CancellationToken.None), wait);
        else client.Enqueue<OutboxDelivery>(queue, d => d.DeliverAsync(tenantId, messageId, CancellationToken.None));
    }
}

/// <summary>Registers <see cref="OutboxHandOver"/> on the document store, with the container it resolves Hangfire from.</summary>
public sealed class OutboxHandOverRegistration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(new OutboxHandOver(services));
}
