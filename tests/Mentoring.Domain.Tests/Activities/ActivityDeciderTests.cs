using Mentoring.Domain.Activities;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Tests.Clients;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Activities;

/// <summary>Given events / when a command / then the events or the refusal, for a group activity.</summary>
public sealed class ActivityDeciderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    // 18:00–20:00 Riga time on 10 December 2026 (UTC+2 in winter).
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(2);
    private static readonly Actor Coordinator = Case.On(Today);

    private static readonly UserAccount Staff = new()
    {
        Id = Guid.NewGuid(), Email = "ilze@ngo.example", DisplayName = "Ilze Koordinatore", OrganisationId = Guid.NewGuid(), Roles = [Role.Coordinator],
        SecurityStamp = "s", InvitedBy = Guid.Empty, CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Mentor Mentor(MentorStage stage = MentorStage.Approved) => new(Guid.NewGuid(),
        new MentorProfile("Pēteris Kalniņš", "peteris@example.lv", null, ["lv"], ["riga"], default, 1980, new LivedExperience(false, null), [], [], 2, "…"),
        ApplicationChannel.Coordinator, DateTimeOffset.UnixEpoch, stage, null, [], null, null, [], null, null, null, null, null, 0, DateTimeOffset.UnixEpoch);

    private static Client Consenting(params ConsentScope[] scopes)
    {
        var referred = Case.Referred(Today.AddDays(-30), Today.AddDays(60));
        return Case.Then(referred, ClientDecider.Decide(new RecordConsent([ConsentScope.Processing, .. scopes], Today.AddDays(-1), "PK-1", Coordinator), referred));
    }

    private static Actor At(DateTimeOffset at) => new(Guid.NewGuid(), at, RigaCalendar.Day(at));

    private static GroupActivity Then(GroupActivity? state, Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => $"{e.Code} {e.Field}")));
        return decision.Events.Aggregate(state, ActivityDecider.Evolve)!;
    }

    private static GroupActivity Planned(int capacity = 3, DateTimeOffset? start = null, DateTimeOffset? end = null, Actor? actor = null) =>
        Then(null, ActivityDecider.Decide(new PlanActivity(Guid.NewGuid(), ActivityKind.SupportGroup, " Atbalsta grupa ", start ?? Start, end ?? End,
            " Biedrības telpas, Rīga ", capacity, null, " Dr. Anna Liepa ", actor ?? Coordinator), null, null));

    private static GroupActivity Invited(GroupActivity a, Mentor[] mentors, Client[] clients, Actor? actor = null) =>
        Then(a, ActivityDecider.Decide(new InviteToActivity(mentors.Select(m => m.Id).ToList(), clients.Select(c => c.Id).ToList(), actor ?? Coordinator), a,
            mentors.ToDictionary(m => m.Id), clients.ToDictionary(c => c.Id)));

    [Fact]
    public void Planning_records_the_activity_with_its_length_and_a_named_specialist()
    {
        var a = Planned();
        Assert.Equal((ActivityStatus.Planned, "Atbalsta grupa", "Biedrības telpas, Rīga", 120, 0), (a.Status, a.Title, a.Place, a.DurationMinutes, a.Sequence));
        Assert.Equal(new Facilitator(null, "Dr. Anna Liepa"), a.Facilitator);
        Assert.Equal(new DateOnly(2026, 12, 10), a.Day);
    }

    [Fact]
    public void A_staff_facilitator_must_be_an_active_coordinator_or_admin()
    {
        var plan = new PlanActivity(Guid.NewGuid(), ActivityKind.TrainingSession, "Apmācība", Start, End, "Rīga", 10, Staff.Id, null, Coordinator);
        Assert.Equal(new Facilitator(Staff.Id, "Ilze Koordinatore"), Then(null, ActivityDecider.Decide(plan, null, Staff)).Facilitator);
        Case.Refused(ActivityDecider.Decide(plan, null, Staff with { Roles = [Role.Mentor] }), ActivityDecider.FacilitatorNotStaff, "facilitatorUserId");
        Case.Refused(ActivityDecider.Decide(plan, null, Staff with { DeactivatedAt = DateTimeOffset.UnixEpoch }), ActivityDecider.FacilitatorNotStaff, "facilitatorUserId");
        Case.Refused(ActivityDecider.Decide(plan, null, null), ActivityDecider.FacilitatorNotStaff, "facilitatorUserId");
        Case.Refused(ActivityDecider.Decide(plan with { FacilitatorUserId = null, FacilitatorName = " " }, null, null), ErrorCodes.Validation, "facilitatorName");
    }

    [Fact]
    public void The_title_and_facilitator_change_before_it_begins_by_the_planning_rules_and_the_entry_is_updated()
    {
        var a = Planned();
        // A colleague takes over from the specialist: the sequence moves on, so the invited mentors' entries are updated.
        var decision = ActivityDecider.Decide(new ChangeActivityDetails(" Atbalsta grupa vīriešiem ", Staff.Id, null, Coordinator), a, Staff);
        Assert.Equal(new GroupActivityDetailsChanged(a.Id, "Atbalsta grupa vīriešiem", new Facilitator(Staff.Id, "Ilze Koordinatore"), Coordinator.By, Coordinator.At),
            Assert.Single(decision.Events));
        var changed = Then(a, decision);
        Assert.Equal(("Atbalsta grupa vīriešiem", "Ilze Koordinatore", 1, Start, "Biedrības telpas, Rīga"),
            (changed.Title, changed.Facilitator.Name, changed.Sequence, changed.StartsAt, changed.Place));
        // The same again changes nothing; back to a named specialist is a change.
        Case.Unchanged(ActivityDecider.Decide(new ChangeActivityDetails("Atbalsta grupa vīriešiem", Staff.Id, null, Coordinator), changed, Staff));
        Assert.Equal(new Facilitator(null, "Dr. Jānis Liepa"),
            Then(changed, ActivityDecider.Decide(new ChangeActivityDetails("Atbalsta grupa vīriešiem", null, " Dr. Jānis Liepa ", Coordinator), changed, null)).Facilitator);
        // Refused as when planning, each problem at its field; and not once it has begun or was called off.
        var refused = ActivityDecider.Decide(new ChangeActivityDetails("A", Staff.Id, null, Coordinator), a, Staff with { Roles = [Role.Mentor] });
        Assert.Equal([(ErrorCodes.Validation, "title"), (ActivityDecider.FacilitatorNotStaff, "facilitatorUserId")], refused.Errors.Select(e => (e.Code, e.Field!)));
        Case.Refused(ActivityDecider.Decide(new ChangeActivityDetails("Atbalsta grupa", null, "", Coordinator), a, null), ErrorCodes.Validation, "facilitatorName");
        Case.Refused(ActivityDecider.Decide(new ChangeActivityDetails("Cits", null, "Cits", At(Start)), a, null), ActivityDecider.Started, "activityId");
        var cancelled = Then(a, ActivityDecider.Decide(new CancelActivity("Telpas nav pieejamas", Coordinator), a));
        Case.Refused(ActivityDecider.Decide(new ChangeActivityDetails("Cits", null, "Cits", Coordinator), cancelled, null), ActivityDecider.Cancelled, "activityId");
    }

    [Fact]
    public void Past_times_bad_lengths_and_capacities_are_refused()
    {
        PlanActivity Plan(DateTimeOffset s, DateTimeOffset e, int capacity = 5) => new(Guid.NewGuid(), ActivityKind.Leisure, "Pārgājiens", s, e, "Ķemeri", capacity, null, "Jānis", Coordinator);
        Case.Refused(ActivityDecider.Decide(Plan(Coordinator.At.AddMinutes(-1), Coordinator.At.AddHours(1)), null, null), ActivityDecider.InPast, "startsAt");
        Case.Refused(ActivityDecider.Decide(Plan(Start, Start.AddMinutes(14)), null, null), ErrorCodes.Validation, "endsAt");
        Case.Refused(ActivityDecider.Decide(Plan(Start, Start.AddHours(12).AddMinutes(1)), null, null), ErrorCodes.Validation, "endsAt");
        Case.Refused(ActivityDecider.Decide(Plan(Start, End, 0), null, null), ErrorCodes.Validation, "capacity");
        Assert.True(ActivityDecider.Decide(Plan(Start, Start.AddMinutes(15)), null, null).IsAccepted);
    }

    [Fact]
    public void Invitations_hold_places_up_to_the_capacity_and_a_decline_frees_one()
    {
        var (m1, m2, m3, m4) = (Mentor(), Mentor(), Mentor(), Mentor());
        var a = Invited(Planned(capacity: 3), [m1, m2], []);
        Assert.Equal(2, a.PlacesTaken);
        var full = ActivityDecider.Decide(new InviteToActivity([m3.Id, m4.Id], [], Coordinator), a, new[] { m3, m4 }.ToDictionary(m => m.Id), new Dictionary<Guid, Client>());
        Case.Refused(full, ActivityDecider.Full, "mentorIds");
        Assert.Equal("1", full.Errors.Single().Params.Single(p => p.Name == "free").Value);
        // Inviting those already invited again is a retry: nothing appended, and it takes no place.
        Case.Unchanged(ActivityDecider.Decide(new InviteToActivity([m1.Id, m2.Id], [], Coordinator), a, new[] { m1, m2 }.ToDictionary(m => m.Id), new Dictionary<Guid, Client>()));

        a = Then(a, ActivityDecider.Decide(new AnswerActivityInvitation(m1.Id, false, Coordinator), a));
        Assert.Equal((1, InvitationAnswer.NotGoing), (a.PlacesTaken, a.Invitee(m1.Id)!.Answer));
        a = Invited(a, [m3, m4], []);
        Assert.Equal(3, a.PlacesTaken);
        // Going back on the decline needs a place, and there is none.
        Case.Refused(ActivityDecider.Decide(new AnswerActivityInvitation(m1.Id, true, Coordinator), a), ActivityDecider.Full, "going");
        a = Then(a, ActivityDecider.Decide(new AnswerActivityInvitation(m2.Id, true, Coordinator), a));
        Case.Unchanged(ActivityDecider.Decide(new AnswerActivityInvitation(m2.Id, true, Coordinator), a));
        Assert.Equal(1, a.Going);
        Case.Refused(ActivityDecider.Decide(new AnswerActivityInvitation(Guid.NewGuid(), true, Coordinator), a), ActivityDecider.NotInvited, "activityId");
    }

    [Fact]
    public void Only_approved_mentors_and_clients_who_consent_to_group_activities_are_invited()
    {
        var suspended = Mentor(MentorStage.Suspended);
        var consenting = Consenting(ConsentScope.GroupActivities);
        var mentorContactOnly = Consenting(ConsentScope.MentorContact);
        var a = Planned(capacity: 10);
        var refused = ActivityDecider.Decide(new InviteToActivity([suspended.Id, Guid.NewGuid()], [consenting.Id, mentorContactOnly.Id], Coordinator), a,
            new Dictionary<Guid, Mentor> { [suspended.Id] = suspended }, new[] { consenting, mentorContactOnly }.ToDictionary(c => c.Id));
        Assert.Equal([(ActivityDecider.MentorNotAvailable, "mentorIds.0"), (ActivityDecider.MentorNotAvailable, "mentorIds.1"), (ActivityDecider.NoConsent, "clientIds.1")],
            refused.Errors.Select(e => (e.Code, e.Field!)));
        a = Invited(a, [], [consenting]);
        Assert.Equal([(consenting.Id, InviteeKind.Client)], a.Invitees.Select(i => (i.Id, i.Kind)));
        Assert.Equal([consenting.Id], a.InviteeIds);
    }

    [Fact]
    public void Withdrawn_consent_takes_back_the_invitation_to_an_activity_not_yet_begun()
    {
        var client = Consenting(ConsentScope.GroupActivities);
        var a = Invited(Planned(capacity: 1), [], [client]);
        var events = ActivityDecider.ConsentGone(a, client.Id, Coordinator);
        var withdrawn = Assert.IsType<GroupActivityInvitationWithdrawn>(Assert.Single(events));
        Assert.Equal(ActivityDecider.ConsentWithdrawnReason, withdrawn.Reason);
        a = events.Aggregate((GroupActivity?)a, ActivityDecider.Evolve)!;
        Assert.Equal((InvitationAnswer.Withdrawn, 0), (a.Invitee(client.Id)!.Answer, a.PlacesTaken));
        Assert.Empty(ActivityDecider.ConsentGone(a, client.Id, Coordinator)); // already taken back
        // After it began, the record of who came stays as it is.
        var begun = Invited(Planned(capacity: 1), [], [client]);
        Assert.Empty(ActivityDecider.ConsentGone(begun, client.Id, At(Start)));
    }

    [Fact]
    public void A_case_worker_takes_an_invitation_back_before_it_begins_freeing_the_place_and_may_invite_again()
    {
        var (m1, m2) = (Mentor(), Mentor());
        var client = Consenting(ConsentScope.GroupActivities);
        var a = Invited(Planned(capacity: 2), [m1], [client]);
        a = Then(a, ActivityDecider.Decide(new AnswerActivityInvitation(m1.Id, true, Coordinator), a));
        var decision = ActivityDecider.Decide(new WithdrawActivityInvitation(m1.Id, Coordinator), a);
        Assert.Equal(new GroupActivityInvitationWithdrawn(a.Id, m1.Id, ActivityDecider.RemovedReason, Coordinator.By, Coordinator.At), Assert.Single(decision.Events));
        a = Then(a, decision);
        Assert.Equal((InvitationAnswer.Withdrawn, 1, 0), (a.Invitee(m1.Id)!.Answer, a.PlacesTaken, a.Going));
        // Again: a retry, nothing appended; someone never invited is refused.
        Case.Unchanged(ActivityDecider.Decide(new WithdrawActivityInvitation(m1.Id, Coordinator), a));
        Case.Refused(ActivityDecider.Decide(new WithdrawActivityInvitation(m2.Id, Coordinator), a), ActivityDecider.NotInvited, "inviteeId");
        // The freed place takes someone else; the mentor taken back can be invited again, and their answer starts afresh.
        a = Invited(a, [m2], []);
        Case.Refused(ActivityDecider.Decide(new AnswerActivityInvitation(m1.Id, true, Coordinator), a), ActivityDecider.NotInvited, "activityId");
        a = Then(a, ActivityDecider.Decide(new WithdrawActivityInvitation(client.Id, Coordinator), a));
        a = Invited(a, [m1], []);
        Assert.Equal((InvitationAnswer.Pending, 2), (a.Invitee(m1.Id)!.Answer, a.PlacesTaken));
        // Once it has begun, or called off, the invitations stay as they are.
        Case.Refused(ActivityDecider.Decide(new WithdrawActivityInvitation(m1.Id, At(Start)), a), ActivityDecider.Started, "activityId");
        var cancelled = Then(a, ActivityDecider.Decide(new CancelActivity("Telpas nav pieejamas", Coordinator), a));
        Case.Refused(ActivityDecider.Decide(new WithdrawActivityInvitation(m1.Id, Coordinator), cancelled), ActivityDecider.Cancelled, "activityId");
    }

    [Fact]
    public void The_invitable_rule_is_the_deciders_and_reads_the_same_in_memory()
    {
        Assert.True(Invitable.Holds(Mentor()));
        Assert.All(new[] { MentorStage.Applied, MentorStage.InVetting, MentorStage.Suspended, MentorStage.Rejected, MentorStage.Withdrawn }, stage => Assert.False(Invitable.Holds(Mentor(stage))));
        Assert.True(Invitable.Holds(Consenting(ConsentScope.GroupActivities)));
        Assert.False(Invitable.Holds(Consenting(ConsentScope.MentorContact)));
        var consenting = Consenting(ConsentScope.GroupActivities);
        var withdrawn = Case.Then(consenting, ClientDecider.Decide(new WithdrawConsent(Today, null, Coordinator), consenting));
        Assert.False(Invitable.Holds(withdrawn));
    }

    [Fact]
    public void Moving_raises_the_sequence_and_cannot_drop_the_capacity_below_the_places_held()
    {
        var (m1, m2) = (Mentor(), Mentor());
        var a = Invited(Planned(capacity: 3), [m1, m2], []);
        Case.Refused(ActivityDecider.Decide(new MoveActivity(Start, End, a.Place, 1, Coordinator), a), ActivityDecider.CapacityBelowInvited, "capacity");
        Case.Unchanged(ActivityDecider.Decide(new MoveActivity(Start, End, " Biedrības telpas, Rīga ", 3, Coordinator), a));
        var moved = Then(a, ActivityDecider.Decide(new MoveActivity(Start.AddDays(1), End.AddDays(1), "Jūrmala", 2, Coordinator), a));
        Assert.Equal((1, "Jūrmala", 2, 120), (moved.Sequence, moved.Place, moved.Capacity, moved.DurationMinutes));
        Case.Refused(ActivityDecider.Decide(new MoveActivity(Start.AddDays(2), End.AddDays(2), "Jūrmala", 2, At(moved.StartsAt)), moved), ActivityDecider.Started, "activityId");
    }

    [Fact]
    public void Cancelling_ends_it_once_and_nothing_more_can_happen_to_it()
    {
        var m = Mentor();
        var a = Invited(Planned(), [m], []);
        Case.Refused(ActivityDecider.Decide(new CancelActivity("x", Coordinator), a), ErrorCodes.Validation, "reason");
        var cancelled = Then(a, ActivityDecider.Decide(new CancelActivity(" Telpas nav pieejamas ", Coordinator), a));
        Assert.Equal((ActivityStatus.Cancelled, "Telpas nav pieejamas", 1), (cancelled.Status, cancelled.CancelReason, cancelled.Sequence));
        Case.Unchanged(ActivityDecider.Decide(new CancelActivity("Telpas nav pieejamas", Coordinator), cancelled));
        Case.Refused(ActivityDecider.Decide(new MoveActivity(Start.AddDays(1), End.AddDays(1), "Rīga", 3, Coordinator), cancelled), ActivityDecider.Cancelled);
        Case.Refused(ActivityDecider.Decide(new AnswerActivityInvitation(m.Id, true, Coordinator), cancelled), ActivityDecider.Cancelled);
        Case.Refused(ActivityDecider.Decide(new RecordActivityAttendance([new(m.Id, true)], At(End)), cancelled), ActivityDecider.Cancelled);
        Case.Refused(ActivityDecider.Decide(new CancelActivity("Par vēlu", At(Start)), a), ActivityDecider.Started);
    }

    [Fact]
    public void Attendance_is_recorded_only_once_it_has_begun_and_only_for_those_invited()
    {
        var (m1, m2) = (Mentor(), Mentor());
        var client = Consenting(ConsentScope.GroupActivities);
        var a = Invited(Planned(), [m1, m2], [client]);
        Case.Refused(ActivityDecider.Decide(new RecordActivityAttendance([new(m1.Id, true)], At(Start.AddSeconds(-1))), a), ActivityDecider.NotStarted, "activityId");
        Case.Refused(ActivityDecider.Decide(new RecordActivityAttendance([new(Guid.NewGuid(), true)], At(Start)), a), ActivityDecider.NotInvited, "marks.0");
        a = Then(a, ActivityDecider.Decide(new RecordActivityAttendance([new(m1.Id, true), new(m2.Id, false), new(client.Id, true)], At(Start)), a));
        Assert.Equal(2, a.Attended);
        // The same marks again (the phone's outbox sending twice) append nothing; a changed one appends only itself.
        Case.Unchanged(ActivityDecider.Decide(new RecordActivityAttendance([new(m1.Id, true)], At(End)), a));
        var changed = ActivityDecider.Decide(new RecordActivityAttendance([new(m1.Id, true), new(m2.Id, true)], At(End)), a);
        Assert.Equal([new AttendanceMark(m2.Id, true)], Assert.IsType<GroupActivityAttendanceRecorded>(Assert.Single(changed.Events)).Marks);
    }

    [Fact]
    public void Attended_time_counts_on_the_Riga_day_and_month_it_started()
    {
        // 00:30 Riga time on 1 December is still 30 November in UTC: it counts in December.
        var m = Mentor();
        var before = At(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var lateNight = Invited(Planned(start: new DateTimeOffset(2026, 11, 30, 22, 30, 0, TimeSpan.Zero), end: new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            actor: before), [m], [], before);
        Assert.Equal((new DateOnly(2026, 12, 1), 90), (lateNight.Day, lateNight.DurationMinutes));
        // 23:30 Riga time on 31 October (UTC+2 after the autumn change) is 21:30 UTC: it counts in October.
        var october = Planned(start: new DateTimeOffset(2026, 10, 31, 21, 30, 0, TimeSpan.Zero), end: new DateTimeOffset(2026, 10, 31, 22, 15, 0, TimeSpan.Zero), actor: before);
        Assert.Equal(new DateOnly(2026, 10, 31), october.Day);

        var statement = VolunteerStatement.Build(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), [], [], [],
            [new AttendedActivity(october.Day, october.DurationMinutes), new AttendedActivity(lateNight.Day, lateNight.DurationMinutes),
             new AttendedActivity(new DateOnly(2027, 1, 1), 60)]);
        Assert.Equal([("2026-10", 1, 45), ("2026-11", 0, 0), ("2026-12", 1, 90)], statement.Months.Select(x => (x.Month, x.GroupActivities, x.GroupActivityMinutes)));
        Assert.Equal((2, 135, 2.3m), (statement.GroupActivities, statement.GroupActivityMinutes, statement.GroupActivityHours));
    }
}
