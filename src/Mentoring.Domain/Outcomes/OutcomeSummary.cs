using System.Globalization;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;

namespace Mentoring.Domain.Outcomes;

/// <summary>A reporting period: a month ("2026-11") or a quarter ("2026-Q4").</summary>
public sealed record Period(DateOnly Start, DateOnly End, string Name)
{
    /// <summary>Years a period may fall in: the product's reports start long after 2000, and the calendar arithmetic
    /// (the previous period, the end of the last one) stays far from DateOnly's ends (0001, 9999).</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <returns>The period, or null for anything but four digits of a year from <see cref="FirstYear"/> to <see cref="LastYear"/>,
    /// a dash and a month (01–12) or a quarter (Q1–Q4).</returns>
    public static Period? Parse(string text)
    {
        if (text.Length is not 7 || text[4] != '-' || text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')) return null;
        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear) return null;
        if (text[5] == 'Q') return text[6] is >= '1' and <= '4' ? Quarter(year, text[6] - '0') : null;
        return !text.AsSpan(5, 2).ContainsAnyExceptInRange('0', '9') && int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            ? Month(new DateOnly(year, month, 1))
            : null;
    }

    public static Period Month(DateOnly any) => new(new DateOnly(any.Year, any.Month, 1), new DateOnly(any.Year, any.Month, 1).AddMonths(1).AddDays(-1),
        $"{any.Year:D4}-{any.Month:D2}");

    public static Period Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(start, start.AddMonths(3).AddDays(-1), $"{year:D4}-Q{quarter}");
    }

    public bool IsQuarter => Name.Contains('Q', StringComparison.Ordinal);
    public Period Previous => IsQuarter ? Quarter(Start.AddMonths(-3).Year, (Start.AddMonths(-3).Month - 1) / 3 + 1) : Month(Start.AddMonths(-1));
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

public enum FigureKind { Count, Percent, Days, Hours }

/// <summary>One line of the summary with the previous period beside it, both already suppressed for display.</summary>
public sealed record Figure(string Key, FigureKind Kind, string Value, string Previous, double? RawValue);

/// <summary>
/// The municipality's outcome summary for one contract and period: aggregates only, never names or notes. Counts from
/// 1 to 4 are shown as "&lt;5" (and percentages or medians built on fewer than 5 cases are not shown), so that no
/// person can be recognised in a small municipality.
/// </summary>
public static class OutcomeSummary
{
    public const string Suppressed = "<5";
    public const int Threshold = 5;

    /// <summary>The match lengths the summary counts as reached (matchesReaching3Months …).</summary>
    public static readonly int[] MilestoneMonths = [3, 6, 12];

    /// <param name="contacts">The standing meetings of <paramref name="matches"/>, per day.</param>
    public static IReadOnlyList<Figure> Compute(Period period, IReadOnlyList<ClientOutcome> clients, IReadOnlyList<MatchOutcome> matches,
        IReadOnlyList<ContactDay> contacts)
    {
        var now = Raw(period, clients, matches, contacts);
        var before = Raw(period.Previous, clients, matches, contacts);
        return now.Select(f => new Figure(f.Key, f.Kind, Show(f), Show(before.First(b => b.Key == f.Key)), f.Value)).ToList();
    }

    private sealed record RawFigure(string Key, FigureKind Kind, double? Value, int Basis);

