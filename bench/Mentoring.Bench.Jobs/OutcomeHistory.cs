using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Marten;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Outcomes;
using Npgsql;
using Weasel.Core;

namespace Mentoring.Bench.Jobs;

/// <summary>
/// An NGO's history of a given size in events, in its own schema: every case is a client stream (referred, consented,
/// released, closed, and the first month's path: the social-assistance goal added and done, two documents, a refusal,
/// two accompaniments and a retraction: 12 events) and a match stream (proposed, activated, ten contacts, ended: 13) — 25 events. The last 13 months of Rīga's
/// cases are the same in every size (40 referrals a month); the rest is older history, in Rīga and elsewhere, that a
/// summary of 2026-10 must not have to read. Seeded once per size and kept (a later run reuses it).
/// </summary>
public static class OutcomeHistory
{
    public const string Tenant = "bench-ngo";
    public const int EventsPerCase = 25; // v3 said 16 but held 17 a case (consent, added in v2, was not counted)
    public static readonly DateOnly RecentFrom = new(2025, 10, 1);
    private const int RecentPerMonth = 40;

    public static string ConnectionString => Environment.GetEnvironmentVariable("MENTORING_BENCH_DB")
        ?? "Host=127.0.0.1;Port=25432;Username=postgres;Database=mentoring_jobs_bench";

    // v2: cases carry consent to aggregated reporting (summaries count only those), so older seeds are not reused.
    // v3: meetings are read from the contact log's documents, which older seeds lack.
    // v4: cases carry the first month's path (refusals, the application, documents, accompaniments: issue 18).
    public static string Schema(int events) => $"bench_outcomes_v5_{events}";

    /// <summary>The product's store (MartenSetup), as the summary reads it.</summary>
    public static DocumentStore Store(int events) => DocumentStore.For(o => MartenSetup.Configure(o, ConnectionString, Schema(events)));

    public static async Task EnsureAsync(int events)
    {
        using var store = Store(events);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var check = store.QuerySession(Tenant))
            if (await check.Events.QueryAllRawEvents().CountAsync() >= events) return;

