using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the suite's own, made with Debian's initdb in a temporary folder (as eng/postgres.sh does), so
/// restarting it and killing its backends touches nobody else: the other tests share the project cluster on 25432.
/// Its port (<see cref="PortBlock"/>) is below Linux's ephemeral range: while the server is down a client retrying on a
/// port in that range can be handed its own port and connect to itself.
/// </summary>
public sealed class PostgresCluster(int port) : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mentoring-faults-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _bin = FindBin();
    private bool _started;

    public int Port => port;
    private string Data => Path.Combine(_root, "data");
    private string Socket => Path.Combine(_root, "run");
    public string LogFile => Path.Combine(_root, "server.log");

    /// <summary>The connection string the app's processes get (each with its own Application Name, which pg_stat_activity shows).</summary>
    public string ConnectionString(string applicationName) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=mentoring;Application Name={applicationName};Maximum Pool Size=40";

    /// <summary>The suite's own queries: no pool, so no connection broken by a restart is handed out again.</summary>
    public string TestConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=mentoring;Application Name=fault-suite;Pooling=false;Timeout=5";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Socket);
        if (IsRoot) await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        await RunAsync("chmod", ["700", Data], asPostgres: false);
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        // Commits wait for the WAL (synchronous_commit on: an acknowledged write must survive the restarts below);
        // fsync is off because the machine itself never crashes here.
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-l", LogFile, "-w", "-t", "60", "-o",
            $"-p {Port} -k {Socket} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off -c synchronous_commit=on", "start"]);
        _started = true;
        // If the test host dies before DisposeAsync (a crash, a cancelled run), the server must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillServer();
        await RunAsync(Path.Combine(_bin, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(), "-U", "postgres", "mentoring"]);
    }

    /// <summary>pg_ctl restart (fast mode: sessions are disconnected, the server comes back on the same port).</summary>
    public Task RestartAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-m", "fast", "-w", "-t", "60", "restart"]);

    /// <summary>pg_terminate_backend on every session of the app's database but this one; returns how many.</summary>
    public async Task<int> TerminateBackendsAsync() =>
        (int)(await ScalarAsync<long>("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity where datname = 'mentoring' and pid <> pg_backend_pid() and backend_type = 'client backend') t"));

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> row, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(row(reader));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            try { await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-m", "immediate", "-w", "stop"]); } catch (InvalidOperationException) { }
        }
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void KillServer()
    {
        try
        {
            var pidFile = Path.Combine(Data, "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
                Process.GetProcessById(pid).Kill(); // the backends exit when they see the postmaster gone
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                  .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version(0, 0)).FirstOrDefault()
              ?? throw new InvalidOperationException("No initdb under /usr/lib/postgresql/*/bin: install Debian's postgresql (eng/postgres.sh start does).")
            : throw new InvalidOperationException("No /usr/lib/postgresql: install Debian's postgresql (eng/postgres.sh start does).");

    /// <summary>Runs a PostgreSQL tool; as root through runuser, since the server refuses to run as root.</summary>
    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgres = true)
    {
        var start = asPostgres && IsRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        // pg_ctl start leaves the postmaster holding the pipes: read to the end only what finishes with the tool.
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(120))) != exited) throw new InvalidOperationException($"{file} did not finish in 2 minutes.");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {(stderr.IsCompleted ? stderr.Result : "")}");
    }
}

public static class Ports
{
    public static int FromEnvironment(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var port) ? port : fallback;

    public static void EnsureFree(int port, string what)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
        catch (SocketException)
        {
            throw new InvalidOperationException($"Port {port} for {what} is taken; the fault suite needs it (MENTORING_FAULTS_PORT_BASE picks another block).");
        }
    }
}
