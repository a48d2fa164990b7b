using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Mentors;

/// <summary>Supervision: the session (its stream and one event per mentor present), the supervisor, and the cadence rule across month ends.</summary>
public sealed class SupervisionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static Attendance In(Guid id) => new(id, true);
    private static Attendance Out(Guid id) => new(id, false);
    private static readonly Guid Anna = Guid.NewGuid(), Ivars = Guid.NewGuid(), Supervisor = Guid.NewGuid(), Session = Guid.NewGuid();

    private static Mentor Mentor(Guid id, params object[] more) => new object[]
    {
        new MentorApplicationSubmitted(id, MentorDeciderTests.Profile(), ApplicationChannel.Coordinator, Coordinator.At),
        new MentorApproved(id, Coordinator.By, new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero)),
    }.Concat(more).Aggregate((Mentor?)null, MentorDecider.Evolve)!;

    private static Mentor Applicant(Guid id) =>
        MentorDecider.Evolve(null, new MentorApplicationSubmitted(id, MentorDeciderTests.Profile(), ApplicationChannel.Coordinator, Coordinator.At))!;

    private static RecordSupervision Group(params Attendance[] attendance) => new(Session, SupervisionKind.Group, Today.AddDays(-1), 90,
        (Supervisor, "Ilze Kalniņa"), attendance, new Dictionary<Guid, Mentor?> { [Anna] = Mentor(Anna), [Ivars] = Mentor(Ivars) }, Coordinator);

    [Fact]
    public void A_group_session_is_recorded_once_and_each_mentor_present_gets_it_on_their_own_stream()
    {
        var decision = SupervisionDecider.Decide(Group(In(Anna), Out(Ivars)), null);

        Assert.True(decision.IsAccepted);
        Assert.Equal(Json(
                new SupervisionSessionHeld(Session, SupervisionKind.Group, Today.AddDays(-1), 90, Supervisor, "Ilze Kalniņa", [In(Anna), Out(Ivars)], Coordinator.By, Coordinator.At),
                new SupervisionSessionRecorded(Anna, Today.AddDays(-1), "Ilze Kalniņa", null, Coordinator.By, Coordinator.At, Session, 90, SupervisionKind.Group)),
            Json([.. decision.Events]));
        var anna = MentorDecider.Evolve(Mentor(Anna), decision.Events[1])!;
        Assert.Equal((Today.AddDays(-1), 1, 90), (anna.LastSupervisionOn!.Value, anna.SupervisionSessions, anna.SupervisionMinutes));
    }

    [Fact]
    public void An_old_session_event_without_the_new_fields_still_folds_and_counts_no_minutes()
    {
        var mentor = Mentor(Anna, new SupervisionSessionRecorded(Anna, new DateOnly(2026, 3, 1), "Dr. Ozola", "note", Coordinator.By, Coordinator.At));
        Assert.Equal((new DateOnly(2026, 3, 1), 1, 0), (mentor.LastSupervisionOn!.Value, mentor.SupervisionSessions, mentor.SupervisionMinutes));
    }

    [Fact]
    public void A_session_is_refused_with_codes_for_each_problem()
    {
        var noOne = SupervisionDecider.Decide(Group(Out(Anna)), null);
        Assert.Equal([SupervisionDecider.NoAttendee], noOne.Errors.Select(e => e.Code));

        var individualOfTwo = SupervisionDecider.Decide(Group(In(Anna), In(Ivars)) with { Kind = SupervisionKind.Individual }, null);
        Assert.Equal([SupervisionDecider.IndividualNeedsOne], individualOfTwo.Errors.Select(e => e.Code));

        var notCoordinator = SupervisionDecider.Decide(Group(In(Anna)) with { Supervisor = null, Minutes = 0, HeldOn = Today.AddDays(1) }, null);
        Assert.Equal([ErrorCodes.Validation, ErrorCodes.Validation, SupervisionDecider.NotACoordinator], notCoordinator.Errors.Select(e => e.Code));
        Assert.Equal(["heldOn", "minutes", "supervisorId"], notCoordinator.Errors.Select(e => e.Field));

        var stranger = Guid.NewGuid();
        var unknown = SupervisionDecider.Decide(Group(In(stranger)), null);
        Assert.Equal([ErrorCodes.NotFound], unknown.Errors.Select(e => e.Code));

        var applicant = SupervisionDecider.Decide(Group(In(Anna)) with { Mentors = new Dictionary<Guid, Mentor?> { [Anna] = Applicant(Anna) } }, null);
        Assert.Equal([MentorDecider.InvalidTransition], applicant.Errors.Select(e => e.Code));

        var again = SupervisionDecider.Decide(Group(In(Anna)), SupervisionSession.Create((SupervisionSessionHeld)SupervisionDecider.Decide(Group(In(Anna)), null).Events[0]));
        Assert.Equal([ErrorCodes.IdempotencyKeyReused], again.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_supervisor_must_be_a_coordinator_and_is_kept_on_the_mentor()
    {
        Assert.Equal([SupervisionDecider.NotACoordinator],
            SupervisionDecider.Decide(new AssignSupervisor(Supervisor, false, Coordinator), Mentor(Anna)).Errors.Select(e => e.Code));
        var assigned = SupervisionDecider.Decide(new AssignSupervisor(Supervisor, true, Coordinator), Mentor(Anna));
        Assert.Equal([new MentorSupervisorAssigned(Anna, Supervisor, Coordinator.By, Coordinator.At)], assigned.Events);
        Assert.Equal(Supervisor, MentorDecider.Evolve(Mentor(Anna), assigned.Events[0])!.SupervisorUserId);
        var withdrawn = MentorDecider.Evolve(Mentor(Anna), new MentorWithdrew(Anna, null, Coordinator.By, Coordinator.At));
        Assert.Equal([MentorDecider.InvalidTransition], SupervisionDecider.Decide(new AssignSupervisor(Supervisor, true, Coordinator), withdrawn).Errors.Select(e => e.Code));
    }

    /// <summary>Due = the last session (or approval) + N months as the law counts them; due soon 14 days before; lapsed the day after.</summary>
    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // no 31 February: the month's last day
    [InlineData("2024-01-31", 1, "2024-02-29")] // a leap year
    [InlineData("2026-12-31", 2, "2027-02-28")] // across the year end
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2026-02-28", 1, "2026-03-28")] // counted from the day itself, not the month's end
    [InlineData("2026-05-15", 2, "2026-07-15")]
    public void The_next_session_is_due_N_months_after_the_last_across_month_ends(string last, int months, string due)
    {
        var lastOn = DateOnly.Parse(last);
        var dueOn = DateOnly.Parse(due);
        var mentor = Mentor(Anna, new SupervisionSessionRecorded(Anna, lastOn, "Dr. Ozola", null, Coordinator.By, Coordinator.At));
        var policy = VettingPolicy.Default with { SupervisionEveryMonths = months };

        Assert.Equal(new SupervisionStanding(SupervisionState.OnTrack, dueOn, lastOn), SupervisionDecider.Standing(mentor, policy, dueOn.AddDays(-15)));
        Assert.Equal(new SupervisionStanding(SupervisionState.DueSoon, dueOn, lastOn), SupervisionDecider.Standing(mentor, policy, dueOn.AddDays(-14)));
        Assert.Equal(new SupervisionStanding(SupervisionState.DueSoon, dueOn, lastOn), SupervisionDecider.Standing(mentor, policy, dueOn));
        Assert.Equal(new SupervisionStanding(SupervisionState.Lapsed, dueOn, lastOn), SupervisionDecider.Standing(mentor, policy, dueOn.AddDays(1)));
    }

    [Fact]
    public void Without_a_session_the_cadence_runs_from_approval_and_none_is_owed_without_a_cadence_or_before_approval()
    {
        // Approved on 31 January 2026 (Riga): the default cadence of 2 months gives 31 March.
        Assert.Equal(new SupervisionStanding(SupervisionState.Lapsed, new DateOnly(2026, 3, 31), null),
            SupervisionDecider.Standing(Mentor(Anna), VettingPolicy.Default, new DateOnly(2026, 4, 1)));
        Assert.Equal(SupervisionState.NotRequired,
            SupervisionDecider.Standing(Mentor(Anna), VettingPolicy.Default with { SupervisionEveryMonths = null }, Today).State);
        Assert.Equal(SupervisionState.NotRequired, SupervisionDecider.Standing(Applicant(Anna), VettingPolicy.Default, Today).State);
    }

    [Fact]
    public void The_policy_refuses_a_cadence_outside_1_to_12_months()
    {
        Assert.Empty(VettingPolicyRules.Check(VettingPolicy.Default with { SupervisionEveryMonths = null }));
        Assert.Equal(["supervisionEveryMonths"], VettingPolicyRules.Check(VettingPolicy.Default with { SupervisionEveryMonths = 13 }).Select(e => e.Field));
        Assert.Equal(["supervisionEveryMonths"], VettingPolicyRules.Check(VettingPolicy.Default with { SupervisionEveryMonths = 0 }).Select(e => e.Field));
    }

    /// <summary>Records holding lists compare the lists by reference; events are compared by type and JSON instead.</summary>
    internal static IReadOnlyList<string> Json(params object[] events) =>
        [.. events.Select(e => e.GetType().Name + System.Text.Json.JsonSerializer.Serialize(e, e.GetType()))];
}
