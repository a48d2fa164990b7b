using Mentoring.Domain.Common;

namespace Mentoring.Domain.Clients;

/// <summary>What could get help refused, as stable codes: a screen names each in the reader's language from its params.</summary>
public static class EligibilityWarnings
{
    /// <summary>Released from pre-trial detention, not after serving a sentence (survey §5.1).</summary>
    public const string PreTrialDetention = "RELEASED_FROM_PRE_TRIAL_DETENTION";
    /// <summary>A short custody of up to three months (survey §5.1).</summary>
    public const string ShortCustody = "RELEASED_FROM_SHORT_CUSTODY";
    /// <summary>The last residence declared before prison is in another municipality (params municipality, destination).</summary>
    public const string ResidenceElsewhere = "LAST_RESIDENCE_IN_OTHER_MUNICIPALITY";
    public const string NoResidenceToDeclare = "NO_RESIDENCE_TO_DECLARE";
    /// <summary>No statements for the months the application needs (params month: periods).</summary>
    public const string NoAccountStatements = "NO_ACCOUNT_STATEMENTS";
    /// <summary>Statements obtained too early to cover the application's months (params obtainedOn, month).</summary>
    public const string AccountStatementsOutdated = "ACCOUNT_STATEMENTS_OUTDATED";
    /// <summary>Of working age and not registered with NVA (survey §5.1).</summary>
    public const string NotRegisteredWithNva = "NOT_REGISTERED_WITH_NVA";
    /// <summary>The social-assistance application is not filed yet (params date, count: days left).</summary>
    public const string ApplicationDeadline = "APPLICATION_DEADLINE";
    /// <summary>The one-month deadline passed without an application (params date, count: days since).</summary>
    public const string ApplicationDeadlinePassed = "APPLICATION_DEADLINE_PASSED";
}

/// <summary>
/// Eligibility warnings, computed from the case each time it is read (nothing is stored): the reasons help is most
/// often refused (the Ombudsman's 2021 survey, §5.1) that the case already shows, while there is still time to act.
/// </summary>
public static class Eligibility
{
    /// <summary>
    /// Working age: from 15 (the start of working age as the Central Statistical Bureau counts it, "darbspējas vecums")
    /// to the state pension age, 65 since 2025 (likums "Par valsts pensijām", 11. pants and its transitional provisions).
    /// </summary>
    public const int WorkingAgeFrom = 15, PensionAge = 65;

    public static IReadOnlyList<Reason> Warnings(Client c, DateOnly today)
    {
        if (c.Stage == ClientStage.Closed) return [];
        var warnings = new List<Reason>();
        if (c.ReleaseType == ReleaseType.PreTrialDetention) warnings.Add(Reason.Of(EligibilityWarnings.PreTrialDetention));
        if (c.ReleaseType == ReleaseType.ShortCustody) warnings.Add(Reason.Of(EligibilityWarnings.ShortCustody));
        if (c.LastDeclaredResidenceMunicipality is { } last && last != c.DestinationMunicipality)
            warnings.Add(Reason.Of(EligibilityWarnings.ResidenceElsewhere, MessageParam.Municipality("municipality", last),
                MessageParam.Municipality("destination", c.DestinationMunicipality)));
        if (c.HasResidenceToDeclare == false && !Has(c, DocumentKind.DeclaredResidence)) warnings.Add(Reason.Of(EligibilityWarnings.NoResidenceToDeclare));

        if (SocialAssistanceApplication.IsPending(c.Goals))
        {
            var applicationDate = ApplicationDate(c, today);
            var months = PathCalendar.StatementMonths(applicationDate).Select(m => MessageParam.Period("month", m.Period)).ToArray();
            var statements = c.Documents.FirstOrDefault(d => d.Kind == DocumentKind.AccountStatements);
            if (statements is null) warnings.Add(Reason.Of(EligibilityWarnings.NoAccountStatements, months));
            else if (!PathCalendar.StatementsCover(statements.ObtainedOn, applicationDate))
                warnings.Add(Reason.Of(EligibilityWarnings.AccountStatementsOutdated, [MessageParam.Date("obtainedOn", statements.ObtainedOn), .. months]));

            var deadline = SocialAssistanceApplication.Deadline(c.ReleaseDate);
            var left = deadline.DayNumber - today.DayNumber;
            warnings.Add(left >= 0
                ? Reason.Of(EligibilityWarnings.ApplicationDeadline, MessageParam.Date("date", deadline), MessageParam.Number("count", left))
                : Reason.Of(EligibilityWarnings.ApplicationDeadlinePassed, MessageParam.Date("date", deadline), MessageParam.Number("count", -left)));
        }

        if (MayBeOfWorkingAge(c.Person.BirthYear, Later(today, c.ReleaseDate)) && !Has(c, DocumentKind.NvaRegistration)
            && Goal(c, StandardGoal.EmploymentAgency)?.Status is not (GoalStatus.Done or GoalStatus.NotNeeded))
            warnings.Add(Reason.Of(EligibilityWarnings.NotRegisteredWithNva));
        return warnings;
    }

    /// <summary>
    /// The day the social-assistance application is made, for the months its account statements must cover: the day it
    /// was filed (its goal done), else today — or the release day, while the person is still inside.
    /// </summary>
    public static DateOnly ApplicationDate(Client c, DateOnly today) =>
        Goal(c, StandardGoal.SocialAssistance) is { Status: GoalStatus.Done, AchievedOn: { } filed } ? filed : Later(today, c.ReleaseDate);

    /// <summary>
    /// Only the birth year is recorded, so the age on a day is one of two: the person counts as of working age when
    /// either could be (a warning that turns out needless costs a question; a missed one can cost the benefit).
    /// </summary>
    public static bool MayBeOfWorkingAge(int birthYear, DateOnly on)
    {
        int oldest = on.Year - birthYear, youngest = oldest - 1;
        return oldest >= WorkingAgeFrom && youngest < PensionAge;
    }

    private static Goal? Goal(Client c, StandardGoal standard) => c.Goals.FirstOrDefault(g => g.Standard == standard);
    private static bool Has(Client c, DocumentKind kind) => c.Documents.Any(d => d.Kind == kind);
    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
