using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;

namespace Mentoring.Api.Handovers;

/// <summary>
/// A hand-over's time runs out by the clock alone: it is unreadable from that instant whatever is recorded
/// (<see cref="HandoverCase.IsReadableAt"/>), and the expiry is recorded — masking the worker's copy — by whoever notices it
/// first: the worker's own read or write.
/// </summary>
public static class HandoverExpiry
{
    public static async Task RecordAsync(IDocumentStore store, HandoverCase copy, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession(copy.NgoTenantId);
        await HandoverWrites.Handle(session, copy.Id, null, h => Task.FromResult(HandoverDecider.Expire(h, now) is { Count: > 0 } expired
            ? Decision.Accept([.. expired])
            : Decision.Reject(HandoverDecider.Expired, "Nothing to record.")), ct);
    }
}
