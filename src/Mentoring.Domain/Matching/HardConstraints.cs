using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Matching;

internal delegate bool ConstraintTest(in CandidateFacts f);
internal delegate MessageParam[] ConstraintParams(in CandidateFacts f);

/// <summary>
/// A hard constraint, defined once: its code, the test a mentor must pass, and what a sentence about a failure needs.
/// The parameters are built only when a judgement is explained: formatting them for every mentor of a ranking cost
/// more than the tests themselves.
/// </summary>
internal sealed record HardConstraint(string Name, ConstraintTest Holds, ConstraintParams? Params = null)
{
    public FailedConstraint Failure(in CandidateFacts f) => new(Name, Params?.Invoke(f) ?? []);
}

internal static class HardConstraints
{
    /// <summary>Every constraint, in the order "why not this mentor" lists the failed ones.</summary>
    public static readonly HardConstraint[] All =
    [
        new(Constraints.Consent, (in f) => f.Client.CanBeMatched),
        new(Constraints.Matchable, (in f) => f.Mentor.IsMatchable(f.Today, f.Policy),
            (in f) => [MessageParam.Enum("status", f.Mentor.StatusOn(f.Today, f.Policy))]),
        new(Constraints.Capacity, (in f) => f.Load.ActiveMatches < f.Profile.Capacity,
            (in f) => [MessageParam.Number("count", f.Load.ActiveMatches), MessageParam.Number("capacity", f.Profile.Capacity)]),
        new(Constraints.Municipality, (in f) => f.Profile.Municipalities.Contains(f.Client.DestinationMunicipality),
            (in f) => [MessageParam.Municipality("municipality", f.Client.DestinationMunicipality)]),
        new(Constraints.Language, (in f) => SharesLanguage(f.Profile.Languages, f.Client.Person.Languages)),
        new(Constraints.GenderPreference, (in f) => f.Client.Preferences.MentorGender is not { } wanted || wanted == f.Profile.Gender,
            (in f) => f.Client.Preferences.MentorGender is { } wanted ? [MessageParam.Enum("gender", wanted)] : []),
        new(Constraints.LivedExperiencePreference, (in f) => f.Client.Preferences.LivedExperienceWanted is not true || Experience.HasLivedExperience(f.Mentor)),
        new(Constraints.RiskExperience, (in f) => !f.Client.RiskFlags.Contains(RiskFlag.RequiresExperiencedMentor) || Experience.IsExperienced(f.Mentor, f.Today),
            (in f) => [MessageParam.Number("count", Experience.ExperiencedAfterMonths)]),
        new(Constraints.RiskLivedExperienceOnly,
            (in f) => !f.Client.RiskFlags.Contains(RiskFlag.NoLivedExperienceOnlyPairing) || !Experience.IsLivedExperienceOnly(f.Mentor)),
        new(Constraints.ConflictOfInterest, (in f) => !f.Load.ConflictingClients.Contains(f.Client.Id)),
    ];

    /// <summary>
    /// Whether every constraint holds. Given a list, it also adds each failed one with its parameters; without one it
    /// stops at the first failure, which is all a ranking needs.
    /// </summary>
    public static bool Hold(in CandidateFacts f, List<FailedConstraint>? failed)
    {
        var held = true;
        foreach (var constraint in All)
        {
            if (constraint.Holds(f)) continue;
            if (failed is null) return false;
            failed.Add(constraint.Failure(f));
            held = false;
        }
        return held;
    }

    // A loop rather than Intersect().Any(): this runs for every mentor of a ranking and should not allocate.
    private static bool SharesLanguage(IReadOnlyList<string> mentor, IReadOnlyList<string> client)
    {
        foreach (var language in mentor)
            if (client.Contains(language)) return true;
        return false;
    }
}
