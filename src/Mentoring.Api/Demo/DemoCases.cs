using Mentoring.Domain.Mentors;
using static Mentoring.Api.Demo.DemoConsent;
using static Mentoring.Api.Demo.DemoDay;
using static Mentoring.Api.Demo.DemoEnding;
using static Mentoring.Api.Demo.DemoGoal;

namespace Mentoring.Api.Demo;

/// <summary>
/// The people the demo NGO has worked with (fictional names): about six released a month over the last seven months,
/// five of them met by a mentor before release (one a month referred too late, or wanting no mentor), then met weekly
/// in the first month and fortnightly after, reaching their plan's goals, most matches ending three to four months after
/// release; three earlier people whose mentoring lasted six months to a year; and the coming weeks' releases — one
/// proposal waiting for its mentor, two people still to match, one without consent yet. So every month of the
/// municipality's summary has real figures, and the desk, the releases and the engagement page have real work.
/// </summary>
internal static partial class DemoCases
{
    private static readonly string[] Lv = ["lv"], Ru = ["ru"], LvRu = ["lv", "ru"];
    private static readonly (DemoGoal, int)[] Good = [(IdentityDocument, -10), (Residence, 0), (SocialAssistance, 9), (EmploymentAgency, 12), (BankAccount, 15), (FamilyDoctor, 24)];
    private static readonly (DemoGoal, int)[] Typical = [(Residence, 0), (SocialAssistance, 14), (EmploymentAgency, 20)];
    /// <summary>Residence late and the social-assistance application after its one-month deadline.</summary>
    private static readonly (DemoGoal, int)[] Hard = [(Residence, 6), (SocialAssistance, 38)];

    private const Gender M = Gender.Male, F = Gender.Female;

