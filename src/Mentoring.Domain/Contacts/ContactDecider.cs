using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Contacts;

/// <param name="ClientFrozen">The client withdrew consent: no new contact is recorded (a rule of their case, read by the handler).</param>
/// <param name="ByCoordinator">Staff may record, late, a meeting that happened before the match ended; a mentor may not.</param>
public sealed record LogContact(Guid ContactId, ContactDetails Details, Actor Actor, bool ClientFrozen = false, bool ByCoordinator = false);
public sealed record CorrectContact(Guid ContactId, ContactDetails Details, string Reason, bool ByCoordinator, Actor Actor);
public sealed record RetractContact(Guid ContactId, string Reason, bool ByCoordinator, Actor Actor);
public sealed record CommentOnContact(Guid CommentId, Guid ContactId, string Text, Actor Actor);
public sealed record AcknowledgeConcern(Guid ContactId, string? Note, Actor Actor);

/// <summary>
/// Pure decisions for the contact log on a match stream. Nothing is ever rewritten: every change is an event. Each decision
/// reads the match and the one contact it concerns (its document in the contact log, folded from the same stream, or
/// null when there is none), never the whole log.
/// </summary>
public static class ContactDecider
{
    public const string ContactInFuture = "CONTACT_IN_FUTURE";
    public const string BeforeMatchBegan = "BEFORE_MATCH_BEGAN";
    public const string MatchNotActive = "MATCH_NOT_ACTIVE";
    public const string ContactRetracted = "CONTACT_RETRACTED";
    public const string NoOpenConcern = "NO_OPEN_CONCERN";
    public const int MaxDurationMinutes = 600;

