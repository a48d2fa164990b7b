using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Transfers;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// Erasing a client reaches the transfers the NGO offered of their case. A package the other NGO never took on (declined or
/// withdrawn) is still the sender's data in the receiver's tenant: its events are masked there, its snapshot folded again,
/// and the receiver's audit trail records who erased it. An offer still waiting (an administrator is refused while one
/// does; the retention rules are not) is withdrawn by the system first, so nobody takes on a person who is gone. A
/// transfer the other NGO accepted became that NGO's case, erased under its own rules; only the reason in the sender's
/// own status copy goes. Both steps are idempotent: a second run writes the same again.
/// </summary>
public static class SentTransferErasure
{
    /// <summary>Withdraws a waiting offer, then masks the events of every package not taken on, in its receiver's tenant. Returns how many events there are.</summary>
    public static async Task<int> MaskAsync(IDocumentStore store, string tenant, IReadOnlyList<Guid> transfers, Actor system, CancellationToken ct)
    {
        var masked = 0;
        foreach (var sent in await LoadAsync(store, tenant, transfers, ct))
        {
            var status = sent.Status == TransferStatus.Offered ? await WithdrawAsync(store, tenant, sent, system, ct) : sent.Status;
            if (status == TransferStatus.Accepted) continue; // taken on after all, in the meantime: the other NGO's case now
            masked += await Erasure.MaskStreamsAsync(store, sent.NgoTenantId, [sent.Id], ct);
        }
        return masked;
    }

    /// <summary>
    /// Withdraws the offer with the sender's copy, as the sender's own withdrawal does; returns where it stands after. At
    /// the version read: an acceptance in between makes this a conflict, and the step is taken again.
    /// </summary>
    private static async Task<TransferStatus?> WithdrawAsync(IDocumentStore store, string tenant, SentTransfer sent, Actor system, CancellationToken ct)
    {
        await using var receiver = store.LightweightSession(sent.NgoTenantId);
        var stream = await receiver.Events.FetchForWriting<Transfer>(sent.Id, ct);
        if (TransferDecider.Decide(new WithdrawTransfer(null, system), stream.Aggregate) is not { IsAccepted: true, Events.Count: > 0 } withdrawn)
            return stream.Aggregate?.Status;
        var after = withdrawn.Events.Aggregate(stream.Aggregate, TransferDecider.Evolve)!;
        stream.AppendMany(withdrawn.Events.ToArray());
        receiver.ForTenant(tenant).Store(SentTransfer.Of(after));
        await receiver.SaveChangesAsync(ct);
        return after.Status;
    }

    /// <summary>Folds each masked package again (the receiver's snapshot and the sender's status copy). Returns how many documents were written.</summary>
    public static async Task<int> RebuildAsync(IDocumentStore store, string tenant, IReadOnlyList<Guid> transfers, Guid by, DateTimeOffset at, CancellationToken ct)
    {
        var sentTransfers = await LoadAsync(store, tenant, transfers, ct);
        if (sentTransfers.Count == 0) return 0;
        await using var session = store.LightweightSession(tenant);
        var written = 0;
        foreach (var sent in sentTransfers)
        {
            if (sent.Status == TransferStatus.Accepted)
            {
                session.Store(sent with { Reason = PersonalDataMasking.Erased });
                written++;
                continue;
            }
            await using var receiver = store.QuerySession(sent.NgoTenantId);
            if (await receiver.Events.AggregateStreamAsync<Transfer>(sent.Id, token: ct) is not { } transfer) continue;
            var inReceiver = session.ForTenant(sent.NgoTenantId);
            inReceiver.Store(transfer);
            session.Store(SentTransfer.Of(transfer));
            // One record per package, whatever the runs: its id follows from the transfer's.
            inReceiver.Store(new AuditRecord(DeterministicId.From("erased-by-sender", sent.Id.ToString()), AuditAction.PersonErased, "transfer", sent.Id, by, [],
                AuditPurposes.ErasedBySender(transfer.Sender.OrganisationName), at));
            written += 3;
        }
        await session.SaveChangesAsync(ct);
        return written;
    }

    private static async Task<IReadOnlyList<SentTransfer>> LoadAsync(IDocumentStore store, string tenant, IReadOnlyList<Guid> transfers, CancellationToken ct)
    {
        if (transfers.Count == 0) return [];
        await using var session = store.QuerySession(tenant);
        return await session.LoadManyAsync<SentTransfer>(ct, transfers);
    }
}
