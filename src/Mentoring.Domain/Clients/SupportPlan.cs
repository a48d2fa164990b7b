using Mentoring.Domain.Common;

namespace Mentoring.Domain.Clients;

/// <summary>
/// The standard plan every referral starts with, its deadlines hanging on the release date: what most often
/// decides whether help is refused (DESIGN.md): documents, a declared residence, the social-assistance application
/// within one month of release, NVA registration, a family doctor and a bank account for the benefit.
/// </summary>
public static class SupportPlan
{
    public static IReadOnlyList<(StandardGoal Goal, string Title, NeedDomain Domain, DeadlineRule Rule)> Standard { get; } =
    [
        (StandardGoal.IdentityDocument, "Personu apliecinošs dokuments pirms atbrīvošanas", NeedDomain.IdentityDocuments, DeadlineRule.AfterRelease(days: -7)),
        (StandardGoal.Residence, "Deklarēta dzīvesvieta vai norunāta patversme atbrīvošanas dienā", NeedDomain.Housing, DeadlineRule.AfterRelease()),
        (StandardGoal.BankAccount, "Bankas konts pabalsta saņemšanai", NeedDomain.FinancesAndDebt, DeadlineRule.AfterRelease(days: 14)),
        (StandardGoal.EmploymentAgency, "Reģistrācija Nodarbinātības valsts aģentūrā (NVA)", NeedDomain.Employment, DeadlineRule.AfterRelease(days: 14)),
        // The application and the prison's release certificate must reach the social service within one month of release.
        (StandardGoal.SocialAssistance, "Sociālās palīdzības iesniegums ar atbrīvošanas izziņu mēneša laikā", NeedDomain.IncomeAndBenefits, DeadlineRule.AfterRelease(months: 1)),
        (StandardGoal.FamilyDoctor, "Reģistrācija pie ģimenes ārsta", NeedDomain.Health, DeadlineRule.AfterRelease(months: 1)),
    ];

    /// <summary>
    /// Where each standard step is taken: identity documents at PMLP; the residence (a declared address, or a night shelter
    /// place, where a residence can be declared too — survey §4) and the social-assistance application at
    /// the municipal social service; the rest at the institution its name says.
    /// </summary>
    public static Institution InstitutionOf(StandardGoal goal) => goal switch
    {
        StandardGoal.IdentityDocument => Institution.Pmlp,
        StandardGoal.Residence => Institution.MunicipalSocialService,
        StandardGoal.SocialAssistance => Institution.MunicipalSocialService,
        StandardGoal.EmploymentAgency => Institution.Nva,
        StandardGoal.FamilyDoctor => Institution.FamilyDoctor,
        StandardGoal.BankAccount => Institution.Bank,
        _ => Institution.Other,
    };

    /// <summary>A need assessed high gets a goal two weeks after release; medium, a month after.</summary>
    public static DeadlineRule? RuleFor(NeedLevel level) => level switch
    {
        NeedLevel.High => DeadlineRule.AfterRelease(days: 14),
        NeedLevel.Medium => DeadlineRule.AfterRelease(months: 1),
        _ => null,
    };

    /// <summary>A need goal's stored title: a fallback for readers without a catalogue; screens name it from the domain.</summary>
    public static string NeedGoalTitle(NeedDomain domain) => $"Atbalsts: {domain}";

    /// <summary>An appeal's or retry's stored title, when none is given: a fallback for readers without a catalogue.</summary>
    public static string FollowUpTitle(FollowUpKind kind) => kind == FollowUpKind.Appeal ? "Apstrīdēt atteikumu" : "Pieteikties atkārtoti";

    public static Guid StandardGoalId(Guid clientId, StandardGoal goal) => DeterministicId.From("goal", $"{clientId}:{goal}");

    public static Guid NeedGoalId(Guid clientId, NeedDomain domain, DateOnly assessedOn) => DeterministicId.From("goal", $"{clientId}:need:{domain}:{assessedOn:yyyy-MM-dd}");
}
