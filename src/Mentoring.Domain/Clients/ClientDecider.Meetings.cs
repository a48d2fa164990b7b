using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Clients;

/// <summary>Going with the person to an institution, as the mentor logs it with a meeting; a refusal needs its reason.</summary>
public sealed record AccompanimentDetails(Institution Institution, HelpKind? Help, AccompanimentResult Result, RefusalReason? RefusalReason, string? Note);

/// <summary>
/// What a logged meeting moved on the person's path: goals it progressed, documents obtained at it, institutions the
/// mentor went to with the person. <paramref name="On"/> is the meeting's (Riga) day.
/// </summary>
public sealed record RecordMeetingOutcomes(Guid ContactId, DateOnly On, IReadOnlyList<Guid> GoalsProgressed, IReadOnlyList<DocumentKind> DocumentsObtained,
    IReadOnlyList<AccompanimentDetails> Accompaniments, Actor Actor)
{
    public bool IsEmpty => GoalsProgressed.Count == 0 && DocumentsObtained.Count == 0 && Accompaniments.Count == 0;
}

/// <summary>The meeting was retracted: what it recorded on the path stops counting.</summary>
public sealed record RetractMeetingOutcomes(Guid ContactId, string Reason, Actor Actor);

/// <summary>An accompaniment on the person's path, as logged with a meeting.</summary>
public sealed record Accompaniment(Guid ContactId, Institution Institution, HelpKind? Help, AccompanimentResult Result, DateOnly On, Guid? RefusalId)
{
    public bool Retracted { get; init; }
}

/// <summary>The case side of the mentor's meeting log: goals progressed, documents obtained, accompaniments (and refusals met there).</summary>
public static partial class ClientDecider
{
    public const int MaxAccompanimentsPerMeeting = 5;

    /// <summary>The refusal met on an accompaniment: one per accompaniment of the meeting, so a retry reaches the same id.</summary>
    public static Guid RefusalIdOf(Guid contactId, int accompaniment) => DeterministicId.From("refusal", $"{contactId}:accompaniment:{accompaniment}");

    /// <summary>
    /// A progressed goal that has not started is in progress; one already moving, or closed meanwhile (the phone may have
    /// been offline), is left as it is. A document is recorded on the meeting's day unless it is on the checklist already.
    /// Each accompaniment is recorded; a refused one records its refusal first (on the coordinator's desk, as
    /// <see cref="RecordRefusal"/> does). A meeting whose accompaniments are on the case already is a retry: nothing new.
    /// </summary>
    public static Decision Decide(RecordMeetingOutcomes c, Client? s)
    {
        if (c.IsEmpty) return Decision.Accept();
        if (Open(s) is { } refused) return refused;
        if (s!.Accompaniments.Any(a => a.ContactId == c.ContactId)) return Decision.Accept();
        var unknown = c.GoalsProgressed.Where(id => s.Goals.All(g => g.Id != id)).ToList();
        var checks = new Checks()
            .Require(unknown.Count == 0, ErrorCodes.NotFound, "No such goal.", "goalsProgressed")
            .Require(c.On <= c.Actor.Today, ErrorCodes.Validation, "A meeting cannot be dated in the future.", "happenedAt")
            .Require(c.Accompaniments.Count <= MaxAccompanimentsPerMeeting, ErrorCodes.Validation,
                $"At most {MaxAccompanimentsPerMeeting} accompaniments per meeting.", "accompaniments", MessageParam.Number("max", MaxAccompanimentsPerMeeting));
        foreach (var a in c.Accompaniments.Where(a => a.Result == AccompanimentResult.Refused))
            checks.Require(a.RefusalReason is not null, RefusalNeedsReason, "Say why the help was refused.", "accompaniments.refusalReason")
                .Require(a.Help is not null, ErrorCodes.Validation, "Say which help was refused.", "accompaniments.help")
                .Require(a.RefusalReason != RefusalReason.Other || Text.HasLength(a.Note, 3, 2000), ErrorCodes.Validation, "Explain the reason in the note.",
                    "accompaniments.note");
        foreach (var a in c.Accompaniments)
            checks.Require(a.Note is null || a.Note.Length <= 2000, ErrorCodes.Validation, "The note is too long (2000 characters at most).", "accompaniments.note");
        return checks.Then(() =>
        {
            var by = c.Actor.By;
            var at = c.Actor.At;
            var events = new List<object>();
            events.AddRange(c.GoalsProgressed.Distinct()
                .Where(id => s.Goals.Single(g => g.Id == id).Status == GoalStatus.NotStarted)
                .Select(id => new GoalStatusChanged(s.Id, id, GoalStatus.InProgress, by, at)));
            events.AddRange(c.DocumentsObtained.Distinct()
                .Where(kind => s.Documents.All(d => d.Kind != kind))
                .Select(kind => new DocumentObtained(s.Id, kind, c.On, by, at)));
            for (var i = 0; i < c.Accompaniments.Count; i++)
            {
                var a = c.Accompaniments[i];
                Guid? refusalId = null;
                if (a.Result == AccompanimentResult.Refused)
                {
                    refusalId = RefusalIdOf(c.ContactId, i);
                    events.Add(new RefusalRecorded(s.Id, refusalId.Value, a.Institution, a.Help!.Value, a.RefusalReason!.Value, c.On,
                        string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim(), null, by, at));
                }
                events.Add(new AccompaniedToInstitution(s.Id, c.ContactId, a.Institution, a.Help, a.Result, c.On, refusalId, by, at));
            }
            return Decision.Accept([.. events]);
        });
    }

    /// <summary>
    /// The meeting's accompaniments no longer count; a refusal recorded with one that still waits on the desk is closed
    /// (it was never met). A case closed or frozen since still takes the retraction: it corrects the record.
    /// </summary>
    public static Decision Decide(RetractMeetingOutcomes c, Client? s)
    {
        var standing = s?.Accompaniments.Where(a => a.ContactId == c.ContactId && !a.Retracted).ToList() ?? [];
        if (standing.Count == 0) return Decision.Accept();
        var refusals = standing.Where(a => a.RefusalId is not null).Select(a => a.RefusalId!.Value).ToHashSet();
        return Decision.Accept([
            new AccompanimentRetracted(s!.Id, c.ContactId, c.Reason.Trim(), c.Actor.By, c.Actor.At),
            .. s.Refusals.Where(r => refusals.Contains(r.Id) && r.IsOpen)
                .Select(r => new RefusalClosed(s.Id, r.Id, c.Actor.Today, c.Reason.Trim(), c.Actor.By, c.Actor.At)),
        ]);
    }
}
