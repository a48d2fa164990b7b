using Mentoring.Domain.Common;

namespace Mentoring.Domain.Activities;

/// <summary>
/// A group activity the NGO runs beside the one-to-one mentoring: a support group led by a specialist, a leisure or
/// community activity with volunteers, a training session, a family day that strengthens family ties. Planned with a
/// time, a place, a capacity and a facilitator; mentors and (with their consent) clients are invited; after it has begun,
/// attendance is recorded, and a mentor's attended time counts as volunteer hours. One stream per activity.
/// </summary>
public enum ActivityKind { SupportGroup, Leisure, TrainingSession, FamilyDay }

public enum ActivityStatus { Planned, Cancelled }

/// <summary>Mentors are the NGO's volunteers with accounts; clients are the people supported, who have none.</summary>
public enum InviteeKind { Mentor, Client }

/// <summary>PENDING until a mentor answers; WITHDRAWN when the invitation was taken back (a client's consent withdrawn).</summary>
public enum InvitationAnswer { Pending, Going, NotGoing, Withdrawn }

/// <summary>Who leads it: a staff user of the NGO (<see cref="UserId"/>) or a named external specialist (no account).</summary>
public sealed record Facilitator(Guid? UserId, string Name);

/// <summary>One invitation: <see cref="Id"/> is the mentor's or the client's stream id. <see cref="Attended"/> is unknown until recorded.</summary>
public sealed record ActivityInvitee(Guid Id, InviteeKind Kind, InvitationAnswer Answer, bool? Attended)
{
    /// <summary>Holds a place: invited and not declined or withdrawn.</summary>
    public bool HoldsPlace => Answer is InvitationAnswer.Pending or InvitationAnswer.Going;
}

public sealed record AttendanceMark(Guid InviteeId, bool Attended);

public sealed record GroupActivityPlanned(Guid ActivityId, ActivityKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place,
    int Capacity, Facilitator Facilitator, Guid By, DateTimeOffset At);

/// <summary>A new time, place or capacity: every mentor still invited gets an update of their calendar entry.</summary>
public sealed record GroupActivityMoved(Guid ActivityId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, Guid By, DateTimeOffset At);

/// <summary>A new title or facilitator: every mentor still invited gets an update of their calendar entry.</summary>
public sealed record GroupActivityDetailsChanged(Guid ActivityId, string Title, Facilitator Facilitator, Guid By, DateTimeOffset At);

public sealed record GroupActivityCancelled(Guid ActivityId, string Reason, Guid By, DateTimeOffset At);

public sealed record InvitedToGroupActivity(Guid ActivityId, IReadOnlyList<Guid> Mentors, IReadOnlyList<Guid> Clients, Guid By, DateTimeOffset At);

public sealed record GroupActivityInvitationAnswered(Guid ActivityId, Guid MentorId, bool Going, Guid By, DateTimeOffset At);

/// <summary>Taken back: the client no longer consents to group activities (or the invitee was removed).</summary>
public sealed record GroupActivityInvitationWithdrawn(Guid ActivityId, Guid InviteeId, string Reason, Guid By, DateTimeOffset At);

public sealed record GroupActivityAttendanceRecorded(Guid ActivityId, IReadOnlyList<AttendanceMark> Marks, Guid By, DateTimeOffset At);

public sealed record GroupActivity(
    Guid Id, ActivityKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, Facilitator Facilitator,
    ActivityStatus Status, DateTimeOffset PlannedAt) : IVersioned
{
    public long Version { get; set; }
    /// <summary>The iCalendar SEQUENCE: 0 when planned, one more for each move or the cancellation.</summary>
    public int Sequence { get; init; }
    public IReadOnlyList<ActivityInvitee> Invitees { get; init; } = [];
    /// <summary>The invitees' ids, for the queries "activities this mentor / client is invited to" (a jsonb containment).</summary>
    public IReadOnlyList<Guid> InviteeIds { get; init; } = [];
    public string? CancelReason { get; init; }
    public DateTimeOffset LastChangedAt { get; init; }

    public int DurationMinutes => (int)(EndsAt - StartsAt).TotalMinutes;
    /// <summary>The Riga day it takes place on: the day its hours count in.</summary>
    public DateOnly Day => RigaCalendar.Day(StartsAt);
    public int PlacesTaken => Invitees.Count(i => i.HoldsPlace);
    public int Going => Invitees.Count(i => i.Answer == InvitationAnswer.Going);
    public int Attended => Invitees.Count(i => i.Attended == true);
    public ActivityInvitee? Invitee(Guid id) => Invitees.FirstOrDefault(i => i.Id == id);

    public static GroupActivity Create(GroupActivityPlanned e) =>
        new(e.ActivityId, e.Kind, e.Title, e.StartsAt, e.EndsAt, e.Place, e.Capacity, e.Facilitator, ActivityStatus.Planned, e.At) { LastChangedAt = e.At };

    public GroupActivity Apply(GroupActivityMoved e) => this with
    {
        StartsAt = e.StartsAt, EndsAt = e.EndsAt, Place = e.Place, Capacity = e.Capacity, Sequence = Sequence + 1, LastChangedAt = e.At,
    };

    public GroupActivity Apply(GroupActivityDetailsChanged e) =>
        this with { Title = e.Title, Facilitator = e.Facilitator, Sequence = Sequence + 1, LastChangedAt = e.At };

    public GroupActivity Apply(GroupActivityCancelled e) =>
        this with { Status = ActivityStatus.Cancelled, CancelReason = e.Reason, Sequence = Sequence + 1, LastChangedAt = e.At };

    public GroupActivity Apply(InvitedToGroupActivity e)
    {
        var invitees = Invitees.Where(i => !e.Mentors.Contains(i.Id) && !e.Clients.Contains(i.Id))
            .Concat(e.Mentors.Select(id => new ActivityInvitee(id, InviteeKind.Mentor, InvitationAnswer.Pending, null)))
            .Concat(e.Clients.Select(id => new ActivityInvitee(id, InviteeKind.Client, InvitationAnswer.Pending, null))).ToList();
        return this with { Invitees = invitees, InviteeIds = invitees.Select(i => i.Id).ToList(), LastChangedAt = e.At };
    }

    public GroupActivity Apply(GroupActivityInvitationAnswered e) =>
        Change(e.MentorId, i => i with { Answer = e.Going ? InvitationAnswer.Going : InvitationAnswer.NotGoing }, e.At);

    public GroupActivity Apply(GroupActivityInvitationWithdrawn e) => Change(e.InviteeId, i => i with { Answer = InvitationAnswer.Withdrawn }, e.At);

    public GroupActivity Apply(GroupActivityAttendanceRecorded e) => e.Marks.Aggregate(this,
        (s, m) => s.Change(m.InviteeId, i => i with { Attended = m.Attended }, e.At));

    private GroupActivity Change(Guid id, Func<ActivityInvitee, ActivityInvitee> change, DateTimeOffset at) =>
        this with { Invitees = Invitees.Select(i => i.Id == id ? change(i) : i).ToList(), LastChangedAt = at };
}
