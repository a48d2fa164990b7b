using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Transfers;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// Erasing a client reaches the transfers the NGO offered of their case. A package the other NGO never took on (declined,
/// withdrawn, or — for a retention erasure — never answered) is still the sender's data in the receiver's tenant: its
/// events are masked there, its snapshot folded again, and the receiver's audit trail records who erased it. A transfer
/// the other NGO accepted became that NGO's case, erased under its own rules; only the reason in the sender's own status
/// copy goes. Both steps are idempotent: a second run writes the same again.
/// </summary>
public static class SentTransferErasure
{
    /// <summary>Masks the events of every package not taken on, in its receiver's tenant. Returns how many events there are.</summary>
    public static async Task<int> MaskAsync(IDocumentStore store, string tenant, IReadOnlyList<Guid> transfers, CancellationToken ct)
    {
        var masked = 0;
        foreach (var sent in await LoadAsync(store, tenant, transfers, ct))
            if (sent.Status != TransferStatus.Accepted)
                masked += await Erasure.MaskStreamsAsync(store, sent.NgoTenantId, [sent.Id], ct);
        return masked;
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
