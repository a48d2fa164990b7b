using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Mentoring.Api.Hosting;

/// <summary>
/// Rate-limit counters shared by every API node, in one PostgreSQL table: a row per limited thing (e.g. an address) holds
/// the hits of the current fixed window and of the one before. Each attempt is one atomic upsert that counts it and
/// returns both, and the limit is applied to a sliding estimate (this window's hits plus the part of the previous
/// window's that still lies inside the last full window). N nodes therefore allow the limit once, not N times, and a
/// burst across a window boundary gets no double allowance. Refused attempts count too: a flood keeps itself out.
/// </summary>
public sealed class RateLimitCounters(IDocumentStore store, TimeProvider clock)
{
    public const string TableName = "rate_limit_counters";
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);
    private long _nextSweep;

    /// <summary>The table, created with the rest of the schema at start-up.</summary>
    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn("key", "text").AsPrimaryKey();
        table.AddColumn("window_start", "timestamptz").NotNull();
        table.AddColumn("hits", "integer").NotNull();
        table.AddColumn("previous_hits", "integer").NotNull();
        table.AddColumn("expires_at", "timestamptz").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_expires_at") { Columns = ["expires_at"] });
        return table;
    }

    /// <summary>Counts one attempt under <paramref name="key"/>; true while the attempts of the last window stay within <paramref name="permits"/>.</summary>
    public async Task<bool> TryAcquireAsync(string key, int permits, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
        var table = $"{store.Options.DatabaseSchemaName}.{TableName}";

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var count = connection.CreateCommand();
        // SET sees the row as it was: a row from an older window starts over (its hits become the previous window's when
        // that window is the one just before); a row already in a newer window (a node whose clock runs ahead) just counts.
        count.CommandText = $"""
            insert into {table} as c (key, window_start, hits, previous_hits, expires_at) values (@key, @start, 1, 0, @expires)
            on conflict (key) do update set
              previous_hits = case when c.window_start >= excluded.window_start then c.previous_hits
                                   when c.window_start = @previous then c.hits else 0 end,
              hits = case when c.window_start >= excluded.window_start then c.hits + 1 else 1 end,
              window_start = greatest(c.window_start, excluded.window_start),
              expires_at = greatest(c.expires_at, excluded.expires_at)
            returning hits, previous_hits, window_start
            """;
        count.Parameters.AddWithValue("key", key);
        count.Parameters.AddWithValue("start", start);
        count.Parameters.AddWithValue("previous", start - window);
        count.Parameters.AddWithValue("expires", start + window + window);
        int hits, previous;
        DateTimeOffset windowStart;
        await using (var row = await count.ExecuteReaderAsync(ct))
        {
            await row.ReadAsync(ct);
            hits = row.GetInt32(0);
            previous = row.GetInt32(1);
            windowStart = row.GetFieldValue<DateTimeOffset>(2);
        }

        if (now.UtcTicks >= Interlocked.Read(ref _nextSweep))
        {
            Interlocked.Exchange(ref _nextSweep, (now + SweepEvery).UtcTicks);
            await using var sweep = connection.CreateCommand();
            sweep.CommandText = $"delete from {table} where expires_at < @now";
            sweep.Parameters.AddWithValue("now", now);
            await sweep.ExecuteNonQueryAsync(ct);
        }

        var elapsed = Math.Clamp((now - windowStart) / window, 0, 1);
        return hits + previous * (1 - elapsed) <= permits;
    }
}

public static class RateLimitCountersSetup
{
    public static IServiceCollection AddRateLimitCounters(this IServiceCollection services, string schema)
    {
        services.ConfigureMarten(o => o.Storage.ExtendedSchemaObjects.Add(RateLimitCounters.Table(schema)));
        return services.AddSingleton<RateLimitCounters>();
    }
}
