using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>Every request the load made: when, by which loop, and whether the service answered it (no 5xx, no dropped connection).</summary>
public sealed record Observation(DateTimeOffset At, string Source, int Status, bool Answered);

/// <summary>One injected fault: when it began and ended, and what was measured around it (seconds unless named otherwise).</summary>
public sealed class Fault(string name, string what)
{
    public string Name => name;
    public string What => what;
    public DateTimeOffset Injected { get; set; }
    public DateTimeOffset Ended { get; set; }
    /// <summary>From injection to the first answered request after the last unanswered one of this fault (0: none went unanswered).</summary>
    public double RecoverySeconds { get; set; }
    public double LongestOutageSeconds { get; set; }
    public int Unanswered { get; set; }
    public Dictionary<string, string> Figures { get; } = [];
}

public sealed record Round(Guid MentorId, string MentorEmail, int Capacity, IReadOnlyList<Guid> Clients)
{
    public ConcurrentBag<Guid> Acknowledged { get; } = [];
    public ConcurrentBag<string> Refusals { get; } = [];
}

/// <summary>What the load and the faults left behind, for the tests to check.</summary>
public sealed class ScenarioResult
{
    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];
    public ConcurrentQueue<Observation> Observations { get; } = new();
    public List<Fault> Faults { get; } = [];
    /// <summary>Meetings the service acknowledged: idempotency key → contact id.</summary>
    public ConcurrentDictionary<string, Guid> Meetings { get; } = new();
    public ConcurrentBag<string> MeetingsGivenUp { get; } = [];
    /// <summary>Case reads answered: their purposes (one per request).</summary>
    public ConcurrentBag<string> Reads { get; } = [];
    public ConcurrentBag<string> ReadsGivenUp { get; } = [];
    public List<Round> Rounds { get; } = [];
    public Guid ErasedClient { get; set; }
    public string ErasedName { get; set; } = "";
    public bool Erased { get; set; }
    public bool ErasureCompleted { get; set; }
    public DateTimeOffset ErasureRequested { get; set; }
    public Guid SummaryContract { get; set; }
    public string SummaryRecipient { get; set; } = "";
    public string SummaryPeriod { get; set; } = "";
    public string DeadLetterAddress { get; set; } = "";
    public List<string> DeadLetters { get; } = [];
    public List<string> Notes { get; } = [];
    public ConcurrentQueue<(DateTimeOffset At, List<(string Application, long Key)> Locks)> LockSamples { get; } = new();
    public HashSet<long> DaemonKeys { get; set; } = [];
    public TimeSpan Duration { get; set; }
    public double ProjectionCatchUpSeconds { get; set; }
    public double MailDrainSeconds { get; set; }
}

/// <summary>
/// The load and the faults, run once for the whole suite (<see cref="Cluster.Scenario"/>): meetings logged with
/// idempotency keys, case reads with a purpose each, a probe every 200 ms, proposals over a mentor's capacity, an erasure;
/// meanwhile, one at a time, PostgreSQL restarted, its backends terminated, the daemon's leader killed, SMTP down / 451 /
/// 550 for one address, and the worker killed while an outcome summary is being issued. Every client retries an
/// unanswered request with the same idempotency key until it is answered, as the phone's outbox does.
/// </summary>
public sealed class Scenario(Cluster cluster)
{
    private readonly ScenarioResult _r = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private volatile bool _urgent;
    private Client _coordinator = null!, _admin = null!, _mentor = null!, _prober = null!;
    private List<Guid> _matches = [];
    private List<Guid> _cases = [];
    private string Place => "fault-suite-" + _r.RunId;

    private const string LogContact = "mutation($i: LogContactInput!) { logContact(input: $i) { result { contact { id } } errors { code field } } }";
    private const string ReadCase = "query($id: ID!, $p: String) { client(id: $id, purpose: $p) { id name } }";
    private const string Propose = "mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { match { id } errors { code } } }";

