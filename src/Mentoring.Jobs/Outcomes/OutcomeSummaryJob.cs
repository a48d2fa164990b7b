using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Mentoring.Jobs.Outcomes;

/// <summary>
/// Quartz fires this every morning on every node; from the third working day of a month it issues each contract's
/// summary of the month (or quarter) before, once (<see cref="OutcomeSummaryIssuing"/>). On the other days, and for
/// every period already issued, it reads and records nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutcomeSummaryJob(IDocumentStore store, TimeProvider clock, ILogger<OutcomeSummaryJob> log) : IJob
{
    public static readonly JobKey Key = new("outcome-summaries", "mentoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <returns>How many summaries this run issued (0 when another node or run got there first).</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = RigaCalendar.Today(clock);
        if (today < LatvianCalendar.NthWorkingDay(today.Year, today.Month, OutcomeSchedule.WorkingDay)) return 0;
        var oldestDue = today.AddMonths(-4); // a quarter that ended last month started at most four months ago
        var issued = 0;
        foreach (var tenant in await ReminderScan.NgoTenantsAsync(store, ct))
        {
            await using var session = store.QuerySession(tenant);
            var contracts = await session.Query<Contract>().Where(c => c.StartDate <= today && c.EndDate >= oldestDue).ToListAsync(ct);
            foreach (var contract in contracts)
            {
                if (OutcomeSchedule.Due(today, contract) is not { } period) continue;
                if (await session.Events.FetchStreamStateAsync(OutcomeSummaryIssues.StreamId(contract.Id, period.Name), ct) is not null) continue;
                var result = await OutcomeSummaryIssuing.IssueAsync(store, tenant, contract, period, IssueReason.Scheduled, null, null, clock, ct);
                if (!result.Succeeded) continue; // another node issued it between our check and our commit
                issued++;
                log.LogInformation("Outcome summary {Period} of contract {ContractId} issued", period.Name, contract.Id);
            }
        }
        return issued;
    }
}
