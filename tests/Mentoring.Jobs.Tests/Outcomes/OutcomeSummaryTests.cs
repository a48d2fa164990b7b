using Mentoring.Domain.Clients;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Jobs.Tests.Outcomes;

public sealed class OutcomeSummaryTests
{
    private static readonly Period November = Period.Parse("2026-11")!;

    private static ClientOutcome Referred(string on) => new(Guid.NewGuid(), "riga", DateOnly.Parse(on), new DateOnly(2026, 12, 20), null, [], [], null, null);

    [Fact]
    public void Counts_from_one_to_four_are_shown_as_less_than_five_zero_and_five_as_they_are()
    {
        var three = Enumerable.Range(0, 3).Select(_ => Referred("2026-11-10")).ToList();
        var six = Enumerable.Range(0, 6).Select(_ => Referred("2026-10-10")).ToList();
        var figures = OutcomeSummary.Compute(November, [.. three, .. six], [], []);
        var referrals = figures.Single(f => f.Key == "referralsReceived");
        Assert.Equal(("<5", "6"), (referrals.Value, referrals.Previous));
        Assert.Equal("0", figures.Single(f => f.Key == "contacts").Value);
    }

    [Fact]
    public void A_median_of_fewer_than_five_matches_is_not_shown()
    {
        var clients = Enumerable.Range(0, 2).Select(_ => Referred("2026-11-01")).ToList();
        var matches = clients.Select(c => new MatchOutcome(Guid.NewGuid(), c.Id, new DateOnly(2026, 11, 5), null, null, null)).ToList();
        Assert.Equal("<5", OutcomeSummary.Compute(November, clients, matches, []).Single(f => f.Key == "medianDaysReferralToMatch").Value);
    }

    [Fact]
    public void The_report_has_no_names_a_stable_hash_a_csv_and_a_png()
    {
        var contract = new Contract(Guid.NewGuid(), Guid.NewGuid(), "riga", ["riga"], new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 50,
            ["dienests@riga.example"], ReportingCadence.Monthly, "L-7", ContractStatus.Active, null, DateTimeOffset.UnixEpoch);
        var report = new OutcomeReport(contract, November, OutcomeSummary.Compute(November, [Referred("2026-11-03")], [], []));
        Assert.StartsWith("figure,2026-11,2026-10", report.Csv(), StringComparison.Ordinal);
        Assert.Equal(report.ContentHash(), new OutcomeReport(contract, November, report.Figures).ContentHash());
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], report.ChartPng()[..4]);
        var mail = report.Mail("dienests@riga.example", Domain.Users.Language.Lv);
        Assert.Equal($"outcome-summary:{contract.Id}:2026-11:dienests@riga.example", mail.Key);
    }

    [Theory]
    [InlineData(2026, 12, "2026-12-03")]
    [InlineData(2027, 1, "2027-01-06")] // 1 Jan is a holiday and 2–3 Jan a weekend
    [InlineData(2026, 5, "2026-05-07")] // 1 May (Friday) and 4 May (Monday) are holidays
    [InlineData(2027, 4, "2027-04-05")] // Easter Monday 29 Mar; 1–2 Apr Thu–Fri, 5 Apr Mon
    public void Summaries_go_out_on_the_third_working_day(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LatvianCalendar.NthWorkingDay(year, month, 3));
}