    public async Task<ScenarioResult> RunAsync()
    {
        var patience = TimeSpan.FromSeconds(20); // then the request counts as unanswered and is sent again
        _coordinator = await cluster.SignedInAsync(Cluster.Coordinator, timeout: patience);
        _admin = await cluster.SignedInAsync(Cluster.OrgAdmin, timeout: patience);
        _mentor = await cluster.SignedInAsync(Cluster.Mentor, timeout: patience);
        _prober = await cluster.SignedInAsync(Cluster.Coordinator, timeout: patience);
        await PrepareAsync();

        using var stop = new CancellationTokenSource();
        var load = new[]
        {
            Task.Run(() => MeetingsAsync(0, stop.Token)), Task.Run(() => MeetingsAsync(1, stop.Token)),
            Task.Run(() => ReadsAsync(stop.Token)), Task.Run(() => ProbeAsync(stop.Token)), Task.Run(() => WatchLeadersAsync(stop.Token)),
        };
        await Task.Delay(TimeSpan.FromSeconds(3)); // a baseline under load

        await FaultAsync("postgres-restart", "PostgreSQL restarted (pg_ctl restart -m fast) under load", async f =>
        {
            var proposals = ProposeRoundAsync(_r.Rounds[0]); // proposals over capacity, racing the restart
            await cluster.Postgres.RestartAsync();
            f.Ended = DateTimeOffset.UtcNow;
            await proposals;
        });
        await FaultAsync("backends-terminated", "every PostgreSQL backend of the app terminated (pg_terminate_backend)", async f =>
        {
            f.Figures["backends terminated"] = (await cluster.Postgres.TerminateBackendsAsync()).ToString(CultureInfo.InvariantCulture);
            f.Ended = DateTimeOffset.UtcNow;
        });
        await EraseAsync();
        await FaultAsync("leader-killed", "the process holding the HotCold daemon's leadership killed with SIGKILL", LeaderKillAsync);
        await FaultAsync("smtp-faults", "SMTP down, then 451 for everyone, then 550 for one address", SmtpFaultsAsync);
        await FaultAsync("worker-killed", "the worker killed with SIGKILL while the outcome summary is being issued", WorkerKillAsync);

        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        // Once all is quiet: the keys held throughout two seconds are the daemon's, one per async projection shard.
        var quiet = new List<List<(string Application, long Key)>>();
        for (var i = 0; i < 8; i++)
        {
            quiet.Add(await cluster.AdvisoryLocksAsync());
            await Task.Delay(250);
        }
        _r.DaemonKeys = [.. quiet[0].Select(l => l.Key).Where(k => quiet.All(q => q.Any(l => l.Key == k)))];

        // Measured, not thrown: the tests say what did not happen, with what the database shows.
        try { _r.ProjectionCatchUpSeconds = (await Wait.UntilAsync(ProjectionsCaughtUpAsync, TimeSpan.FromSeconds(45), "the async projections did not catch up", 500)).TotalSeconds; }
        catch (TimeoutException)
        {
            _r.ProjectionCatchUpSeconds = double.NaN;
            var high = await cluster.Postgres.ScalarAsync<long>("select coalesce(max(seq_id), 0) from mentoring.mt_events");
            var rows = await cluster.Postgres.QueryAsync("select name, last_seq_id from mentoring.mt_event_progression order by name", x => $"{x.GetString(0)}={x.GetInt64(1)}");
            var locks = await cluster.AdvisoryLocksAsync();
            _r.Notes.Add($"projections behind 45 s after the load: high water {high}; progression {string.Join(", ", rows)}; advisory locks {string.Join(", ", locks.Select(l => $"{l.Application}:{l.Key}"))}");
        }
        try { _r.MailDrainSeconds = (await Wait.UntilAsync(async () => await PendingMailAsync() == 0, TimeSpan.FromSeconds(180), "mail still waiting", 500)).TotalSeconds; }
        catch (TimeoutException)
        {
            _r.MailDrainSeconds = double.NaN;
            _r.Notes.Add($"mail still waiting after 180 s: {await PendingMailAsync()} messages");
        }
        // The erasure is a job (requested, in progress, completed): it must have finished, through the faults after it.
        try
        {
            await Wait.UntilAsync(async () => (await Acknowledged(_admin, "erasure", "query($p: ID!) { erasures(personId: $p) { nodes { status } } }", new { p = _r.ErasedClient }))
                .Data.GetProperty("erasures").GetProperty("nodes").EnumerateArray().Any(n => n.GetProperty("status").GetString() == "COMPLETED"),
                TimeSpan.FromSeconds(120), "the erasure did not complete", 500);
            _r.ErasureCompleted = true;
            _r.Notes.Add($"The erasure requested before the leader was killed was COMPLETED when checked after the load, {(DateTimeOffset.UtcNow - _r.ErasureRequested).TotalSeconds:0} s after it was requested.");
        }
        catch (TimeoutException)
        {
            _r.Notes.Add("The erasure was not COMPLETED 120 s after the load.");
        }
        _r.Duration = _clock.Elapsed;
        Measure();
        Report.Write(cluster, _r);
        return _r;
    }

