using Npgsql;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>Which tables still hold a text: the proof that an erasure left nothing behind, read straight from PostgreSQL.</summary>
public static class DatabaseRows
{
    /// <summary>
    /// Every table of <paramref name="schemas"/> (events, streams, every document, Hangfire's) with a row containing the text,
    /// as "schema.table: rows". With <paramref name="tenant"/>, only the rows of that tenant, in the tables that have one.
    /// </summary>
    public static async Task<List<string>> ContainingAsync(string connectionString, IReadOnlyList<string> schemas, string text, string? tenant = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select t.table_schema || '.' || t.table_name from information_schema.tables t where t.table_schema = any(@s) and t.table_type = 'BASE TABLE' " +
            "and (@t::text is null or exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'tenant_id'))",
            connection))
        {
            list.Parameters.AddWithValue("s", schemas.ToArray());
            list.Parameters.AddWithValue("t", (object?)tenant ?? DBNull.Value);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table} t where t::text like @p" + (tenant is null ? "" : " and t.tenant_id = @t"), connection);
            count.Parameters.AddWithValue("p", "%" + text + "%");
            if (tenant is not null) count.Parameters.AddWithValue("t", tenant);
            var rows = (long)(await count.ExecuteScalarAsync())!;
            if (rows > 0) found.Add($"{table}: {rows}");
        }
        return found;
    }
}