    /// <summary>
    /// Logging with a contact id already in the log is the retry of that log: nothing new happens. The same key with a
    /// different meeting is not a retry — an edit made offline must not vanish silently — so it is refused.
    /// </summary>
    public static Decision Decide(LogContact c, Match? m, ContactRecord? contact)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        if (Of(m, contact, c.ContactId) is { } logged)
            return Same(logged.Versions[0].Details, Normalise(c.Details))
                ? Decision.Accept()
                : Decision.Reject(ErrorCodes.IdempotencyKeyReused,
                    "This meeting was already logged with other details: correct it instead of logging it again.", "idempotencyKey");
        if (!Loggable(m, c.Details.HappenedAt, c.ByCoordinator))
            return Decision.Reject(MatchNotActive, $"Contacts are logged on active matches; this one is {m.Stage.ToString().ToLowerInvariant()}.", "matchId",
                MessageParam.Enum("stage", m.Stage));
        if (c.ClientFrozen)
            return Decision.Reject(Clients.ClientDecider.CaseFrozen, "Consent was withdrawn: no new contact is logged until it is given again.", "matchId");
        return CheckDetails(new Checks(), c.Details, m, c.Actor)
            .Then(() => Decision.Accept(new ContactLogged(m.Id, c.ContactId, Normalise(c.Details), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(CorrectContact c, Match? m, ContactRecord? contact)
    {
        if (Existing(m, contact, c.ContactId, c.Actor.By, c.ByCoordinator) is { } refused) return refused;
        return CheckDetails(new Checks(), c.Details, m!, c.Actor)
            .Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say what the correction fixes.", "reason")
            .Then(() => Decision.Accept(new ContactCorrected(m!.Id, c.ContactId, Normalise(c.Details), c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(RetractContact c, Match? m, ContactRecord? contact)
    {
        if (Existing(m, contact, c.ContactId, c.Actor.By, c.ByCoordinator) is { } refused) return refused;
        return new Checks().Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the contact is retracted.", "reason")
            .Then(() => Decision.Accept(new ContactRetracted(m!.Id, c.ContactId, c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(CommentOnContact c, Match? m, ContactRecord? contact)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        if (Of(m, contact, c.ContactId) is not { } commented) return Decision.Reject(ErrorCodes.NotFound, "No such contact.", "contactId");
        if (commented.Comments.Any(x => x.Id == c.CommentId)) return Decision.Accept(); // a retry
        return new Checks().Require(Text.HasLength(c.Text, 1, 2000), ErrorCodes.Validation, "Write the feedback (up to 2000 characters).", "text")
            .Then(() => Decision.Accept(new ContactCommented(m.Id, c.ContactId, c.CommentId, c.Text.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(AcknowledgeConcern c, Match? m, ContactRecord? given)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        var contact = Of(m, given, c.ContactId);
        if (contact is null) return Decision.Reject(ErrorCodes.NotFound, "No such contact.", "contactId");
        if (!contact.OpenUrgentConcern) return Decision.Reject(NoOpenConcern, "This contact has no open urgent concern.", "contactId");
        return Decision.Accept(new ConcernAcknowledged(m.Id, c.ContactId, c.Note?.Trim(), c.Actor.By, c.Actor.At));
    }

    /// <summary>
    /// An active match takes any meeting; a paused one only a meeting that happened before the pause (logged late); an
    /// ended one is read-only to its mentor, while staff may still record a meeting held on or before the last day.
    /// </summary>
    public static bool Loggable(Match m, DateTimeOffset happenedAt, bool byCoordinator) => m.Stage switch
    {
        MatchStage.Active => true,
        MatchStage.Paused => m.PausedAt is not { } paused || happenedAt <= paused,
        MatchStage.Ended => byCoordinator && m.EndedOn is { } ended && RigaCalendar.Day(happenedAt) <= ended,
        _ => false,
    };

    /// <summary>The contact, if it is the one the command names and belongs to this match (an id from another match is not found).</summary>
    private static ContactRecord? Of(Match m, ContactRecord? contact, Guid contactId) =>
        contact is not null && contact.Id == contactId && contact.MatchId == m.Id ? contact : null;

    private static Decision? Existing(Match? m, ContactRecord? given, Guid contactId, Guid by, bool byCoordinator)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
        // The mentor's part of a match ends with it: the log of an ended (or never begun) match is theirs to read only.
        if (!byCoordinator && m.Stage is not (MatchStage.Active or MatchStage.Paused))
            return Decision.Reject(MatchNotActive, $"The match is {m.Stage.ToString().ToLowerInvariant()}: its log can no longer be changed.", "matchId",
                MessageParam.Enum("stage", m.Stage));
        var contact = Of(m, given, contactId);
        // A mentor corrects only what they logged themselves; to them another's contact does not exist.
        if (contact is null || (!byCoordinator && contact.LoggedBy != by)) return Decision.Reject(ErrorCodes.NotFound, "No such contact.", "contactId");
        return contact.Retracted ? Decision.Reject(ContactRetracted, "The contact was retracted.", "contactId") : null;
    }

    private static Checks CheckDetails(Checks checks, ContactDetails d, Match m, Actor actor)
    {
        var began = m.ActiveFrom ?? DateOnly.FromDateTime(m.ProposedAt.UtcDateTime);
        var day = RigaCalendar.Day(d.HappenedAt);
        return checks
            .Require(d.HappenedAt <= actor.At.AddMinutes(5), ContactInFuture, "A meeting cannot be logged before it happens.", "happenedAt")
            .Require(day >= began, BeforeMatchBegan, $"The match began on {began:yyyy-MM-dd}.", "happenedAt", MessageParam.Date("date", began))
            .Require(d.DurationMinutes is >= 1 and <= MaxDurationMinutes, ErrorCodes.Validation, $"Duration is 1 to {MaxDurationMinutes} minutes.", "durationMinutes",
                MessageParam.Number("max", MaxDurationMinutes))
            .Require(d.Place is null || d.Place.Length <= 200, ErrorCodes.Validation, "Place: 200 characters at most.", "place")
            .Require(d.PrivateNote is null || d.PrivateNote.Length <= 4000, ErrorCodes.Validation, "Note: 4000 characters at most.", "privateNote")
            .Require(d.Topics.Count <= 10, ErrorCodes.Validation, "At most 10 topics.", "topics");
    }

    /// <summary>The same meeting: every detail equal (lists by their items, times to the second).</summary>
    private static bool Same(ContactDetails a, ContactDetails b) =>
        a.HappenedAt.ToUnixTimeSeconds() == b.HappenedAt.ToUnixTimeSeconds() && a.DurationMinutes == b.DurationMinutes && a.Mode == b.Mode
        && a.Place == b.Place && a.PrivateNote == b.PrivateNote && a.Concern == b.Concern
        && a.Topics.Order().SequenceEqual(b.Topics.Order()) && a.GoalsProgressed.Order().SequenceEqual(b.GoalsProgressed.Order());

    private static ContactDetails Normalise(ContactDetails d) => d with
    {
        Place = string.IsNullOrWhiteSpace(d.Place) ? null : d.Place.Trim(),
        PrivateNote = string.IsNullOrWhiteSpace(d.PrivateNote) ? null : d.PrivateNote.Trim(),
        Topics = d.Topics.Distinct().ToList(),
        GoalsProgressed = d.GoalsProgressed.Distinct().ToList(),
    };
}

public enum CadenceStatus { OnTrack, Due, Overdue }

/// <summary>
/// How often a mentor should check in, by the NGO's reminder rules (defaults: weekly in the first 30 days after release,
/// fortnightly after, once within the month before release). Due from the due day; overdue once the second reminder
/// has gone out (<see cref="ReminderRules.RemindAgainAfterDays"/> later).
/// </summary>
public static class Cadence
{
    public static int IntervalDays(DateOnly releaseDate, DateOnly today, ReminderRules? rules = null)
    {
        var r = rules ?? ReminderRules.Default;
        return today < releaseDate ? r.PreReleaseIntervalDays : today <= releaseDate.AddDays(r.WeeklyForDaysAfterRelease) ? r.WeeklyIntervalDays : r.LaterIntervalDays;
    }

    public static DateOnly NextDue(DateTimeOffset? lastContactAt, DateOnly? activeFrom, DateOnly releaseDate, DateOnly today, ReminderRules? rules = null)
    {
        var from = lastContactAt is { } last ? RigaCalendar.Day(last) : activeFrom ?? today;
        // Released since the last contact: the first week after release counts from the release day.
        if (from < releaseDate && today >= releaseDate) from = releaseDate;
        return from.AddDays(IntervalDays(releaseDate, today, rules));
    }

    public static CadenceStatus StatusOn(DateOnly due, DateOnly today, ReminderRules? rules = null) =>
        today < due ? CadenceStatus.OnTrack : today < due.AddDays((rules ?? ReminderRules.Default).RemindAgainAfterDays) ? CadenceStatus.Due : CadenceStatus.Overdue;
}