    // ---- set-up: what the load works on ----

    private async Task PrepareAsync()
    {
        var mine = await Acknowledged(_mentor, "setup", "{ myMatches { matchId stage } }");
        _matches = [.. mine.Data.GetProperty("myMatches").EnumerateArray().Where(m => m.GetProperty("stage").GetString() == "ACTIVE")
            .Select(m => Guid.Parse(m.GetProperty("matchId").GetString()!))];
        if (_matches.Count == 0) throw new Xunit.Sdk.XunitException("the demo mentor has no active match to log meetings on");
        var cases = await Acknowledged(_coordinator, "setup", "{ clients(first: 30) { nodes { id } } }");
        _cases = [.. cases.Data.GetProperty("clients").GetProperty("nodes").EnumerateArray().Select(c => Guid.Parse(c.GetProperty("id").GetString()!))];
        for (var round = 0; round < 3; round++)
        {
            var email = $"mentor-{_r.RunId}-{round}@example.lv";
            var mentor = await ApprovedMentorAsync(capacity: 2, email);
            var clients = new List<Guid>();
            for (var i = 0; i < 4; i++) clients.Add(await ConsentedClientAsync($"Klients {Letters(6)}"));
            _r.Rounds.Add(new Round(mentor, email, 2, clients));
        }
        _r.ErasedName = $"Dzēšamais {Letters(8)}";
        _r.ErasedClient = await ConsentedClientAsync(_r.ErasedName);
    }

    public async Task<Guid> ApprovedMentorAsync(int capacity, string? email = null)
    {
        email ??= $"mentor-{Guid.NewGuid():N}@example.lv";
        var applied = await Acknowledged(_coordinator, "setup", """
            mutation($i: SubmitMentorApplicationInput!) { submitMentorApplication(input: $i) { mentorId errors { code field } } }
            """, new
        {
            i = new
            {
                organisationId = cluster.NgoId, idempotencyKey = "fault-" + Guid.NewGuid(),
                profile = new
                {
                    name = $"Mentors {Letters(6)}", email, phone = "+371 20000000", languages = new[] { "lv", "ru" }, municipalities = new[] { "riga" },
                    gender = "MALE", birthYear = 1979, incarceration = true, remissionYears = 6, specialities = new[] { "HOUSING", "ADDICTION" },
                    availability = new[] { new { day = "TUESDAY", part = "EVENING" } }, capacity,
                    motivation = "Pirmo mēnesi pēc atbrīvošanas pazīstu no savas dzīves.",
                },
            },
        });
        NoUserErrors(applied, "submitMentorApplication");
        var id = Guid.Parse(applied.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
        await MentorCommandAsync("recordScreeningInterview", "RecordScreeningInterviewInput", id, new { heldOn = cluster.Date(-30), interviewer = "Anna Koordinatore", outcome = "RECOMMENDED" });
        foreach (var referee in new[] { "Pastor Ozols", "Employer Kalniņš" })
            await MentorCommandAsync("recordReference", "RecordReferenceInput", id, new { refereeName = referee, relationship = "knows him for years", outcome = "POSITIVE", receivedOn = cluster.Date(-25) });
        await MentorCommandAsync("recordBackgroundCheck", "RecordBackgroundCheckInput", id, new { checkedOn = cluster.Date(-20), outcome = "CLEAR" });
        foreach (var module in new[] { "Ievads līdzgaitnieka darbā", "Konfidencialitāte un robežas" })
            await MentorCommandAsync("recordTrainingCompleted", "RecordTrainingCompletedInput", id, new { module, completedOn = cluster.Date(-15) });
        await MentorCommandAsync("signConfidentialityAgreement", "SignConfidentialityAgreementInput", id, new { signedOn = cluster.Date(-15), documentReference = "KL-2026/7" });
        var approved = await Acknowledged(_coordinator, "setup", "mutation($i: ApproveMentorInput!) { approveMentor(input: $i) { approval { mentor { status } } errors { code field } } }",
            new { i = new { mentorId = id, expectedVersion = await MentorVersionAsync(id) } });
        NoUserErrors(approved, "approveMentor");
        return id;
    }

    private async Task<long> MentorVersionAsync(Guid id) =>
        (await Acknowledged(_coordinator, "setup", "query($id: ID!) { mentor(id: $id) { version } }", new { id })).Data.GetProperty("mentor").GetProperty("version").GetInt64();

    private async Task MentorCommandAsync(string mutation, string inputType, Guid id, object fields)
    {
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["mentorId"] = id.ToString();
        input["expectedVersion"] = await MentorVersionAsync(id);
        NoUserErrors(await Acknowledged(_coordinator, "setup", $"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ mentor {{ id }} errors {{ code field }} }} }}", new { i = input }), mutation);
    }

    private async Task<Guid> ConsentedClientAsync(string name)
    {
        var referred = await Acknowledged(_coordinator, "setup", "mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } errors { code field } } }", new
        {
            i = new
            {
                name, gender = "MALE", birthYear = 1984, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = cluster.Date(40),
                releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze", notADuplicate = true,
            },
        });
        NoUserErrors(referred, "referClient");
        var client = referred.Data.GetProperty("referClient").GetProperty("client");
        var consent = await Acknowledged(_coordinator, "setup", "mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code field } } }", new
        {
            i = new
            {
                clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(),
                scopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, givenOn = cluster.Date(-1), documentReference = "PK-1",
            },
        });
        NoUserErrors(consent, "recordConsent");
        return Guid.Parse(client.GetProperty("id").GetString()!);
    }

    // ---- the load ----

    private async Task MeetingsAsync(int loop, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = $"fault-{_r.RunId}-{loop}-{n}";
            var matchId = _matches[(n * 2 + loop) % _matches.Count];
            var urgent = _urgent && n % 10 == 0;
            var answer = await UntilAnsweredAsync(_mentor, $"meetings-{loop}", LogContact, new
            {
                i = new
                {
                    matchId, idempotencyKey = key, happenedAt = cluster.AppNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                    durationMinutes = 30 + n % 60, mode = "IN_PERSON", place = Place, topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(),
                    concern = urgent ? "URGENT" : "NONE", privateNote = urgent ? "Fault suite: an urgent concern, to raise a safeguarding alert." : null,
                },
            }, TimeSpan.FromSeconds(90));
            if (answer is null) _r.MeetingsGivenUp.Add(key);
            else
            {
                NoUserErrors(answer, "logContact");
                _r.Meetings[key] = Guid.Parse(answer.Data.GetProperty("logContact").GetProperty("result").GetProperty("contact").GetProperty("id").GetString()!);
            }
            await Pause(150, stop);
        }
    }

