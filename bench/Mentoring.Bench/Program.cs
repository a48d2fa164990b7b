using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Marten.Events;
using Mentoring.Api.Auth;
using Mentoring.Api.Hosting;
using Mentoring.Api.Organisations;
using Mentoring.Bench;
using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Npgsql;

// ./bench.sh: GraphQL vs a minimal-API baseline doing the same Marten work, side by side in one process,
// on loopback, against the project-local PostgreSQL. Prints markdown for bench/RESULTS.md.
var connection = Environment.GetEnvironmentVariable("MENTORING_BENCH_DB")
    ?? "Host=127.0.0.1;Port=25432;Username=postgres;Database=mentoring_bench;Maximum Pool Size=100";
var reads = int.Parse(Environment.GetEnvironmentVariable("BENCH_READS") ?? "3000");
var writes = int.Parse(Environment.GetEnvironmentVariable("BENCH_WRITES") ?? "800");
var mentorCount = int.Parse(Environment.GetEnvironmentVariable("BENCH_MENTORS") ?? "10000");
var mentorReads = int.Parse(Environment.GetEnvironmentVariable("BENCH_MENTOR_READS") ?? "1500");
var clientCount = int.Parse(Environment.GetEnvironmentVariable("BENCH_CLIENTS") ?? "50000");
var clientReads = int.Parse(Environment.GetEnvironmentVariable("BENCH_CLIENT_READS") ?? "1500");
var matchCount = int.Parse(Environment.GetEnvironmentVariable("BENCH_MATCHES") ?? "1000");
var matchReads = int.Parse(Environment.GetEnvironmentVariable("BENCH_MATCH_READS") ?? "1500");
const int Concurrency = 8;
// BENCH_SECTIONS=clients,contacts runs only those sections (default: all of contracts, mentors, clients, matches, documents, contacts, history).
var sections = (Environment.GetEnvironmentVariable("BENCH_SECTIONS") ?? "contracts,mentors,clients,matches,documents,contacts,history").Split(',', StringSplitOptions.TrimEntries);
bool Section(string name) => sections.Contains(name);
var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];

