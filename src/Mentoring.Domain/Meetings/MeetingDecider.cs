using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Meetings;

public sealed record ScheduleMeeting(Guid MeetingId, Guid ClientId, DateTimeOffset StartsAt, int DurationMinutes, string? Place,
    IReadOnlyList<MeetingParticipant> Participants, Actor Actor);
public sealed record MoveMeeting(DateTimeOffset StartsAt, int DurationMinutes, string? Place, IReadOnlyList<MeetingParticipant> Participants, Actor Actor);
public sealed record CancelMeeting(string Reason, Actor Actor);
public sealed record RecordMeetingDecisions(DateOnly HeldOn, IReadOnlyList<Guid> Present, IReadOnlyList<MeetingDecision> Decisions, Actor Actor);

/// <summary>
/// The rules of an inter-institutional meeting. It is held while the person is still inside: scheduled for a time to come
/// and no later than the expected release; its decisions are recorded once it has begun, each a dated step with the
/// institution responsible. The case's own rules (open, not frozen) are the client decider's, checked by the handler.
/// </summary>
public static class MeetingDecider
{
    public const string MeetingInPast = "MEETING_IN_PAST";
    public const string MeetingAfterRelease = "MEETING_AFTER_RELEASE";
    public const string AlreadyReleased = "MEETING_PERSON_RELEASED";
    public const string MeetingCancelled = "MEETING_CANCELLED";
    public const string MeetingAlreadyHeld = "MEETING_ALREADY_HELD";
    public const string MeetingNotYetHeld = "MEETING_NOT_YET_HELD";

    public const int MaxParticipants = 20;
    public const int MaxDecisions = 30;

    private static readonly Decision NotFound = Decision.Reject(ErrorCodes.NotFound, "No such meeting.", "meetingId");

