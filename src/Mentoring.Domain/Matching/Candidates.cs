using Mentoring.Domain.Common;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Matching;

/// <summary>A hard constraint a candidate failed: its code (<see cref="Constraints"/>) and what a sentence about it needs.</summary>
public sealed record FailedConstraint(string Name, IReadOnlyList<MessageParam> Params);

/// <summary>
/// One factor of the score: its weight, the mentor's value on it (0 to 1), and why, as a code with parameters. A
/// proposal keeps its factors in its event; those recorded before reasons were codes have none (their English
/// sentences are not shown, they are not in the reader's language).
/// </summary>
public sealed record ScoreFactor(string Name, double Weight, double Value, Reason? Why)
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

/// <summary>The hard constraints' codes: stable, a client names each in the reader's language.</summary>
public static class Constraints
{
    public const string Consent = "CONSENT";
    public const string Matchable = "MATCHABLE";
    public const string Capacity = "CAPACITY";
    public const string Municipality = "MUNICIPALITY";
    public const string Language = "LANGUAGE";
    public const string GenderPreference = "GENDER_PREFERENCE";
    public const string LivedExperiencePreference = "LIVED_EXPERIENCE_PREFERENCE";
    public const string RiskExperience = "RISK_EXPERIENCE";
    public const string RiskLivedExperienceOnly = "RISK_LIVED_EXPERIENCE_ONLY";
    public const string ConflictOfInterest = "CONFLICT_OF_INTEREST";
}

/// <summary>Why a factor scored as it did: stable codes, with counts and the language as parameters.</summary>
public static class FactorReasons
{
    public const string NoNeedsAssessed = "NO_NEEDS_ASSESSED";
    public const string CoversNeeds = "COVERS_NEEDS";
    public const string NoLivedExperience = "NO_LIVED_EXPERIENCE";
    public const string LivedExperienceFits = "LIVED_EXPERIENCE_FITS";
    public const string LivedExperienceNotOfAddiction = "LIVED_EXPERIENCE_NOT_OF_ADDICTION";
    public const string YearsApart = "YEARS_APART";
    public const string TimesAWeek = "TIMES_A_WEEK";
    public const string SupportsNow = "SUPPORTS_NOW";
    public const string SpeaksPreferredLanguage = "SPEAKS_PREFERRED_LANGUAGE";
    public const string DoesNotSpeakPreferredLanguage = "DOES_NOT_SPEAK_PREFERRED_LANGUAGE";
    public const string NoPreferredLanguage = "NO_PREFERRED_LANGUAGE";
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
        void Require(bool ok, string name, params MessageParam[] why) { if (!ok) failed.Add(new FailedConstraint(name, why)); }

        Require(client.CanBeMatched, Constraints.Consent);
        Require(m.IsMatchable(today, policy), Constraints.Matchable, MessageParam.Enum("status", m.StatusOn(today, policy)));
        Require(load.ActiveMatches < m.Profile.Capacity, Constraints.Capacity,
            MessageParam.Number("count", load.ActiveMatches), MessageParam.Number("capacity", m.Profile.Capacity));
        Require(m.Profile.Municipalities.Contains(client.DestinationMunicipality), Constraints.Municipality,
            MessageParam.Municipality("municipality", client.DestinationMunicipality));
        Require(m.Profile.Languages.Intersect(client.Person.Languages).Any(), Constraints.Language);
        Require(client.Preferences.MentorGender is null || client.Preferences.MentorGender == m.Profile.Gender, Constraints.GenderPreference,
            client.Preferences.MentorGender is { } gender ? [MessageParam.Enum("gender", gender)] : []);
        Require(client.Preferences.LivedExperienceWanted is not true || Experience.HasLivedExperience(m), Constraints.LivedExperiencePreference);
        Require(!client.RiskFlags.Contains(RiskFlag.RequiresExperiencedMentor) || Experience.IsExperienced(m, today), Constraints.RiskExperience,
            MessageParam.Number("count", Experience.ExperiencedAfterMonths));
        Require(!client.RiskFlags.Contains(RiskFlag.NoLivedExperienceOnlyPairing) || !Experience.IsLivedExperienceOnly(m), Constraints.RiskLivedExperienceOnly);
        Require(!load.ConflictingClients.Contains(client.Id), Constraints.ConflictOfInterest);

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
                ? Reason.Of(FactorReasons.NoNeedsAssessed)
                : Reason.Of(FactorReasons.CoversNeeds, MessageParam.Number("covered", covered), MessageParam.Number("count", needs.Count))),
            new("LIVED_EXPERIENCE", w.LivedExperienceFit, livedValue, Reason.Of(!lived ? FactorReasons.NoLivedExperience
                : addiction && livedValue < 1 ? FactorReasons.LivedExperienceNotOfAddiction : FactorReasons.LivedExperienceFits)),
            new("AGE_PROXIMITY", w.AgeProximity, ageValue, Reason.Of(FactorReasons.YearsApart, MessageParam.Number("count", ageGap))),
            new("AVAILABILITY", w.AvailabilityOverlap, availabilityValue, Reason.Of(FactorReasons.TimesAWeek, MessageParam.Number("count", slots))),
            new("LOAD", w.Load, loadValue, Reason.Of(FactorReasons.SupportsNow,
                MessageParam.Number("count", load.ActiveMatches), MessageParam.Number("capacity", m.Profile.Capacity))),
            new("PREFERRED_LANGUAGE", w.PreferredLanguage, languageValue, language is null ? Reason.Of(FactorReasons.NoPreferredLanguage)
                : Reason.Of(languageValue > 0 ? FactorReasons.SpeaksPreferredLanguage : FactorReasons.DoesNotSpeakPreferredLanguage,
                    MessageParam.Language("language", language))),
        ];
    }
}
