using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Demo;

/// <summary>What the person consented to: everything, everything but a mentor (they wanted none), or nothing yet.</summary>
internal enum DemoConsent { Full, NoMentor, None }

/// <summary>A goal of the person's plan reached: the standard ones, the addiction goal their needs gave them, or one added later.</summary>
internal enum DemoGoal { IdentityDocument, Residence, BankAccount, EmploymentAgency, SocialAssistance, FamilyDoctor, Addiction, Home, Job }

/// <summary>How the mentoring (and then the case) ended, <paramref name="AfterRelease"/> days after release.</summary>
internal sealed record DemoEnding(int AfterRelease, MatchEndReason Match, CaseClosureReason Case, string? Note = null)
{
    public static DemoEnding GoalsMet(int days) => new(days, MatchEndReason.GoalsMet, CaseClosureReason.GoalsMet);
    public static DemoEnding Disengaged(int days) => new(days, MatchEndReason.ClientDisengaged, CaseClosureReason.NoContact);
    public static DemoEnding Reincarcerated(int days) => new(days, MatchEndReason.Reincarcerated, CaseClosureReason.Reincarcerated);
    public static DemoEnding Moved(int days) => new(days, MatchEndReason.Moved, CaseClosureReason.MovedAway);
    public static DemoEnding Declined(int days) => new(days, MatchEndReason.Other, CaseClosureReason.Declined, "Pats lūdza atbalstu beigt: saka, ka tiek galā.");
    public static DemoEnding HandedOver(int days) => new(days, MatchEndReason.Other, CaseClosureReason.Other, "Gadījumu turpina pašvaldības sociālā dienesta gadījuma vadītājs.");
}

/// <summary>
/// A day of the story: the <paramref name="Day"/>th of the month <paramref name="MonthsAgo"/> months before this one (the
/// history, so that each past month of a report holds the same people whatever day the demo starts), or
/// <paramref name="FromToday"/> days from today (the people whose situation today matters: overdue, waiting, due soon).
/// </summary>
internal readonly record struct DemoDay(int MonthsAgo, int Day, int? FromToday = null)
{
    /// <param name="day">1 to 28, so that every month has it.</param>
    public static DemoDay On(int monthsAgo, int day) => new(monthsAgo, day);
    public static DemoDay Days(int fromToday) => new(0, 0, fromToday);

    public DateOnly Date(DateOnly today) => FromToday is { } days ? today.AddDays(days) : new DateOnly(today.Year, today.Month, 1).AddMonths(-MonthsAgo).AddDays(Day - 1);
}

/// <summary>
/// One (fictional) person's path through the NGO, in days around their release. The steps between follow one rhythm for
/// everybody (see <see cref="DemoCases"/>).
/// </summary>
/// <param name="Release">Day of release.</param>
/// <param name="Lead">Days referred before release; 0: referred on the day of release, after it.</param>
/// <param name="Mentor">Key of the mentor matched (<see cref="DemoMentors"/>), null for nobody; proposed <paramref name="ToMatch"/> days after the referral.</param>
/// <param name="Ends">When and why the match and the case end (without a mentor: the case); null: still going.</param>
/// <param name="QuietAfter">The last meeting logged, in days after release; null: meetings keep to the rhythm.</param>
/// <param name="Goals">Goals reached, each with its day after release (negative: before).</param>
/// <param name="DeclinedBy">A mentor proposed first who declined (the proposal to <paramref name="Mentor"/> follows two days later).</param>
/// <param name="Waiting">The proposal waits for the mentor's answer.</param>
internal sealed record DemoCase(string Name, Gender Gender, int Born, string[] Languages, DemoDay Release, int Lead, DemoConsent Consent,
    string? Mentor = null, int ToMatch = 0, DemoEnding? Ends = null, int? QuietAfter = null, (DemoGoal Goal, int Day)[]? Goals = null,
    string? DeclinedBy = null, bool Waiting = false)
{
    public string Key => "demo-" + Name;
    public Guid ClientId => DeterministicId.From("client-referral", Key);
}