        var started = System.Diagnostics.Stopwatch.StartNew();
        var cases = Cases(events / EventsPerCase).ToList();
        // Appending through a store without the product's projections: the history is what matters here, and its
        // projected documents are folded in memory by the same Create/Apply and bulk-copied (a direct projection).
        using (var writer = DocumentStore.For(o =>
               {
                   o.Connection(ConnectionString);
                   o.DatabaseSchemaName = Schema(events);
                   o.Events.DatabaseSchemaName = Schema(events);
                   o.AutoCreateSchemaObjects = AutoCreate.None;
                   o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                       configure: j => j.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
                   o.Events.TenancyStyle = TenancyStyle.Conjoined;
                   o.Policies.AllDocumentsAreMultiTenanted();
                   o.Events.StreamIdentity = StreamIdentity.AsGuid;
                   o.Events.AppendMode = EventAppendMode.Quick;
               }))
        {
            foreach (var batch in cases.Chunk(500))
            {
                await using var session = writer.LightweightSession(Tenant);
                foreach (var c in batch)
                {
                    session.Events.StartStream(c.Client[0] is ClientReferred r ? r.ClientId : Guid.Empty, c.Client);
                    session.Events.StartStream(((MatchProposed)c.Match[0]).MatchId, c.Match);
                }
                await session.SaveChangesAsync();
            }
        }
        await store.BulkInsertAsync(Tenant, cases.Select(c => Fold(c.Client)).ToList(), BulkInsertMode.OverwriteExisting, 5000);
        await store.BulkInsertAsync(Tenant, cases.Select(c => FoldMatch(c.Match)).ToList(), BulkInsertMode.OverwriteExisting, 5000);
        await store.BulkInsertAsync(Tenant, cases.SelectMany(c => ContactLog.Fold(c.Match)).ToList(), BulkInsertMode.OverwriteExisting, 5000);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand($"analyze {Schema(events)}.mt_doc_clientoutcome; analyze {Schema(events)}.mt_doc_matchoutcome; analyze {Schema(events)}.mt_doc_contactrecord; analyze {Schema(events)}.mt_events", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"// seeded {cases.Count * EventsPerCase:N0} events ({cases.Count:N0} cases) in {started.Elapsed.TotalSeconds:N0} s");
    }

    private sealed record Case(object[] Client, object[] Match);

    private static IEnumerable<Case> Cases(int count)
    {
        var random = new Random(11);
        var recentMonths = 13;
        for (var m = 0; m < recentMonths; m++)
            for (var i = 0; i < RecentPerMonth; i++)
                yield return Build(random, "riga", RecentFrom.AddMonths(m).AddDays(random.Next(0, 28)), closeAfterDays: random.Next(60, 400));
        var older = count - recentMonths * RecentPerMonth;
        var span = RecentFrom.DayNumber - new DateOnly(2010, 1, 1).DayNumber - 400;
        string[] elsewhere = ["jelgava", "liepaja", "daugavpils", "ventspils", "jurmala", "rezekne", "valmiera-novads"];
        for (var i = 0; i < older; i++)
            yield return Build(random, i % 2 == 0 ? "riga" : elsewhere[i % elsewhere.Length], new DateOnly(2010, 1, 1).AddDays(random.Next(0, span)),
                closeAfterDays: random.Next(60, 380));
    }

    private static Case Build(Random random, string municipality, DateOnly referred, int closeAfterDays)
    {
        Guid client = Guid.NewGuid(), match = Guid.NewGuid(), by = Guid.Empty;
        DateTimeOffset At(DateOnly d) => new(d.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var released = referred.AddDays(random.Next(10, 40));
        var closed = released.AddDays(closeAfterDays);
        var application = SupportPlan.StandardGoalId(client, StandardGoal.SocialAssistance);
        var filed = released.AddDays(random.Next(3, 40)); // about three in four within the month
        Guid went = Guid.NewGuid(), wentAgain = Guid.NewGuid();
        DateOnly After(int from, int to) => released.AddDays(random.Next(from, to));
        var clientEvents = new object[]
        {
            new ClientReferred(client, new ClientPerson("Bench Person", Gender.Male, 1980, ["lv"], null), "olaine", released, ReleaseType.EndOfSentence,
                municipality, null, "Referrer", null, null, by, At(referred)),
            new ConsentRecorded(client, [ConsentScope.Processing, ConsentScope.MentorContact, ConsentScope.AggregateReporting], referred, "PK", by, At(referred)),
            new GoalAdded(client, application, "Sociālās palīdzības iesniegums", NeedDomain.IncomeAndBenefits, StandardGoal.SocialAssistance,
                DeadlineRule.AfterRelease(months: 1), by, At(referred)),
            new DocumentObtained(client, DocumentKind.IdentityDocument, After(-30, 5), by, At(referred)),
            new ClientReleased(client, released, by, At(released)),
            new DocumentObtained(client, DocumentKind.ReleaseCertificate, After(0, 3), by, At(released)),
            new AccompaniedToInstitution(client, went, Institution.MunicipalSocialService, HelpKind.GmiBenefit, AccompanimentResult.Pending, After(1, 20), null,
                by, At(released)),
            new RefusalRecorded(client, Guid.NewGuid(), Institution.MunicipalSocialService, HelpKind.GmiBenefit,
                (RefusalReason)random.Next(0, Enum.GetValues<RefusalReason>().Length), After(1, 30), null, null, by, At(released)),
            new AccompaniedToInstitution(client, wentAgain, Institution.Nva, null, AccompanimentResult.HelpGranted, After(1, 30), null, by, At(released)),
            // Half the time the second meeting is retracted; otherwise a meeting without an accompaniment is.
            new AccompanimentRetracted(client, random.Next(2) == 0 ? wentAgain : Guid.NewGuid(), "bench", by, At(released)),
            new GoalAchieved(client, application, filed, by, At(filed)),
            new CaseClosed(client, (CaseClosureReason)random.Next(0, 7), null, by, At(closed)),
        };
        var matchEvents = new List<object>
        {
            new MatchProposed(match, client, Guid.NewGuid(), new ScoreSnapshot(1, []), null, by, At(referred.AddDays(5))),
            new MatchActivated(match, referred.AddDays(8), by, At(referred.AddDays(8))),
        };
        for (var k = 0; k < 10; k++)
        {
            var on = referred.AddDays(10 + k * Math.Max(1, (closed.DayNumber - referred.DayNumber - 12) / 10));
            matchEvents.Add(new ContactLogged(match, Guid.NewGuid(), new ContactDetails(At(on), 45, ContactMode.InPerson, null, [], [], null, Concern.None), by, At(on)));
        }
        // Every end reason, planned and unplanned (issue 21's closure figures count them by ClosureRule).
        matchEvents.Add(new MatchEnded(match, (MatchEndReason)random.Next(0, Enum.GetValues<MatchEndReason>().Length), null, closed, by, At(closed)));
        return new Case(clientEvents, [.. matchEvents]);
    }

    private static ClientOutcome Fold(object[] events)
    {
        var state = ClientOutcome.Create((ClientReferred)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch
            {
                ConsentRecorded k => state.Apply(k), ClientReleased r => state.Apply(r), CaseClosed c => state.Apply(c), GoalAdded g => state.Apply(g),
                GoalAchieved a => state.Apply(a), DocumentObtained d => state.Apply(d), RefusalRecorded x => state.Apply(x),
                AccompaniedToInstitution w => state.Apply(w), AccompanimentRetracted t => state.Apply(t), _ => state,
            };
        return state;
    }

    private static MatchOutcome FoldMatch(object[] events)
    {
        var state = MatchOutcome.Create((MatchProposed)events[0]);
        foreach (var e in events.Skip(1))
            state = e switch { MatchActivated a => state.Apply(a), MatchEnded x => state.Apply(x), _ => state };
        return state;
    }
}
