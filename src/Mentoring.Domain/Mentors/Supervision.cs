using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Mentors;

public enum SupervisionKind { Individual, Group }

/// <summary>Who was expected at a session and whether they came.</summary>
public sealed record Attendance(Guid MentorId, bool Present);

/// <summary>
/// A supervision session, recorded once on its own stream; each mentor present gets a <see cref="SupervisionSessionRecorded"/>
/// on their own stream in the same transaction, so the mentor's state (last session, minutes) folds from the mentor's stream alone.
/// </summary>
public sealed record SupervisionSessionHeld(Guid SessionId, SupervisionKind Kind, DateOnly HeldOn, int Minutes, Guid SupervisorUserId,
    string Supervisor, IReadOnlyList<Attendance> Attendance, Guid By, DateTimeOffset At);

public sealed record SupervisionSession(Guid Id, SupervisionKind Kind, DateOnly HeldOn, int Minutes, Guid SupervisorUserId, string Supervisor,
    IReadOnlyList<Attendance> Attendance, DateTimeOffset RecordedAt)
{
    public long Version { get; set; }
    public static SupervisionSession Create(SupervisionSessionHeld e) =>
        new(e.SessionId, e.Kind, e.HeldOn, e.Minutes, e.SupervisorUserId, e.Supervisor, e.Attendance, e.At);
}

/// <param name="Supervisor">The supervising coordinator's id and name (the caller checks they are a Coordinator of this NGO).</param>
/// <param name="Mentors">Each listed mentor's current state (null: not found in this NGO).</param>
public sealed record RecordSupervision(Guid SessionId, SupervisionKind Kind, DateOnly HeldOn, int Minutes, (Guid Id, string Name)? Supervisor,
    IReadOnlyList<Attendance> Attendance, IReadOnlyDictionary<Guid, Mentor?> Mentors, Actor Actor);

/// <param name="SupervisorIsCoordinator">The user exists in the mentor's NGO and holds the Coordinator role.</param>
public sealed record AssignSupervisor(Guid SupervisorUserId, bool SupervisorIsCoordinator, Actor Actor);

public enum SupervisionState { NotRequired, OnTrack, DueSoon, Lapsed }

/// <summary>Where a mentor's supervision stands today: the next session is due on <see cref="DueOn"/> (null when none is required).</summary>
public sealed record SupervisionStanding(SupervisionState State, DateOnly? DueOn, DateOnly? LastOn);

/// <summary>Pure decisions for supervision: a session (its stream plus one event per mentor present) and a mentor's supervisor.</summary>
public static class SupervisionDecider
{
    public const string NotACoordinator = "SUPERVISOR_NOT_COORDINATOR";
    public const string NoAttendee = "NO_ATTENDEE";
    public const string IndividualNeedsOne = "INDIVIDUAL_NEEDS_ONE_MENTOR";
    public const int MaxMinutes = 8 * 60, MaxAttendees = 40;
    /// <summary>A session is "due soon" this many days before its due date; the mentor and supervisor are reminded then.</summary>
    public const int DueSoonDays = 14;

    public static SupervisionSession? Evolve(SupervisionSession? state, object e) => e switch
    {
        SupervisionSessionHeld held => SupervisionSession.Create(held),
        _ => state,
    };

