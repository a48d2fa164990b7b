using Mentoring.Api.Clients;
using Mentoring.Api.Contacts;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Api.Demo;

/// <summary>
/// One rhythm for every row of <see cref="All"/> (Riga times): referral at 9:00 with consent and needs after it; proposal at
/// 10:00, the mentor's answer that evening, agreement and start three days after the proposal; the release recorded at
/// noon; one prison visit a week before release; meetings at 14:00 — the day after release, weekly in the first month,
/// fortnightly after — logged by the mentor at 18:00; goals recorded at 16:00; the ending at 15:00, the case closed after.
/// </summary>
internal static partial class DemoCases
{
    private static readonly string[] MenPrisons = ["jelgava", "olaine", "riga-central", "valmiera", "jekabpils", "liepaja"];
    private static readonly (string Name, string Contact)[] Referrers =
        [("Inese Zariņa", "inese.zarina@ievp.example"), ("Līga Kronberga", "liga.kronberga@ievp.example"), ("Edīte Vaivode", "edite.vaivode@probacija.example")];
    private static readonly ConsentScope[] Everything = [ConsentScope.Processing, ConsentScope.MentorContact, ConsentScope.AggregateReporting];
    private static readonly ConsentScope[] NoMentorContact = [ConsentScope.Processing, ConsentScope.AggregateReporting];

    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    public static void Plan(DemoTimeline timeline, DemoActions act, DateOnly today)
    {
        for (var i = 0; i < All.Length; i++) PlanCase(timeline, act, today, All[i], i);
    }

