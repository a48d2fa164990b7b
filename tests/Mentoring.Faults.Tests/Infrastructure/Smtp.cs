using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd (./test.sh installs it) writing what it accepts into a Maildir. The
/// suite takes it down (the process stopped), makes it answer 451 to every recipient (<see cref="Busy"/>), or 550 to
/// chosen addresses (<see cref="Refuse"/>), as a mail server in trouble does. Its port is fixed and below the ephemeral
/// range for the same reason as PostgreSQL's: the app keeps connecting while it is down.
/// </summary>
public sealed class SmtpServer(int port, string folder) : IAsyncDisposable
{
    private Process? _process;

    private const string Handler = """
        import os
        from aiosmtpd.handlers import Mailbox

        HERE = os.path.dirname(__file__)

        def lines(name):
            path = os.path.join(HERE, name)
            return open(path).read().split() if os.path.exists(path) else []

        class FaultyMailbox(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if "busy" in lines("mode.txt"):
                    return "451 4.3.0 Try again later"
                if address in lines("refused.txt"):
                    return "550 5.1.1 Mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    public int Port => port;
    public string Maildir => Path.Combine(folder, "maildir");
    private string Modules => Path.Combine(folder, "handler");

    public async Task StartAsync()
    {
        // The port was found free with the block (PortBlock); after a stop, connections the app left in TIME_WAIT would keep
        // a plain bind out, while aiosmtpd (SO_REUSEADDR) binds fine.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; // Debian's: pyenv's may not see aiosmtpd
        Directory.CreateDirectory(Modules);
        await File.WriteAllTextAsync(Path.Combine(Modules, "faulty_mailbox.py"), Handler);
        var start = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "faulty_mailbox.FaultyMailbox", Maildir])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = Modules;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var started = _process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { if (!started.HasExited) started.Kill(); } catch (InvalidOperationException) { }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Wait.UntilAsync(() => Task.FromResult(Accepts()), TimeSpan.FromSeconds(30), "aiosmtpd did not start; install python3-aiosmtpd (./test.sh does)");
    }

    /// <summary>The server is gone: connections are refused.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>451 to every recipient (true) or normal service (false).</summary>
    public void Busy(bool busy) => File.WriteAllText(Path.Combine(Modules, "mode.txt"), busy ? "busy" : "");

    /// <summary>550 for these addresses from now on; none: accept everyone again.</summary>
    public void Refuse(params string[] addresses) => File.WriteAllLines(Path.Combine(Modules, "refused.txt"), addresses);

    /// <summary>Every message accepted so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages() => Arrivals().Select(a => a.Message).ToList();

    /// <summary>Every message accepted so far, with when the server stored it (the Maildir file's time).</summary>
    public IReadOnlyList<Arrival> Arrivals()
    {
        var folders = new[] { "new", "cur" }.Select(f => Path.Combine(Maildir, f)).Where(Directory.Exists);
        return folders.SelectMany(Directory.GetFiles).Order(StringComparer.Ordinal)
            .Select(f => new Arrival(MimeMessage.Load(f), new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero))).ToList();
    }

    public bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

public sealed record Arrival(MimeMessage Message, DateTimeOffset At);
