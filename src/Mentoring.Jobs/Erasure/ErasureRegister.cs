using System.Text.Json;

namespace Mentoring.Jobs.Erasure;

/// <summary>Settings under "Mentoring:Jobs:Erasure".</summary>
public sealed class ErasureOptions
{
    /// <summary>
    /// Where the erasure register is kept (<see cref="ErasureRegister"/>): durable storage that no database restore touches,
    /// the same directory for every node (a shared mount when nodes run on several machines), backed up on its own.
    /// Relative paths are taken from the working directory (./run.sh: the repository's .local/erasure-register).
    /// </summary>
    public string RegisterDirectory { get; set; } = Path.Combine(".local", "erasure-register");
}

/// <summary>One erasure, as the register keeps it: ids only (no name, no reason), and the installation's schema.</summary>
public sealed record ErasureRegisterEntry(string Schema, string TenantId, Guid PersonId, string Kind, Guid RequestId, DateTimeOffset At);

/// <summary>
/// Every erasure ever made, kept apart from the event store so that restoring a backup cannot bring an erased person back:
/// <c>eng/restore.sh</c> (and every node that runs the jobs, on start) re-applies whatever the restored database no longer
/// shows as erased.
///
/// Why append-only files and not a second PostgreSQL database: a register must survive exactly what a restore rolls back.
/// A managed PostgreSQL restores a point in time for the whole instance — every database on it — so a register database
/// beside the product's would be rolled back together with the data it is there to correct; and pg_dump backups of it
/// would be restored by the same hands at the same moment. A file on other storage is touched by no database restore, is
/// read without a database, and is easy to back up and to inspect. Each machine appends to its own file
/// (<c>erasures-{machine}.jsonl</c>, one JSON line per erasure, fsynced), so nodes sharing the directory never interleave
/// writes; processes on one machine take the file's lock in turn. Readers read every file and drop duplicates.
/// </summary>
public sealed class ErasureRegister(ErasureOptions options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Directory => Path.GetFullPath(options.RegisterDirectory);
    private string OwnFile => Path.Combine(Directory, $"erasures-{Sanitise(Environment.MachineName)}.jsonl");

    /// <summary>Appends the entry and waits for it to reach the disk; an entry already in the register is not written again.</summary>
    public async Task AppendAsync(ErasureRegisterEntry entry, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        if ((await ReadAsync(ct)).Any(e => e.RequestId == entry.RequestId && e.Schema == entry.Schema && e.TenantId == entry.TenantId)) return;
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        await Gate.WaitAsync(ct);
        try
        {
            await WithFileLockAsync(async () =>
            {
                // FileShare.None takes an exclusive lock on the file: another process appending waits for it.
                await using var file = new FileStream(OwnFile, FileMode.Append, FileAccess.Write, FileShare.None);
                await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), ct);
                file.Flush(flushToDisk: true);
            }, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Every entry of every machine's file, oldest first, each once. A torn last line (a crash mid-write) is skipped.</summary>
    public async Task<IReadOnlyList<ErasureRegisterEntry>> ReadAsync(CancellationToken ct)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<ErasureRegisterEntry>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "erasures-*.jsonl").Order(StringComparer.Ordinal))
        {
            string[] lines = [];
            await WithFileLockAsync(async () => lines = await File.ReadAllLinesAsync(path, ct), ct);
            foreach (var line in lines.Where(l => l.Length > 0))
            {
                try
                {
                    if (JsonSerializer.Deserialize<ErasureRegisterEntry>(line, Json) is { } entry) entries.Add(entry);
                }
                catch (JsonException)
                {
                    // a line cut short by a crash: its erasure was not reported done, so the job writes it again
                }
            }
        }
        return [.. entries.DistinctBy(e => (e.Schema, e.TenantId, e.RequestId)).OrderBy(e => e.At)];
    }

    /// <summary>The file is held by another process for a moment (an append): wait a little and try again.</summary>
    private static async Task WithFileLockAsync(Func<Task> action, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (IOException) when (attempt < 50 && !ct.IsCancellationRequested)
            {
                await Task.Delay(20 * attempt, ct);
            }
        }
    }

    private static string Sanitise(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
