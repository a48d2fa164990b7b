using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd writing every message it accepts into a Maildir (./test.sh installs
/// it). Started and stopped by the tests, so "SMTP is down" is simply a stopped server on a known port. Like a real
/// server it refuses some recipients: <see cref="Refused"/> addresses and those named by <see cref="Refuse"/> for good
/// (550, quoting the address as Postfix does), <see cref="Busy"/> ones for now (451).
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    /// <summary>A recipient whose address starts so is refused for good: 550, no such mailbox.</summary>
    public const string Refused = "refused-";
    /// <summary>A recipient whose address starts so is refused for now: 451, try again later.</summary>
    public const string Busy = "busy-";

    // aiosmtpd's Maildir handler, answering RCPT as above (loaded with -c module.Class from a file next to the Maildir).
    private const string Handler = """
        import asyncio, os
        from aiosmtpd.handlers import Mailbox

        REFUSED = os.path.join(os.path.dirname(__file__), "refused.txt")
        HELD = os.path.join(os.path.dirname(__file__), "held.txt")

        def held():
            return open(HELD).read().split() if os.path.exists(HELD) else []

        class RefusingMailbox(Mailbox):
            async def handle_DATA(self, server, session, envelope):
                answer = await super().handle_DATA(server, session, envelope)
                # Stored; for a held recipient the "250" waits until the test lets it go.
                while any(a in held() for a in envelope.rcpt_tos):
                    await asyncio.sleep(0.05)
                return answer

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                named = open(REFUSED).read().split() if os.path.exists(REFUSED) else []
                if address.startswith("refused-") or address in named:
                    return f"550 5.1.1 <{address}>: Mailbox unavailable"
                if address.startswith("busy-"):
                    return "451 4.3.0 Try again later"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    public int Port { get; } = FreePort();

    /// <summary>From now on the server refuses this recipient for good (550), until <see cref="Accept"/>.</summary>
    public void Refuse(string address)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(RefusedFile)!);
        File.AppendAllLines(RefusedFile, [address]);
    }

    /// <summary>The mailbox is fixed: the server takes mail for this recipient again.</summary>
    public void Accept(string address) =>
        File.WriteAllLines(RefusedFile, File.Exists(RefusedFile) ? File.ReadAllLines(RefusedFile).Where(a => a != address) : []);

    /// <summary>
    /// Mail for this recipient is stored as it arrives, but the server's "250 accepted" waits until <see cref="Release"/>:
    /// the moment between a server keeping a message and the sender hearing so, held open for a test.
    /// </summary>
    public void Hold(string address)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(HeldFile)!);
        File.AppendAllLines(HeldFile, [address]);
    }

    public void Release(string address) =>
        File.WriteAllLines(HeldFile, File.Exists(HeldFile) ? File.ReadAllLines(HeldFile).Where(a => a != address) : []);

    private string HeldFile => Path.Combine(Maildir + "-handler", "held.txt");
    private string RefusedFile => Path.Combine(Maildir + "-handler", "refused.txt");
    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), "mentoring-mail-" + Guid.NewGuid().ToString("N"));

    public async Task StartAsync()
    {
        // Debian's interpreter: a python3 earlier on PATH (pyenv) may not see Debian's aiosmtpd module.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var modules = Path.GetDirectoryName(RefusedFile)!;
        Directory.CreateDirectory(modules);
        await File.WriteAllTextAsync(Path.Combine(modules, "refusing_mailbox.py"), Handler);
        var start = new ProcessStartInfo(python, $"-m aiosmtpd -n -l 127.0.0.1:{Port} -c refusing_mailbox.RefusingMailbox {Maildir}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = modules;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        await Eventually.TrueAsync(() => Task.FromResult(Accepts()), "aiosmtpd did not start; install python3-aiosmtpd (./test.sh does).");
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message delivered so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folders = new[] { "new", "cur" }.Select(f => Path.Combine(Maildir, f)).Where(Directory.Exists);
        return folders.SelectMany(Directory.GetFiles).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(Maildir)) Directory.Delete(Maildir, recursive: true);
        if (Directory.Exists(Maildir + "-handler")) Directory.Delete(Maildir + "-handler", recursive: true);
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Waits for something that happens in the background (Hangfire, SMTP). Polls; the limit is only a hang guard.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string because, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException(because);
            await Task.Delay(100);
        }
    }
}
