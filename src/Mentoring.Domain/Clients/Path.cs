namespace Mentoring.Domain.Clients;

/// <summary>
/// Where a step of the person's path is taken (DESIGN.md, the need domains; the Ombudsman's 2021 survey): the municipal
/// social service (social assistance, shelter), PMLP (the Office of Citizenship and Migration Affairs: identity
/// documents), NVA (the State Employment Agency), VSAA (the State Social Insurance Agency), a family doctor, a bank,
/// the State Probation Service, the Legal Aid Administration, a shelter, a rehabilitation provider; and, for the steps an
/// inter-institutional meeting gives them before release, the prison and the NGO itself.
/// </summary>
public enum Institution
{
    MunicipalSocialService, Pmlp, Nva, Vsaa, FamilyDoctor, Bank, StateProbationService, LegalAidAdministration, Shelter, Rehabilitation, Other,
    Prison, Ngo,
}

/// <summary>The papers a released person needs to get help (the survey's refusal reasons name most of them).</summary>
public enum DocumentKind { IdentityDocument, ReleaseCertificate, AccountStatements, DeclaredResidence, NvaRegistration, FamilyDoctor }

/// <summary>A document of the checklist the person has, and since when.</summary>
public sealed record ObtainedDocument(DocumentKind Kind, DateOnly ObtainedOn);

/// <summary>One calendar month an account statement must cover: its first and last day, and its name as a period (yyyy-MM).</summary>
public sealed record StatementMonth(DateOnly From, DateOnly To)
{
    public string Period => $"{From:yyyy-MM}";
}

/// <summary>The calendar rules of the path, pure: the one-month deadline and the months account statements must cover.</summary>
public static class PathCalendar
{
    /// <summary>
    /// One month after <paramref name="day"/>, as Latvian law ends a term counted in months (Administratīvā procesa
    /// likums, 43. pants, on the end of terms; the Supreme Court, SKA-483/2022: "termiņu sākuma un beigu noteikšana regulēta
    /// Administratīvā procesa likuma 42. un 43. pantā"): the same day of the next month or, when that month has no such day, its
    /// last day — released on
    /// 31 January, the deadline is 28 February (29 in a leap year). The law's move of a deadline that falls on a
    /// weekend or holiday to the next working day is deliberately not applied: the earlier day is the one a mentor can
    /// never be late for.
    /// </summary>
    public static DateOnly OneMonthAfter(DateOnly day) => MonthsAfter(day, 1);

    /// <summary>
    /// <paramref name="months"/> months after <paramref name="day"/> by the same rule, always counted from
    /// <paramref name="day"/> itself (never month by month): three months after 31 January is 30 April, and six is 31 July.
    /// </summary>
    public static DateOnly MonthsAfter(DateOnly day, int months) => day.AddMonths(months); // keeps the day or clamps to the month's end

    /// <summary>
    /// The last three full calendar months before the application date, oldest first: the survey (§5.1) names
    /// "account statements for the full last three calendar months" as what a social service asks for. The month the
    /// application is made in is not yet full, even on its last day.
    /// </summary>
    public static IReadOnlyList<StatementMonth> StatementMonths(DateOnly applicationDate)
    {
        var thisMonth = new DateOnly(applicationDate.Year, applicationDate.Month, 1);
        return [.. Enumerable.Range(1, 3).Select(i => thisMonth.AddMonths(i - 4)).Select(first => new StatementMonth(first, first.AddMonths(1).AddDays(-1)))];
    }

    /// <summary>Statements obtained on a day can cover only the months already over by then: those of an application that month.</summary>
    public static bool StatementsCover(DateOnly obtainedOn, DateOnly applicationDate) =>
        StatementMonths(obtainedOn)[^1].To >= StatementMonths(applicationDate)[^1].To;
}

/// <summary>
/// The social-assistance application of the one-month rule, one definition for the warnings, the reminders and the
/// coordinator's desk: it is filed when its standard goal (<see cref="StandardGoal.SocialAssistance"/>) is done.
/// </summary>
public static class SocialAssistanceApplication
{
    /// <summary>
    /// Still to be filed: the plan has no such goal (cases planned before it existed) or it is open. A refused goal was
    /// filed and decided (its refusal is followed up on its own); a goal not needed asks for nothing.
    /// </summary>
    public static bool IsPending(IEnumerable<Goal> goals) =>
        goals.FirstOrDefault(g => g.Standard == StandardGoal.SocialAssistance) is not { IsOpen: false };

    /// <summary>The one-month deadline, from the (expected or actual) release date.</summary>
    public static DateOnly Deadline(DateOnly releaseDate) => PathCalendar.OneMonthAfter(releaseDate);
}

/// <summary>One line of the documents checklist: since when the person has it (null: missing) and, for account statements, the months they must cover.</summary>
public sealed record ChecklistDocument(DocumentKind Kind, DateOnly? ObtainedOn, IReadOnlyList<StatementMonth> Months);

public static class DocumentsChecklist
{
    /// <summary>Every document of the checklist, in its order; account statements with the months of the application (<see cref="Eligibility.ApplicationDate"/>).</summary>
    public static IReadOnlyList<ChecklistDocument> Of(Client c, DateOnly today, DateOnly? applicationDate = null) =>
    [
        .. Enum.GetValues<DocumentKind>().Select(kind => new ChecklistDocument(kind, c.Documents.FirstOrDefault(d => d.Kind == kind)?.ObtainedOn,
            kind == DocumentKind.AccountStatements ? PathCalendar.StatementMonths(applicationDate ?? Eligibility.ApplicationDate(c, today)) : [])),
    ];
}
