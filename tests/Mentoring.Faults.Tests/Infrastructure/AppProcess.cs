using System.Diagnostics;

namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>
/// One OS process of the system under test (an API node, a worker, the proxy): `dotnet X.dll …` with its own environment,
/// standard output and error appended to a log file under the test output. <see cref="Kill"/> is SIGKILL: no shutdown
/// hooks run, as when a machine dies.
/// </summary>
public sealed class AppProcess(string name, string dll, IReadOnlyList<string> args, Dictionary<string, string> environment, string logFile)
{
    /// <summary>The environment of the next start (a restart may differ: the demo is seeded only once).</summary>
    public Dictionary<string, string> Environment => environment;
    private Process? _process;
    private readonly Lock _log = new();
    private readonly StreamWriter _writer = new(logFile, append: true) { AutoFlush = true };

    public string Name => name;
    public string LogFile => logFile;
    public int? Pid => _process is { HasExited: false } p ? p.Id : null;
    public bool Running => _process is { HasExited: false };
    /// <summary>Lines the process printed since it was last started.</summary>
    public List<string> Output { get; } = [];

    public void Start()
    {
        if (Running) throw new InvalidOperationException($"{name} is already running.");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        // Nothing of the test run's own database settings leaks in: each process gets exactly what it is given.
        start.Environment.Remove("MENTORING_DB");
        start.Environment.Remove("MENTORING_TEST_DB");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        lock (_log) Output.Clear();
        Write($"---- {DateTimeOffset.UtcNow:O} starting {name}");
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Write(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Registry.Add(_process);
    }

    public bool Printed(string text)
    {
        lock (_log) return Output.Any(l => l.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>SIGKILL, and wait until the kernel has reaped it.</summary>
    public void Kill()
    {
        if (_process is null) return;
        Write($"---- {DateTimeOffset.UtcNow:O} SIGKILL {name}");
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    private void Write(string line)
    {
        lock (_log)
        {
            Output.Add(line);
            _writer.WriteLine(line);
        }
    }

    /// <summary>Every process the suite started is killed when the test host exits, whatever happened to the fixture.</summary>
    private static class Registry
    {
        private static readonly List<Process> Started = [];

        static Registry() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            lock (Started)
                foreach (var p in Started)
                    try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        };

        public static void Add(Process process)
        {
            lock (Started) Started.Add(process);
        }
    }
}
