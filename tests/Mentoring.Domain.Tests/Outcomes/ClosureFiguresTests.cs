using Mentoring.Domain.Matching;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Domain.Tests.Outcomes;

/// <summary>
/// The closure figures of the outcome summary (planned and unplanned closures, their share, matches reaching 3, 6 and 12
/// months) from hand-made match histories, with the month-end rule (31 January + 3 months is 30 April) and small-count suppression.
/// </summary>
public sealed class ClosureFiguresTests
{
    private static readonly Guid By = Guid.Empty;
    private static DateOnly D(int year, int month, int day) => new(year, month, day);
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static MatchOutcome Match(DateOnly? activeFrom, DateOnly? endedOn = null, MatchEndReason reason = MatchEndReason.GoalsMet, bool declined = false)
    {
        var id = Guid.NewGuid();
        var proposedOn = activeFrom?.AddDays(-10) ?? D(2026, 4, 1);
        var m = MatchOutcome.Create(new MatchProposed(id, Guid.NewGuid(), Guid.NewGuid(), new ScoreSnapshot(1, []), null, By, At(proposedOn)));
        if (declined) return m.Apply(new MentorDeclinedMatch(id, "busy", By, At(endedOn!.Value)));
        if (activeFrom is { } a) m = m.Apply(new MatchActivated(id, a, By, At(a)));
        if (endedOn is { } e) m = m.Apply(new MatchEnded(id, reason, null, e, By, At(e)));
        return m;
    }

    private static Dictionary<string, Figure> Summary(Period period, params MatchOutcome[] matches) =>
        OutcomeSummary.Compute(period, [], matches, []).ToDictionary(f => f.Key);

    [Fact]
    public void April_counts_closures_and_milestones_by_their_days_and_shows_small_counts_as_fewer_than_five()
    {
        var figures = Summary(Period.Parse("2026-04")!,
            Match(D(2026, 1, 31)),                                                        // reaches 3 months on 30 April (not 1 May)
            Match(D(2026, 1, 31), D(2026, 4, 29), MatchEndReason.GoalsMet),               // planned; ended the day before its 3 months
            Match(D(2025, 10, 15), D(2026, 4, 15), MatchEndReason.TermCompleted),         // planned; reaches 6 months on the day it ended
            Match(D(2025, 4, 30)),                                                        // reaches 12 months on 30 April
            Match(D(2026, 1, 10), D(2026, 4, 5), MatchEndReason.ClientDisengaged),        // unplanned; ended before its 3 months (10 April)
            Match(null, D(2026, 4, 8), declined: true),                                   // declined: never began, not a closure
            Match(D(2025, 12, 31)),                                                       // 3 months on 31 March: the previous period's
            Match(D(2025, 11, 30), D(2026, 3, 20), MatchEndReason.SafetyConcern));        // unplanned in March; 3 months on 28 February

        Assert.Equal((2.0, "<5"), (figures["plannedClosures"].RawValue, figures["plannedClosures"].Value));
        Assert.Equal((1.0, "<5"), (figures["unplannedClosures"].RawValue, figures["unplannedClosures"].Value));
        Assert.Equal(200.0 / 3, figures["plannedClosurePercent"].RawValue!.Value, 6);
        Assert.Equal("<5", figures["plannedClosurePercent"].Value);
        Assert.Equal((1.0, "<5"), (figures["matchesReaching3Months"].RawValue, figures["matchesReaching3Months"].Value));
        Assert.Equal((1.0, "<5"), (figures["matchesReaching6Months"].RawValue, figures["matchesReaching6Months"].Value));
        Assert.Equal((1.0, "<5"), (figures["matchesReaching12Months"].RawValue, figures["matchesReaching12Months"].Value));
        // March beside it: one unplanned closure; the match of 31 December reached 3 months on 31 March.
        Assert.Equal("0", figures["plannedClosures"].Previous);
        Assert.Equal("<5", figures["unplannedClosures"].Previous);
        Assert.Equal("0%", figures["plannedClosurePercent"].Previous);
        Assert.Equal("<5", figures["matchesReaching3Months"].Previous);
        Assert.Equal("0", figures["matchesReaching6Months"].Previous);
    }

    [Fact]
    public void Counts_of_five_and_more_are_shown_and_the_share_only_when_neither_side_is_small()
    {
        var may = Period.Parse("2026-05")!;
        MatchOutcome[] Ended(int n, MatchEndReason reason) => [.. Enumerable.Range(0, n).Select(i => Match(D(2026, 1, 1), D(2026, 5, 1 + i), reason))];
        // 1 January + 3 months = 1 April: these reached 3 months in April, not in May.
        var figures = Summary(may, [.. Ended(5, MatchEndReason.GoalsMet), .. Ended(6, MatchEndReason.Reincarcerated),
            .. Enumerable.Range(0, 5).Select(i => Match(D(2026, 2, 1 + i)))]);
        Assert.Equal("5", figures["plannedClosures"].Value);
        Assert.Equal("6", figures["unplannedClosures"].Value);
        Assert.Equal("45%", figures["plannedClosurePercent"].Value); // 5 of 11
        Assert.Equal("5", figures["matchesReaching3Months"].Value); // 1–5 February + 3 months: 1–5 May
        Assert.Equal("0", figures["matchesReaching6Months"].Value);

        var fewPlanned = Summary(may, [.. Ended(4, MatchEndReason.TermCompleted), .. Ended(7, MatchEndReason.Moved)]);
        Assert.Equal(("<5", "7", "<5"), (fewPlanned["plannedClosures"].Value, fewPlanned["unplannedClosures"].Value, fewPlanned["plannedClosurePercent"].Value));
        var allPlanned = Summary(may, Ended(6, MatchEndReason.GoalsMet));
        Assert.Equal(("6", "0", "100%"), (allPlanned["plannedClosures"].Value, allPlanned["unplannedClosures"].Value, allPlanned["plannedClosurePercent"].Value));
        Assert.Equal("", Summary(may)["plannedClosurePercent"].Value);
    }
}