    /// <summary>Scheduling for <paramref name="client"/> (as fetched): the person must still be in prison on the day.</summary>
    public static Decision Decide(ScheduleMeeting c, InterInstitutionalMeeting? s, Client client)
    {
        if (s is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This meeting was already scheduled.", "idempotencyKey");
        return When(new Checks(), c.StartsAt, c.DurationMinutes, c.Place, c.Participants, c.Actor, client)
            .Then(() => Decision.Accept(new InterInstitutionalMeetingScheduled(c.MeetingId, client.Id, c.StartsAt, c.DurationMinutes, client.PrisonCode,
                Tidy(c.Place), Tidy(c.Participants), c.Actor.By, c.Actor.At)));
    }

    /// <summary>The same time, place and participants again change nothing (and send nothing).</summary>
    public static Decision Decide(MoveMeeting c, InterInstitutionalMeeting? s, Client client)
    {
        if (Changeable(s) is { } refused) return refused;
        if (s!.StartsAt == c.StartsAt && s.DurationMinutes == c.DurationMinutes && s.Place == Tidy(c.Place) && s.Participants.SequenceEqual(Tidy(c.Participants)))
            return Decision.Accept();
        return When(new Checks(), c.StartsAt, c.DurationMinutes, c.Place, c.Participants, c.Actor, client)
            .Then(() => Decision.Accept(new InterInstitutionalMeetingMoved(s.Id, c.StartsAt, c.DurationMinutes, Tidy(c.Place), Tidy(c.Participants), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(CancelMeeting c, InterInstitutionalMeeting? s)
    {
        if (s is { Status: MeetingStatus.Cancelled }) return Decision.Accept(); // a retry
        if (Changeable(s) is { } refused) return refused;
        return new Checks()
            .Require(Text.HasLength(c.Reason, 3, 500), ErrorCodes.Validation, "Say why the meeting is cancelled (3 to 500 characters).", "reason")
            .Then(() => Decision.Accept(new InterInstitutionalMeetingCancelled(s!.Id, c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    /// <summary>Recording the same decisions again is a retry and changes nothing; once recorded they are the plan's goals, changed there.</summary>
    public static Decision Decide(RecordMeetingDecisions c, InterInstitutionalMeeting? s)
    {
        if (s is null) return NotFound;
        if (s.Status == MeetingStatus.Held)
            return s.HeldOn == c.HeldOn && s.Decisions.Select(d => d.GoalId).SequenceEqual(c.Decisions.Select(d => d.GoalId))
                ? Decision.Accept()
                : Decision.Reject(MeetingAlreadyHeld, "The meeting's decisions are recorded; change the goals in the plan.", "meetingId");
        if (s.Status == MeetingStatus.Cancelled) return Decision.Reject(MeetingCancelled, "The meeting was cancelled.", "meetingId");
        if (c.Actor.At < s.StartsAt) return Decision.Reject(MeetingNotYetHeld, "The meeting has not begun yet.", "heldOn");
        var checks = new Checks()
            .Require(c.HeldOn <= c.Actor.Today && c.HeldOn >= RigaCalendar.Day(s.StartsAt), ErrorCodes.Validation,
                "The meeting was held on its day or later, and not in the future.", "heldOn")
            .Require(c.Present.Count > 0 && c.Present.All(p => s.Participants.Any(x => x.Id == p)), ErrorCodes.Validation,
                "Name who was present, from the participants invited.", "present")
            .Require(c.Decisions.Count is > 0 and <= MaxDecisions, ErrorCodes.Validation, $"Record 1 to {MaxDecisions} decisions.", "decisions")
            .Require(c.Decisions.Select(d => d.GoalId).Distinct().Count() == c.Decisions.Count, ErrorCodes.Validation, "A decision is listed twice.", "decisions");
        for (var i = 0; i < c.Decisions.Count; i++)
        {
            var d = c.Decisions[i];
            checks.Require(Text.HasLength(d.Title, 2, 200), ErrorCodes.Validation, "Describe the decision (2 to 200 characters).", $"decisions.{i}.title")
                .Require(d.Deadline >= c.HeldOn, ErrorCodes.Validation, "A decision's deadline cannot be before the meeting.", $"decisions.{i}.deadline");
        }
        return checks.Then(() => Decision.Accept(new MeetingDecisionsRecorded(s.Id, s.ClientId, c.HeldOn, c.Present.Distinct().ToList(),
            c.Decisions.Select(d => d with { Title = d.Title.Trim() }).ToList(), c.Actor.By, c.Actor.At)));
    }

    /// <summary>The write path's fold: the state after one event.</summary>
    public static InterInstitutionalMeeting? Evolve(InterInstitutionalMeeting? state, object e) => e switch
    {
        InterInstitutionalMeetingScheduled s => InterInstitutionalMeeting.Create(s),
        InterInstitutionalMeetingMoved m when state is not null => state.Apply(m),
        InterInstitutionalMeetingCancelled c when state is not null => state.Apply(c),
        MeetingDecisionsRecorded d when state is not null => state.Apply(d),
        _ => state,
    };

    private static Decision? Changeable(InterInstitutionalMeeting? s) => s switch
    {
        null => NotFound,
        { Status: MeetingStatus.Cancelled } => Decision.Reject(MeetingCancelled, "The meeting was cancelled.", "meetingId"),
        { Status: MeetingStatus.Held } => Decision.Reject(MeetingAlreadyHeld, "The meeting was held; it cannot be moved or cancelled.", "meetingId"),
        _ => null,
    };

    private static Checks When(Checks checks, DateTimeOffset startsAt, int duration, string? place, IReadOnlyList<MeetingParticipant> participants, Actor actor, Client client)
    {
        checks.Require(startsAt > actor.At, MeetingInPast, "A meeting is scheduled for a time to come.", "startsAt")
            .Require(client.ReleasedOn is null, AlreadyReleased, "The person is already released: the meeting prepares release.", "clientId")
            .Require(client.ReleasedOn is not null || RigaCalendar.Day(startsAt) <= client.ExpectedReleaseDate, MeetingAfterRelease,
                "The meeting must be held before the expected release.", "startsAt",
                MessageParam.Date("releaseDate", client.ExpectedReleaseDate))
            .Require(duration is >= 15 and <= 480, ErrorCodes.Validation, "A meeting lasts 15 minutes to 8 hours.", "durationMinutes")
            .Require(place is null || place.Trim().Length <= 200, ErrorCodes.Validation, "The place is too long (at most 200 characters).", "place")
            .Require(participants.Count is > 0 and <= MaxParticipants, ErrorCodes.Validation, $"Invite 1 to {MaxParticipants} participants.", "participants")
            .Require(participants.Select(p => p.Id).Distinct().Count() == participants.Count, ErrorCodes.Validation, "A participant is listed twice.", "participants")
            .Require(participants.Select(p => Text.NormaliseEmail(p.Email ?? "")).Distinct().Count() == participants.Count, ErrorCodes.Validation,
                "Two participants have the same e-mail address.", "participants");
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            checks.Require(Text.HasLength(p.Name, 2, 120), ErrorCodes.Validation, "Name the participant (2 to 120 characters).", $"participants.{i}.name")
                .Require(Text.IsEmail(p.Email), ErrorCodes.Validation, "The participant's e-mail address is not valid.", $"participants.{i}.email")
                .Require(Text.HasLength(p.Organisation, 2, 120), ErrorCodes.Validation, "Name the participant's institution (2 to 120 characters).", $"participants.{i}.organisation");
        }
        return checks;
    }

    private static string? Tidy(string? place) => string.IsNullOrWhiteSpace(place) ? null : place.Trim();

    private static List<MeetingParticipant> Tidy(IReadOnlyList<MeetingParticipant> participants) =>
        participants.Select(p => p with { Name = p.Name.Trim(), Email = Text.NormaliseEmail(p.Email), Organisation = p.Organisation.Trim() }).ToList();
}
