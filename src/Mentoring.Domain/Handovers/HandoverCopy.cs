using Marten;

namespace Mentoring.Domain.Handovers;

/// <summary>
/// The social worker's copy follows the hand-over: after every change it is written whole into the municipality's tenant
/// (<c>ForTenant</c>, the same transaction as the change), masked once the hand-over has ended.
/// </summary>
public static class HandoverCopy
{
    /// <param name="onEvent">Sees each event with the state it led to (the mail a new hand-over owes its worker).</param>
    /// <returns>The hand-over after the events.</returns>
    public static Handover? Stage(IDocumentSession session, Handover? before, IReadOnlyList<object> events, Action<Handover, object>? onEvent = null)
    {
        var state = before;
        var version = before?.Version ?? 0;
        foreach (var e in events)
        {
            state = HandoverDecider.Evolve(state, e)!;
            state.Version = ++version;
            onEvent?.Invoke(state, e);
        }
        if (state is not null) session.ForTenant(state.Recipient.TenantId).Store(HandoverCase.Of(state));
        return state;
    }
}

/// <summary>
/// A hand-over's time runs out by the clock alone: it is unreadable from that instant whatever is recorded
/// (<see cref="Handover.IsReadableAt"/>), and the expiry is recorded — masking the worker's copy at rest — by whoever
/// notices first: the worker's own read or write, or the sweep the jobs run.
/// </summary>
public static class HandoverExpiry
{
    /// <summary>Records the expiry of one hand-over of <paramref name="tenantId"/> (the NGO's), if its time has run out.</summary>
    public static async Task<bool> RecordAsync(IDocumentStore store, string tenantId, Guid handoverId, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenantId);
        var written = await Common.StreamWrites.Handle<Handover>(session, handoverId, null,
            h => HandoverDecider.Expire(h, now) is { Count: > 0 } expired
                ? Common.Decision.Accept([.. expired])
                : Common.Decision.Reject(HandoverDecider.Expired, "Nothing to record."),
            HandoverDecider.Evolve, ct, before => Stage(session, before, now));
        return written.Succeeded;
    }

    /// <summary>Every hand-over, of every NGO, whose time has run out but whose expiry is not recorded yet (at most 200 a sweep).</summary>
    public static async Task<int> SweepAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<Handover> due;
        await using (var all = store.QuerySession())
            due = await all.Query<Handover>().Where(h => h.AnyTenant() && h.Status == HandoverStatus.Active && h.ExpiresAt <= now).Take(200).ToListAsync(ct);
        var recorded = 0;
        foreach (var h in due)
            if (await RecordAsync(store, h.Holder.TenantId, h.Id, now, ct)) recorded++;
        return recorded;
    }

    private static void Stage(IDocumentSession session, Handover? before, DateTimeOffset now) =>
        HandoverCopy.Stage(session, before, HandoverDecider.Expire(before, now));
}
