using GraphQL.DataLoader;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// One request's batches of keys for one kind of related document: a list of a hundred matches asks for its clients in
/// one query, not a hundred. GraphQL.NET's executer knows <see cref="IDataLoaderResult"/> (the ready-made loaders of the
/// GraphQL.DataLoader package are not served here): a field that returns one is set aside until every other pending field
/// has run (<c>SerialExecutionStrategy</c> queues them), so every row of a list, at whatever depth, has asked for its key
/// before the first result is awaited, and that first await loads the whole batch.
/// <para>Nothing is kept across batches: keys asked for after a batch was loaded start a new one, so a later field (the
/// payload of a second mutation in the same document) never sees a document older than its own write.</para>
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch? _open;

    /// <summary>How many batches were loaded (each one query, or one per tenant for the loaders that cross tenants).</summary>
    public int Loads { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            var batch = _open ??= new Batch(this);
            batch.Keys.Add(key);
            return new Pending(batch, key);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken ct)
    {
        lock (_gate)
        {
            if (batch.Loaded is null)
            {
                if (ReferenceEquals(_open, batch)) _open = null;
                Loads++;
                batch.Loaded = fetch(batch.Keys.ToList(), ct);
            }
            return batch.Loaded;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public readonly HashSet<TKey> Keys = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Loaded;
        public Task<IReadOnlyDictionary<TKey, TValue>> LoadAsync(CancellationToken ct) => owner.Dispatch(this, ct);
    }

    private sealed class Pending(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.LoadAsync(cancellationToken)).TryGetValue(key, out var value) ? value : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResults
{
    /// <summary>What a field shows of a loaded document, computed once the batch has loaded.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
