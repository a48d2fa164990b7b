using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Matching;

/// <summary>A hard constraint a candidate failed, with the reason in words.</summary>
public sealed record FailedConstraint(string Name, string Explanation);

/// <summary>One factor of the score: its weight, the mentor's value on it (0 to 1), and why.</summary>
public sealed record ScoreFactor(string Name, double Weight, double Value, string Explanation)
{
    public double Contribution => Weight * Value;
}

/// <summary>A mentor judged for a client: eligible when no hard constraint failed; the score ranks eligible ones.</summary>
public sealed record Candidate(Guid MentorId, IReadOnlyList<FailedConstraint> Failed, IReadOnlyList<ScoreFactor> Factors)
{
    public bool Eligible => Failed.Count == 0;
    /// <summary>The weighted mean of the factors, 0 to 1.</summary>
    public double Score => Factors.Sum(f => f.Weight) is var total and > 0 ? Factors.Sum(f => f.Contribution) / total : 0;
}

/// <summary>What matching needs to know about a mentor besides their stream: current load and declared conflicts.</summary>
public sealed record MentorLoad(Mentor Mentor, int ActiveMatches, IReadOnlySet<Guid> ConflictingClients);

/// <summary>Experience that counts for risk-based restrictions.</summary>
public static class Experience
{
    public const int ExperiencedAfterMonths = 12;

    public static bool IsExperienced(Mentor m, DateOnly today) =>
        m.ApprovedAt is { } approved && DateOnly.FromDateTime(approved.UtcDateTime).AddMonths(ExperiencedAfterMonths) <= today && m.SupervisionSessions > 0;

    public static bool HasLivedExperience(Mentor m) =>
        m.Profile.LivedExperience.Incarceration || m.Profile.LivedExperience.RemissionYears is > 0;

    /// <summary>Lived experience is the mentor's only preparation beyond the required vetting (no supervision yet).</summary>
    public static bool IsLivedExperienceOnly(Mentor m) => HasLivedExperience(m) && m.SupervisionSessions == 0;
}

/// <summary>
/// Judges mentors for a client: hard constraints first (a failed one excludes the mentor and says why), then a
/// transparent score from weighted factors. Pure: everything it needs is passed in.
/// </summary>
public static class CandidateRanking
{
    /// <summary>How many factors a score has and how many hard constraints a judgement can fail: the lists' sizes.</summary>
    public const int FactorCount = 6;
    public const int ConstraintCount = 10;

    public static Candidate Judge(Client client, MentorLoad load, VettingPolicy policy, MatchingWeights weights, DateOnly today)
    {
        var m = load.Mentor;
        var failed = new List<FailedConstraint>();
        void Require(bool ok, string name, string why) { if (!ok) failed.Add(new FailedConstraint(name, why)); }

        Require(client.CanBeMatched, "CONSENT", "The client has not consented to contact by a mentor, or the case is closed or frozen.");
        Require(m.IsMatchable(today, policy), "MATCHABLE", $"The mentor is {m.StatusOn(today, policy).ToString().ToLowerInvariant()}, not approved and current.");
        Require(load.ActiveMatches < m.Profile.Capacity, "CAPACITY", $"The mentor already supports {load.ActiveMatches} of {m.Profile.Capacity} people.");
        Require(m.Profile.Municipalities.Contains(client.DestinationMunicipality), "MUNICIPALITY", "The mentor does not serve the client's destination municipality.");
        Require(m.Profile.Languages.Intersect(client.Person.Languages).Any(), "LANGUAGE", "They share no language.");
        Require(client.Preferences.MentorGender is null || client.Preferences.MentorGender == m.Profile.Gender, "GENDER_PREFERENCE",
            "The client asked for a mentor of another gender.");
        Require(client.Preferences.LivedExperienceWanted is not true || Experience.HasLivedExperience(m), "LIVED_EXPERIENCE_PREFERENCE",
            "The client asked for a mentor with lived experience.");
        Require(!client.RiskFlags.Contains(RiskFlag.RequiresExperiencedMentor) || Experience.IsExperienced(m, today), "RISK_EXPERIENCE",
            $"A risk flag requires a mentor approved over {Experience.ExperiencedAfterMonths} months ago and under supervision.");
        Require(!client.RiskFlags.Contains(RiskFlag.NoLivedExperienceOnlyPairing) || !Experience.IsLivedExperienceOnly(m), "RISK_LIVED_EXPERIENCE_ONLY",
            "A risk flag excludes mentors whose only preparation is lived experience.");
        Require(!load.ConflictingClients.Contains(client.Id), "CONFLICT_OF_INTEREST", "A conflict of interest is declared between them.");

        return new Candidate(m.Id, failed, Factors(client, load, weights, today));
    }

    public static IReadOnlyList<Candidate> Rank(Client client, IEnumerable<MentorLoad> mentors, VettingPolicy policy, MatchingWeights weights, DateOnly today) =>
        mentors.Select(m => Judge(client, m, policy, weights, today))
            .OrderByDescending(c => c.Eligible).ThenByDescending(c => c.Score).ThenBy(c => c.MentorId).ToList();

    private static List<ScoreFactor> Factors(Client client, MentorLoad load, MatchingWeights w, DateOnly today)
    {
        var m = load.Mentor;
        var needs = client.Needs.Where(n => n.Level is NeedLevel.Medium or NeedLevel.High).Select(n => n.Domain).ToList();
        var covered = needs.Count(m.Profile.Specialities.Contains);
        var needValue = needs.Count == 0 ? 1 : (double)covered / needs.Count;

        var lived = Experience.HasLivedExperience(m);
        var addiction = client.Needs.Any(n => n.Domain == Common.NeedDomain.Addiction && n.Level >= NeedLevel.Medium);
        var livedValue = !lived ? 0 : addiction && m.Profile.LivedExperience.RemissionYears is null or 0 ? 0.5 : 1;

        var ageGap = Math.Abs(m.Profile.BirthYear - client.Person.BirthYear);
        var ageValue = Math.Max(0, 1 - ageGap / 30.0);
        var slots = m.Profile.Availability.Count;
        var availabilityValue = Math.Min(1, slots / 4.0);
        var loadValue = m.Profile.Capacity == 0 ? 0 : 1 - (double)load.ActiveMatches / m.Profile.Capacity;
        var language = client.Preferences.Language ?? (client.Person.Languages.Count > 0 ? client.Person.Languages[0] : null);
        var languageValue = language is not null && m.Profile.Languages.Contains(language) ? 1 : 0;

        return
        [
            new("NEED_COVERAGE", w.NeedCoverage, needValue, needs.Count == 0
                ? "No medium or high needs assessed yet."
                : $"Covers {covered} of the client's {needs.Count} medium or high need domains."),
            new("LIVED_EXPERIENCE", w.LivedExperienceFit, livedValue, lived
                ? addiction && livedValue < 1 ? "Lived experience of prison, not of addiction, which the client struggles with." : "Has lived experience that fits."
                : "No lived experience."),
            new("AGE_PROXIMITY", w.AgeProximity, ageValue, $"{ageGap} years apart in age."),
            new("AVAILABILITY", w.AvailabilityOverlap, availabilityValue, $"Available {slots} times a week."),
            new("LOAD", w.Load, loadValue, $"Supports {load.ActiveMatches} of {m.Profile.Capacity} people now."),
            new("PREFERRED_LANGUAGE", w.PreferredLanguage, languageValue, languageValue > 0 ? $"Speaks the client's preferred language ({language})." : "Does not speak the client's preferred language."),
        ];
    }
}
