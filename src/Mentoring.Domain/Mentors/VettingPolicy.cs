using Mentoring.Domain.Common;
using Marten.Schema;

namespace Mentoring.Domain.Mentors;

/// <summary>
/// What an NGO requires before a mentor may meet anyone. One per NGO (its tenant), edited by its admins;
/// <see cref="Default"/> applies until they change it.
/// </summary>
public sealed record VettingPolicy : ISettingsDocument
{
    public static readonly Guid PolicyId = new("6d3f1a52-7c0e-4b8a-9d3e-0a1b2c3d4e5f");
    public static VettingPolicy Default { get; } = new();

    public Guid Id { get; init; } = PolicyId;
    /// <summary>Marten's optimistic-concurrency version; Guid.Empty while the default applies.</summary>
    [Version] public Guid Version { get; set; }
    public bool InterviewRequired { get; init; } = true;
    public int MinimumReferences { get; init; } = 2;
    public int BackgroundCheckValidityMonths { get; init; } = 24;
    public IReadOnlyList<string> RequiredTrainingModules { get; init; } = ["Ievads līdzgaitnieka darbā", "Konfidencialitāte un robežas"];
    public bool AgreementRequired { get; init; } = true;
    /// <summary>A mentor lapses when no training was completed for this long; null: no refresher needed.</summary>
    public int? RefresherTrainingMonths { get; init; } = 24;
    /// <summary>An approved mentor has a supervision session at least this often (<see cref="SupervisionDecider.Standing"/>); null: no cadence.</summary>
    public int? SupervisionEveryMonths { get; init; } = 2;
}

public static class VettingPolicyRules
{
    public static IReadOnlyList<Common.UserError> Check(VettingPolicy p) => new Common.Checks()
        .Require(p.MinimumReferences is >= 0 and <= 5, Common.ErrorCodes.Validation, "Require 0 to 5 references.", "minimumReferences")
        .Require(p.BackgroundCheckValidityMonths is >= 1 and <= 120, Common.ErrorCodes.Validation, "A background check is valid for 1 to 120 months.", "backgroundCheckValidityMonths")
        .Require(p.RequiredTrainingModules.Count <= 20, Common.ErrorCodes.Validation, "At most 20 required modules.", "requiredTrainingModules")
        .Require(p.RequiredTrainingModules.All(m => Common.Text.HasLength(m, 2, 120)), Common.ErrorCodes.Validation, "Module names are 2 to 120 characters.", "requiredTrainingModules")
        .Require(p.RefresherTrainingMonths is null or >= 1 and <= 120, Common.ErrorCodes.Validation, "Refresher training every 1 to 120 months, or never.", "refresherTrainingMonths")
        .Require(p.SupervisionEveryMonths is null or >= 1 and <= 12, Common.ErrorCodes.Validation, "Supervision every 1 to 12 months, or no cadence.", "supervisionEveryMonths")
        .Errors;
}