    private async Task ReadsAsync(CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var purpose = $"fault-read-{_r.RunId}-{n}";
            var answer = await UntilAnsweredAsync(_coordinator, "case-reads", ReadCase, new { id = _cases[n % _cases.Count], p = purpose }, TimeSpan.FromSeconds(90));
            if (answer is null) _r.ReadsGivenUp.Add(purpose);
            else if (answer.Data.GetProperty("client").ValueKind == JsonValueKind.Object) _r.Reads.Add(purpose);
            await Pause(150, stop);
        }
    }

    private async Task ProbeAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Observe("probe", await _prober.PostAsync("{ me { id } }"));
            await Pause(200, stop);
        }
    }

    /// <summary>Who holds which advisory lock, four times a second (pg_locks by each process's Application Name).</summary>
    private async Task WatchLeadersAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try { _r.LockSamples.Enqueue((DateTimeOffset.UtcNow, await cluster.AdvisoryLocksAsync())); }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException) { } // the server is down: no sample
            await Pause(250, stop);
        }
    }

    /// <summary>The daemon's lock keys while the load runs: those some process held for eight samples in a row (two
    /// seconds); a contract write's lock comes and goes within one. (A restarting process's schema-migration lock can last
    /// that long too: the final check uses <see cref="ScenarioResult.DaemonKeys"/>, the keys held once all is quiet.)</summary>
    private HashSet<long> DaemonKeys(int run = 8)
    {
        var samples = _r.LockSamples.ToList();
        var keys = new HashSet<long>();
        for (var i = run - 1; i < samples.Count; i++)
            foreach (var held in samples[i].Locks.Select(l => l.Key))
                if (samples.Skip(i - (run - 1)).Take(run - 1).All(s => s.Locks.Any(l => l.Key == held))) keys.Add(held);
        return keys;
    }

    private async Task ProposeRoundAsync(Round round) => await Task.WhenAll(round.Clients.Select(async client =>
    {
        var answer = await UntilAnsweredAsync(_coordinator, "proposals", Propose, new { i = new { clientId = client, mentorId = round.MentorId, idempotencyKey = $"fault-{_r.RunId}-{client}" } },
            TimeSpan.FromSeconds(90)) ?? throw new Xunit.Sdk.XunitException("a proposal was never answered");
        var errors = answer.UserErrors("proposeMatch");
        if (errors.Count == 0) round.Acknowledged.Add(Guid.Parse(answer.Data.GetProperty("proposeMatch").GetProperty("match").GetProperty("id").GetString()!));
        else foreach (var code in errors) round.Refusals.Add(code);
    }));

    // ---- the faults ----

    private async Task FaultAsync(string name, string what, Func<Fault, Task> inject)
    {
        var fault = new Fault(name, what) { Injected = DateTimeOffset.UtcNow };
        _r.Faults.Add(fault);
        await inject(fault);
        if (fault.Ended == default) fault.Ended = DateTimeOffset.UtcNow;
        // Answered again: the probe and the load's requests have been answered for three seconds in a row.
        await Wait.UntilAsync(() => Task.FromResult(AnsweredSince(DateTimeOffset.UtcNow.AddSeconds(-3))), TimeSpan.FromSeconds(120), $"the service did not answer again after {name}", 250);
    }

    private bool AnsweredSince(DateTimeOffset since)
    {
        var recent = _r.Observations.Where(o => o.At >= since).ToList();
        return recent.Count >= 5 && recent.All(o => o.Answered) && _r.Observations.Any(o => o.At < since.AddSeconds(0.5));
    }

    private async Task LeaderKillAsync(Fault fault)
    {
        // The daemon's leadership: session-level advisory locks held throughout (see DaemonKeys). After the earlier
        // faults cut every connection, the daemon has to take them again first.
        var since = DateTimeOffset.UtcNow;
        IGrouping<string, (string Application, long Key)>? leader = null;
        var relead = await Wait.UntilAsync(() =>
        {
            var keys = DaemonKeys();
            var held = _r.LockSamples.LastOrDefault().Locks?.Where(l => keys.Contains(l.Key)).ToList() ?? [];
            leader = held.GroupBy(l => l.Application).OrderByDescending(g => g.Count()).FirstOrDefault();
            return Task.FromResult(leader is not null && _r.LockSamples.Count(x => x.At > since) >= 4);
        }, TimeSpan.FromSeconds(120), "no process holds the daemon's advisory locks: no HotCold leader", 250);
        fault.Figures["waited for a daemon leader (s)"] = relead.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var chosen = leader ?? throw new Xunit.Sdk.XunitException("no HotCold leader");
        var keys = chosen.Select(l => l.Key).ToHashSet();
        fault.Figures["leader"] = chosen.Key;
        fault.Figures["daemon lock keys"] = string.Join(", ", keys.Order());
        var victim = chosen.Key == "mentoring-worker" ? cluster.Worker : cluster.Nodes.Single(n => chosen.Key == "mentoring-" + n.Name);
        fault.Injected = DateTimeOffset.UtcNow;
        victim.Kill();
        var takeover = await Wait.UntilAsync(async () =>
        {
            var now = await cluster.AdvisoryLocksAsync();
            return keys.All(k => now.Count(l => l.Key == k && l.Application != chosen.Key) == 1);
        }, TimeSpan.FromSeconds(60), "no standby took the daemon's leadership over", 200);
        fault.Figures["new leader after (s)"] = takeover.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        fault.Figures["new leader"] = string.Join(", ", (await cluster.AdvisoryLocksAsync()).Where(l => keys.Contains(l.Key)).Select(l => l.Application).Distinct());
        victim.Start();
        var restarted = victim == cluster.Worker ? await cluster.WorkerUpAsync(TimeSpan.FromMinutes(2)) : await cluster.NodeUpAsync(Array.IndexOf(cluster.Nodes, victim), TimeSpan.FromMinutes(2));
        fault.Figures["killed process back after (s)"] = restarted.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
    }

    private async Task SmtpFaultsAsync(Fault fault)
    {
        var smtp = cluster.Smtp;
        _urgent = true; // safeguarding alerts while the mail server is in trouble
        await smtp.StopAsync();
        var proposals = ProposeRoundAsync(_r.Rounds[1]); // proposal mails too
        await HoldAsync(TimeSpan.FromSeconds(20));
        await proposals;
        await smtp.StartAsync();
        smtp.Busy(true);
        await HoldAsync(TimeSpan.FromSeconds(15));
        smtp.Busy(false);
        var healthy = DateTimeOffset.UtcNow;
        fault.Figures["SMTP down (s)"] = "20";
        fault.Figures["SMTP 451 (s)"] = "15";

        // 550 for one address: the coordinator's, who gets the safeguarding alerts. They are refused for good and become
        // dead letters (two refusals in this suite), visible to the NGO's admin, who retries them once the mailbox works.
        _r.DeadLetterAddress = Cluster.Coordinator;
        smtp.Refuse(Cluster.Coordinator);
        var deadLettered = await Wait.UntilAsync(async () => (await DeadLettersAsync()).Count > 0, TimeSpan.FromSeconds(150), "no alert to the refused address was dead-lettered", 500);
        fault.Figures["dead-lettered after (s)"] = deadLettered.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        _urgent = false;
        await Wait.UntilAsync(async () => await PendingMailAsync(except: Cluster.Coordinator) == 0, TimeSpan.FromSeconds(180), "mail held back by the outage was not delivered", 500);
        fault.Figures["mail delivered after SMTP was healthy (s)"] = (DateTimeOffset.UtcNow - healthy).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        // Failing attempts still running may dead-letter more: wait until none to the address is left in flight.
        await Wait.UntilAsync(async () => await PendingMailAsync(only: Cluster.Coordinator, excludeDeadLetters: true) == 0, TimeSpan.FromSeconds(150),
            "alerts to the refused address neither sent nor dead-lettered", 500);
        smtp.Refuse();
        // The admin retries every dead letter, a page of a hundred at a time (a retried one leaves the list).
        for (var page = 0; page < 10 && await DeadLettersAsync() is { Count: > 0 } letters; page++)
            foreach (var letter in letters)
            {
                _r.DeadLetters.Add(letter.Id);
                var retried = await UntilAnsweredAsync(_admin, "admin", "mutation($id: ID!, $v: Long!) { retryNotification(id: $id, expectedVersion: $v) { errors { code } } }",
                    new { id = letter.Id, v = letter.Version }, TimeSpan.FromSeconds(60)) ?? throw new Xunit.Sdk.XunitException("retryNotification was never answered");
                NoUserErrors(retried, "retryNotification");
            }
        var retriedSent = await Wait.UntilAsync(async () => await PendingMailAsync() == 0, TimeSpan.FromSeconds(120), "retried dead letters were not delivered", 500);
        fault.Figures["dead letters"] = _r.DeadLetters.Count.ToString(CultureInfo.InvariantCulture);
        fault.Figures["retried dead letters delivered after (s)"] = retriedSent.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
    }

    private async Task WorkerKillAsync(Fault fault)
    {
        // A contract of another municipality, begun before last month: its last month's summary is due at once, and the
        // outcome-summary check runs every two seconds on the worker.
        var today = cluster.AppToday;
        var period = today.AddMonths(-1);
        _r.SummaryPeriod = $"{period.Year:D4}-{period.Month:D2}";
        _r.SummaryRecipient = $"summary-{_r.RunId}@ventspils.example";
        var created = DateTimeOffset.UtcNow;
        var contract = await UntilAnsweredAsync(_admin, "admin", "mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } errors { code field } } }", new
        {
            i = new
            {
                municipalityCode = "ventspils", reference = $"FAULT-{_r.RunId}", idempotencyKey = $"fault-contract-{_r.RunId}",
                terms = new
                {
                    startDate = new DateOnly(today.Year, today.Month, 1).AddMonths(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    endDate = today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), clientCapacity = 10,
                    reportRecipients = new[] { _r.SummaryRecipient }, cadence = "MONTHLY",
                },
            },
        }, TimeSpan.FromSeconds(60)) ?? throw new Xunit.Sdk.XunitException("createContract was never answered");
        NoUserErrors(contract, "createContract");
        _r.SummaryContract = Guid.Parse(contract.Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString()!);

        // Kill the worker as soon as Quartz runs the check after the contract exists (its fired trigger EXECUTING; Quartz
        // keeps time by the app's clock, offset like the rest): while it reads the figures, draws the chart and records
        // the summary with its mail.
        await Wait.UntilAsync(async () => await cluster.Postgres.ScalarAsync<long>(
            "select count(*) from mentoring.qrtz_fired_triggers where trigger_name = 'outcome-summaries' and state = 'EXECUTING' and fired_time >= @t",
            ("t", (created + cluster.ClockOffset).UtcTicks)) > 0, TimeSpan.FromSeconds(30), "the outcome-summary check did not run", 10);
        fault.Injected = DateTimeOffset.UtcNow;
        cluster.Worker.Kill();
        var issuedBeforeKill = await IssuesAsync();
        fault.Figures["summary already recorded when the worker died"] = issuedBeforeKill > 0 ? "yes" : "no";
        var proposals = ProposeRoundAsync(_r.Rounds[2]); // the API takes work while no worker runs
        cluster.Worker.Start();
        fault.Figures["worker back after (s)"] = (await cluster.WorkerUpAsync(TimeSpan.FromMinutes(2))).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        await proposals;
        await Wait.UntilAsync(async () => await IssuesAsync() > 0, TimeSpan.FromSeconds(120), "the outcome summary was never issued", 250);
        fault.Figures["summary issued after the kill (s)"] = (DateTimeOffset.UtcNow - fault.Injected).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        await Wait.UntilAsync(async () => cluster.Smtp.Messages().Any(m => m.To.Mailboxes.Any(a => a.Address == _r.SummaryRecipient)), TimeSpan.FromSeconds(120),
            "the outcome summary's mail was never delivered", 250);
        fault.Figures["summary mailed after the kill (s)"] = (DateTimeOffset.UtcNow - fault.Injected).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
    }

    public Task<long> IssuesAsync() => cluster.Postgres.ScalarAsync<long>(
        "select count(*) from mentoring.mt_events where type = 'outcome_summary_issued' and data->>'contractId' = @c", ("c", _r.SummaryContract.ToString()));

    private async Task EraseAsync()
    {
        var client = await Acknowledged(_coordinator, "erasure", "query($id: ID!) { client(id: $id, purpose: \"closing\") { version } }", new { id = _r.ErasedClient });
        var closed = await UntilAnsweredAsync(_coordinator, "erasure", "mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code field } } }",
            new { i = new { clientId = _r.ErasedClient, expectedVersion = client.Data.GetProperty("client").GetProperty("version").GetInt64(), reason = "MOVED_AWAY" } },
            TimeSpan.FromSeconds(60)) ?? throw new Xunit.Sdk.XunitException("closeCase was never answered");
        NoUserErrors(closed, "closeCase");
        var erased = await UntilAnsweredAsync(_admin, "erasure", "mutation($p: ID!) { erasePersonData(personId: $p, reason: \"Fault suite: the person asked\") { erasure { status } errors { code } } }",
            new { p = _r.ErasedClient }, TimeSpan.FromSeconds(60)) ?? throw new Xunit.Sdk.XunitException("erasePersonData was never answered");
        NoUserErrors(erased, "erasePersonData");
        _r.Erased = true;
        _r.ErasureRequested = DateTimeOffset.UtcNow;
    }

    // ---- what the tests read back ----

    public async Task<List<(string Id, long Version)>> DeadLettersAsync()
    {
        var answer = await Acknowledged(_admin, "admin", "{ notifications(status: DEAD_LETTERED, first: 100) { nodes { id version to } } }");
        return [.. answer.Data.GetProperty("notifications").GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("version").GetInt64()))];
    }

    /// <summary>Messages due and not sent, not dead-lettered and not cancelled (optionally: only or all but one address).</summary>
    private Task<long> PendingMailAsync(string? except = null, string? only = null, bool excludeDeadLetters = true) => cluster.Postgres.ScalarAsync<long>(
        $"""
        select count(*) from mentoring.mt_doc_outboxmessage
        where data->>'sentAt' is null and data->>'cancelledAt' is null {(excludeDeadLetters ? "and data->>'deadLetteredAt' is null" : "")}
          and (data->>'notBefore')::timestamptz <= @now
          and (@except = '' or data->>'to' <> @except) and (@only = '' or data->>'to' = @only)
        """, ("now", cluster.AppNow), ("except", except ?? ""), ("only", only ?? ""));

    private async Task<bool> ProjectionsCaughtUpAsync()
    {
        var high = await cluster.Postgres.ScalarAsync<long>("select coalesce(max(seq_id), 0) from mentoring.mt_events");
        // The projections' shards (Name:All) and the high-water mark; the daemon's other bookkeeping rows (a gap it gave up
        // waiting for, the allocation fence) are not progress.
        var behind = await cluster.Postgres.ScalarAsync<long>(
            "select count(*) from mentoring.mt_event_progression where (name like '%:All' or name = 'HighWaterMark') and last_seq_id < @h", ("h", high));
        return behind == 0;
    }

    // ---- plumbing ----

    /// <summary>Answered: a status below 500 and, for a 200, no request-level GraphQL error (a field that failed on the database is no answer).</summary>
    private void Observe(string source, Answer answer) =>
        _r.Observations.Enqueue(new Observation(DateTimeOffset.UtcNow, source, answer.Status,
            !answer.ServerError && !(answer.Status == 200 && (answer.Body.ValueKind != JsonValueKind.Object || answer.Body.TryGetProperty("errors", out _)))));

    /// <summary>Sends until answered (no 5xx, no dropped connection), the same request each time; null after <paramref name="giveUp"/>.</summary>
    private async Task<Answer?> UntilAnsweredAsync(Client client, string source, string query, object? variables, TimeSpan giveUp)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var answer = await client.PostAsync(query, variables);
            Observe(source, answer);
            if (!answer.ServerError && answer.Body.ValueKind == JsonValueKind.Object && !answer.Body.TryGetProperty("errors", out _)) return answer;
            if (!answer.ServerError && answer.Status is >= 400 and < 500)
                throw new Xunit.Sdk.XunitException($"{source}: the request was refused: {answer}");
            if (watch.Elapsed > giveUp) return null;
            await Task.Delay(250);
        }
    }

    private async Task<Answer> Acknowledged(Client client, string source, string query, object? variables = null) =>
        await UntilAnsweredAsync(client, source, query, variables, TimeSpan.FromSeconds(60)) ?? throw new Xunit.Sdk.XunitException($"{source}: never answered: {query}");

    private static void NoUserErrors(Answer answer, string field)
    {
        var errors = answer.UserErrors(field);
        if (errors.Count > 0) throw new Xunit.Sdk.XunitException($"{field} refused: {answer}");
    }

    private static async Task Pause(int milliseconds, CancellationToken stop)
    {
        try { await Task.Delay(milliseconds, stop); } catch (OperationCanceledException) { }
    }

    /// <summary>Keeps a fault in place for a while; the load goes on meanwhile.</summary>
    private static Task HoldAsync(TimeSpan span) => Task.Delay(span);

    private static string Letters(int n) => new([.. Enumerable.Range(0, n).Select(i => i == 0 ? (char)('A' + Random.Shared.Next(26)) : (char)('a' + Random.Shared.Next(26)))]);

    /// <summary>Recovery per fault from the observations: how long requests went unanswered after it, and the longest such stretch.</summary>
    private void Measure()
    {
        var all = _r.Observations.OrderBy(o => o.At).ToList();
        var samples = _r.LockSamples.ToList();
        for (var i = 0; i < _r.Faults.Count; i++)
        {
            var fault = _r.Faults[i];
            var until = i + 1 < _r.Faults.Count ? _r.Faults[i + 1].Injected : DateTimeOffset.MaxValue;
            // Per daemon lock: the longest stretch of samples in which no process held it, and samples with two holders.
            var during = samples.Where(x => x.At >= fault.Injected && x.At < until).ToList();
            var leaderless = _r.DaemonKeys.Select(k => Outages([.. during.Select(x => new Observation(x.At, "locks", 0, x.Locks.Any(l => l.Key == k)))]).DefaultIfEmpty(0).Max())
                .DefaultIfEmpty(0).Max();
            fault.Figures["longest without a daemon leader (s)"] = leaderless.ToString("0.0", CultureInfo.InvariantCulture);
            var window = all.Where(o => o.At >= fault.Injected && o.At < until).ToList();
            fault.Unanswered = window.Count(o => !o.Answered);
            fault.LongestOutageSeconds = Outages(window).DefaultIfEmpty(0).Max();
            // Answered again: the end of the stretch of unanswered requests the fault caused (one starting within ten
            // seconds of it), measured from the injection; 0 when it caused none.
            var first = window.FirstOrDefault(o => !o.Answered && o.At < fault.Injected.AddSeconds(10));
            if (first is not null)
            {
                var next = window.FirstOrDefault(o => o.At > first.At && o.Answered);
                fault.RecoverySeconds = ((next?.At ?? window[^1].At) - fault.Injected).TotalSeconds;
            }
            if (fault.Unanswered > 0)
                fault.Figures["unanswered by status"] = string.Join(", ", window.Where(o => !o.Answered).GroupBy(o => o.Status == 0 ? "no answer" : o.Status == 200 ? "GraphQL error" : o.Status.ToString(CultureInfo.InvariantCulture))
                    .Select(g => $"{g.Key} ×{g.Count()}"));
        }
    }

    /// <summary>Lengths of the stretches in which nothing was answered: from the first unanswered request to the next answered one.</summary>
    public static IEnumerable<double> Outages(IReadOnlyList<Observation> ordered)
    {
        DateTimeOffset? start = null;
        foreach (var o in ordered)
        {
            if (!o.Answered) start ??= o.At;
            else if (start is { } s)
            {
                yield return (o.At - s).TotalSeconds;
                start = null;
            }
        }
        if (start is { } open && ordered.Count > 0) yield return (ordered[^1].At - open).TotalSeconds;
    }
}
