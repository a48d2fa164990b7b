using BenchmarkDotNet.Attributes;
using Marten;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Bench.Jobs;

/// <summary>
/// One contract's monthly summary (read the period's cases, compute every figure, render the CSV) on stores of
/// 100,000 and 1,000,000 events whose last year is the same. Baseline: the least any summary must read — the period's
/// referrals for the territory, counted in the database. The third row reads the territory's whole history, to show
/// what a summary that did depend on it would cost.
/// </summary>
[MemoryDiagnoser]
public class OutcomeSummaryBenchmarks
{
    private static readonly Period October = Period.Parse("2026-10")!;
    private static readonly Contract Contract = new(Guid.NewGuid(), Guid.NewGuid(), "riga", ["riga"], new DateOnly(2010, 1, 1), new DateOnly(2027, 12, 31), 100,
        ["dienests@riga.example"], ReportingCadence.Monthly, "BENCH", ContractStatus.Active, null, DateTimeOffset.UnixEpoch);
    private DocumentStore _store = null!;

    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        OutcomeHistory.EnsureAsync(Events).GetAwaiter().GetResult();
        _store = OutcomeHistory.Store(Events);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Baseline = true, Description = "count the month's referrals (baseline)")]
    public async Task<int> CountReferrals()
    {
        await using var session = _store.QuerySession(OutcomeHistory.Tenant);
        return await session.Query<ClientOutcome>()
            .CountAsync(c => c.Municipality == "riga" && c.ReferredOn >= October.Start && c.ReferredOn <= October.End);
    }

    [Benchmark(Description = "monthly summary (figures + CSV)")]
    public async Task<int> Summary()
    {
        await using var session = _store.QuerySession(OutcomeHistory.Tenant);
        var report = await OutcomeReport.LoadAsync(session, Contract, October, default);
        return report.Csv().Length;
    }

    /// <summary>The first month's path figures of the summary (issue 18), as shown, for the probe's record.</summary>
    public async Task<string> PathFiguresAsync()
    {
        await using var session = _store.QuerySession(OutcomeHistory.Tenant);
        var report = await OutcomeReport.LoadAsync(session, Contract, October, default);
        return string.Join(", ", report.Figures.Where(f => f.Key is "releasedInPeriod" or "applicationsFiledWithinMonth" or "applicationsFiledWithinMonthPercent"
                or "accompaniments" or "documentsBeforeRelease.IdentityDocument" or "documentsBeforeRelease.All"
                || f.Key.StartsWith("refusals.", StringComparison.Ordinal) && f.Value != "0")
            .Select(f => $"{f.Key}={f.Value}"));
    }

    /// <summary>The closure figures of the summary (issue 21): planned and unplanned closures, their share, matches reaching 3, 6 and 12 months.</summary>
    public async Task<string> ClosureFiguresAsync()
    {
        await using var session = _store.QuerySession(OutcomeHistory.Tenant);
        var report = await OutcomeReport.LoadAsync(session, Contract, October, default);
        return string.Join(", ", report.Figures.Where(f => f.Key is "plannedClosures" or "unplannedClosures" or "plannedClosurePercent"
                || f.Key.StartsWith("matchesReaching", StringComparison.Ordinal))
            .Select(f => $"{f.Key}={f.Value}"));
    }

    [Benchmark(Description = "read the territory's whole history (contrast)")]
    public async Task<int> WholeHistory()
    {
        await using var session = _store.QuerySession(OutcomeHistory.Tenant);
        return (await session.Query<ClientOutcome>().Where(c => c.Municipality == "riga").ToListAsync()).Count;
    }
}