    // name, gender, born, languages, released, referred (days before release; 0: after it), consent,
    // mentor, proposed (days after referral), ending, last meeting, goals reached (days after release)
    public static readonly DemoCase[] All =
    [
        // Mentoring that lasted: a year, and twice more than six months.
        new("Aigars Vilks", M, 1979, Lv, On(13, 20), 35, Full, "J", 6, GoalsMet(369), Goals: [.. Good, (Job, 150), (Home, 240)]),
        new("Valters Priede", M, 1984, Lv, On(8, 18), 36, Full, "M", 8, GoalsMet(190), Goals: [.. Good, (Addiction, 70), (Job, 120)]),
        new("Jurijs Volkovs", M, 1976, Ru, On(7, 2), 34, Full, "O", 6, GoalsMet(190),
            Goals: [(IdentityDocument, -9), (Residence, 0), (SocialAssistance, 12), (BankAccount, 14), (FamilyDoctor, 28), (Home, 100)]),
        // Six months ago.
        new("Ansis Kļaviņš", M, 1986, Lv, On(6, 2), 35, Full, "J", 7, GoalsMet(115), Goals: [.. Good, (Addiction, 60)]),
        new("Dmitrijs Orlovs", M, 1982, LvRu, On(6, 7), 34, Full, "S", 8, Reincarcerated(60), Goals: [(Residence, 1), (SocialAssistance, 22)]),
        new("Baiba Zeltiņa", F, 1990, Lv, On(6, 12), 34, Full, "M", 6, GoalsMet(95), Goals: [.. Good, (Home, 90)]),
        new("Mārtiņš Avotiņš", M, 1993, Lv, On(6, 17), 5, Full, "O", 12, Disengaged(45), QuietAfter: 20, Goals: [(Residence, 9)]),
        new("Normunds Lācis", M, 1980, LvRu, On(6, 22), 35, Full, "V", 7, Moved(100), Goals: Typical),
        new("Guntis Briedis", M, 1975, Lv, On(6, 27), 33, Full, "D", 5, GoalsMet(85), Goals: [.. Typical, (BankAccount, 16), (Job, 80)]),
        // Five months ago.
        new("Uldis Mežals", M, 1988, Lv, On(5, 2), 36, Full, "I", 8, GoalsMet(87), Goals: [.. Good, (Job, 75)]),
        new("Aleksandrs Kuzņecovs", M, 1985, Ru, On(5, 7), 34, Full, "O", 7, GoalsMet(100),
            Goals: [(Residence, 1), (SocialAssistance, 14), (BankAccount, 15), (Addiction, 60)]),
        new("Santa Rudzīte", F, 1994, Lv, On(5, 12), 34, Full, "G", 6, Declined(90),
            Goals: [(IdentityDocument, -8), (Residence, 0), (SocialAssistance, 8), (FamilyDoctor, 18), (EmploymentAgency, 21)]),
        new("Kaspars Dūmiņš", M, 1991, Lv, On(5, 17), 36, NoMentor, Ends: HandedOver(35), Goals: [(Residence, 2)]),
        new("Artjoms Sokolovs", M, 1983, LvRu, On(5, 22), 35, Full, "S", 7, GoalsMet(93),
            Goals: [(IdentityDocument, -10), (Residence, 0), (SocialAssistance, 13), (EmploymentAgency, 18)]),
        new("Kristaps Jurēvičs", M, 1989, Lv, On(5, 27), 34, Full, "J", 9, GoalsMet(93), Goals: Good),
        // Four months ago.
        new("Evija Lūse", F, 1987, Lv, On(4, 2), 30, Full, "I", 8, GoalsMet(110), Goals: [.. Typical, (FamilyDoctor, 30), (Home, 95)]),
        new("Andris Bite", M, 1981, Lv, On(4, 7), 34, Full, "V", 7, Disengaged(70), QuietAfter: 35, Goals: Hard),
        new("Stanislavs Grigorjevs", M, 1977, Ru, On(4, 10), 35, None),
        new("Viktors Pavlovs", M, 1974, Ru, On(4, 12), 34, Full, "L", 6, GoalsMet(90),
            Goals: [(Residence, 0), (SocialAssistance, 10), (BankAccount, 20), (Addiction, 75)]),
        new("Renārs Upītis", M, 1995, Lv, On(4, 17), 36, Full, "D", 8, Moved(50), Goals: [(Residence, 3)]),
        new("Toms Zvaigzne", M, 1992, Lv, On(4, 22), 4, Full, "G", 10, Goals: [(Residence, 7), (SocialAssistance, 20), (Job, 90)]),
        new("Māris Cīrulis", M, 1986, Lv, On(4, 27), 35, Full, "M", 7, Disengaged(85), QuietAfter: 50, Goals: Typical),
        // Three months ago.
        new("Igors Fjodorovs", M, 1979, Ru, On(3, 2), 36, Full, "S", 8, QuietAfter: 70, Goals: [(Residence, 0), (SocialAssistance, 15)]),
        new("Līga Miezīte", F, 1991, Lv, On(3, 7), 33, Full, "D", 6, Goals: Good, DeclinedBy: "I"),
        new("Emīls Krastiņš", M, 1994, Lv, On(3, 12), 35, Full, "J", 7, Goals: [.. Typical, (Addiction, 50)]),
        new("Haralds Siliņš", M, 1970, Lv, On(3, 17), 6, Full, "V", 11, Goals: Hard),
        new("Rihards Dārziņš", M, 1996, Lv, On(3, 22), 36, Full, "K", 8, Reincarcerated(50), Goals: [(Residence, 2)]),
        new("Nauris Lapsa", M, 1988, Lv, On(3, 27), 34, Full, "G", 6, Goals: Good),
        // Two months ago.
        new("Jevgēņijs Lebedevs", M, 1984, Ru, On(2, 2), 35, Full, "O", 7, Goals: [(Residence, 0), (SocialAssistance, 11), (BankAccount, 16)]),
        new("Dana Kurzemniece", F, 1993, Lv, On(2, 7), 34, Full, "I", 8, Goals: Good),
        new("Oļegs Morozovs", M, 1978, LvRu, On(2, 12), 34, Full, "L", 6, Goals: Typical),
        new("Gatis Straume", M, 1990, Lv, On(2, 17), 35, NoMentor, Goals: [(Residence, 4), (SocialAssistance, 25)]),
        new("Ivars Sīlis", M, 1982, Lv, On(2, 22), 37, Full, "M", 9, Goals: [.. Typical, (BankAccount, 18)]),
        new("Didzis Rozītis", M, 1987, Lv, On(2, 27), 35, Full, "K", 7, Goals: [(IdentityDocument, -9), (Residence, 0), (SocialAssistance, 12)]),
        // Last month.
        new("Anastasija Koroļova", F, 1989, Ru, On(1, 2), 36, Full, "L", 8, Goals: [(Residence, 0), (SocialAssistance, 9), (FamilyDoctor, 20)]),
        new("Arnis Vanags", M, 1985, Lv, On(1, 7), 34, Full, "V", 6, Goals: Good),
        new("Mareks Zālītis", M, 1991, Lv, On(1, 12), 35, Full, "J", 7, Goals: Typical),
        new("Armands Liepkalns", M, 1983, Lv, On(1, 17), 36, Full, "D", 8, Goals: [(Residence, 0), (SocialAssistance, 10)]),
        new("Juris Ābele", M, 1976, Lv, On(1, 22), 35, Full, "G", 7, Goals: [(IdentityDocument, -8), (Residence, 1)]),
        new("Gunārs Vītiņš", M, 1981, Lv, On(1, 27), 34, Full, "K", 6, Goals: [(Residence, 0)]),
        // This month (who is not released yet is due).
        new("Ēriks Balodis", M, 1992, Lv, On(0, 2), 36, Full, "M", 8, Goals: [(Residence, 0)]),
        new("Elvijs Pūce", M, 1995, Lv, On(0, 7), 34, Full, "S", 7, Goals: [(IdentityDocument, -9)]),
        new("Vilnis Strods", M, 1984, Lv, On(0, 12), 34, Full, "O", 6),
        new("Dāvis Lūsis", M, 1990, Lv, On(0, 17), 36, Full, "D", 7),
        new("Ričards Krauze", M, 1987, LvRu, On(0, 22), 35, Full, "L", 8),
        new("Sandis Eglītis", M, 1993, Lv, On(0, 27), 34, Full, "V", 6),
        // Next month.
        new("Agris Putniņš", M, 1980, Lv, On(-1, 5), 36, Full, "O", 6),
        new("Romāns Kovaļovs", M, 1986, Ru, On(-1, 19), 35, Full, "S", 7),
        // Whose situation today is the point, whatever the date: a match gone quiet, one just begun, a proposal
        // unanswered since yesterday, two people still to match before release, one without consent yet.
        new("Oskars Vītols", M, 1988, LvRu, Days(-25), 0, Full, "I", 1, QuietAfter: 7),
        new("Raimonds Liepa", M, 1990, LvRu, Days(-10), 0, Full, "J", 1),
        new("Edgars Krūmiņš", M, 1983, LvRu, Days(6), 30, Full, "K", 23, Waiting: true),
        new("Laura Ozoliņa", F, 1995, LvRu, Days(19), 30, Full),
        new("Pāvels Smirnovs", M, 1979, LvRu, Days(33), 40, Full),
        new("Kristīne Egle", F, 1992, LvRu, Days(52), 55, None),
    ];
}
