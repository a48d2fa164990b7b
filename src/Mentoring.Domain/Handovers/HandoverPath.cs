using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Handovers;

/// <summary>A step of the path as the social service reads it: what, by when, where, and how it stands.</summary>
public sealed record HandoverGoal(Guid Id, string Title, GoalKind Kind, StandardGoal? Standard, NeedDomain? Domain, DateOnly Deadline, GoalStatus Status,
    Institution? Institution, DateOnly? AchievedOn);

/// <summary>A refusal of help on the path, with its reason code; its note only when notes were handed over.</summary>
public sealed record HandoverRefusal(Guid Id, Institution Institution, HelpKind Help, RefusalReason Reason, DateOnly RefusedOn, string? Note);

/// <summary>A need as assessed; its note only when notes were handed over.</summary>
public sealed record HandoverNeed(NeedDomain Domain, NeedLevel Level, string? Note);

/// <summary>
/// The person's path as handed over: who (name, birth year, languages), the release and destination, the plan's goals with
/// deadlines and institutions, the documents checklist, the eligibility warnings, refusals and needs. Nothing else of the
/// case: no risk flags, contacts, mentor or meetings; free-text notes only when the coordinator chose to include them.
/// </summary>
public sealed record HandoverPath(
    string Name, int BirthYear, IReadOnlyList<string> Languages, DateOnly ReleaseDate, bool Released, ReleaseType ReleaseType, string DestinationMunicipality,
    IReadOnlyList<HandoverGoal> Goals, IReadOnlyList<ChecklistDocument> Documents, IReadOnlyList<Reason> Warnings, IReadOnlyList<HandoverRefusal> Refusals,
    IReadOnlyList<HandoverNeed> Needs, DateOnly AsOf)
{
    public static HandoverPath Of(Client c, DateOnly today, bool includeNotes) => new(
        c.Person.Name, c.Person.BirthYear, c.Person.Languages, c.ReleaseDate, c.ReleasedOn is not null, c.ReleaseType, c.DestinationMunicipality,
        [.. c.Goals.Select(g => new HandoverGoal(g.Id, g.Title, g.Kind, g.Standard, g.Domain, g.Deadline, g.Status, g.Institution, g.AchievedOn))],
        DocumentsChecklist.Of(c, today), Eligibility.Warnings(c, today),
        [.. c.Refusals.Select(r => new HandoverRefusal(r.Id, r.Institution, r.Help, r.Reason, r.RefusedOn, includeNotes ? r.Note : null))],
        [.. c.Needs.Select(n => new HandoverNeed(n.Domain, n.Level, includeNotes ? n.Note : null))],
        today);
}

public static class HandoverPaths
{
    /// <summary>The path with its name and free text erased: codes, dates and statuses stay, as for the case's own events.</summary>
    public static HandoverPath Erased(HandoverPath p) => p with
    {
        Name = Privacy.PersonalDataMasking.Erased,
        Goals = [.. p.Goals.Select(g => g.Kind == GoalKind.Own ? g with { Title = Privacy.PersonalDataMasking.Erased } : g)],
        Refusals = [.. p.Refusals.Select(r => r with { Note = null })],
        Needs = [.. p.Needs.Select(n => n with { Note = null })],
    };
}
