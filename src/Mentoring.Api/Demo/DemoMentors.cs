using Mentoring.Api.Mentors;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Common.NeedDomain;

namespace Mentoring.Api.Demo;

/// <param name="Approved">Day of approval, from today (negative: days ago); null: still in vetting.</param>
internal sealed record DemoMentor(string Key, string Name, string Email, Gender Gender, int Born, string[] Languages, NeedDomain[] Specialities,
    bool Incarceration, int? RemissionYears, int Capacity, int? Approved)
{
    public Guid Id => DeterministicId.From("mentor-application", ApplicationKey);
    public string ApplicationKey => "demo-" + Email;
}

/// <summary>
/// The NGO's volunteers (fictional people), recruited and vetted through the real steps before the people they meet were
/// referred: the first some fifteen months ago, the newest about seven months ago; one applicant is still in vetting.
/// </summary>
internal static class DemoMentors
{
    public static readonly DemoMentor[] All =
    [
        new("J", "Jānis Līdzgaitnieks", DemoData.MentorEmail, Gender.Male, 1978, ["lv", "ru"], [Housing, Addiction, Employment], true, 9, 4, -470),
        new("M", "Māra Liepiņa", "mara.liepina@demo.mentoring.lv", Gender.Female, 1969, ["lv"], [Housing, IncomeAndBenefits, NeedDomain.Health], false, null, 3, -320),
        new("O", "Olga Petrova", "olga.petrova@demo.mentoring.lv", Gender.Female, 1983, ["ru", "lv"], [FamilyAndChildren, IncomeAndBenefits, IdentityDocuments], false, null, 4, -300),
        new("S", "Sergejs Ivanovs", "sergejs.ivanovs@demo.mentoring.lv", Gender.Male, 1972, ["ru", "lv"], [Addiction, LegalAid, IdentityDocuments], true, 12, 3, -260),
        new("I", "Inga Kalniņa", "inga.kalnina@demo.mentoring.lv", Gender.Female, 1985, ["lv", "en"], [FamilyAndChildren, NeedDomain.Health, IncomeAndBenefits], false, 6, 3, -250),
        new("D", "Dace Bērziņa", "dace.berzina@demo.mentoring.lv", Gender.Female, 1990, ["lv"], [Employment, FinancesAndDebt, SocialSkillsAndLeisure], false, null, 3, -240),
        new("V", "Valdis Ozols", "valdis.ozols@demo.mentoring.lv", Gender.Male, 1976, ["lv", "ru"], [Employment, Housing, LegalAid], true, null, 3, -230),
        new("G", "Gints Kalējs", "gints.kalejs@demo.mentoring.lv", Gender.Male, 1988, ["lv"], [Addiction, SocialSkillsAndLeisure, Employment], true, 5, 3, -220),
        new("K", "Aivars Krūze", "aivars.kruze@demo.mentoring.lv", Gender.Male, 1967, ["lv"], [FinancesAndDebt, Housing, Employment], false, null, 3, -215),
        new("L", "Lilita Dreimane", "lilita.dreimane@demo.mentoring.lv", Gender.Female, 1980, ["lv", "ru"], [NeedDomain.Health, Addiction, FamilyAndChildren], true, 7, 3, -200),
        new("A", "Artūrs Zariņš", "arturs.zarins@demo.mentoring.lv", Gender.Male, 1981, ["lv", "ru"], [Housing, Employment], true, 4, 2, null),
    ];

    public static DemoMentor ByKey(string key) => All.Single(m => m.Key == key);

    /// <summary>Application, interview, two references, background check, training, agreement, approval — a month — and the invitation taken up that evening.</summary>
    public static void Plan(DemoTimeline timeline, DemoActions act, DateOnly today)
    {
        foreach (var m in All)
        {
            var id = m.Id;
            var applied = m.Approved is { } day ? today.AddDays(day - 30) : today.AddDays(-12);
            timeline.At(applied, new TimeOnly(9, 0), [id], clock => act.ApplyAsync(clock, m.ApplicationKey, Profile(m)));
            var interviewed = applied.AddDays(5);
            timeline.At(interviewed, new TimeOnly(15, 0), [id], clock => act.VetAsync(clock, id,
                (a, s, _) => MentorDecider.Decide(new RecordScreeningInterview(interviewed, "Anna Koordinatore", InterviewOutcome.Recommended, null, a), s)));
            if (m.Approved is not { } approvedDay) continue;

            var approved = today.AddDays(approvedDay);

            foreach (var (referee, relationship) in new[] { ("Mācītājs Ozols", "draudzes mācītājs, pazīst 6 gadus"), ("Darba devējs Kalniņš", "darba devējs kopš 2019. gada") })
                timeline.At(approved.AddDays(-20), new TimeOnly(11, 0), [id], clock => act.VetAsync(clock, id,
                    (a, s, _) => MentorDecider.Decide(new RecordReference(referee, relationship, ReferenceOutcome.Positive, approved.AddDays(-20), a), s)));
            timeline.At(approved.AddDays(-15), new TimeOnly(11, 0), [id], clock => act.VetAsync(clock, id,
                (a, s, p) => MentorDecider.Decide(new RecordBackgroundCheck(approved.AddDays(-15), BackgroundCheckOutcome.Clear, null, a), s, p)));
            foreach (var module in VettingPolicy.Default.RequiredTrainingModules)
                timeline.At(approved.AddDays(-8), new TimeOnly(17, 0), [id], clock => act.VetAsync(clock, id,
                    (a, s, _) => MentorDecider.Decide(new RecordTrainingCompleted(module, approved.AddDays(-8), a), s)));
            timeline.At(approved.AddDays(-2), new TimeOnly(10, 0), [id], clock => act.VetAsync(clock, id,
                (a, s, _) => MentorDecider.Decide(new SignConfidentialityAgreement(approved.AddDays(-2), $"KL-{approved.Year}/{m.Born}", a), s)));
            timeline.At(approved, new TimeOnly(10, 0), [id], clock => act.ApproveAsync(clock, id));
            timeline.At(approved, new TimeOnly(20, 0), [id], clock => act.AcceptInvitationAsync(clock, id));
        }
    }

    private static MentorProfileInput Profile(DemoMentor m) => new()
    {
        Name = m.Name, Email = m.Email, Phone = "+371 20000000", Languages = m.Languages, Municipalities = ["riga", "jurmala", "marupe-novads"],
        Gender = m.Gender, BirthYear = m.Born, Incarceration = m.Incarceration, RemissionYears = m.RemissionYears, Specialities = m.Specialities,
        Availability = [new() { Day = DayOfWeek.Tuesday, Part = DayPart.Evening }, new() { Day = DayOfWeek.Saturday, Part = DayPart.Morning }],
        Capacity = m.Capacity, Motivation = "Es zinu, cik grūts ir pirmais mēnesis pēc atbrīvošanas, un gribu palīdzēt.",
    };
}
