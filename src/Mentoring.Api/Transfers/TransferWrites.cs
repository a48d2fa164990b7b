using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Transfers;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Transfers;

/// <summary>
/// Every write of a transfer, on the one write path (<see cref="StreamWrites"/>) with a session of the receiving NGO's
/// tenant, plus what the sender must see in the same transaction: the transfer's new state as the
/// <see cref="SentTransfer"/> in the sender's tenant (<c>ForTenant</c>), each side's mail in its own outbox, and each
/// side's audit record of what happened.
/// </summary>
public static class TransferWrites
{
    /// <summary>An audit record, and the tenant whose trail it belongs to.</summary>
    public sealed record TenantAudit(AuditRecord Record, string Tenant);

    /// <summary>Who the two sides' messages go to, read before the decision is staged.</summary>
    private sealed record Recipients(IReadOnlyList<UserAccount> Receivers, UserAccount? Sender);

    /// <param name="alsoStage">More to commit with the offer (the sending case's version check).</param>
    public static async Task<WriteResult<Transfer>> Create(IDocumentSession session, Guid id, bool retryable, Func<Transfer?, Decision> decide,
        Func<Transfer, IEnumerable<TenantAudit>> audit, CancellationToken ct, Action? alsoStage = null)
    {
        Decision? decided = null;
        Recipients? recipients = null;
        return await StreamWrites.Create<Transfer>(session, id, retryable, async t =>
        {
            var decision = decide(t);
            if (decision.IsAccepted && decision.Events.Count > 0)
            {
                decided = decision;
                recipients = await RecipientsAsync(session, ((TransferOffered)decision.Events[0]).Sender, ct);
            }
            return decision;
        }, TransferDecider.Evolve, ct, before =>
        {
            Stage(session, before, decided!.Events, recipients!, audit);
            alsoStage?.Invoke();
        });
    }

    /// <param name="audit">The audit records the change owes, given the transfer as it became.</param>
    /// <param name="alsoStage">More to commit with the change (the case an accepted transfer becomes, the sender's closure).</param>
    public static async Task<WriteResult<Transfer>> Handle(IDocumentSession session, Guid id, long? expectedVersion, Func<Transfer?, Task<Decision>> decide,
        Func<Transfer, IEnumerable<TenantAudit>> audit, CancellationToken ct, Action? alsoStage = null)
    {
        Decision? decided = null;
        Recipients? recipients = null;
        return await StreamWrites.Handle<Transfer>(session, id, expectedVersion, async t =>
        {
            var decision = await decide(t);
            if (decision.IsAccepted && decision.Events.Count > 0)
            {
                decided = decision;
                recipients = await RecipientsAsync(session, t!.Sender, ct);
            }
            return decision;
        }, TransferDecider.Evolve, ct, before =>
        {
            // An acceptance retried with its key: answered, nothing more to write.
            if (decided is null) return;
            Stage(session, before, decided.Events, recipients!, audit);
            alsoStage?.Invoke();
        });
    }

    private static void Stage(IDocumentSession session, Transfer? before, IReadOnlyList<object> events, Recipients recipients, Func<Transfer, IEnumerable<TenantAudit>> audit)
    {
        var state = before;
        var version = before?.Version ?? 0;
        foreach (var e in events)
        {
            state = TransferDecider.Evolve(state, e)!;
            state.Version = ++version;
            foreach (var (mail, tenant) in TransferMail.For(state, e, recipients.Receivers, recipients.Sender))
            {
                var queued = mail.Queued(tenant, state.LastChangedAt) with { NotBefore = Outbox.EarliestDelivery(mail, state.LastChangedAt) };
                session.ForTenant(tenant).Events.StartStream<OutboxMessage>(mail.MessageId, queued);
            }
        }
        if (state is null) return;
        session.ForTenant(state.Sender.TenantId).Store(SentTransfer.Of(state));
        foreach (var entry in audit(state)) session.ForTenant(entry.Tenant).Insert(entry.Record);
    }

    /// <summary>The receiving NGO's coordinators (this session's tenant) and the sending coordinator (theirs).</summary>
    private static async Task<Recipients> RecipientsAsync(IDocumentSession session, TransferSender sender, CancellationToken ct)
    {
        var coordinators = (await session.Query<UserAccount>().ToListAsync(ct)).Where(u => u.Roles.Contains(Role.Coordinator)).ToList();
        await using var own = session.DocumentStore.QuerySession(sender.TenantId);
        return new Recipients(coordinators, await own.LoadAsync<UserAccount>(sender.UserId, ct));
    }
}