    private static void PlanCase(DemoTimeline timeline, DemoActions act, DateOnly today, DemoCase c, int row)
    {
        var id = c.ClientId;
        var release = c.Release.Date(today);
        var referred = c.Lead > 0 ? release.AddDays(-c.Lead) : release;
        // Iļģuciems is Latvia's prison for women.
        var prison = c.Gender == Gender.Female ? "ilguciems" : MenPrisons[row % MenPrisons.Length];
        var referrer = Referrers[row % Referrers.Length];
        timeline.At(referred, T(9), [id], clock => act.ReferAsync(clock, new ReferClientInput
        {
            Name = c.Name, Gender = c.Gender, BirthYear = c.Born, Languages = c.Languages, PrisonCode = prison, ExpectedReleaseDate = release,
            ReleaseType = row % 4 == 3 ? ReleaseType.ConditionalEarlyRelease : ReleaseType.EndOfSentence, DestinationMunicipality = "riga",
            ReferrerName = referrer.Name, ReferrerContact = referrer.Contact, AlreadyReleasedOn = c.Lead > 0 ? null : release, IdempotencyKey = c.Key,
        }));
        if (c.Consent != DemoConsent.None)
        {
            var scopes = c.Consent == DemoConsent.Full ? Everything : NoMentorContact;
            timeline.At(referred, T(9, 10), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new RecordConsent(scopes, referred, $"PK-{referred:yyyy}/{row + 101}", a), s)));
            var addiction = c.Goals?.Any(g => g.Goal == DemoGoal.Addiction) == true ? NeedLevel.High : NeedLevel.Low;
            NeedAssessment[] needs = [new(NeedDomain.Housing, NeedLevel.High, null), new(NeedDomain.Employment, NeedLevel.Medium, null),
                new(NeedDomain.IncomeAndBenefits, NeedLevel.Medium, null), new(NeedDomain.Addiction, addiction, null)];
            timeline.At(referred, T(9, 20), [id], clock => act.OnCaseAsync(clock, id,
                (a, s) => ClientDecider.Decide(new AssessNeeds(needs, "Ieslodzījuma vietas riska un vajadzību novērtējums", referred, a), s)));
        }
        if (c.Lead > 0)
        {
            timeline.At(release, T(12), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new RecordRelease(release, a), s)));
            if (c.Consent != DemoConsent.None) PlanDocument(timeline, act, id, DocumentKind.ReleaseCertificate, release, T(12, 5));
        }

        var ends = c.Ends is { } e ? release.AddDays(e.AfterRelease) : (DateOnly?)null;
        if (c.Mentor is { } mentor) PlanMatch(timeline, act, today, c, DemoMentors.ByKey(mentor), referred, release, ends, prison);
        if (c.Ends is { } ending)
            timeline.At(ends!.Value, T(15, 10), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new CloseCase(ending.Case, ending.Note, a), s)));
        foreach (var (goal, day) in c.Goals ?? []) PlanGoal(timeline, act, c, referred, release, goal, release.AddDays(day));
        PlanRefusal(timeline, act, c, referred, release);
    }

    private static void PlanMatch(DemoTimeline timeline, DemoActions act, DateOnly today, DemoCase c, DemoMentor mentor, DateOnly referred, DateOnly release,
        DateOnly? ends, string prison)
    {
        var proposed = referred.AddDays(c.ToMatch);
        if (c.DeclinedBy is { } first)
        {
            // The first mentor asked knows the person from before and says no; the coordinator asks another two days later.
            var declined = DemoMentors.ByKey(first);
            var declinedKey = $"demo-match-{c.Name}-{first}";
            timeline.At(proposed, T(10), [c.ClientId, declined.Id], clock => act.ProposeAsync(clock, c.ClientId, declined.Id, declinedKey));
            timeline.At(proposed.AddDays(1), T(19), [c.ClientId, declined.Id], clock => act.OnMatchAsync(clock, DeterministicId.From("match", declinedKey),
                (a, m) => MatchDecider.Decide(new DeclineMatch("Pazīstam viens otru no agrākiem laikiem — labāk cits līdzgaitnieks.", a), m), declined.Id));
            proposed = proposed.AddDays(2);
        }
        var key = $"demo-match-{c.Name}";
        var matchId = DeterministicId.From("match", key);
        // Asking, answering, meeting and ending wait for the mentor's earlier steps too: they take or free the mentor's places.
        Guid[] lanes = [c.ClientId, mentor.Id];
        timeline.At(proposed, T(10), lanes, clock => act.ProposeAsync(clock, c.ClientId, mentor.Id, key));
        if (c.Waiting) return;
        timeline.At(proposed.AddDays(1), T(19), lanes, clock => act.OnMatchAsync(clock, matchId, (a, m) => MatchDecider.Decide(new AcceptMatch(a), m), mentor.Id));
        var active = proposed.AddDays(3);
        timeline.At(active, T(11, 50), [c.ClientId], clock => act.OnMatchAsync(clock, matchId, (a, m) => MatchDecider.Decide(new RecordClientAgreement(active, a), m)));
        timeline.At(active, T(12), [c.ClientId], clock => act.OnMatchAsync(clock, matchId, (a, m) => MatchDecider.Decide(new ActivateMatch(active, a), m)));

        if (active <= release.AddDays(-7)) Meeting(release.AddDays(-7), 90, ContactMode.PrisonVisit, Prisons.Find(prison)!.Name,
            [NeedDomain.Housing, NeedDomain.IdentityDocuments, NeedDomain.IncomeAndBenefits], "Plānojām pirmo dienu pēc atbrīvošanas: dzīvesvieta, izziņa, sociālais dienests.");
        foreach (var after in Rhythm())
        {
            var day = release.AddDays(after);
            if (day > today || day >= ends || after > c.QuietAfter) break;
            if (day < active) continue;
            if (after == 1)
                Meeting(day, 120, ContactMode.InPerson, "Rīgas Sociālais dienests", [NeedDomain.IncomeAndBenefits, NeedDomain.Housing, NeedDomain.IdentityDocuments],
                    "Pirmā diena: pavadīju uz sociālo dienestu un deklarēt dzīvesvietu.");
            else if (after is 7 or 21 || (after >= 42 && (after - 42) / 14 % 2 == 0))
                Meeting(day, 60, ContactMode.InPerson, "Biedrības telpas", [NeedDomain.Employment, NeedDomain.Housing], "Runājām par darba meklēšanu un NVA.");
            else
                Meeting(day, 30, ContactMode.Phone, null, [NeedDomain.SocialSkillsAndLeisure], "Īsa saruna pa tālruni: viss kārtībā.");
        }
        if (ends is { } end)
        {
            timeline.At(end, T(15), lanes, clock => act.OnMatchAsync(clock, matchId, (a, m) => MatchDecider.Decide(new EndMatch(c.Ends!.Match, c.Ends.Note, end, a), m)));
            // Closed by the book a week later; an ending of the last week still waits on the desk, as a real one would.
            if (end.AddDays(7) <= today) timeline.At(end.AddDays(7), T(11), lanes, clock => act.CloseMatchAsync(clock, matchId, c.Ends!.Match));
        }

        void Meeting(DateOnly day, int minutes, ContactMode mode, string? place, NeedDomain[] topics, string note) =>
            timeline.At(day, T(18), lanes, clock => act.LogContactAsync(clock, mentor.Id, new ContactInput
            {
                MatchId = matchId, IdempotencyKey = $"demo-{day:yyyyMMdd}", HappenedAt = RigaCalendar.At(day, T(14)), DurationMinutes = minutes,
                Mode = mode, Place = place, Topics = topics, PrivateNote = note, Concern = Concern.None,
            }));
    }

    /// <summary>Meeting days after release: the next day, weekly to the end of the first month, then fortnightly.</summary>
    private static IEnumerable<int> Rhythm()
    {
        foreach (var day in new[] { 1, 7, 14, 21, 28 }) yield return day;
        for (var day = 42; ; day += 14) yield return day;
    }

    private static void PlanGoal(DemoTimeline timeline, DemoActions act, DemoCase c, DateOnly referred, DateOnly release, DemoGoal goal, DateOnly achieved)
    {
        var id = c.ClientId;
        var goalId = goal switch
        {
            DemoGoal.Addiction => SupportPlan.NeedGoalId(id, NeedDomain.Addiction, referred),
            DemoGoal.Home or DemoGoal.Job => DeterministicId.From("goal", $"{id}:demo:{goal}"),
            _ => SupportPlan.StandardGoalId(id, Enum.Parse<StandardGoal>(goal.ToString())),
        };
        // A home of one's own and a job are not in the standard plan: the coordinator adds them two weeks after release.
        if (goal is DemoGoal.Home or DemoGoal.Job)
        {
            var (title, domain) = goal == DemoGoal.Home ? ("Pastāvīga dzīvesvieta (īres vai sociālais dzīvoklis)", NeedDomain.Housing) : ("Darba vieta", NeedDomain.Employment);
            timeline.At(release.AddDays(14), T(10), [id], clock => act.OnCaseAsync(clock, id,
                (a, s) => ClientDecider.Decide(new AddGoal(goalId, title, domain, release.AddDays(120), a), s)));
        }
        timeline.At(achieved, T(16), [id], clock => act.OnCaseAsync(clock, id, (a, s) => ClientDecider.Decide(new CompleteGoal(goalId, achieved, a), s)));
        if (DocumentOf(goal) is { } document) PlanDocument(timeline, act, id, document, achieved, T(16, 5));
    }
}
