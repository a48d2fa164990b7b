namespace Mentoring.Domain.Common;

/// <summary>What a released person typically needs help with (DESIGN.md, "the need domains").</summary>
public enum NeedDomain
{
    Housing,
    IdentityDocuments,
    IncomeAndBenefits,
    Employment,
    Health,
    Addiction,
    FamilyAndChildren,
    FinancesAndDebt,
    LegalAid,
    SocialSkillsAndLeisure,
    Education,
    MentalHealth,
    /// <summary>Food, clothing, washing: what soup kitchens, food banks and the social service's in-kind help cover.</summary>
    BasicNeeds,
}

/// <summary>Languages a mentor or client may use, as ISO 639 codes (Latgalian has only a three-letter one).</summary>
public static class LanguageCodes
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "lv", "ltg", "ru", "en", "uk", "be", "lt", "et", "pl", "de", "fr", "rom",
    };

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