var app = MentoringApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], b =>
{
    // The baseline endpoints read enums by name, as GraphQL does.
    b.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Mentoring:ConnectionString"] = connection,
        ["Mentoring:Schema"] = schema,
        ["Mentoring:SecureCookies"] = "false",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
    });
});
Baseline.Map(app);
Baseline.MapMentors(app);
Baseline.MapUpcomingReleases(app);
Baseline.MapLogContact(app);
Baseline.MapMatches(app);
await app.StartAsync();
try
{
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    var store = app.Services.GetRequiredService<IDocumentStore>();
    var clock = TimeProvider.System;

    // Two NGOs with the same data: one measured through GraphQL, one through the baseline, so writes do not interfere.
    var principals = new Dictionary<HttpClient, System.Security.Claims.ClaimsPrincipal>();
    async Task<HttpClient> NgoClient(string name, int mentors = 0, int clients = 0, int matches = 0, Func<string, Task>? seed = null)
    {
        var ngo = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = name }, store, clock, default)).Item!;
        if (mentors > 0) await MentorSeed.SeedAsync(store, ngo.TenantId, mentors, clock.GetUtcNow());
        if (clients > 0) await ClientSeed.SeedAsync(store, ngo.TenantId, clients, clock.GetUtcNow());
        if (matches > 0) await MatchSeed.SeedAsync(store, ngo.TenantId, matches, clock.GetUtcNow());
        if (seed is not null) await seed(ngo.TenantId);
        // The async daemon folds seeded events into the outcome projections: measured runs start once it has caught up.
        if (mentors + clients + matches > 0 || seed is not null) await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(10));
        var hasher = app.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        var email = $"coordinator@{ngo.TenantId}.bench";
        await PlatformBootstrap.EnsureUser(store, hasher, clock, ngo.Id, ngo.TenantId, email, "Bench", [Role.Coordinator], "bench-password-123", default);
        await using var session = store.LightweightSession(ngo.TenantId);
        var user = await session.Query<UserAccount>().FirstAsync(u => u.Email == email);
        var token = await CreateApiToken.Handle(new CreateApiTokenInput { Name = "bench" }, new Caller(user.Id, ngo.Id, ngo.TenantId, new HashSet<Role> { Role.Coordinator }), session, clock, default);
        var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Item!.Secret);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        principals[http] = Caller.Principal(user, ngo.TenantId, "Bearer", null);
        return http;
    }
    var phases = new List<(string Name, string Row)>();
    var graphql = await NgoClient("Bench GraphQL");
    var baseline = await NgoClient("Bench baseline");

    // Each create gets its own two-day period, so every one passes the overlap rule and really writes.
    object Terms(int i) => new
    {
        startDate = new DateOnly(2030, 1, 1).AddDays(2 * i).ToString("yyyy-MM-dd"),
        endDate = new DateOnly(2030, 1, 1).AddDays(2 * i + 1).ToString("yyyy-MM-dd"),
        clientCapacity = 10, reportRecipients = new[] { "soc@riga.example" },
    };
    const string CreateMutation = "mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id version municipality { code } startDate endDate clientCapacity status } errors { code message field } } }";
    const string ContractsQuery = "{ contracts(first: 100) { totalCount nodes { id version municipality { code } startDate endDate clientCapacity status } } }";

    static async Task<bool> Ok(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode) return false;
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            return !doc.RootElement.TryGetProperty("errors", out _)
                   && !(doc.RootElement.GetProperty("data").TryGetProperty("createContract", out var c) && c.GetProperty("errors").GetArrayLength() > 0);
        }
    }
    Func<int, Task<bool>> GraphQLCreate(int offset) => async i => await Ok(await graphql.PostAsJsonAsync("/graphql",
        new { query = CreateMutation, variables = new { i = new { municipalityCode = "riga", terms = Terms(offset + i) } } }));
    Func<int, Task<bool>> BaselineCreate(int offset) => async i => await Ok(await baseline.PostAsJsonAsync("/baseline/createContract",
        new { municipalityCode = "riga", terms = Terms(offset + i) }));

    var results = new List<(LoadResult GraphQL, LoadResult Baseline)>();
    if (Section("contracts"))
    {
    // Warm-up (JIT, connection pools, schema caches), then the measured runs, alternating sides.
    await LoadRun.RunAsync("warm-up", 100, Concurrency, GraphQLCreate(100_000));
    await LoadRun.RunAsync("warm-up", 100, Concurrency, BaselineCreate(100_000));
    results.Add(await LoadRun.PairAsync("createContract", "createContract", writes, Concurrency, GraphQLCreate(0), BaselineCreate(0)));
    // Both NGOs now hold the same number of contracts; the read returns all of them.
    await LoadRun.WarmUpAsync(Concurrency, async _ => await Ok(await graphql.PostAsJsonAsync("/graphql", new { query = ContractsQuery })),
        async _ => await Ok(await baseline.GetAsync("/baseline/contracts?first=100")));
    results.Add(await LoadRun.PairAsync("contracts", "contracts", reads, Concurrency,
        async _ => await Ok(await graphql.PostAsJsonAsync("/graphql", new { query = ContractsQuery })),
        async _ => await Ok(await baseline.GetAsync("/baseline/contracts?first=100"))));
    phases.Add(("contracts(first: 100) of 900", await Phases.MeasureAsync(app.Services, principals[graphql], ContractsQuery, 100)));

    }

    // Mentor vetting (issue 5): the filtered, paged mentors query over many mentors, vs the same raw Marten query.
    if (Section("mentors"))
    {
    var mentorsNgo = await NgoClient("Bench mentors", mentorCount);
    const string MentorsQuery = "{ mentors(filter: { matchable: true, municipality: \"riga\", language: \"ru\" }, first: 20) { totalCount nodes { id name status matchable capacity } } }";
    await LoadRun.WarmUpAsync(Concurrency, async _ => await Ok(await mentorsNgo.PostAsJsonAsync("/graphql", new { query = MentorsQuery })),
        async _ => await Ok(await mentorsNgo.GetAsync("/baseline/mentors")));
    results.Add(await LoadRun.PairAsync($"mentors (filtered, first 20 of {mentorCount})", $"mentors (filtered, first 20 of {mentorCount})", mentorReads, Concurrency,
        async _ => await Ok(await mentorsNgo.PostAsJsonAsync("/graphql", new { query = MentorsQuery })),
        async _ => await Ok(await mentorsNgo.GetAsync("/baseline/mentors"))));
    phases.Add(("mentors (filtered, first 20)", await Phases.MeasureAsync(app.Services, principals[mentorsNgo], MentorsQuery)));

    }

    // Client intake (issue 6): upcoming releases within 60 days for one municipality, over many clients.
    if (Section("clients"))
    {
    var seedWatch = System.Diagnostics.Stopwatch.StartNew();
    var clientsNgo = await NgoClient("Bench clients", clients: clientCount);
    Console.Error.WriteLine($"seeded {clientCount} clients in {seedWatch.Elapsed.TotalSeconds:F0} s");
    const string UpcomingQuery = "{ upcomingReleases(withinDays: 60, municipality: \"riga\") { daysToRelease needsMatchBy client { id name releaseDate } } }";
    await LoadRun.WarmUpAsync(Concurrency, async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingQuery })),
        async _ => await Ok(await clientsNgo.GetAsync("/baseline/upcomingReleases")));
    results.Add(await LoadRun.PairAsync($"upcomingReleases (60 days, one municipality, of {clientCount})", $"upcomingReleases (60 days, one municipality, of {clientCount})",
        clientReads, Concurrency,
        async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingQuery })),
        async _ => await Ok(await clientsNgo.GetAsync("/baseline/upcomingReleases"))));
    phases.Add(("upcomingReleases (~95 returned)", await Phases.MeasureAsync(app.Services, principals[clientsNgo], UpcomingQuery,
        bare: async scope => (await Mentoring.Api.Clients.ClientQueries.Upcoming(scope.GetRequiredService<IQuerySession>(),
            RigaCalendar.Today(scope.GetRequiredService<TimeProvider>()), 60, "riga", false, CancellationToken.None))
            .Select(u => new { daysToRelease = u.DaysToRelease, needsMatchBy = u.NeedsMatchBy, client = new { id = u.Client.Id, name = u.Client.Person.Name, releaseDate = u.Client.ReleaseDate } })
            .ToList())));


    // Access by design (issue 14): the same people with case fields (goals, release type) — every person's read is
    // recorded in the audit trail, one record each in one transaction per request — against the summary only, which
    // records nothing. The ratio is what recording every read costs.
    const string UpcomingAudited = "{ upcomingReleases(withinDays: 60, municipality: \"riga\") { daysToRelease needsMatchBy client { id name releaseDate releaseType goals { title deadline } } } }";
    await LoadRun.WarmUpAsync(Concurrency, async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingAudited })),
        async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingQuery })));
    results.Add(await LoadRun.PairAsync("upcomingReleases with case fields, every person's read audited (vs the summary, nothing audited)",
        "upcomingReleases summary only (nothing audited)", clientReads, Concurrency,
        async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingAudited })),
        async _ => await Ok(await clientsNgo.PostAsJsonAsync("/graphql", new { query = UpcomingQuery }))));
    await using (var audit = store.QuerySession())
        Console.Error.WriteLine($"audit records written by the audited run: {await audit.Query<Mentoring.Domain.Audit.AuditRecord>().Where(r => r.AnyTenant()).CountAsync()}");
    }

    // Batched loading (issue 17): a page of 100 matches with each match's client and mentor name. GraphQL batch-loads the
    // page's people (one query per kind, whatever the page size); the bare endpoint does the same page query and the same two
    // LoadManyAsync calls and writes JSON. Before batching, GraphQL loaded each person on its own: 200 queries a page.
    if (Section("matches"))
    {
        var matchesNgo = await NgoClient("Bench matches", matches: matchCount);
        const string MatchesQuery = "{ matchPage(first: 100) { nodes { id stage client { name } mentor { name } } } }";
        async Task<bool> Hundred(HttpResponseMessage response)
        {
            using (response)
            {
                if (!response.IsSuccessStatusCode) return false;
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
                return !doc.RootElement.TryGetProperty("errors", out _)
                       && doc.RootElement.GetProperty("data").GetProperty("matchPage").GetProperty("nodes") is { ValueKind: JsonValueKind.Array } nodes
                       && nodes.GetArrayLength() == 100 && nodes.EnumerateArray().All(n => n.GetProperty("mentor").GetProperty("name").GetString() is { Length: > 0 });
            }
        }
        await LoadRun.WarmUpAsync(Concurrency, async _ => await Hundred(await matchesNgo.PostAsJsonAsync("/graphql", new { query = MatchesQuery })),
            async _ => await Hundred(await matchesNgo.GetAsync("/baseline/matches")));
        results.Add(await LoadRun.PairAsync($"matchPage(first: 100) with client and mentor names (of {matchCount})",
            $"matchPage(first: 100) with client and mentor names (of {matchCount})", matchReads, Concurrency,
            async _ => await Hundred(await matchesNgo.PostAsJsonAsync("/graphql", new { query = MatchesQuery })),
            async _ => await Hundred(await matchesNgo.GetAsync("/baseline/matches"))));
        phases.Add(("matchPage(first: 100) with client and mentor names", await Phases.MeasureAsync(app.Services, principals[matchesNgo], MatchesQuery)));
    }

    // Hostile documents (issue 15): an anonymous caller's worst documents within the body limit are refused before GraphQL
    // validation runs, so they cost about what a tiny query does. Baseline: `{ prisons { code } }`, same caller, same run.
    if (Section("documents"))
    {
        using var anonymous = new HttpClient { BaseAddress = address };
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        var repeated = "{ " + string.Join(" ", Enumerable.Repeat("prisons { code }", 5_500)) + " }";      // ~99 kB of one repeated field
        var fragments = "query { ...F0 } " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
                        + " fragment F30 on Query { prisons { code } }";                                        // each spreads the next twice
        async Task<bool> Refused(string query)
        {
            using var response = await anonymous.PostAsJsonAsync("/graphql", new { query });
            return (int)response.StatusCode < 500 && (await response.Content.ReadAsStringAsync()).Contains("\"errors\"", StringComparison.Ordinal);
        }
        async Task<bool> Answered(string query)
        {
            using var response = await anonymous.PostAsJsonAsync("/graphql", new { query });
            return response.IsSuccessStatusCode && !(await response.Content.ReadAsStringAsync()).Contains("\"errors\"", StringComparison.Ordinal);
        }
        const int DocumentRequests = 300;
        await LoadRun.RunAsync("warm-up", 50, Concurrency, async _ => await Answered("{ prisons { code } }"));
        var tiny = await LoadRun.RunAsync("{ prisons { code } } (answered)", DocumentRequests, Concurrency, async _ => await Answered("{ prisons { code } }"));
        results.Add((await LoadRun.RunAsync($"one field repeated 5,500 times, {repeated.Length / 1000} kB (refused before validation)", DocumentRequests, Concurrency,
            async _ => await Refused(repeated)), tiny));
        results.Add((await LoadRun.RunAsync("30 fragments each spreading the next twice (refused before validation)", DocumentRequests, Concurrency,
            async _ => await Refused(fragments)), tiny));
    }

    // Contact logs (issue 8): 50 simulated mentors logging at once, every fifth request a retry of the previous one.
    if (Section("contacts"))
    {
    const int MentorsLogging = 50, LogsPerMentor = 30;
    // Both sides seeded first (an NGO of 50 mentors each), then measured in alternating rounds.
    async Task<(Func<int, Task<bool>> Send, Func<Task<(int UniqueKeys, int Stored)>> Count)> LogSide(string side,
        Func<ContactSeed.SimulatedMentor, object, Task<HttpResponseMessage>> send)
    {
        var ngo = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = $"Bench contacts {side}" }, store, clock, default)).Item!;
        var mentors = await ContactSeed.SeedAsync(store, ngo.Id, ngo.TenantId, MentorsLogging, address, clock);
        var keys = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var perMentor = new int[MentorsLogging];
        async Task<bool> Send(int i)
        {
            var m = i % MentorsLogging;
            var n = Interlocked.Increment(ref perMentor[m]);
            var key = $"{side}-{m}-{(n % 5 == 0 ? n - 1 : n)}"; // every fifth send repeats the previous key, as a phone retry would
            keys[key] = true;
            // GraphQL spells enum values in CONSTANT_CASE; the baseline's JSON binder uses the C# names.
            var graphqlSide = side == "graphql";
            var input = new { matchId = mentors[m].MatchId, idempotencyKey = key, happenedAt = clock.GetUtcNow().AddHours(-1), durationMinutes = 30,
                              mode = graphqlSide ? "IN_PERSON" : "InPerson", topics = new[] { graphqlSide ? "HOUSING" : "Housing" },
                              goalsProgressed = Array.Empty<Guid>(), concern = graphqlSide ? "NONE" : "None" };
            return await Ok(await send(mentors[m], input));
        }
        async Task<(int, int)> Count()
        {
            await using var check = store.QuerySession(ngo.TenantId);
            return (keys.Count, await check.Query<Mentoring.Domain.Contacts.ContactRecord>().CountAsync());
        }
        return (Send, Count);
    }
    const string LogMutation = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id } } errors { code message field } } }";
    var graphqlSide = await LogSide("graphql", (m, input) => m.Http.PostAsJsonAsync("/graphql", new { query = LogMutation, variables = new { i = input } }));
    var baselineSide = await LogSide("baseline", (m, input) => m.Http.PostAsJsonAsync("/baseline/logContact", input));
    // Warmed like the reads: the mutation's GraphQL path has many more methods for the JIT to settle, and unwarmed its first
    // rounds measured the tiered compiler. Then balanced rounds (A, B, B, A) with the async daemon caught up after each, so
    // neither side pays for the projections of the other's writes (or of the seed just before).
    await LoadRun.WarmUpAsync(MentorsLogging, graphqlSide.Send, baselineSide.Send);
    await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
    results.Add(await LoadRun.PairAsync("logContact (50 mentors)", "logContact (50 mentors)", MentorsLogging * LogsPerMentor, MentorsLogging,
        graphqlSide.Send, baselineSide.Send, settle: () => store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2)), balanced: true));
    var graphqlLogs = await graphqlSide.Count();
    var baselineLogs = await baselineSide.Count();
    Console.Error.WriteLine($"logContact duplicates: GraphQL {graphqlLogs.Stored - graphqlLogs.UniqueKeys} (stored {graphqlLogs.Stored} for {graphqlLogs.UniqueKeys} keys), " +
                            $"baseline {baselineLogs.Stored - baselineLogs.UniqueKeys} (stored {baselineLogs.Stored} for {baselineLogs.UniqueKeys} keys)");
    }

    // Contact history (issue 17): logContact on a match that already holds 500 meetings against one on a match that held
    // none, through GraphQL, in alternating rounds. Each side spreads its requests over 40 matches of its own, so the 4
    // requests in flight never share a stream and both sides read equally warm rows (a fresh match ends the run with about
    // 31 meetings at the default 1,200 requests). Each round starts once the async daemon has caught up with the previous
    // round's events, so neither side's background work lands in the other's, and each side goes first in half the rounds.
    // The ratio is time per request.
    var growth = new List<(LoadResult History, LoadResult Fresh)>();
    if (Section("history"))
    {
        var historyLogs = int.Parse(Environment.GetEnvironmentVariable("BENCH_HISTORY_LOGS") ?? "1200");
        const int HistoryMatches = 40, EarlierContacts = 500, HistoryConcurrency = 4, WarmUp = 50;
        IReadOnlyList<Guid> longHistory = [], fresh = [];
        var seedWatch = System.Diagnostics.Stopwatch.StartNew();
        var historyNgo = await NgoClient("Bench history", seed: async tenant =>
        {
            longHistory = await HistorySeed.SeedAsync(store, tenant, HistoryMatches, EarlierContacts, clock.GetUtcNow());
            fresh = await HistorySeed.SeedAsync(store, tenant, HistoryMatches, 0, clock.GetUtcNow());
        });
        Console.Error.WriteLine($"seeded {HistoryMatches} matches of {EarlierContacts} meetings and {fresh.Count} fresh ones in {seedWatch.Elapsed.TotalSeconds:F0} s");
        const string HistoryLog = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id } } errors { code } } }";
        async Task<bool> LogOn(Guid matchId)
        {
            using var response = await historyNgo.PostAsJsonAsync("/graphql", new
            {
                query = HistoryLog,
                variables = new { i = new { matchId, idempotencyKey = Guid.NewGuid().ToString(), happenedAt = clock.GetUtcNow().AddHours(-1), durationMinutes = 45,
                                            mode = "IN_PERSON", place = "Biedrības telpas", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(),
                                            privateNote = "Runājām par dzīvesvietas deklarēšanu.", concern = "NONE" } },
            });
            if (!response.IsSuccessStatusCode) return false;
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            return !doc.RootElement.TryGetProperty("errors", out _)
                   && doc.RootElement.GetProperty("data").GetProperty("logContact").GetProperty("errors").GetArrayLength() == 0;
        }
        await LoadRun.RunAsync("warm-up", WarmUp, HistoryConcurrency, i => LogOn(longHistory[i % HistoryMatches]));
        await LoadRun.RunAsync("warm-up", WarmUp, HistoryConcurrency, i => LogOn(fresh[i % HistoryMatches]));
        growth.Add(await LoadRun.PairAsync($"logContact on a match holding {EarlierContacts} earlier meetings", "logContact on a fresh match", historyLogs,
            HistoryConcurrency, i => LogOn(longHistory[i % HistoryMatches]), i => LogOn(fresh[i % HistoryMatches]), rounds: 8,
            settle: () => store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2)), balanced: true));
    }

    Console.WriteLine($"## GraphQL vs minimal-API baseline ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {Concurrency} concurrent clients, loopback, contracts per NGO after writes: {writes + 100})");
    Console.WriteLine();
    Console.WriteLine("| operation | side | requests | failures | req/s | p50 ms | p95 ms | GraphQL/baseline throughput |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
    foreach (var (g, b) in results)
    {
        Console.WriteLine($"| {g.Name} | GraphQL | {g.Requests} | {g.Failures} | {g.Throughput:F0} | {g.P50Ms:F1} | {g.P95Ms:F1} | {g.Throughput / b.Throughput:F2} |");
        Console.WriteLine($"| {b.Name} | baseline | {b.Requests} | {b.Failures} | {b.Throughput:F0} | {b.P50Ms:F1} | {b.P95Ms:F1} | |");
    }
    if (growth.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## logContact with a long history vs none (GraphQL, alternating rounds; ratio = time per request, long / fresh)");
        Console.WriteLine();
        Console.WriteLine("| operation | requests | failures | req/s | ms per request | p50 ms | p95 ms | long / fresh |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (h, f) in growth)
        {
            Console.WriteLine($"| {h.Name} | {h.Requests} | {h.Failures} | {h.Throughput:F0} | {1000 / h.Throughput:F2} | {h.P50Ms:F1} | {h.P95Ms:F1} | {f.Throughput / h.Throughput:F2} |");
            Console.WriteLine($"| {f.Name} | {f.Requests} | {f.Failures} | {f.Throughput:F0} | {1000 / f.Throughput:F2} | {f.P50Ms:F1} | {f.P95Ms:F1} | |");
        }
    }
    if (phases.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("## One request's GraphQL phases, in process, one at a time (median ms; the parse and count are what a cached document skips)");
        Console.WriteLine();
        Console.WriteLine("| document | parse | cost count | validation | execution | serialisation | bare: the same reads + JSON |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, row) in phases) Console.WriteLine($"| {name} {row}");
    }
    if (results.Concat(growth).Any(r => r.Item1.Failures + r.Item2.Failures > 0))
    {
        Console.Error.WriteLine("Some requests failed: the figures above are not comparable.");
        Environment.ExitCode = 1;
    }
}
finally
{
    await app.StopAsync();
    await using var db = new NpgsqlConnection(connection);
    await db.OpenAsync();
    await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", db);
    await drop.ExecuteNonQueryAsync();
}