    private static List<RawFigure> Raw(Period p, IReadOnlyList<ClientOutcome> clients, IReadOnlyList<MatchOutcome> matches, IReadOnlyList<ContactDay> contactDays)
    {
        var byClient = matches.ToLookup(m => m.ClientId);
        var figures = new List<RawFigure>();
        void Count(string key, int n) => figures.Add(new RawFigure(key, FigureKind.Count, n, n));

        Count("referralsReceived", clients.Count(c => p.Contains(c.ReferredOn)));
        var released = clients.Where(c => c.ReleasedOn is { } r && p.Contains(r)).ToList();
        var matchedBefore = released.Count(c => byClient[c.Id].Any(m => m.ProposedOn <= c.ReleaseDate && m.ActiveFrom is not null));
        Count("releasedInPeriod", released.Count);
        Count("matchedBeforeRelease", matchedBefore);
        figures.Add(new RawFigure("matchedBeforeReleasePercent", FigureKind.Percent, released.Count == 0 ? null : 100.0 * matchedBefore / released.Count,
            Math.Min(matchedBefore, released.Count)));
        var referralToMatch = matches.Where(m => p.Contains(m.ProposedOn)).Join(clients, m => m.ClientId, c => c.Id, (m, c) => (double)(m.ProposedOn.DayNumber - c.ReferredOn.DayNumber)).ToList();
        figures.Add(new RawFigure("medianDaysReferralToMatch", FigureKind.Days, Median(referralToMatch), referralToMatch.Count));
        Count("activeMatches", matches.Count(m => m.ActiveFrom is { } a && a <= p.End && (m.EndedOn is null || m.EndedOn >= p.Start)));
        var days = contactDays.Where(d => p.Contains(d.On)).ToList();
        var contacts = days.Sum(d => d.Contacts);
        Count("contacts", contacts);
        figures.Add(new RawFigure("contactHours", FigureKind.Hours, Math.Round(days.Sum(d => d.Minutes) / 60.0, 1), contacts));

        var achieved = clients.SelectMany(c => c.Achieved).Where(a => p.Contains(a.On)).ToList();
        foreach (var standard in Enum.GetValues<StandardGoal>())
            Count($"goal.{standard}", achieved.Count(a => a.Standard == standard && (standard != StandardGoal.SocialAssistance || a.InTime)));
        foreach (var domain in new[] { NeedDomain.Housing, NeedDomain.Employment, NeedDomain.Addiction })
            Count($"goal.{domain}", achieved.Count(a => a.Standard is null && a.Domain == domain));

        // The first month's path. The application counts for the people released in the period whose social-assistance
        // goal was done by the one-month deadline (a deadline still ahead when the summary is made counts as not yet filed).
        var filedInTime = released.Count(c => c.Achieved.Any(a => a.Standard == StandardGoal.SocialAssistance
            && a.On <= SocialAssistanceApplication.Deadline(c.ReleasedOn!.Value)));
        Count("applicationsFiledWithinMonth", filedInTime);
        figures.Add(new RawFigure("applicationsFiledWithinMonthPercent", FigureKind.Percent, released.Count == 0 ? null : 100.0 * filedInTime / released.Count,
            Math.Min(filedInTime, released.Count)));
        // Documents in hand on the release day, each kind and all of them, for the people released in the period.
        bool HadOnRelease(ClientOutcome c, DocumentKind kind) => c.Documents.Any(d => d.Kind == kind && d.ObtainedOn <= c.ReleasedOn);
        foreach (var kind in Enum.GetValues<DocumentKind>()) Count($"documentsBeforeRelease.{kind}", released.Count(c => HadOnRelease(c, kind)));
        Count("documentsBeforeRelease.All", released.Count(c => Enum.GetValues<DocumentKind>().All(kind => HadOnRelease(c, kind))));
        Count("accompaniments", clients.Sum(c => c.Accompaniments.Count(a => p.Contains(a.On))));
        // No total beside them: a total would give away the reasons shown as "<5".
        var refusals = clients.SelectMany(c => c.Refusals).Where(r => p.Contains(r.On)).ToList();
        foreach (var reason in Enum.GetValues<RefusalReason>()) Count($"refusals.{reason}", refusals.Count(r => r.Reason == reason));

        var closed = clients.Where(c => c.ClosedOn is { } d && p.Contains(d)).ToList();
        foreach (var reason in Enum.GetValues<CaseClosureReason>()) Count($"closures.{reason}", closed.Count(c => c.ClosureReason == reason));
        Count("reincarceratedWithin12Months", closed.Count(c => c.ClosureReason == CaseClosureReason.Reincarcerated && c.ReleasedOn is { } r
            && c.ClosedOn <= r.AddMonths(12)));

        var lengths = matches.Where(m => m.EndedOn is { } e && p.Contains(e) && m.ActiveFrom is not null)
            .Select(m => (double)(m.EndedOn!.Value.DayNumber - m.ActiveFrom!.Value.DayNumber)).ToList();
        figures.Add(new RawFigure("medianMatchLengthDays", FigureKind.Days, Median(lengths), lengths.Count));
        figures.Add(new RawFigure("matchesLasting6MonthsPercent", FigureKind.Percent, Share(lengths, 182), lengths.Count));
        figures.Add(new RawFigure("matchesLasting12MonthsPercent", FigureKind.Percent, Share(lengths, 365), lengths.Count));

        // Closures by the programme's standards (ClosureRule: planned or not, by the end reason), for the matches that had
        // begun and ended in the period. The share is hidden when either count is 1–4: beside the other count it would give it away.
        var ended = matches.Where(m => m.EndedOn is { } e && p.Contains(e) && m.ActiveFrom is not null && m.EndReason is not null).ToList();
        var planned = ended.Count(m => ClosureRule.KindOf(m.EndReason!.Value) == ClosureKind.Planned);
        Count("plannedClosures", planned);
        Count("unplannedClosures", ended.Count - planned);
        figures.Add(new RawFigure("plannedClosurePercent", FigureKind.Percent, ended.Count == 0 ? null : 100.0 * planned / ended.Count,
            Math.Min(planned, ended.Count - planned)));
        // A match reaches a milestone on its day (the health milestones' months, HealthMilestones.DayOf: 31 January + 3 months
        // is 30 April) if it had not ended before it; counted in the period holding that day.
        foreach (var months in MilestoneMonths)
            Count($"matchesReaching{months}Months", matches.Count(m => m.ActiveFrom is { } a && HealthMilestones.DayOf(a, months) is var day
                && p.Contains(day) && (m.EndedOn is null || m.EndedOn >= day)));
        return figures;
    }

    private static string Show(RawFigure f) => f switch
    {
        { Kind: FigureKind.Count, Value: var v } => v is > 0 and < Threshold ? Suppressed : ((int)(v ?? 0)).ToString(CultureInfo.InvariantCulture),
        { Basis: > 0 and < Threshold } => Suppressed, // a median or share of fewer than five cases could single someone out
        { Value: null } => "",
        { Kind: FigureKind.Percent, Value: var v } => Math.Round(v!.Value).ToString(CultureInfo.InvariantCulture) + "%",
        { Value: var v } => v!.Value.ToString("0.#", CultureInfo.InvariantCulture),
    };

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double? Share(List<double> lengths, int days) => lengths.Count == 0 ? null : 100.0 * lengths.Count(l => l >= days) / lengths.Count;
}
