using Mentoring.Domain.Common;

namespace Mentoring.Domain.Contacts;

public enum ContactMode { PrisonVisit, InPerson, Phone, Video, Message }
public enum Concern { None, Worry, Urgent }

/// <summary>What a mentor records about one meeting. Corrections carry a complete new version of it.</summary>
public sealed record ContactDetails(
    DateTimeOffset HappenedAt, int DurationMinutes, ContactMode Mode, string? Place, IReadOnlyList<NeedDomain> Topics,
    IReadOnlyList<Guid> GoalsProgressed, string? PrivateNote, Concern Concern);

/// <summary>An event of one contact; the contact log files it under <see cref="ContactId"/>.</summary>
public interface IContactEvent
{
    Guid MatchId { get; }
    Guid ContactId { get; }
}

// Contacts are events on the match stream: the log is the evidence municipalities pay for, so it is append-only.
public sealed record ContactLogged(Guid MatchId, Guid ContactId, ContactDetails Details, Guid By, DateTimeOffset At) : IContactEvent;
public sealed record ContactCorrected(Guid MatchId, Guid ContactId, ContactDetails Details, string Reason, Guid By, DateTimeOffset At) : IContactEvent;
public sealed record ContactRetracted(Guid MatchId, Guid ContactId, string Reason, Guid By, DateTimeOffset At) : IContactEvent;
public sealed record ContactCommented(Guid MatchId, Guid ContactId, Guid CommentId, string Text, Guid By, DateTimeOffset At) : IContactEvent;
public sealed record ConcernAcknowledged(Guid MatchId, Guid ContactId, string? Note, Guid By, DateTimeOffset At) : IContactEvent;

public sealed record ContactVersion(ContactDetails Details, string? Reason, Guid By, DateTimeOffset At);
public sealed record ContactComment(Guid Id, string Text, Guid By, DateTimeOffset At);

/// <summary>
/// One contact with its whole history: every version, comments, retraction and concern handling. It is the contact log's
/// document, one per contact (<see cref="ContactLogProjection"/>), so that the match's own state stays the same size
/// however many meetings its log holds.
/// </summary>
public sealed record ContactRecord(
    Guid Id, Guid MatchId, IReadOnlyList<ContactVersion> Versions, IReadOnlyList<ContactComment> Comments, string? RetractedReason,
    DateTimeOffset? ConcernAcknowledgedAt)
{
    public ContactDetails Current => Versions[^1].Details;
    // The computed members are stored with the document too (the serialiser writes every public property), so Marten
    // queries filter, sort and group by them, and indexes can cover them. HappenedAt is in UTC: it is also a timestamptz
    // column (MartenSetup), which takes no other offset; the versions keep the offset the mentor's phone sent.
    public DateTimeOffset HappenedAt => Current.HappenedAt.ToUniversalTime();
    public int DurationMinutes => Current.DurationMinutes;
    /// <summary>The Riga day it happened on: hour counts and outcome figures group by it.</summary>
    public DateOnly Day => RigaCalendar.Day(Current.HappenedAt);
    public Guid LoggedBy => Versions[0].By;
    public bool Retracted => RetractedReason is not null;
    public bool OpenUrgentConcern => !Retracted && Current.Concern == Concern.Urgent && ConcernAcknowledgedAt is null;

    public static ContactRecord Create(ContactLogged e) => new(e.ContactId, e.MatchId, [new ContactVersion(e.Details, null, e.By, e.At)], [], null, null);
    public ContactRecord Apply(ContactCorrected e) => this with { Versions = [.. Versions, new ContactVersion(e.Details, e.Reason, e.By, e.At)] };
    public ContactRecord Apply(ContactRetracted e) => this with { RetractedReason = e.Reason };
    public ContactRecord Apply(ContactCommented e) => this with { Comments = [.. Comments, new ContactComment(e.CommentId, e.Text, e.By, e.At)] };
    public ContactRecord Apply(ConcernAcknowledged e) => this with { ConcernAcknowledgedAt = e.At };
}
