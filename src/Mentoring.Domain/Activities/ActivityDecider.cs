using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Activities;

/// <summary>Plan: <see cref="FacilitatorUserId"/> names a staff user, or <see cref="FacilitatorName"/> an external specialist.</summary>
public sealed record PlanActivity(Guid ActivityId, ActivityKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity,
    Guid? FacilitatorUserId, string? FacilitatorName, Actor Actor);
/// <summary>A new title or facilitator (the specialist fell ill, a colleague takes over): named as when planned.</summary>
public sealed record ChangeActivityDetails(string Title, Guid? FacilitatorUserId, string? FacilitatorName, Actor Actor);
public sealed record MoveActivity(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, Actor Actor);
public sealed record CancelActivity(string Reason, Actor Actor);
public sealed record InviteToActivity(IReadOnlyList<Guid> Mentors, IReadOnlyList<Guid> Clients, Actor Actor);
/// <summary>A case worker takes an invitation back before the activity begins (the person can no longer come, or was invited by mistake).</summary>
public sealed record WithdrawActivityInvitation(Guid InviteeId, Actor Actor);
public sealed record AnswerActivityInvitation(Guid MentorId, bool Going, Actor Actor);
public sealed record RecordActivityAttendance(IReadOnlyList<AttendanceMark> Marks, Actor Actor);

/// <summary>
/// The rules of a group activity. Planned for a time to come, 15 minutes to 12 hours; moved or cancelled only before it
/// begins. Invitations hold places up to the capacity (a decline or a withdrawal frees one); a client is invited only with
/// their consent to group activities. Attendance is recorded once it has begun, for those invited.
/// </summary>
public static class ActivityDecider
{
    public const string InPast = "ACTIVITY_IN_PAST";
    public const string Cancelled = "ACTIVITY_CANCELLED";
    public const string Started = "ACTIVITY_STARTED";
    public const string NotStarted = "ACTIVITY_NOT_STARTED";
    public const string Full = "ACTIVITY_FULL";
    public const string CapacityBelowInvited = "ACTIVITY_CAPACITY_BELOW_INVITED";
    public const string NoConsent = "ACTIVITY_NO_CONSENT";
    public const string MentorNotAvailable = "ACTIVITY_MENTOR_NOT_AVAILABLE";
    public const string NotInvited = "ACTIVITY_NOT_INVITED";
    public const string FacilitatorNotStaff = "ACTIVITY_FACILITATOR_NOT_STAFF";

    /// <summary>Why an invitation was taken back (recorded on the event): the client's consent went, or a case worker took it back.</summary>
    public const string ConsentWithdrawnReason = "consent-withdrawn", RemovedReason = "removed";

    public const int MaxCapacity = 500;
    public const int MaxInvitedAtOnce = 100;

    private static readonly Decision NotFound = Decision.Reject(ErrorCodes.NotFound, "No such activity.", "activityId");

