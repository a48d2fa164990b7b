using Mentoring.Domain.Common;

namespace Mentoring.Domain.Contacts;

public enum ContactMode { PrisonVisit, InPerson, Phone, Video, Message }
public enum Concern { None, Worry, Urgent }

/// <summary>What a mentor records about one meeting. Corrections carry a complete new version of it.</summary>
public sealed record ContactDetails(
    DateTimeOffset HappenedAt, int DurationMinutes, ContactMode Mode, string? Place, IReadOnlyList<NeedDomain> Topics,
    IReadOnlyList<Guid> GoalsProgressed, string? PrivateNote, Concern Concern);

// Contacts are events on the match stream: the log is the evidence municipalities pay for, so it is append-only.
public sealed record ContactLogged(Guid MatchId, Guid ContactId, ContactDetails Details, Guid By, DateTimeOffset At);
public sealed record ContactCorrected(Guid MatchId, Guid ContactId, ContactDetails Details, string Reason, Guid By, DateTimeOffset At);
public sealed record ContactRetracted(Guid MatchId, Guid ContactId, string Reason, Guid By, DateTimeOffset At);
public sealed record ContactCommented(Guid MatchId, Guid ContactId, Guid CommentId, string Text, Guid By, DateTimeOffset At);
public sealed record ConcernAcknowledged(Guid MatchId, Guid ContactId, string? Note, Guid By, DateTimeOffset At);

public sealed record ContactVersion(ContactDetails Details, string? Reason, Guid By, DateTimeOffset At);
public sealed record ContactComment(Guid Id, string Text, Guid By, DateTimeOffset At);

/// <summary>One contact with its whole history: every version, comments, retraction and concern handling.</summary>
public sealed record ContactRecord(
    Guid Id, IReadOnlyList<ContactVersion> Versions, IReadOnlyList<ContactComment> Comments, string? RetractedReason,
    DateTimeOffset? ConcernAcknowledgedAt)
{
    public ContactDetails Current => Versions[^1].Details;
    public Guid LoggedBy => Versions[0].By;
    public bool Retracted => RetractedReason is not null;
    public bool OpenUrgentConcern => !Retracted && Current.Concern == Concern.Urgent && ConcernAcknowledgedAt is null;
}
