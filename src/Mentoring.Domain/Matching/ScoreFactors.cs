using Mentoring.Domain.Common;

namespace Mentoring.Domain.Matching;

/// <summary>A factor's value for one pair (0 to 1); <paramref name="why"/> is set only when <paramref name="explain"/> asks.</summary>
internal delegate double FactorMeasure(in CandidateFacts f, bool explain, out Reason? why);

/// <summary>A score factor, defined once: its code, its weight among the NGO's weights, and how a pair measures on it.</summary>
internal sealed record ScoreFactorRule(string Name, Func<MatchingWeights, double> Weight, FactorMeasure Measure);

internal static class ScoreFactors
{
    public static readonly ScoreFactorRule[] All =
    [
        new("NEED_COVERAGE", w => w.NeedCoverage, (in f, explain, out why) =>
        {
            var needs = f.Traits.Needs;
            var covered = 0;
            foreach (var need in needs)
                if (f.Profile.Specialities.Contains(need)) covered++;
            why = !explain ? null : needs.Count == 0 ? Reason.Of(FactorReasons.NoNeedsAssessed)
                : Reason.Of(FactorReasons.CoversNeeds, MessageParam.Number("covered", covered), MessageParam.Number("count", needs.Count));
            return needs.Count == 0 ? 1 : (double)covered / needs.Count;
        }),
        new("LIVED_EXPERIENCE", w => w.LivedExperienceFit, (in f, explain, out why) =>
        {
            // For an addiction, lived experience counts fully only when it includes remission.
            var lived = Experience.HasLivedExperience(f.Mentor);
            var partial = f.Traits.Addiction && f.Profile.LivedExperience.RemissionYears is null or 0;
            why = !explain ? null : Reason.Of(!lived ? FactorReasons.NoLivedExperience
                : partial ? FactorReasons.LivedExperienceNotOfAddiction : FactorReasons.LivedExperienceFits);
            return !lived ? 0 : partial ? 0.5 : 1;
        }),
        new("AGE_PROXIMITY", w => w.AgeProximity, (in f, explain, out why) =>
        {
            var gap = Math.Abs(f.Profile.BirthYear - f.Client.Person.BirthYear);
            why = explain ? Reason.Of(FactorReasons.YearsApart, MessageParam.Number("count", gap)) : null;
            return Math.Max(0, 1 - gap / 30.0);
        }),
        new("AVAILABILITY", w => w.AvailabilityOverlap, (in f, explain, out why) =>
        {
            var slots = f.Profile.Availability.Count;
            why = explain ? Reason.Of(FactorReasons.TimesAWeek, MessageParam.Number("count", slots)) : null;
            return Math.Min(1, slots / 4.0);
        }),
        new("LOAD", w => w.Load, (in f, explain, out why) =>
        {
            var (active, capacity) = (f.Load.ActiveMatches, f.Profile.Capacity);
            why = explain ? Reason.Of(FactorReasons.SupportsNow, MessageParam.Number("count", active), MessageParam.Number("capacity", capacity)) : null;
            return capacity == 0 ? 0 : 1 - (double)active / capacity;
        }),
        new("PREFERRED_LANGUAGE", w => w.PreferredLanguage, (in f, explain, out why) =>
        {
            var language = f.Traits.Language;
            var speaks = language is not null && f.Profile.Languages.Contains(language);
            why = !explain ? null : language is null ? Reason.Of(FactorReasons.NoPreferredLanguage)
                : Reason.Of(speaks ? FactorReasons.SpeaksPreferredLanguage : FactorReasons.DoesNotSpeakPreferredLanguage, MessageParam.Language("language", language));
            return speaks ? 1 : 0;
        }),
    ];

    /// <summary>
    /// The weighted mean of the factors, 0 to 1: the one score a ranking and an explanation both use. Given a list, it
    /// also adds each factor with its reason; a ranking passes none, as the reasons are most of the cost.
    /// </summary>
    public static double Score(in CandidateFacts f, MatchingWeights weights, List<ScoreFactor>? explained)
    {
        double total = 0, sum = 0;
        foreach (var factor in All)
        {
            var weight = factor.Weight(weights);
            var value = factor.Measure(f, explained is not null, out var why);
            total += weight;
            sum += weight * value;
            explained?.Add(new ScoreFactor(factor.Name, weight, value, why));
        }
        return total > 0 ? sum / total : 0;
    }
}
