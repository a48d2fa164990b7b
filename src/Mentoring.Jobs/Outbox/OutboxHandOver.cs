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
        if (queued.Count == 0) return;
        try
        {
            var client = services.GetRequiredService<IBackgroundJobClient>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var message in queued) Enqueue(client, message.TenantId, message.MessageId, message.NotBefore - now);
        }
        catch (Exception ex)
        {
            services.GetRequiredService<ILogger<OutboxHandOver>>().LogWarning("Hand-over to Hangfire failed ({Error}); the sweep will retry", ex.GetType().Name);
        }
        await Task.CompletedTask;
    }

    public static void Enqueue(IBackgroundJobClient client, string tenantId, Guid messageId, TimeSpan wait)
    {
        if (wait > TimeSpan.Zero) client.Schedule<OutboxDelivery>(d => d.DeliverAsync(tenantId, messageId, CancellationToken.None), wait);
        else client.Enqueue<OutboxDelivery>(d => d.DeliverAsync(tenantId, messageId, CancellationToken.None));
    }
}

/// <summary>Registers <see cref="OutboxHandOver"/> on the document store, with the container it resolves Hangfire from.</summary>
public sealed class OutboxHandOverRegistration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(new OutboxHandOver(services));
}
