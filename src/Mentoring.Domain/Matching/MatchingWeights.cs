using Mentoring.Domain.Common;

namespace Mentoring.Domain.Matching;

/// <summary>How much each factor counts in a candidate's score. Each NGO may tune them; these are the defaults.</summary>
public sealed record MatchingWeights : ISettingsDocument
{
    public static readonly Guid WeightsId = new("0b9c6e2a-4a5d-4f0e-9c1b-7e2d3c4b5a69");
    public static MatchingWeights Default { get; } = new();

    public Guid Id { get; init; } = WeightsId;
    /// <summary>Marten's optimistic-concurrency version; Guid.Empty while the defaults apply.</summary>
    [global::Marten.Schema.Version] public Guid Version { get; set; }
    public double NeedCoverage { get; init; } = 0.35;
    public double LivedExperienceFit { get; init; } = 0.15;
    public double AgeProximity { get; init; } = 0.10;
    public double AvailabilityOverlap { get; init; } = 0.10;
    public double Load { get; init; } = 0.15;
    public double PreferredLanguage { get; init; } = 0.15;

    public IReadOnlyList<UserError> Problems()
    {
        var all = new[] { NeedCoverage, LivedExperienceFit, AgeProximity, AvailabilityOverlap, Load, PreferredLanguage };
        return new Checks()
            .Require(all.All(w => w is >= 0 and <= 1 && double.IsFinite(w)), ErrorCodes.Validation, "Each weight is between 0 and 1.", "weights")
            .Require(all.Sum() > 0, ErrorCodes.Validation, "At least one weight must be above 0.", "weights")
            .Errors;
    }
}
