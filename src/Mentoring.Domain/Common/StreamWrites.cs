using JasperFx;
using Marten;

namespace Mentoring.Domain.Common;

/// <summary>The outcome of a command handled against one stream.</summary>
public sealed record WriteResult(Guid StreamId, long Version, IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A stream's state as the write left it (folded in memory from the state fetched for writing: no re-read).</summary>
public sealed record WriteResult<TState>(WriteResult Result, TState? State) where TState : class;

/// <summary>An event-sourced aggregate whose version Marten keeps: the write path sets it on the state it folds.</summary>
public interface IVersioned
{
    long Version { get; set; }
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
        where TState : class =>
        (await Core(session, streamId, expectedVersion, state => Task.FromResult(decide(state)), alsoStage, ct)).Result;

    /// <summary>
    /// The whole write path on one read of the stream: fetch for writing → <paramref name="decide"/> on the fetched
    /// state (it checks access on that state and gathers any other facts first, then calls the pure decider) →
    /// append → save → the new state, folded with <paramref name="evolve"/>, at its new version.
    /// </summary>
    public static async Task<WriteResult<TState>> Handle<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Task<Decision>> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<TState?>? alsoStage = null)
        where TState : class, IVersioned
    {
        var (result, before, decision) = await Core(session, streamId, expectedVersion, decide, alsoStage, ct);
        if (!result.Succeeded || decision is null) return new WriteResult<TState>(result, before);
        var after = decision.Events.Aggregate(before, evolve);
        if (after is not null) after.Version = result.Version;
        return new WriteResult<TState>(result, after);
    }

    private static async Task<(WriteResult Result, TState? Before, Decision? Decision)> Core<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Task<Decision>> decide, Action<TState?>? alsoStage,
        CancellationToken ct)
        where TState : class
    {
        try
        {
            var stream = expectedVersion is { } expected
                ? await session.Events.FetchForWriting<TState>(streamId, expected, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
            var decision = await decide(stream.Aggregate);
            // The version as fetched: Marten moves CurrentVersion on with every append.
            var fetched = stream.CurrentVersion ?? 0;
            if (!decision.IsAccepted) return (new WriteResult(streamId, fetched, decision.Errors), stream.Aggregate, decision);

            stream.AppendMany(decision.Events.ToArray());
            alsoStage?.Invoke(stream.Aggregate);
            await session.SaveChangesAsync(ct);
            return (new WriteResult(streamId, fetched + decision.Events.Count, []), stream.Aggregate, decision);
        }
        catch (Exception ex) when (ex is ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException
                                       or global::Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // A stale version for a stream that does not exist (in this tenant) is "not found", not a conflict.
            await using var check = session.DocumentStore.QuerySession(session.TenantId);
            if (await check.Events.FetchStreamStateAsync(streamId, ct) is null && await decide(null) is { IsAccepted: false } missing)
                return (new WriteResult(streamId, 0, missing.Errors), null, null);
            return (Conflict(streamId), null, null);
        }
    }

    public static WriteResult Conflict(Guid streamId) => new(streamId, 0,
        [new UserError(ErrorCodes.ConcurrencyConflict, "Someone else changed this record at the same time. Reload and try again.", "expectedVersion")]);
}
