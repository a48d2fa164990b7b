using JasperFx;
using Marten;

namespace Mentoring.Domain.Common;

/// <summary>The outcome of a command handled against one stream.</summary>
public sealed record WriteResult(Guid StreamId, long Version, IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>A stream's state as the write left it (folded in memory from the state fetched for writing: no re-read).</summary>
public sealed record WriteResult<TState>(WriteResult Result, TState? State) where TState : class
{
    public bool Succeeded => Result.Succeeded;
    public IReadOnlyList<UserError> Errors => Result.Errors;
}

/// <summary>An event-sourced aggregate whose version Marten keeps: the write path sets it on the state it folds.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>
/// The one write path every handler shares, on one read of the stream: fetch for writing (optimistic concurrency) →
/// decide on the fetched state (the handler's decide checks access on that state and gathers any other facts first,
/// then calls the pure decider) → append → save → the new state, folded in memory with the stream's evolve, at its
/// new version. A stale expected version or a concurrent writer becomes a CONCURRENCY_CONFLICT user error.
/// </summary>
public static class StreamWrites
{
    /// <param name="alsoStage">Runs only when the command is accepted, with the state as fetched (before the events), to
    /// stage more changes (documents, other streams' events, mail) that must commit in the same transaction.</param>
    public static async Task<WriteResult<TState>> Handle<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Task<Decision>> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<TState?>? alsoStage = null)
        where TState : class =>
        Fold(await Core(session, streamId, expectedVersion, async state => await decide(state), alsoStage, ct), evolve);

    /// <summary>The same path for a decision that needs no other facts.</summary>
    public static Task<WriteResult<TState>> Handle<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Decision> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<TState?>? alsoStage = null)
        where TState : class =>
        Handle(session, streamId, expectedVersion, state => Task.FromResult(decide(state)), evolve, ct, alsoStage);

    /// <summary>
    /// The same path for a write that may meet a concurrent writer it need not yield to (the phone's offline queue syncing
    /// several meetings onto one match at once): each attempt runs in a fresh session of <paramref name="session"/>'s store
    /// and tenant, fetching the stream at its current version, and a CONCURRENCY_CONFLICT is tried again up to
    /// <paramref name="retries"/> times. The decide and stage functions are given the attempt's session; the decision must be
    /// idempotent, so that an attempt after a lost race that had in fact committed nothing decides afresh.
    /// </summary>
    public static async Task<WriteResult<TState>> Handle<TState>(
        IDocumentSession session, Guid streamId, int retries, Func<IDocumentSession, TState?, Task<Decision>> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<IDocumentSession, TState?>? alsoStage = null)
        where TState : class
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        for (var attempt = 0; ; attempt++)
        {
            await using var fresh = session.DocumentStore.LightweightSession(session.TenantId);
            var written = await Handle<TState>(fresh, streamId, null, state => decide(fresh, state), evolve, ct,
                alsoStage is null ? null : state => alsoStage(fresh, state));
            if (attempt < retries && written.Errors.Any(e => e.Code == ErrorCodes.ConcurrencyConflict)) continue;
            return written;
        }
    }

    /// <summary>The id a created stream takes: derived from the caller's idempotency key, so a retry reaches the same stream, or new.</summary>
    public static Guid CreationId(string kind, string? idempotencyKey) =>
        idempotencyKey is { Length: > 0 } key ? DeterministicId.From(kind, key) : Guid.CreateVersion7();

    /// <summary>
    /// The one idempotent create. With a key (<paramref name="retryable"/>), a retry whose stream already exists answers
    /// with what the first attempt created and appends nothing (nor stages anything); a concurrent retry that lost the race
    /// (or was refused because the winner's work was visible to its rules) answers with the winner's state. Without one, the decider sees any existing state and refuses it.
    /// </summary>
    public static async Task<WriteResult<TState>> Create<TState>(
        IDocumentSession session, Guid streamId, bool retryable, Func<TState?, Task<Decision>> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<TState?>? alsoStage = null)
        where TState : class
    {
        var written = Fold(await Core(session, streamId, null, async state => retryable && state is not null ? null : await decide(state), alsoStage, ct), evolve);
        // Refused or in conflict: a concurrent retry with the same key may have won the race (its stream then exists, and
        // a rule such as "no overlapping contract" or "likely duplicate" sees its work). Its state is the answer.
        if (written.Succeeded || !retryable) return written;
        await using var fresh = session.DocumentStore.QuerySession(session.TenantId);
        var created = await fresh.Events.AggregateStreamAsync<TState>(streamId, token: ct);
        var version = (await fresh.Events.FetchStreamStateAsync(streamId, ct))?.Version ?? 0;
        return created is null ? written : new WriteResult<TState>(new WriteResult(streamId, version, []), Versioned(created, version));
    }

    /// <summary>The same create for a decision that needs no other facts.</summary>
    public static Task<WriteResult<TState>> Create<TState>(
        IDocumentSession session, Guid streamId, bool retryable, Func<TState?, Decision> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct, Action<TState?>? alsoStage = null)
        where TState : class =>
        Create(session, streamId, retryable, state => Task.FromResult(decide(state)), evolve, ct, alsoStage);

    public static WriteResult Conflict(Guid streamId) => new(streamId, 0,
        [new UserError(ErrorCodes.ConcurrencyConflict, "Someone else changed this record at the same time. Reload and try again.", "expectedVersion")]);

    private sealed record Attempt<TState>(WriteResult Result, TState? Before, Decision? Decision) where TState : class;

    private static WriteResult<TState> Fold<TState>(Attempt<TState> attempt, Func<TState?, object, TState?> evolve) where TState : class
    {
        if (!attempt.Result.Succeeded || attempt.Decision is null) return new WriteResult<TState>(attempt.Result, Versioned(attempt.Before, attempt.Result.Version));
        return new WriteResult<TState>(attempt.Result, Versioned(attempt.Decision.Events.Aggregate(attempt.Before, evolve), attempt.Result.Version));
    }

    private static TState? Versioned<TState>(TState? state, long version) where TState : class
    {
        if (state is IVersioned versioned && version > 0) versioned.Version = version;
        return state;
    }

    /// <param name="decide">Null: nothing to do (an idempotent create already done); the answer is the state as fetched.</param>
    private static async Task<Attempt<TState>> Core<TState>(
        IDocumentSession session, Guid streamId, long? expectedVersion, Func<TState?, Task<Decision?>> decide, Action<TState?>? alsoStage,
        CancellationToken ct)
        where TState : class
    {
        try
        {
            var stream = expectedVersion is { } expected
                ? await session.Events.FetchForWriting<TState>(streamId, expected, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
            // The version as fetched: Marten moves CurrentVersion on with every append.
            var fetched = stream.CurrentVersion ?? 0;
            var decision = await decide(stream.Aggregate);
            if (decision is null) return new(new WriteResult(streamId, fetched, []), stream.Aggregate, null);
            if (!decision.IsAccepted) return new(new WriteResult(streamId, fetched, decision.Errors), stream.Aggregate, decision);

            stream.AppendMany(decision.Events.ToArray());
            alsoStage?.Invoke(stream.Aggregate);
            await session.SaveChangesAsync(ct);
            return new(new WriteResult(streamId, fetched + decision.Events.Count, []), stream.Aggregate, decision);
        }
        catch (Exception ex) when (ex is ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException
                                       or global::Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // A stale version for a stream that does not exist (in this tenant) is "not found", not a conflict.
            await using var check = session.DocumentStore.QuerySession(session.TenantId);
            if (await check.Events.FetchStreamStateAsync(streamId, ct) is null && await decide(null) is { IsAccepted: false } missing)
                return new(new WriteResult(streamId, 0, missing.Errors), null, null);
            return new(Conflict(streamId), null, null);
        }
    }
}
