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

/// <summary>
/// A mentor judged for a client and explained: eligible when no hard constraint failed; <see cref="Score"/>, the
/// weighted mean of the factors (0 to 1), ranks eligible ones. Built only for the mentors a screen shows.
/// </summary>
public sealed record Candidate(Guid MentorId, double Score, IReadOnlyList<FailedConstraint> Failed, IReadOnlyList<ScoreFactor> Factors)
{
    public bool Eligible => Failed.Count == 0;
}

/// <summary>
/// A mentor judged for a client without the explanation: what ranking needs, cheap enough for every mentor of an NGO.
/// Its eligibility and score come from the same rules as <see cref="Candidate"/>'s, so they are always equal.
/// </summary>
public readonly record struct Assessment(MentorLoad Load, bool Eligible, double Score);

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
