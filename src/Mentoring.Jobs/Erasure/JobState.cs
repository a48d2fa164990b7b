using Npgsql;

namespace Mentoring.Jobs.Erasure;

/// <summary>
/// What background jobs keep about a person. Hangfire stores each job's arguments (ids: a tenant and a message id) and
/// every state it went through; a failed delivery's state keeps the exception's message, and the retry's reason quotes it —
/// and a mail server's refusal quotes the address ("550 5.1.1 &lt;name@example.lv&gt;: no such user"). Erasure deletes the
/// finished jobs whose arguments name one of the erased ids and strips the failures from the others (which find their
/// message cancelled and do nothing). Quartz keeps no job data here: its jobs are schedules without arguments.
/// </summary>
public static class JobState
{
    private static readonly string[] Finished = ["Succeeded", "Deleted", "Failed"];

    /// <returns>How many jobs were deleted or stripped.</returns>
    public static async Task<int> ScrubAsync(NpgsqlConnection connection, string hangfireSchema, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return 0;
        await using (var exists = new NpgsqlCommand("select to_regclass(@table) is not null", connection))
        {
            exists.Parameters.AddWithValue("table", $"{hangfireSchema}.job");
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return 0; // Hangfire never ran on this installation
        }
        var schema = QuoteIdentifier(hangfireSchema);
        await using var scrub = new NpgsqlCommand($"""
            with hit as (select id, statename from {schema}.job where arguments::text like any(@patterns)),
            gone as (delete from {schema}.job j using hit where j.id = hit.id and hit.statename = any(@finished) returning j.id),
            unqueued as (delete from {schema}.jobqueue q using gone where q.jobid = gone.id),
            stripped as (
              update {schema}.state s set reason = null, data = s.data - 'ExceptionMessage' - 'ExceptionDetails' - 'ExceptionType'
              from hit where s.jobid = hit.id and not (hit.statename = any(@finished))
                and (s.reason is not null or s.data ?| array['ExceptionMessage', 'ExceptionDetails', 'ExceptionType'])
              returning s.jobid)
            select (select count(*) from gone) + (select count(distinct jobid) from stripped)
            """, connection);
        scrub.Parameters.AddWithValue("patterns", ids.Select(id => $"%{id:D}%").ToArray());
        scrub.Parameters.AddWithValue("finished", Finished);
        return (int)(long)(await scrub.ExecuteScalarAsync(ct))!;
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