    /// <summary><paramref name="facilitator"/> is the staff user the command names (as loaded; null when none or unknown).</summary>
    public static Decision Decide(PlanActivity c, GroupActivity? s, UserAccount? facilitator)
    {
        if (s is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This activity was already planned.", "idempotencyKey");
        var checks = When(new Checks(), c.StartsAt, c.EndsAt, c.Place, c.Capacity, c.Actor);
        var who = Named(checks, c.Title, c.FacilitatorUserId, c.FacilitatorName, facilitator);
        return checks.Then(() => Decision.Accept(new GroupActivityPlanned(c.ActivityId, c.Kind, c.Title.Trim(), c.StartsAt, c.EndsAt, c.Place.Trim(),
            c.Capacity, who!, c.Actor.By, c.Actor.At)));
    }

    /// <summary>
    /// A new title or facilitator before it begins, by the rules it was planned with; the invited mentors' calendar entries
    /// are updated. The same title and facilitator again change nothing.
    /// </summary>
    public static Decision Decide(ChangeActivityDetails c, GroupActivity? s, UserAccount? facilitator)
    {
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        var checks = new Checks();
        var who = Named(checks, c.Title, c.FacilitatorUserId, c.FacilitatorName, facilitator);
        if (!checks.Failed && s!.Title == c.Title.Trim() && s.Facilitator == who) return Decision.Accept();
        return checks.Then(() => Decision.Accept(new GroupActivityDetailsChanged(s!.Id, c.Title.Trim(), who!, c.Actor.By, c.Actor.At)));
    }

    /// <summary>Who of the NGO's staff may lead an activity: an active coordinator or administrator (the form offers these).</summary>
    public static bool MayLead(UserAccount user) => user.DeactivatedAt is null && user.Roles.Any(r => r is Role.Coordinator or Role.OrgAdmin);

    /// <summary>The title and who leads it: a staff user of the NGO (an active coordinator or admin) or a named external specialist.</summary>
    private static Facilitator? Named(Checks checks, string title, Guid? facilitatorUserId, string? facilitatorName, UserAccount? facilitator)
    {
        checks.Require(Text.HasLength(title, 2, 120), ErrorCodes.Validation, "Give the activity a title (2 to 120 characters).", "title");
        if (facilitatorUserId is { } userId)
        {
            checks.Require(facilitator is not null && facilitator.Id == userId && MayLead(facilitator),
                FacilitatorNotStaff, "The facilitator must be an active coordinator or administrator of the organisation.", "facilitatorUserId");
            return facilitator is null ? null : new Facilitator(facilitator.Id, facilitator.DisplayName);
        }
        checks.Require(Text.HasLength(facilitatorName ?? "", 2, 120), ErrorCodes.Validation,
            "Name the facilitator: a staff user or an external specialist (2 to 120 characters).", "facilitatorName");
        return new Facilitator(null, (facilitatorName ?? "").Trim());
    }

    /// <summary>The same time, place and capacity again change nothing (and send nothing).</summary>
    public static Decision Decide(MoveActivity c, GroupActivity? s)
    {
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        if (s!.StartsAt == c.StartsAt && s.EndsAt == c.EndsAt && s.Place == c.Place.Trim() && s.Capacity == c.Capacity) return Decision.Accept();
        return When(new Checks(), c.StartsAt, c.EndsAt, c.Place, c.Capacity, c.Actor)
            .Require(c.Capacity >= s.PlacesTaken, CapacityBelowInvited, "More people hold a place than the new capacity.", "capacity",
                MessageParam.Number("taken", s.PlacesTaken))
            .Then(() => Decision.Accept(new GroupActivityMoved(s.Id, c.StartsAt, c.EndsAt, c.Place.Trim(), c.Capacity, c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(CancelActivity c, GroupActivity? s)
    {
        if (s is { Status: ActivityStatus.Cancelled }) return Decision.Accept(); // a retry
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        return new Checks()
            .Require(Text.HasLength(c.Reason, 3, 500), ErrorCodes.Validation, "Say why the activity is cancelled (3 to 500 characters).", "reason")
            .Then(() => Decision.Accept(new GroupActivityCancelled(s!.Id, c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    /// <summary>
    /// Invites the mentors and clients not yet holding a place (those already invited are left as they are, so a retry
    /// appends nothing). <paramref name="mentors"/> and <paramref name="clients"/> are the named ones as loaded.
    /// </summary>
    public static Decision Decide(InviteToActivity c, GroupActivity? s, IReadOnlyDictionary<Guid, Mentor> mentors, IReadOnlyDictionary<Guid, Client> clients)
    {
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        var checks = new Checks()
            .Require(c.Mentors.Count + c.Clients.Count is > 0 and <= MaxInvitedAtOnce, ErrorCodes.Validation,
                $"Invite 1 to {MaxInvitedAtOnce} people at a time.", "mentorIds");
        for (var i = 0; i < c.Mentors.Count; i++)
            checks.Require(mentors.TryGetValue(c.Mentors[i], out var m) && Invitable.Holds(m), MentorNotAvailable,
                "Only approved mentors of the organisation are invited.", $"mentorIds.{i}");
        for (var i = 0; i < c.Clients.Count; i++)
            checks.Require(clients.TryGetValue(c.Clients[i], out var p) && Invitable.Holds(p),
                NoConsent, "The person has not consented to group activities.", $"clientIds.{i}",
                MessageParam.Enum("scope", ConsentScope.GroupActivities));
        var newMentors = c.Mentors.Distinct().Where(id => s!.Invitee(id) is not { HoldsPlace: true }).ToList();
        var newClients = c.Clients.Distinct().Where(id => s!.Invitee(id) is not { HoldsPlace: true }).ToList();
        var free = s!.Capacity - s.PlacesTaken;
        checks.Require(newMentors.Count + newClients.Count <= free, Full, "Not enough free places for everyone invited.", "mentorIds",
            MessageParam.Number("capacity", s.Capacity), MessageParam.Number("free", free));
        return checks.Then(() => newMentors.Count + newClients.Count == 0
            ? Decision.Accept()
            : Decision.Accept(new InvitedToGroupActivity(s.Id, newMentors, newClients, c.Actor.By, c.Actor.At)));
    }

    /// <summary>
    /// Takes an invitation back before the activity begins: the place is free again and an invited mentor's calendar entry is
    /// cancelled. Taken back already, it changes nothing (a retry); someone never invited is refused.
    /// </summary>
    public static Decision Decide(WithdrawActivityInvitation c, GroupActivity? s)
    {
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        return s!.Invitee(c.InviteeId) switch
        {
            null => Decision.Reject(NotInvited, "This person is not invited to the activity.", "inviteeId"),
            { Answer: InvitationAnswer.Withdrawn } => Decision.Accept(),
            _ => Decision.Accept(new GroupActivityInvitationWithdrawn(s.Id, c.InviteeId, RemovedReason, c.Actor.By, c.Actor.At)),
        };
    }

    /// <summary>A mentor's answer; the same answer again changes nothing. Going back on a decline needs a free place.</summary>
    public static Decision Decide(AnswerActivityInvitation c, GroupActivity? s)
    {
        if (BeforeStart(s, c.Actor) is { } refused) return refused;
        if (s!.Invitee(c.MentorId) is not { Kind: InviteeKind.Mentor } invitee || invitee.Answer == InvitationAnswer.Withdrawn)
            return Decision.Reject(NotInvited, "You are not invited to this activity.", "activityId");
        var answer = c.Going ? InvitationAnswer.Going : InvitationAnswer.NotGoing;
        if (invitee.Answer == answer) return Decision.Accept();
        if (c.Going && !invitee.HoldsPlace && s.PlacesTaken >= s.Capacity)
            return Decision.Reject(Full, "The activity is full.", "going", MessageParam.Number("capacity", s.Capacity), MessageParam.Number("free", 0));
        return Decision.Accept(new GroupActivityInvitationAnswered(s.Id, c.MentorId, c.Going, c.Actor.By, c.Actor.At));
    }

    /// <summary>Once it has begun, for those invited; marks that change nothing are left out, so a retry appends nothing.</summary>
    public static Decision Decide(RecordActivityAttendance c, GroupActivity? s)
    {
        if (s is null) return NotFound;
        if (s.Status == ActivityStatus.Cancelled) return Decision.Reject(Cancelled, "The activity was cancelled.", "activityId");
        if (c.Actor.At < s.StartsAt) return Decision.Reject(NotStarted, "Attendance is recorded once the activity has begun.", "activityId");
        var checks = new Checks()
            .Require(c.Marks.Count is > 0 and <= MaxCapacity, ErrorCodes.Validation, "Mark at least one person.", "marks")
            .Require(c.Marks.Select(m => m.InviteeId).Distinct().Count() == c.Marks.Count, ErrorCodes.Validation, "A person is marked twice.", "marks");
        for (var i = 0; i < c.Marks.Count; i++)
            checks.Require(s.Invitee(c.Marks[i].InviteeId) is { Answer: not InvitationAnswer.Withdrawn }, NotInvited,
                "Only those invited are marked.", $"marks.{i}");
        var changed = c.Marks.Where(m => s.Invitee(m.InviteeId)?.Attended != m.Attended).ToList();
        return checks.Then(() => changed.Count == 0
            ? Decision.Accept()
            : Decision.Accept(new GroupActivityAttendanceRecorded(s.Id, changed, c.Actor.By, c.Actor.At)));
    }

    /// <summary>A client's consent to group activities is gone: their invitations to activities not yet begun are taken back.</summary>
    public static IReadOnlyList<object> ConsentGone(GroupActivity s, Guid clientId, Actor actor) =>
        s.Status == ActivityStatus.Planned && actor.At < s.StartsAt && s.Invitee(clientId) is { Kind: InviteeKind.Client, Answer: not InvitationAnswer.Withdrawn }
            ? [new GroupActivityInvitationWithdrawn(s.Id, clientId, ConsentWithdrawnReason, actor.By, actor.At)]
            : [];

    /// <summary>The write path's fold: the state after one event.</summary>
    public static GroupActivity? Evolve(GroupActivity? state, object e) => e switch
    {
        GroupActivityPlanned p => GroupActivity.Create(p),
        GroupActivityMoved m when state is not null => state.Apply(m),
        GroupActivityDetailsChanged d when state is not null => state.Apply(d),
        GroupActivityCancelled c when state is not null => state.Apply(c),
        InvitedToGroupActivity i when state is not null => state.Apply(i),
        GroupActivityInvitationAnswered a when state is not null => state.Apply(a),
        GroupActivityInvitationWithdrawn w when state is not null => state.Apply(w),
        GroupActivityAttendanceRecorded r when state is not null => state.Apply(r),
        _ => state,
    };

    private static Decision? BeforeStart(GroupActivity? s, Actor actor) => s switch
    {
        null => NotFound,
        { Status: ActivityStatus.Cancelled } => Decision.Reject(Cancelled, "The activity was cancelled.", "activityId"),
        _ when actor.At >= s.StartsAt => Decision.Reject(Started, "The activity has already begun.", "activityId"),
        _ => null,
    };

    private static Checks When(Checks checks, DateTimeOffset startsAt, DateTimeOffset endsAt, string place, int capacity, Actor actor)
    {
        var minutes = (endsAt - startsAt).TotalMinutes;
        return checks.Require(startsAt > actor.At, InPast, "An activity is planned for a time to come.", "startsAt")
            .Require(minutes is >= 15 and <= 12 * 60, ErrorCodes.Validation, "An activity lasts 15 minutes to 12 hours.", "endsAt")
            .Require(Text.HasLength(place ?? "", 2, 200), ErrorCodes.Validation, "Say where it takes place (2 to 200 characters).", "place")
            .Require(capacity is >= 1 and <= MaxCapacity, ErrorCodes.Validation, $"The capacity is 1 to {MaxCapacity} people.", "capacity");
    }
}
