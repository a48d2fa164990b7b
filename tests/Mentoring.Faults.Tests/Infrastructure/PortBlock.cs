namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>
/// Five consecutive ports for one run of the suite: PostgreSQL, the proxy, the two API nodes, SMTP. All below Linux's
/// ephemeral range (32768–60999): while a server is down, a client retrying on a port in that range can be handed that
/// very port and connect to itself, and the connection left behind keeps the server from binding again. The first
/// block from 26432 (MENTORING_FAULTS_PORT_BASE) whose ports are free and whose lock file this process could take
/// exclusively: several checkouts on one machine may run ./test.sh at once.
/// </summary>
public sealed class PortBlock : IDisposable
{
    private readonly FileStream _lock;

    private PortBlock(int first, FileStream held) => (First, _lock) = (first, held);

    public int First { get; }
    public int Postgres => First;
    public int Proxy => First + 1;
    public int Node(int i) => First + 2 + i;
    public int Smtp => First + 4;

    public static PortBlock Take()
    {
        var configured = Ports.FromEnvironment("MENTORING_FAULTS_PORT_BASE", 0);
        var candidates = configured > 0 ? [configured] : Enumerable.Range(0, 20).Select(i => 26432 + i * 10).ToArray();
        foreach (var first in candidates)
        {
            FileStream? held = null;
            try
            {
                held = new FileStream(Path.Combine(Path.GetTempPath(), $"mentoring-faults-{first}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                for (var port = first; port < first + 5; port++) Ports.EnsureFree(port, "the fault suite");
                return new PortBlock(first, held);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                held?.Dispose();
                if (configured > 0) throw;
            }
        }
        throw new InvalidOperationException("No free block of five ports from 26432 on for the fault suite (MENTORING_FAULTS_PORT_BASE picks one).");
    }

    public void Dispose() => _lock.Dispose();
}
