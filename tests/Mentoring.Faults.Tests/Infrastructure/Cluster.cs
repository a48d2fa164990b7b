using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Mentoring.Faults.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<Cluster>
{
    public const string Name = "faults";
}

/// <summary>
/// The system as it is deployed, on loopback: PostgreSQL (its own cluster), two API nodes (`Mentoring.Api.dll`, jobs
/// mode Worker: they record and hand over), one `Mentoring.Api.dll --worker` (Quartz, Hangfire, MailKit), every process
/// also running the async daemon in HotCold mode; the YARP proxy in front of the two nodes, named to them as the known
/// proxy; aiosmtpd as the mail server. Node 0 seeds the demo NGO (users of every role, mentors, cases, a contract).
/// Ports: a <see cref="PortBlock"/> (26432–26436 unless taken), all below the ephemeral range.
/// </summary>
public sealed class Cluster : IAsyncLifetime
{
    public const string DemoPassword = "Demo-parole-2026";
    public const string Coordinator = "coordinator@demo.mentoring.lv";
    public const string OrgAdmin = "orgadmin@demo.mentoring.lv";
    public const string Mentor = "mentor@demo.mentoring.lv";
    /// <summary>Sign-in attempts per client address per 10 minutes, counted across the nodes.</summary>
    public const int SignInLimit = 5;
    /// <summary>How long a message must have seen no attempt before the sweep hands it over again (production: 600).</summary>
    public const int SweepQuietSeconds = 20;

    private static readonly TimeZoneInfo Riga = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");
    private readonly PortBlock _ports;
    private int _nextAddress = 10;

    public Cluster()
    {
        _ports = PortBlock.Take();
        Postgres = new PostgresCluster(_ports.Postgres);
    }