    public static Decision Decide(RecordSupervision c, SupervisionSession? existing)
    {
        if (existing is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This session was already recorded.", "idempotencyKey");
        var attendance = c.Attendance.DistinctBy(a => a.MentorId).ToList();
        var present = attendance.Where(a => a.Present).ToList();
        var checks = new Checks()
            .Require(c.HeldOn <= c.Actor.Today, ErrorCodes.Validation, "A session cannot be recorded before it is held.", "heldOn")
            .Require(c.Minutes is > 0 and <= MaxMinutes, ErrorCodes.Validation, $"A session lasts 1 to {MaxMinutes} minutes.", "minutes")
            .Require(c.Supervisor is not null, NotACoordinator, "The supervisor must be a coordinator of this organisation.", "supervisorId")
            .Require(present.Count > 0, NoAttendee, "Mark at least one mentor present.", "attendance")
            .Require(attendance.Count <= MaxAttendees, ErrorCodes.Validation, $"At most {MaxAttendees} mentors per session.", "attendance")
            .Require(c.Kind != SupervisionKind.Individual || attendance.Count == 1, IndividualNeedsOne, "An individual session has one mentor.", "attendance");
        foreach (var a in attendance)
        {
            var mentor = c.Mentors.GetValueOrDefault(a.MentorId);
            checks.Require(mentor is not null, ErrorCodes.NotFound, "No such mentor.", "attendance");
            if (mentor is not null)
                checks.Require(mentor.Stage is MentorStage.Approved or MentorStage.Suspended, MentorDecider.InvalidTransition,
                    $"Cannot record supervision for a mentor who is {mentor.Stage.ToString().ToLowerInvariant()}.", "attendance", MessageParam.Enum("stage", mentor.Stage));
        }
        return checks.Then(() =>
        {
            var (supervisorId, name) = c.Supervisor!.Value;
            return Decision.Accept([
                new SupervisionSessionHeld(c.SessionId, c.Kind, c.HeldOn, c.Minutes, supervisorId, name, attendance, c.Actor.By, c.Actor.At),
                .. present.Select(a => new SupervisionSessionRecorded(a.MentorId, c.HeldOn, name, null, c.Actor.By, c.Actor.At, c.SessionId, c.Minutes, c.Kind)),
            ]);
        });
    }

    public static Decision Decide(AssignSupervisor c, Mentor? m)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such mentor.", "mentorId");
        if (m.IsClosed)
            return Decision.Reject(MentorDecider.InvalidTransition, $"Cannot assign a supervisor to a mentor who is {m.Stage.ToString().ToLowerInvariant()}.",
                "mentorId", MessageParam.Enum("stage", m.Stage));
        return new Checks()
            .Require(c.SupervisorIsCoordinator, NotACoordinator, "The supervisor must be a coordinator of this organisation.", "supervisorId")
            .Then(() => Decision.Accept(new MentorSupervisorAssigned(m.Id, c.SupervisorUserId, c.Actor.By, c.Actor.At)));
    }

    /// <summary>
    /// The one supervision rule the profile, the vetting board, the monitoring view and the reminders share: an approved or
    /// suspended mentor owes a session every <see cref="VettingPolicy.SupervisionEveryMonths"/> months, counted from the last
    /// session (or from approval) as the law counts months (<see cref="PathCalendar.MonthsAfter"/>: 31 December + 2 months is
    /// 28 February). Due soon from <see cref="DueSoonDays"/> days before; lapsed the day after the due date.
    /// </summary>
    public static SupervisionStanding Standing(Mentor m, VettingPolicy policy, DateOnly today) =>
        Standing(m.Stage, m.LastSupervisionOn, m.ApprovedAt, policy.SupervisionEveryMonths, today);

    /// <summary>The same rule over the few facts it needs (the reminder scan reads only these).</summary>
    public static SupervisionStanding Standing(MentorStage stage, DateOnly? lastOn, DateTimeOffset? approvedAt, int? everyMonths, DateOnly today)
    {
        var from = lastOn ?? (approvedAt is { } approved ? RigaCalendar.Day(approved) : (DateOnly?)null);
        if (everyMonths is not { } months || stage is not (MentorStage.Approved or MentorStage.Suspended) || from is null)
            return new(SupervisionState.NotRequired, null, lastOn);
        var due = PathCalendar.MonthsAfter(from.Value, months);
        var state = today > due ? SupervisionState.Lapsed : today >= due.AddDays(-DueSoonDays) ? SupervisionState.DueSoon : SupervisionState.OnTrack;
        return new(state, due, lastOn);
    }
}
