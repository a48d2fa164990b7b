using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mentoring.Api.Hosting;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// The real API host on a loopback port, over real HTTP, on real PostgreSQL, in a database schema of its own
/// (cheap isolation: test classes run in parallel without seeing each other). The clock is fake.
/// Seeded with two NGOs, a municipality and one user per role, so tests can cross tenants.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public const string Password = "Test-password-2026";
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private WebApplication? _app;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Uri, ApiFixture> Running = new();

    /// <summary>The fixture whose host answers at <paramref name="address"/>: lets a helper given only a client read that host's outbox.</summary>
    public static ApiFixture Serving(Uri address) => Running[address];
    public FakeTimeProvider Clock { get; } = new(Start);
    /// <summary>Generous, so that test classes applying many times are not throttled; one fixture lowers it to test the limit.</summary>
    protected virtual int ApplicationsPerHour => 10_000;
    protected virtual int SignInAttempts => 10_000;
    /// <summary>
    /// Starts with ./run.sh's demo data (Mentoring:SeedDemo) instead of the test organisations below: the demo has its
    /// own NGO and its own Riga, and the two would collide.
    /// </summary>
    protected virtual bool SeedDemo => false;
    /// <summary>Open in tests (GraphiQL is tested anonymously); production closes it, see HardeningTests.</summary>
    protected virtual bool AnonymousIntrospection => true;
    public string Schema { get; } = "t_" + Guid.NewGuid().ToString("N")[..12];
    public string ConnectionString { get; private set; } = "";
    /// <summary>This fixture's erasure register (Mentoring:Jobs:Erasure:RegisterDirectory): a directory of its own, removed at the end.</summary>
    public string ErasureRegister { get; } = Path.Combine(Path.GetTempPath(), "mentoring-erasures-" + Guid.NewGuid().ToString("N"));
    public Uri BaseAddress { get; private set; } = null!;
    public IDocumentStore Store => _app!.Services.GetRequiredService<IDocumentStore>();
    public Organisation NgoA { get; private set; } = null!;
    public Organisation NgoB { get; private set; } = null!;
    public Organisation Riga { get; private set; } = null!;
    /// <summary>A prison, with an admin and a referrer ("prison").</summary>
    public Organisation Prison { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.ConnectionStringAsync();
        _app = MentoringApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mentoring:ConnectionString"] = ConnectionString,
                ["Mentoring:Schema"] = Schema,
                ["Mentoring:SecureCookies"] = "false",
                ["Mentoring:Daemon"] = "Solo",
                ["Mentoring:AnonymousIntrospection"] = AnonymousIntrospection ? "true" : "false",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Mentoring:ApplicationsPerHour"] = ApplicationsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mentoring:SignInAttemptsPer10Minutes"] = SignInAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Messages are recorded in the outbox; only the jobs fixtures hand them to Hangfire and an SMTP server.
                ["Mentoring:Jobs:Mode"] = "Off",
                ["Mentoring:SeedDemo"] = SeedDemo ? "true" : "false",
                ["Mentoring:Jobs:Erasure:RegisterDirectory"] = ErasureRegister,
            });
            builder.Configuration.AddInMemoryCollection(JobsSettings());
            builder.Services.AddSingleton<TimeProvider>(Clock);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Running[BaseAddress] = this;
        if (!SeedDemo) await SeedAsync();
    }

    /// <summary>Overridden by fixtures that run the jobs engines (Quartz, Hangfire, SMTP).</summary>
    protected virtual IDictionary<string, string?> JobsSettings() => new Dictionary<string, string?>();

    public IServiceProvider Services => _app!.Services;

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            Running.TryRemove(BaseAddress, out _);
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {Schema} cascade; drop schema if exists {Schema}_hangfire cascade", connection);
        await drop.ExecuteNonQueryAsync();
        if (Directory.Exists(ErasureRegister)) Directory.Delete(ErasureRegister, recursive: true);
    }

    /// <summary>Waits until the async daemon has caught up with every event (no sleeps).</summary>
    public Task WaitForProjectionsAsync() => Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    public static string EmailOf(string org, Role role) => $"{role.ToString().ToLowerInvariant()}@{org}.test";

    public GraphQLClient Client() => new(BaseAddress);

    /// <summary>A client already signed in as the given role of the given organisation ("a", "b", "riga", "prison" or "platform").</summary>
    public async Task<GraphQLClient> SignedIn(string org, Role role)
    {
        var client = Client();
        await client.LoginAsync(EmailOf(org, role), Password);
        return client;
    }

    /// <summary>Every row the API could have written: events and the user/token documents. "Nothing changed" means this did not move.</summary>
    public async Task<long> CountWritesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            $"select (select count(*) from {Schema}.mt_events) + (select count(*) from {Schema}.mt_doc_useraccount) + (select count(*) from {Schema}.mt_doc_apitoken)",
            connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Every event and document table of the schema: its row count and last modification. Equal fingerprints mean
    /// nothing was appended, inserted or updated in between.
    /// </summary>
    public async Task<string> DataFingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = @s and (table_name like 'mt_doc_%' or table_name = 'mt_events') order by table_name", connection))
        {
            list.Parameters.AddWithValue("s", Schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var parts = new List<string>();
        foreach (var table in tables)
        {
            var modified = table == "mt_events" ? "max(seq_id)::text" : "max(mt_last_modified)::text";
            // Marten creates a document's table the first time anything asks for it: an empty table is no data.
            await using var count = new NpgsqlCommand($"select count(*)::text || '/' || coalesce({modified}, '-') from {Schema}.{table} having count(*) > 0", connection);
            if (await count.ExecuteScalarAsync() is string state) parts.Add($"{table}={state}");
        }
        return string.Join(";", parts);
    }

    private async Task SeedAsync()
    {
        var clock = Clock;
        NgoA = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = "NGO A" }, Store, clock, default)).Item!;
        NgoB = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = "NGO B" }, Store, clock, default)).Item!;
        Riga = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Municipality, Name = "Rīga", MunicipalityCode = "riga" }, Store, clock, default)).Item!;
        Prison = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Prison, Name = "Olaines cietums" }, Store, clock, default)).Item!;
        var hasher = _app!.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        foreach (var role in new[] { Role.OrgAdmin, Role.Referrer })
            await PlatformBootstrap.EnsureUser(Store, hasher, clock, Prison.Id, Prison.TenantId, EmailOf("prison", role), $"{role} prison", [role], Password, default);
        foreach (var (org, name) in new[] { (NgoA, "a"), (NgoB, "b") })
        {
            foreach (var role in new[] { Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.Auditor })
                await PlatformBootstrap.EnsureUser(Store, hasher, clock, org.Id, org.TenantId, EmailOf(name, role), $"{role} {name}", [role], Password, default);
        }
        await PlatformBootstrap.EnsureUser(Store, hasher, clock, Riga.Id, Riga.TenantId, EmailOf("riga", Role.MunicipalityViewer), "Viewer", [Role.MunicipalityViewer], Password, default);
        await PlatformBootstrap.EnsureUser(Store, hasher, clock, Riga.Id, Riga.TenantId, EmailOf("riga", Role.OrgAdmin), "Riga admin", [Role.OrgAdmin], Password, default);
        await PlatformBootstrap.EnsureUser(Store, hasher, clock, Riga.Id, Riga.TenantId, EmailOf("riga", Role.SocialWorker), "Social worker riga", [Role.SocialWorker], Password, default);
        await PlatformBootstrap.EnsureUser(Store, hasher, clock, PlatformBootstrap.PlatformOrganisationId, RegisterOrganisationDecider.PlatformTenant,
            EmailOf("platform", Role.PlatformAdmin), "Platform admin", [Role.PlatformAdmin], Password, default);
    }
}
