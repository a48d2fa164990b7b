using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: Debian's python3-aiosmtpd writing every message it accepts into a Maildir (./test.sh installs
/// it). Started and stopped by the tests, so "SMTP is down" is simply a stopped server on a known port.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; } = FreePort();
    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), "mentoring-mail-" + Guid.NewGuid().ToString("N"));

    public async Task StartAsync()
    {
        // Debian's interpreter: a python3 earlier on PATH (pyenv) may not see Debian's aiosmtpd module.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        _process = Process.Start(new ProcessStartInfo(python, $"-m aiosmtpd -n -l 127.0.0.1:{Port} -c aiosmtpd.handlers.Mailbox {Maildir}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
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
