namespace Mentoring.Domain.Mentors;

/// <summary>
/// What an NGO requires before a mentor may meet anyone. One per NGO (its tenant), edited by its admins;
/// <see cref="Default"/> applies until they change it.
/// </summary>
public sealed record VettingPolicy
{
    public static readonly Guid PolicyId = new("6d3f1a52-7c0e-4b8a-9d3e-0a1b2c3d4e5f");
    public static VettingPolicy Default { get; } = new();

    public Guid Id { get; init; } = PolicyId;
    public bool InterviewRequired { get; init; } = true;
    public int MinimumReferences { get; init; } = 2;
    public int BackgroundCheckValidityMonths { get; init; } = 24;
    public IReadOnlyList<string> RequiredTrainingModules { get; init; } = ["Ievads līdzgaitnieka darbā", "Konfidencialitāte un robežas"];
    public bool AgreementRequired { get; init; } = true;
    /// <summary>A mentor lapses when no training was completed for this long; null: no refresher needed.</summary>
    public int? RefresherTrainingMonths { get; init; } = 24;
}