    public PostgresCluster Postgres { get; }
    public SmtpServer Smtp { get; private set; } = null!;
    public AppProcess Proxy { get; private set; } = null!;
    public AppProcess[] Nodes { get; private set; } = [];
    public AppProcess Worker { get; private set; } = null!;
    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "fault-run");
    public Uri ProxyAddress => new($"http://127.0.0.1:{_ports.Proxy}");
    public int NodePort(int node) => _ports.Node(node);

    /// <summary>
    /// Every process reads the clock this much ahead (Mentoring:ClockOffset): to a day from the month's tenth on (the
    /// month before's outcome summary is due) at 10:00 Riga time (no quiet hours), whatever day and hour CI runs.
    /// </summary>
    public TimeSpan ClockOffset { get; } = OffsetToWorkingMorning(DateTimeOffset.UtcNow);
    public DateTimeOffset AppNow => DateTimeOffset.UtcNow + ClockOffset;
    public DateOnly AppToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(AppNow, Riga).DateTime);

    public Guid NgoId { get; private set; }

    private Task<ScenarioResult>? _scenario;
    private readonly Lock _gate = new();

    /// <summary>The load and the faults, run once by whichever test asks first; the others read what it left.</summary>
    public Task<ScenarioResult> Scenario
    {
        get
        {
            lock (_gate) return _scenario ??= Task.Run(() => new Scenario(this).RunAsync());
        }
    }
    /// <summary>
    /// Which process holds which of the HotCold daemon's leadership locks, read from pg_locks by each process's
    /// Application Name. Marten's lock ids are 32-bit and non-negative (so the high half, classid, is 0), and with
    /// UseAdvisoryLockTransaction each is held by a connection sitting in a transaction for the whole leadership. A message
    /// delivery's lock (a 64-bit key from the message id) or a contract write's (held for milliseconds) is told apart by
    /// its key and, in <see cref="Scenario"/>, by not lasting.
    /// </summary>
    public Task<List<(string Application, long Key)>> AdvisoryLocksAsync() => Postgres.QueryAsync(
        """
        select a.application_name, l.objid::bigint
        from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.objsubid = 1 and l.classid = 0 and a.application_name like 'mentoring-%'
        """, r => (r.GetString(0), r.GetInt64(1)));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(OutputFolder);
        foreach (var log in Directory.GetFiles(OutputFolder, "*.log")) File.Delete(log);
        await Postgres.StartAsync();
        Smtp = new SmtpServer(_ports.Smtp, Path.Combine(Path.GetTempPath(), "mentoring-faults-mail-" + Guid.NewGuid().ToString("N")[..8]));
        await Smtp.StartAsync();

        var root = RepositoryRoot();
        // MENTORING_FAULTS_API_DLL: run the suite against another build of the app (e.g. the last release's, to compare).
        var api = System.Environment.GetEnvironmentVariable("MENTORING_FAULTS_API_DLL") is { Length: > 0 } other ? other
            : BuiltDll(Path.Combine(root, "src", "Mentoring.Api"), "Mentoring.Api.dll");
        var proxy = BuiltDll(Path.Combine(root, "tests", "Mentoring.FaultProxy"), "Mentoring.FaultProxy.dll");
        Nodes = [.. Enumerable.Range(0, 2).Select(i => new AppProcess($"api-{i}", api, ["--urls", $"http://127.0.0.1:{NodePort(i)}"], NodeEnvironment($"mentoring-api-{i}", seed: i == 0),
            Path.Combine(OutputFolder, $"api-{i}.log")))];
        Worker = new AppProcess("worker", api, ["--worker"], NodeEnvironment("mentoring-worker", seed: false), Path.Combine(OutputFolder, "worker.log"));
        Proxy = new AppProcess("proxy", proxy, ["--urls", ProxyAddress.ToString().TrimEnd('/'), "--Proxy:Nodes:0", $"http://127.0.0.1:{NodePort(0)}/",
            "--Proxy:Nodes:1", $"http://127.0.0.1:{NodePort(1)}/"], new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            Path.Combine(OutputFolder, "proxy.log"));

        // Node 0 first: it creates the schema and seeds the demo; then the other node, the worker and the proxy.
        Nodes[0].Start();
        await NodeUpAsync(0, TimeSpan.FromMinutes(4));
        Nodes[0].Environment["Mentoring__SeedDemo"] = "false"; // a restart finds the demo in place
        Nodes[1].Start();
        Worker.Start();
        Proxy.Start();
        await NodeUpAsync(1, TimeSpan.FromMinutes(2));
        await WorkerUpAsync(TimeSpan.FromMinutes(2));
        using var probe = NewClient();
        await Wait.UntilAsync(async () => (await probe.GetAsync("/health/live")).Status == 200, TimeSpan.FromSeconds(60), "the proxy did not answer");

        using var coordinator = await SignedInAsync(Coordinator);
        var organisations = await coordinator.PostAsync("{ organisations(kind: NGO) { id } }");
        NgoId = Guid.Parse(organisations.Data.GetProperty("organisations")[0].GetProperty("id").GetString()!);
    }

    /// <summary>The environment every API and worker process gets (README, "Configuration" and "Scaling out").</summary>
    private Dictionary<string, string> NodeEnvironment(string applicationName, bool seed) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["DOTNET_ENVIRONMENT"] = "Testing",
        ["Mentoring__ConnectionString"] = Postgres.ConnectionString(applicationName),
        ["Mentoring__Schema"] = "mentoring",
        ["Mentoring__Daemon"] = "HotCold",
        ["Mentoring__SeedDemo"] = seed ? "true" : "false",
        ["Mentoring__SecureCookies"] = "false", // the proxy speaks HTTP on loopback
        ["Mentoring__ClockOffset"] = ClockOffset.ToString("c", CultureInfo.InvariantCulture),
        ["Mentoring__ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        ["Mentoring__SignInAttemptsPer10Minutes"] = SignInLimit.ToString(CultureInfo.InvariantCulture),
        ["Mentoring__Jobs__Mode"] = "Worker",
        ["Mentoring__Jobs__Smtp__Host"] = "127.0.0.1",
        ["Mentoring__Jobs__Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mentoring__Jobs__Smtp__Security"] = "None",
        ["Mentoring__Jobs__HangfirePollSeconds"] = "1",
        ["Mentoring__Jobs__SweepSeconds"] = "5",
        ["Mentoring__Jobs__SweepQuietSeconds"] = SweepQuietSeconds.ToString(CultureInfo.InvariantCulture),
        ["Mentoring__Jobs__DeadLetterAfter"] = "2",
        // The outcome-summary check every two seconds (it issues each due period once, whenever it runs); the reminder
        // scan and retention not during the run: their mail and deletions are not what this suite looks at.
        ["Mentoring__Jobs__OutcomeSummaryCron"] = "0/2 * * * * ?",
        ["Mentoring__Jobs__ReminderScanCron"] = "0 0 3 1 1 ? 2099",
        ["Mentoring__Jobs__RetentionCron"] = "0 0 3 1 1 ? 2099",
        // The erasure register lives outside the database, shared by every node (README, "Backups and restores").
        ["Mentoring__Jobs__Erasure__RegisterDirectory"] = Path.Combine(OutputFolder, "erasure-register"),
        ["Serilog__MinimumLevel__Default"] = "Information",
    };

    /// <summary>A node answers /health/ready directly (not through the proxy).</summary>
    public async Task<TimeSpan> NodeUpAsync(int node, TimeSpan deadline)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        return await Wait.UntilAsync(async () =>
        {
            if (!Nodes[node].Running) throw new Xunit.Sdk.XunitException($"{Nodes[node].Name} exited; see {Nodes[node].LogFile}");
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{NodePort(node)}/health/ready"));
            return response.StatusCode == HttpStatusCode.OK;
        }, deadline, $"{Nodes[node].Name} did not become ready (see {Nodes[node].LogFile})", 250);
    }

    public async Task<TimeSpan> WorkerUpAsync(TimeSpan deadline) => await Wait.UntilAsync(() =>
    {
        if (!Worker.Running) throw new Xunit.Sdk.XunitException($"the worker exited; see {Worker.LogFile}");
        return Task.FromResult(Worker.Printed("Application started"));
    }, deadline, $"the worker did not start (see {Worker.LogFile})", 250);

    /// <summary>
    /// A new client of the proxy with a loopback source address no other client has. The tests' single requests wait up
    /// to a minute (a busy 2-core machine, a cold node); the load's clients give up sooner and send again.
    /// </summary>
    public Client NewClient(TimeSpan? timeout = null) => new(ProxyAddress, NextAddress(), timeout ?? TimeSpan.FromSeconds(60));

    public IPAddress NextAddress()
    {
        var n = Interlocked.Increment(ref _nextAddress);
        return new IPAddress([127, 0, (byte)(n / 250), (byte)(1 + n % 250)]);
    }

    public async Task<Client> SignedInAsync(string email, string password = DemoPassword, int? node = null, TimeSpan? timeout = null)
    {
        var client = NewClient(timeout);
        client.Node = node;
        var answer = await client.LoginAsync(email, password);
        if (!answer.Ok || answer.UserErrors("login").Count > 0) throw new Xunit.Sdk.XunitException($"sign-in of {email} failed: {answer}");
        return client;
    }

    /// <summary>The newest link secret with this prefix (inv_, rst_) mailed to the address, read from the outbox.</summary>
    public async Task<string> LinkSecretAsync(string to, string prefix)
    {
        var bodies = await Postgres.QueryAsync("select data->>'textBody' from mentoring.mt_doc_outboxmessage where data->>'to' = @to order by data->>'queuedAt'",
            r => r.GetString(0), ("to", to));
        var secrets = bodies.Select(b => System.Text.RegularExpressions.Regex.Match(b, System.Text.RegularExpressions.Regex.Escape(prefix) + "[A-Za-z0-9_-]+"))
            .Where(m => m.Success).ToList();
        if (secrets.Count == 0) throw new Xunit.Sdk.XunitException($"no {prefix} link was mailed to {to}");
        return secrets[^1].Value;
    }

    public string Date(int daysFromToday) => AppToday.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        Proxy?.Kill();
        Worker?.Kill();
        foreach (var node in Nodes) node.Kill();
        if (Smtp is not null) await Smtp.DisposeAsync();
        await Postgres.DisposeAsync();
        _ports.Dispose();
    }

    private static TimeSpan OffsetToWorkingMorning(DateTimeOffset utcNow)
    {
        var riga = TimeZoneInfo.ConvertTime(utcNow, Riga);
        var day = DateOnly.FromDateTime(riga.DateTime);
        if (day.Day < 10) day = new DateOnly(day.Year, day.Month, 10);
        var target = new DateTime(day, new TimeOnly(10, 0), DateTimeKind.Unspecified);
        var targetUtc = new DateTimeOffset(target, Riga.GetUtcOffset(target));
        return TimeSpan.FromSeconds(Math.Round((targetUtc - utcNow).TotalSeconds));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mentoring.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The project's own build output for this configuration (test.sh's dotnet build makes it; this project references it).</summary>
    private static string BuiltDll(string project, string file)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var bin = Path.Combine(project, "bin", configuration);
        var found = Directory.Exists(bin)
            ? Directory.GetFiles(bin, file, SearchOption.AllDirectories).Where(f => File.Exists(Path.ChangeExtension(f, ".runtimeconfig.json")))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException($"{file} is not built under {bin}: run dotnet build Mentoring.sln -c {configuration} first.");
    }

    public static JsonElement Node(JsonElement element, params string[] path)
    {
        foreach (var name in path) element = element.GetProperty(name);
        return element;
    }
}
