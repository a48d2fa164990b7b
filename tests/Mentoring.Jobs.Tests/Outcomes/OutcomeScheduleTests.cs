using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Jobs.Tests.Outcomes;

public sealed class OutcomeScheduleTests
{
    private static Contract Contract(ReportingCadence cadence, string start = "2026-01-01", string end = "2027-12-31") => new(Guid.NewGuid(), Guid.NewGuid(), "riga",
        ["riga"], DateOnly.Parse(start), DateOnly.Parse(end), 10, ["a@riga.example"], cadence, null, ContractStatus.Active, null, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("2026-12-02", ReportingCadence.Monthly, null)]        // the second working day
    [InlineData("2026-12-03", ReportingCadence.Monthly, "2026-11")]   // the third
    [InlineData("2026-12-20", ReportingCadence.Monthly, "2026-11")]   // a missed day is caught up later in the month
    [InlineData("2026-12-03", ReportingCadence.Quarterly, null)]      // November closes no quarter
    [InlineData("2027-01-05", ReportingCadence.Quarterly, null)]      // 1 Jan holiday, 2–3 Jan weekend: 5 Jan is the second
    [InlineData("2027-01-06", ReportingCadence.Quarterly, "2026-Q4")]
    public void The_month_or_quarter_before_is_due_from_the_third_working_day(string today, ReportingCadence cadence, string? due) =>
        Assert.Equal(due, OutcomeSchedule.Due(DateOnly.Parse(today), Contract(cadence))?.Name);

    [Fact]
    public void Nothing_is_due_for_a_period_the_contract_was_not_in_force() =>
        Assert.Null(OutcomeSchedule.Due(new DateOnly(2026, 12, 3), Contract(ReportingCadence.Monthly, start: "2026-12-01")));

    [Fact]
    public void Every_figure_has_a_label_in_every_language()
    {
        var keys = OutcomeSummary.Compute(Period.Parse("2026-11")!, [], [], []).Select(f => f.Key).ToList();
        Assert.All(keys, k => Assert.True(OutcomeLabels.Has(k), $"no label for {k}"));
        Assert.Equal("Dzīvesvieta deklarēta", OutcomeLabels.Get("goal.Residence", Language.Lv));
        Assert.Equal("Residence declared", OutcomeLabels.Get("goal.Residence", Language.En));
        Assert.Equal("Место жительства задекларировано", OutcomeLabels.Get("goal.Residence", Language.Ru));
    }

    private static IssueOutcomeSummary Issue(IssueReason reason, string period = "2026-11", string today = "2026-12-03") => new(Guid.Empty,
        Period.Parse(period)!, "hash", [Guid.NewGuid()], reason, null, DateOnly.Parse(today), DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_schedule_issues_a_period_once_and_a_resend_needs_a_first_issue()
    {
        var contract = Contract(ReportingCadence.Monthly);
        var first = OutcomeSummaryDecider.Decide(Issue(IssueReason.Scheduled), null, contract);
        var issued = (OutcomeSummaryIssued)Assert.Single(first.Events);
        Assert.Equal((contract.Id, "2026-11", 1), (issued.ContractId, issued.Period, issued.Recipients));
        var state = OutcomeSummaryDecider.Evolve(null, issued);

        Assert.Equal([OutcomeSummaryDecider.AlreadyIssued], OutcomeSummaryDecider.Decide(Issue(IssueReason.Scheduled), state, contract).Errors.Select(e => e.Code));
        Assert.Equal([OutcomeSummaryDecider.NotIssued], OutcomeSummaryDecider.Decide(Issue(IssueReason.Resend), null, contract).Errors.Select(e => e.Code));
        Assert.Equal(2, OutcomeSummaryDecider.Evolve(state, Assert.Single(OutcomeSummaryDecider.Decide(Issue(IssueReason.Resend), state, contract).Events))!.Issues.Count);
        Assert.Equal([OutcomeSummaryDecider.PeriodNotEnded], OutcomeSummaryDecider.Decide(Issue(IssueReason.Scheduled, today: "2026-11-30"), null, contract).Errors.Select(e => e.Code));
        Assert.Equal([ErrorCodes.InvalidPeriod], OutcomeSummaryDecider.Decide(Issue(IssueReason.Scheduled, period: "2025-11"), null, contract).Errors.Select(e => e.Code));
        Assert.Equal([ErrorCodes.NotFound], OutcomeSummaryDecider.Decide(Issue(IssueReason.Scheduled), null, null).Errors.Select(e => e.Code));
    }
}
