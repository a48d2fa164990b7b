using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Transfers;

/// <summary>A step of the plan as it goes across: its kind and title, where it is taken, its deadline and how far it got.</summary>
/// <param name="Refusal">For a refused goal: the refusal that stopped it.</param>
public sealed record TransferGoal(GoalKind Kind, StandardGoal? Standard, string Title, NeedDomain? Domain, Institution? Institution, DateOnly Deadline,
    GoalStatus Status, DateOnly? AchievedOn, TransferRefusal? Refusal);

/// <summary>A refusal of help as the history shows it: who refused what, why (a code) and when; never its note.</summary>
public sealed record TransferRefusal(Institution Institution, HelpKind Help, RefusalReason Reason, DateOnly RefusedOn, RefusalStatus Status, bool RefusedAGoal);

/// <summary>A period with a mentor: when it ran and why it ended. Never who the mentor was.</summary>
public sealed record TransferMatchPeriod(DateOnly? From, DateOnly? To, MatchEndReason? EndReason);

/// <summary>What the sending NGO's work amounts to, in counts and dates.</summary>
public sealed record TransferHistory(DateOnly CaseOpenedOn, int MeetingsHeld, DateOnly? FirstMeetingOn, DateOnly? LastMeetingOn, int GoalsAchieved,
    int InterInstitutionalMeetings, IReadOnlyList<TransferRefusal> Refusals, IReadOnlyList<TransferMatchPeriod> MatchPeriods);

/// <summary>The meetings logged with the person across their matches (standing ones only), as counts and dates.</summary>
public sealed record MeetingCounts(int Count, DateOnly? First, DateOnly? Last)
{
    public static readonly MeetingCounts None = new(0, null, null);
}

/// <summary>
/// What the receiving NGO gets to continue the person's support: who they are (as the case records them), their release,
/// needs (levels, without the notes), languages, the consent on record, the plan with deadlines and status, the documents
/// checklist, eligibility warnings, and a history summary. Deliberately absent: notes of any kind (case, need, refusal,
/// meeting), contact logs, risk notes, and anything naming a mentor.
/// </summary>
public sealed record TransferPackage(
    ClientPerson Person, string PrisonCode, DateOnly ExpectedReleaseDate, DateOnly? ReleasedOn, ReleaseType ReleaseType,
    IReadOnlyList<NeedAssessment> Needs, IReadOnlyList<ConsentScope> ConsentScopes, DateOnly ConsentGivenOn, string ConsentDocumentReference,
    IReadOnlyList<TransferGoal> Goals, IReadOnlyList<ObtainedDocument> Documents, IReadOnlyList<Reason> EligibilityWarnings,
    string? LastDeclaredResidenceMunicipality, bool? HasResidenceToDeclare, TransferHistory History)
{
    /// <summary>The package of the case as it stands on <paramref name="today"/>, its matches and the meetings logged on them.</summary>
    /// <param name="consentReference">The signed consent's reference, from the case's last <see cref="ConsentRecorded"/>.</param>
    public static TransferPackage Of(Client c, IReadOnlyList<Match> matches, MeetingCounts meetings, string consentReference, DateOnly today) => new(
        c.Person, c.PrisonCode, c.ExpectedReleaseDate, c.ReleasedOn, c.ReleaseType,
        [.. c.Needs.Select(n => n with { Note = null })], c.Consent, c.ConsentGivenOn ?? today, consentReference,
        [.. c.Goals.Select(g => new TransferGoal(g.Kind, g.Standard, g.Title, g.Domain, g.Institution, g.Deadline, g.Status, g.AchievedOn,
            c.Refusals.FirstOrDefault(r => r.Id == g.RefusedBy) is { } r ? Summary(r) : null))],
        c.Documents, Eligibility.Warnings(c, today), c.LastDeclaredResidenceMunicipality, c.HasResidenceToDeclare,
        new TransferHistory(RigaCalendar.Day(c.ReferredAt), meetings.Count, meetings.First, meetings.Last, c.Goals.Count(g => g.Status == GoalStatus.Done), c.Meetings,
            [.. c.Refusals.Select(Summary)],
            [.. matches.Where(m => m.ActiveFrom is not null).OrderBy(m => m.ActiveFrom).Select(m => new TransferMatchPeriod(m.ActiveFrom, m.EndedOn, m.EndReason))]));

    private static TransferRefusal Summary(Refusal r) => new(r.Institution, r.Help, r.Reason, r.RefusedOn, r.Status, r.GoalId is not null);
}
