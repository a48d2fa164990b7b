using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Tests.Clients;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Meetings;

/// <summary>Given events / when a command / then the events or the refusal, for the inter-institutional meeting.</summary>
public sealed class MeetingDeciderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateOnly Release = new(2027, 2, 15);
    // 10:00 Riga time on 10 December 2026 (UTC+2 in winter).
    private static readonly DateTimeOffset Tenth = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    private static readonly MeetingParticipant Prison = new(Guid.NewGuid(), ParticipantSide.Prison, "Inese Liepa", "Inese.Liepa@IeVP.example ", "Olaines cietums", Language.Lv);
    private static readonly MeetingParticipant Probation = new(Guid.NewGuid(), ParticipantSide.Probation, "Oleg Petrov", "oleg@vpd.example", "VPD", Language.Ru);
    private static readonly MeetingParticipant Social = new(Guid.NewGuid(), ParticipantSide.SocialService, "Anna Ozola", "anna@riga.example", "Rīgas Sociālais dienests", Language.Lv);

    private static Client Client(DateOnly? released = null) => Case.Referred(released is null ? Today.AddDays(-30) : Today, Release, released);

    private static InterInstitutionalMeeting Then(InterInstitutionalMeeting? state, Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => $"{e.Code} {e.Field}")));
        return decision.Events.Aggregate(state, MeetingDecider.Evolve)!;
    }

    private static InterInstitutionalMeeting Scheduled(Client client, params MeetingParticipant[] participants) =>
        Then(null, MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, Tenth, 90, " Room 2 ", participants.Length > 0 ? participants : [Prison, Probation], Case.On(Today)), null, client));

    [Fact]
    public void Scheduling_records_the_meeting_in_the_persons_prison_with_tidy_addresses()
    {
        var client = Client();
        var meeting = Scheduled(client);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal((client.Id, "olaine", "Room 2", 0), (meeting.ClientId, meeting.PrisonCode, meeting.Place, meeting.Sequence));
        Assert.Equal(Tenth.AddMinutes(90), meeting.EndsAt);
        Assert.Equal(["inese.liepa@ievp.example", "oleg@vpd.example"], meeting.Participants.Select(p => p.Email));
    }

    [Fact]
    public void A_meeting_in_the_past_after_the_expected_release_or_for_a_released_person_is_refused()
    {
        var client = Client();
        Case.Refused(MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, Case.On(Today).At.AddMinutes(-1), 60, null, [Prison], Case.On(Today)), null, client),
            MeetingDecider.MeetingInPast, "startsAt");
        var afterRelease = MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, new DateTimeOffset(2027, 2, 16, 8, 0, 0, TimeSpan.Zero), 60, null, [Prison], Case.On(Today)), null, client);
        Case.Refused(afterRelease, MeetingDecider.MeetingAfterRelease, "startsAt");
        Assert.Equal("2027-02-15", afterRelease.Errors.Single().Params.Single(p => p.Name == "releaseDate").Value);
        // On the day of release itself is still before it.
        Assert.True(MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, new DateTimeOffset(2027, 2, 15, 7, 0, 0, TimeSpan.Zero), 60, null, [Prison], Case.On(Today)), null, client).IsAccepted);
        var released = Client(released: Today.AddDays(-2));
        Case.Refused(MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), released.Id, Tenth, 60, null, [Prison], Case.On(Today)), null, released),
            MeetingDecider.AlreadyReleased, "clientId");
    }

    [Fact]
    public void Every_participant_and_duration_problem_is_reported_at_once()
    {
        var client = Client();
        var bad = new MeetingParticipant(Guid.NewGuid(), ParticipantSide.Ngo, "X", "not-an-address", "", Language.En);
        var twice = Prison with { Id = Guid.NewGuid(), Email = "INESE.LIEPA@ievp.example" };
        var decision = MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, Tenth, 10, null, [Prison, bad, twice], Case.On(Today)), null, client);
        Assert.False(decision.IsAccepted);
        Assert.Equal(["durationMinutes", "participants", "participants.1.name", "participants.1.email", "participants.1.organisation"],
            decision.Errors.Select(e => e.Field));
        Case.Refused(MeetingDecider.Decide(new ScheduleMeeting(Guid.NewGuid(), client.Id, Tenth, 60, null, [], Case.On(Today)), null, client), ErrorCodes.Validation, "participants");
    }

    [Fact]
    public void Moving_raises_the_sequence_and_the_same_details_again_change_nothing()
    {
        var client = Client();
        var meeting = Scheduled(client);
        var moved = Then(meeting, MeetingDecider.Decide(new MoveMeeting(Tenth.AddDays(1), 120, null, [Prison, Social], Case.On(Today)), meeting, client));
        Assert.Equal((1, Tenth.AddDays(1), 120, (string?)null), (moved.Sequence, moved.StartsAt, moved.DurationMinutes, moved.Place));
        Assert.Equal([Prison.Id, Social.Id], moved.Participants.Select(p => p.Id));
        Case.Unchanged(MeetingDecider.Decide(new MoveMeeting(Tenth.AddDays(1), 120, null, [Prison, Social], Case.On(Today)), moved, client));
        Case.Refused(MeetingDecider.Decide(new MoveMeeting(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), 120, null, [Prison], Case.On(Today)), moved, client),
            MeetingDecider.MeetingAfterRelease, "startsAt");
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_moved_or_held_and_cancelling_again_is_a_retry()
    {
        var client = Client();
        var meeting = Scheduled(client);
        Case.Refused(MeetingDecider.Decide(new CancelMeeting("", Case.On(Today)), meeting), ErrorCodes.Validation, "reason");
        var cancelled = Then(meeting, MeetingDecider.Decide(new CancelMeeting(" The prison is in quarantine ", Case.On(Today)), meeting));
        Assert.Equal((MeetingStatus.Cancelled, 1, "The prison is in quarantine"), (cancelled.Status, cancelled.Sequence, cancelled.CancelReason));
        Case.Unchanged(MeetingDecider.Decide(new CancelMeeting("again", Case.On(Today)), cancelled));
        Case.Refused(MeetingDecider.Decide(new MoveMeeting(Tenth, 60, null, [Prison], Case.On(Today)), cancelled, client), MeetingDecider.MeetingCancelled);
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddHours(2)), [Prison.Id]), cancelled), MeetingDecider.MeetingCancelled);
    }

    private static Actor On(DateTimeOffset at) => new(Guid.NewGuid(), at, RigaCalendar.Day(at));

    private static RecordMeetingDecisions Decisions(Actor actor, IReadOnlyList<Guid> present, DateOnly? heldOn = null, params MeetingDecision[] decisions) =>
        new(heldOn ?? RigaCalendar.Day(Tenth), present, decisions.Length > 0 ? decisions
            : [new MeetingDecision(Guid.NewGuid(), " Apply for social assistance ", Institution.MunicipalSocialService, new DateOnly(2027, 3, 15), NeedDomain.Housing)], actor);

    [Fact]
    public void Decisions_are_recorded_once_the_meeting_began_with_who_was_there()
    {
        var client = Client();
        var meeting = Scheduled(client);
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddMinutes(-1)), [Prison.Id]), meeting), MeetingDecider.MeetingNotYetHeld, "heldOn");
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddHours(1)), [Social.Id]), meeting), ErrorCodes.Validation, "present");
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddHours(1)), [Prison.Id], RigaCalendar.Day(Tenth).AddDays(-1)), meeting), ErrorCodes.Validation, "heldOn");
        var late = new MeetingDecision(Guid.NewGuid(), "Too late", Institution.Prison, RigaCalendar.Day(Tenth).AddDays(-1), null);
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddHours(1)), [Prison.Id], null, late), meeting), ErrorCodes.Validation, "decisions.0.deadline");

        var command = Decisions(On(Tenth.AddHours(1)), [Prison.Id, Prison.Id]);
        var held = Then(meeting, MeetingDecider.Decide(command, meeting));
        Assert.Equal((MeetingStatus.Held, RigaCalendar.Day(Tenth)), (held.Status, held.HeldOn));
        Assert.Equal([Prison.Id], held.Present);
        Assert.Equal("Apply for social assistance", held.Decisions.Single().Title);
        // A retry of the same decisions changes nothing; different ones are refused: the plan's goals are changed in the plan.
        Case.Unchanged(MeetingDecider.Decide(command, held));
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth.AddHours(2)), [Prison.Id]), held), MeetingDecider.MeetingAlreadyHeld);
        Case.Refused(MeetingDecider.Decide(new MoveMeeting(Tenth.AddDays(3), 60, null, [Prison], Case.On(Today)), held, client), MeetingDecider.MeetingAlreadyHeld);
        Case.Refused(MeetingDecider.Decide(new CancelMeeting("late", Case.On(Today)), held), MeetingDecider.MeetingAlreadyHeld);
    }

    [Fact]
    public void Commands_on_a_meeting_that_does_not_exist_are_not_found()
    {
        var client = Client();
        Case.Refused(MeetingDecider.Decide(new MoveMeeting(Tenth, 60, null, [Prison], Case.On(Today)), null, client), ErrorCodes.NotFound, "meetingId");
        Case.Refused(MeetingDecider.Decide(new CancelMeeting("reason", Case.On(Today)), null), ErrorCodes.NotFound, "meetingId");
        Case.Refused(MeetingDecider.Decide(Decisions(On(Tenth), [Prison.Id]), null), ErrorCodes.NotFound, "meetingId");
        var meeting = Scheduled(client);
        Case.Refused(MeetingDecider.Decide(new ScheduleMeeting(meeting.Id, client.Id, Tenth, 60, null, [Prison], Case.On(Today)), meeting, client), ErrorCodes.IdempotencyKeyReused);
    }
}
