using JasperFx;
using Marten;

namespace Mentoring.Domain.Common;

/// <summary>The outcome of a command handled against one stream.</summary>
public sealed record WriteResult(Guid StreamId, long Version, IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The write path every handler shares: fetch the stream for writing (optimistic concurrency), decide, append,
/// save. A stale expected version or a concurrent writer becomes a CONCURRENCY_CONFLICT user error.
/// </summary>
public static class StreamWrites
{
    /// <param name="alsoStage">Runs only when the command is accepted, to stage more changes (documents) that must
    /// commit in the same transaction as the events.</param>
    public static async Task<WriteResult> Handle<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Decision> decide, CancellationToken ct,
        Action<TState?>? alsoStage = null)
        where TState : class
    {
        try
        {
            var stream = expectedVersion is { } expected
                ? await session.Events.FetchForWriting<TState>(streamId, expected, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
            var decision = decide(stream.Aggregate);
            if (!decision.IsAccepted) return new WriteResult(streamId, stream.CurrentVersion ?? 0, decision.Errors);

            stream.AppendMany(decision.Events.ToArray());
            alsoStage?.Invoke(stream.Aggregate);
            await session.SaveChangesAsync(ct);
            return new WriteResult(streamId, (stream.CurrentVersion ?? 0) + decision.Events.Count, []);
        }
        catch (Exception ex) when (ex is ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException
                                       or global::Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // A stale version for a stream that does not exist (in this tenant) is "not found", not a conflict.
            await using var check = session.DocumentStore.QuerySession(session.TenantId);
            if (await check.Events.FetchStreamStateAsync(streamId, ct) is null && decide(null) is { IsAccepted: false } missing)
                return new WriteResult(streamId, 0, missing.Errors);
            return Conflict(streamId);
        }
    }

    public static WriteResult Conflict(Guid streamId) => new(streamId, 0,
        [new UserError(ErrorCodes.ConcurrencyConflict, "Someone else changed this record at the same time. Reload and try again.", "expectedVersion")]);
}
