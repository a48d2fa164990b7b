using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Meetings;

/// <summary>
/// An inter-institutional meeting (STIS) held in the prison before release: the prison, probation, the municipality's
/// social service, the NGO and the mentor draw up the person's support plan while they are still inside. Scheduled ahead,
/// with invitations; moved or cancelled with updates; once held, its decisions become goals of the plan.
/// </summary>
public enum MeetingStatus { Scheduled, Held, Cancelled }

/// <summary>Which side of the table a participant sits on.</summary>
public enum ParticipantSide { Prison, Probation, SocialService, Ngo, Mentor }

/// <summary>Someone invited: a professional of an institution or the mentor, with the address and language of their invitation.</summary>
public sealed record MeetingParticipant(Guid Id, ParticipantSide Side, string Name, string Email, string Organisation, Language Language);

/// <summary>A decision of the meeting: a step of the plan, the institution responsible for it and its deadline; it becomes the goal <see cref="GoalId"/>.</summary>
public sealed record MeetingDecision(Guid GoalId, string Title, Institution Responsible, DateOnly Deadline, NeedDomain? Domain);

public sealed record InterInstitutionalMeetingScheduled(
    Guid MeetingId, Guid ClientId, DateTimeOffset StartsAt, int DurationMinutes, string PrisonCode, string? Place,
    IReadOnlyList<MeetingParticipant> Participants, Guid By, DateTimeOffset At);

/// <summary>A new time, place or list of participants: everyone still invited gets an update, anyone left out a cancellation.</summary>
public sealed record InterInstitutionalMeetingMoved(
    Guid MeetingId, DateTimeOffset StartsAt, int DurationMinutes, string? Place, IReadOnlyList<MeetingParticipant> Participants, Guid By, DateTimeOffset At);

public sealed record InterInstitutionalMeetingCancelled(Guid MeetingId, string Reason, Guid By, DateTimeOffset At);

/// <summary>The meeting took place: who was there and what was decided (each decision is also a goal added to the plan).</summary>
public sealed record MeetingDecisionsRecorded(
    Guid MeetingId, Guid ClientId, DateOnly HeldOn, IReadOnlyList<Guid> Present, IReadOnlyList<MeetingDecision> Decisions, Guid By, DateTimeOffset At);

public sealed record InterInstitutionalMeeting(
    Guid Id, Guid ClientId, DateTimeOffset StartsAt, int DurationMinutes, string PrisonCode, string? Place,
    IReadOnlyList<MeetingParticipant> Participants, MeetingStatus Status, DateTimeOffset ScheduledAt) : IVersioned
{
    public long Version { get; set; }
    /// <summary>The iCalendar SEQUENCE: 0 when invited, one more for each move or the cancellation, so calendars replace the older invitation.</summary>
    public int Sequence { get; init; }
    public DateOnly? HeldOn { get; init; }
    public IReadOnlyList<Guid> Present { get; init; } = [];
    public IReadOnlyList<MeetingDecision> Decisions { get; init; } = [];
    public string? CancelReason { get; init; }
    public DateTimeOffset LastChangedAt { get; init; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public static InterInstitutionalMeeting Create(InterInstitutionalMeetingScheduled e) =>
        new(e.MeetingId, e.ClientId, e.StartsAt, e.DurationMinutes, e.PrisonCode, e.Place, e.Participants, MeetingStatus.Scheduled, e.At) { LastChangedAt = e.At };

    public InterInstitutionalMeeting Apply(InterInstitutionalMeetingMoved e) => this with
    {
        StartsAt = e.StartsAt, DurationMinutes = e.DurationMinutes, Place = e.Place, Participants = e.Participants, Sequence = Sequence + 1, LastChangedAt = e.At,
    };

    public InterInstitutionalMeeting Apply(InterInstitutionalMeetingCancelled e) =>
        this with { Status = MeetingStatus.Cancelled, CancelReason = e.Reason, Sequence = Sequence + 1, LastChangedAt = e.At };

    public InterInstitutionalMeeting Apply(MeetingDecisionsRecorded e) =>
        this with { Status = MeetingStatus.Held, HeldOn = e.HeldOn, Present = e.Present, Decisions = e.Decisions, LastChangedAt = e.At };
}
