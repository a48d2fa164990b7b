using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Mentors;

/// <summary>Given events / when command / then events or a typed refusal, for every mentor transition.</summary>
public sealed class MentorDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static readonly VettingPolicy Policy = VettingPolicy.Default;
    private static readonly Guid Id = Guid.NewGuid();

    public static MentorProfile Profile(int capacity = 2, string[]? languages = null, int birthYear = 1980) => new(
        "Jānis Bērziņš", "Janis@Example.lv", "+371 20000000", languages ?? ["lv", "ru"], ["riga", "jurmala"], Gender.Male, birthYear,
        new LivedExperience(true, 6), [NeedDomain.Housing, NeedDomain.Addiction],
        [new AvailabilitySlot(DayOfWeek.Tuesday, DayPart.Evening)], capacity, "I know the first month after release from my own life.");

    private static Mentor? Given(params object[] events) => events.Aggregate((Mentor?)null, MentorDecider.Evolve);

    private static object Submitted() => new MentorApplicationSubmitted(Id, Profile(), ApplicationChannel.PublicForm, Coordinator.At);

    /// <summary>Every step the default policy asks for.</summary>
    private static object[] FullyVetted(DateOnly? checkedOn = null, DateOnly? trainedOn = null) =>
    [
        Submitted(),
        new ScreeningInterviewRecorded(Id, Today.AddDays(-20), "Anna", InterviewOutcome.Recommended, null, Coordinator.By, Coordinator.At),
        new ReferenceRecorded(Id, "Pastor", "Church", ReferenceOutcome.Positive, Today.AddDays(-15), Coordinator.By, Coordinator.At),
        new ReferenceRecorded(Id, "Employer", "Work", ReferenceOutcome.Positive, Today.AddDays(-14), Coordinator.By, Coordinator.At),
        new BackgroundCheckRecorded(Id, checkedOn ?? Today.AddDays(-10), BackgroundCheckOutcome.Clear, (checkedOn ?? Today.AddDays(-10)).AddMonths(24), Coordinator.By, Coordinator.At),
        .. Policy.RequiredTrainingModules.Select(m => new TrainingModuleCompleted(Id, m, trainedOn ?? Today.AddDays(-5), Coordinator.By, Coordinator.At)),
        new ConfidentialityAgreementSigned(Id, Today.AddDays(-5), "KL-2026/7", Coordinator.By, Coordinator.At),
    ];

    private static object[] Approved(DateOnly? checkedOn = null, DateOnly? trainedOn = null) =>
        [.. FullyVetted(checkedOn, trainedOn), new MentorApproved(Id, Coordinator.By, Coordinator.At)];

    private static void Refused(Decision decision, string code, string? field = null)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && (field is null || e.Field == field));
    }

    [Fact]
    public void An_application_is_submitted_normalised_with_status_applied()
    {
        var decision = MentorDecider.Decide(new SubmitMentorApplication(Id, Profile(), ApplicationChannel.PublicForm, false, Coordinator), null);
        var submitted = Assert.IsType<MentorApplicationSubmitted>(Assert.Single(decision.Events));
        Assert.Equal("janis@example.lv", submitted.Profile.Email);
        var mentor = Given(submitted)!;
        Assert.Equal(MentorStatus.Applied, mentor.StatusOn(Today, Policy));
        Assert.False(mentor.IsMatchable(Today, Policy));
    }

    [Fact]
    public void A_second_application_with_the_same_email_is_a_duplicate() =>
        Refused(MentorDecider.Decide(new SubmitMentorApplication(Id, Profile(), ApplicationChannel.PublicForm, true, Coordinator), null), MentorDecider.DuplicateApplication, "email");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(9)]
    public void Capacity_outside_1_to_5_is_refused(int capacity) =>
        Refused(MentorDecider.Decide(new SubmitMentorApplication(Id, Profile(capacity), ApplicationChannel.PublicForm, false, Coordinator), null), ErrorCodes.Validation, "capacity");

    [Fact]
    public void An_unknown_language_code_is_refused() =>
        Refused(MentorDecider.Decide(new SubmitMentorApplication(Id, Profile(languages: ["lv", "xx"]), ApplicationChannel.PublicForm, false, Coordinator), null), MentorDecider.UnknownLanguage, "languages");

    [Theory]
    [InlineData(2030)]
    [InlineData(2015)]
    [InlineData(1900)]
    public void A_birth_year_in_the_future_of_a_minor_or_implausible_is_refused(int year) =>
        Refused(MentorDecider.Decide(new SubmitMentorApplication(Id, Profile(birthYear: year), ApplicationChannel.PublicForm, false, Coordinator), null), ErrorCodes.Validation, "birthYear");

    [Fact]
    public void Every_profile_problem_is_reported_at_once()
    {
        var bad = new MentorProfile("", "not-mail", "abc", [], ["narnia"], Gender.Undisclosed, 2030, new LivedExperience(false, -1), [], [], 0, "");
        var fields = MentorDecider.Decide(new SubmitMentorApplication(Id, bad, ApplicationChannel.PublicForm, false, Coordinator), null).Errors.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "name", "email", "phone", "languages", "municipalities", "birthYear", "remissionYears", "motivation", "capacity" }, fields);
    }

    [Fact]
    public void The_first_vetting_step_moves_the_application_into_vetting()
    {
        var state = Given(Submitted());
        var decision = MentorDecider.Decide(new RecordScreeningInterview(Today, "Anna Koordinatore", InterviewOutcome.Recommended, "calm, reliable", Coordinator), state);
        var after = Given(Submitted(), decision.Events[0])!;
        Assert.Equal(MentorStatus.InVetting, after.StatusOn(Today, Policy));
    }

    [Fact]
    public void Vetting_steps_cannot_be_dated_in_the_future()
    {
        var state = Given(Submitted());
        Refused(MentorDecider.Decide(new RecordScreeningInterview(Today.AddDays(1), "Anna", InterviewOutcome.Recommended, null, Coordinator), state), ErrorCodes.Validation, "heldOn");
        Refused(MentorDecider.Decide(new RecordReference("Referee", "Work", ReferenceOutcome.Positive, Today.AddDays(1), Coordinator), state), ErrorCodes.Validation, "receivedOn");
        Refused(MentorDecider.Decide(new RecordBackgroundCheck(Today.AddDays(1), BackgroundCheckOutcome.Clear, null, Coordinator), state, Policy), ErrorCodes.Validation, "checkedOn");
        Refused(MentorDecider.Decide(new RecordTrainingCompleted("Module", Today.AddDays(1), Coordinator), state), ErrorCodes.Validation, "completedOn");
        Refused(MentorDecider.Decide(new SignConfidentialityAgreement(Today.AddDays(1), "KL-1", Coordinator), state), ErrorCodes.Validation, "signedOn");
    }

    [Fact]
    public void A_background_check_expires_after_the_policys_validity_unless_given()
    {
        var decision = MentorDecider.Decide(new RecordBackgroundCheck(Today, BackgroundCheckOutcome.Clear, null, Coordinator), Given(Submitted()), Policy with { BackgroundCheckValidityMonths = 12 });
        Assert.Equal(Today.AddMonths(12), Assert.IsType<BackgroundCheckRecorded>(decision.Events[0]).ExpiresOn);
        Refused(MentorDecider.Decide(new RecordBackgroundCheck(Today, BackgroundCheckOutcome.Clear, Today, Coordinator), Given(Submitted()), Policy), ErrorCodes.InvalidPeriod, "expiresOn");
    }

    [Fact]
    public void Approval_with_steps_missing_lists_exactly_what_is_missing()
    {
        var state = Given(Submitted(),
            new ReferenceRecorded(Id, "Pastor", "Church", ReferenceOutcome.Positive, Today, Coordinator.By, Coordinator.At),
            new ReferenceRecorded(Id, "Neighbour", "Home", ReferenceOutcome.Negative, Today, Coordinator.By, Coordinator.At));
        var decision = MentorDecider.Decide(new ApproveMentor(Coordinator), state, Policy);
        Refused(decision, MentorDecider.VettingIncomplete);
        // The refusal names the missing steps as codes; the checklist says each step's state with its numbers.
        Assert.Equal(["SCREENING_INTERVIEW", "REFERENCES", "BACKGROUND_CHECK", .. Policy.RequiredTrainingModules.Select(_ => "TRAINING"), "CONFIDENTIALITY_AGREEMENT"],
            decision.Errors[0].Params.Select(p => p.Value));
        Assert.All(decision.Errors[0].Params, p => Assert.Equal(("steps", "VettingStep"), (p.Name, p.EnumType)));
        Assert.Equal(
            [
                "ScreeningInterview False NOT_HELD", "References False POSITIVE_REFERENCES count=1 required=2", "BackgroundCheck False NOT_RECORDED",
                .. Policy.RequiredTrainingModules.Select(_ => "Training False NOT_COMPLETED"), "ConfidentialityAgreement False NOT_SIGNED",
            ],
            Steps(state!));
    }

    private static IEnumerable<string> Steps(Mentor m) => MentorDecider.Checklist(m, Policy, Today)
        .Select(i => string.Join(" ", [i.Kind.ToString(), i.Done.ToString(), i.Detail.Code, .. i.Detail.Params.Select(p => $"{p.Name}={p.Value}")]));

    [Fact]
    public void A_fully_vetted_mentor_is_approved_and_matchable()
    {
        var state = Given(FullyVetted());
        var decision = MentorDecider.Decide(new ApproveMentor(Coordinator), state, Policy);
        var approved = Given([.. FullyVetted(), .. decision.Events])!;
        Assert.Equal(MentorStatus.Approved, approved.StatusOn(Today, Policy));
        Assert.True(approved.IsMatchable(Today, Policy));
    }

    [Fact]
    public void The_policy_decides_what_approval_needs()
    {
        var lenient = Policy with { InterviewRequired = false, MinimumReferences = 0, RequiredTrainingModules = [], AgreementRequired = false };
        var state = Given(Submitted(), new BackgroundCheckRecorded(Id, Today, BackgroundCheckOutcome.Clear, Today.AddMonths(24), Coordinator.By, Coordinator.At));
        Assert.True(MentorDecider.Decide(new ApproveMentor(Coordinator), state, lenient).IsAccepted);
        Assert.False(MentorDecider.Decide(new ApproveMentor(Coordinator), state, Policy).IsAccepted);
    }

    [Fact]
    public void A_disqualifying_or_expired_check_blocks_approval()
    {
        var disqualified = Given([.. FullyVetted(), new BackgroundCheckRecorded(Id, Today, BackgroundCheckOutcome.Disqualifying, Today.AddMonths(24), Coordinator.By, Coordinator.At)]);
        Refused(MentorDecider.Decide(new ApproveMentor(Coordinator), disqualified, Policy), MentorDecider.VettingIncomplete);
        var expired = Given(FullyVetted(checkedOn: Today.AddMonths(-30)));
        var decision = MentorDecider.Decide(new ApproveMentor(Coordinator), expired, Policy);
        Refused(decision, MentorDecider.VettingIncomplete);
        Assert.Contains($"BackgroundCheck False EXPIRED_ON date={Today.AddMonths(-30).AddMonths(24):yyyy-MM-dd}", Steps(expired!));
        Assert.Contains("BackgroundCheck False DISQUALIFYING", Steps(disqualified!));
    }

    [Fact]
    public void An_approved_mentor_lapses_when_the_clock_passes_the_check_expiry_without_any_event()
    {
        var mentor = Given(Approved(checkedOn: Today.AddMonths(-24).AddDays(1)))!;
        Assert.True(mentor.IsMatchable(Today, Policy));
        Assert.Equal(MentorStatus.Lapsed, mentor.StatusOn(Today.AddDays(2), Policy));
        Assert.False(mentor.IsMatchable(Today.AddDays(2), Policy));
    }

    [Fact]
    public void An_approved_mentor_lapses_when_refresher_training_is_due_and_recovers_with_new_training()
    {
        var mentor = Given(Approved(trainedOn: Today.AddMonths(-24)))!;
        Assert.Equal(MentorStatus.Approved, mentor.StatusOn(Today, Policy));
        Assert.Equal(MentorStatus.Lapsed, mentor.StatusOn(Today.AddDays(1), Policy));
        var refreshed = mentor.Apply(new TrainingModuleCompleted(Id, "Refresher 2026", Today.AddDays(1), Coordinator.By, Coordinator.At));
        Assert.Equal(MentorStatus.Approved, refreshed.StatusOn(Today.AddDays(1), Policy));
        Assert.Equal(MentorStatus.Approved, mentor.StatusOn(Today.AddDays(1), Policy with { RefresherTrainingMonths = null }));
    }

    [Fact]
    public void Rejection_needs_an_open_application_and_a_note_for_other_reasons()
    {
        var open = Given(Submitted());
        Refused(MentorDecider.Decide(new RejectMentor(RejectionReason.Other, null, Coordinator), open), ErrorCodes.Validation, "note");
        var decision = MentorDecider.Decide(new RejectMentor(RejectionReason.InterviewNotRecommended, "not ready yet", Coordinator), open);
        var rejected = Given(Submitted(), decision.Events[0])!;
        Assert.Equal(MentorStatus.Rejected, rejected.StatusOn(Today, Policy));
        Refused(MentorDecider.Decide(new RejectMentor(RejectionReason.Other, "again", Coordinator), rejected), MentorDecider.InvalidTransition);
        Refused(MentorDecider.Decide(new RejectMentor(RejectionReason.NotSuitableNow, null, Coordinator), Given(Approved())), MentorDecider.InvalidTransition);
    }

    [Fact]
    public void A_rejected_mentor_cannot_be_approved_or_vetted_further()
    {
        var rejected = Given(FullyVetted().Append(new MentorRejected(Id, RejectionReason.NotSuitableNow, null, Coordinator.By, Coordinator.At)).ToArray());
        Refused(MentorDecider.Decide(new ApproveMentor(Coordinator), rejected, Policy), MentorDecider.InvalidTransition, "mentorId");
        Refused(MentorDecider.Decide(new RecordReference("X Y", "Friend", ReferenceOutcome.Positive, Today, Coordinator), rejected), MentorDecider.InvalidTransition);
    }

    [Fact]
    public void A_withdrawn_mentor_accepts_no_reference_and_no_change()
    {
        var withdrawn = Given(Submitted(), new MentorWithdrew(Id, "moved abroad", Coordinator.By, Coordinator.At));
        Assert.Equal(MentorStatus.Withdrawn, withdrawn!.StatusOn(Today, Policy));
        Refused(MentorDecider.Decide(new RecordReference("X Y", "Friend", ReferenceOutcome.Positive, Today, Coordinator), withdrawn), MentorDecider.InvalidTransition);
        Refused(MentorDecider.Decide(new ChangeMentorCapacity(3, Coordinator), withdrawn), MentorDecider.InvalidTransition);
        Refused(MentorDecider.Decide(new WithdrawMentor(null, Coordinator), withdrawn), MentorDecider.InvalidTransition);
    }

    [Fact]
    public void Suspension_and_reinstatement_toggle_matchability()
    {
        var approved = Given(Approved());
        Refused(MentorDecider.Decide(new SuspendMentor("", Coordinator), approved), ErrorCodes.Validation, "reason");
        var suspended = approved!.Apply((MentorSuspended)MentorDecider.Decide(new SuspendMentor("Complaint under review", Coordinator), approved).Events[0]);
        Assert.Equal(MentorStatus.Suspended, suspended.StatusOn(Today, Policy));
        Assert.False(suspended.IsMatchable(Today, Policy));
        Refused(MentorDecider.Decide(new SuspendMentor("again", Coordinator), suspended), MentorDecider.InvalidTransition);
        Refused(MentorDecider.Decide(new ReinstateMentor("ok", Coordinator), approved), MentorDecider.InvalidTransition);
        var reinstated = suspended.Apply((MentorReinstated)MentorDecider.Decide(new ReinstateMentor("Complaint unfounded", Coordinator), suspended).Events[0]);
        Assert.True(reinstated.IsMatchable(Today, Policy));
    }

    [Fact]
    public void A_disqualifying_recheck_of_an_approved_mentor_suspends_them_at_once_and_blocks_reinstatement()
    {
        var approved = Given(Approved());
        var decision = MentorDecider.Decide(new RecordBackgroundCheck(Today, BackgroundCheckOutcome.Disqualifying, null, Coordinator), approved, Policy);
        Assert.Collection(decision.Events, e => Assert.IsType<BackgroundCheckRecorded>(e), e => Assert.IsType<MentorSuspended>(e));
        var suspended = decision.Events.Aggregate(approved, MentorDecider.Evolve)!;
        Assert.Equal(MentorStatus.Suspended, suspended.StatusOn(Today, Policy));
        Refused(MentorDecider.Decide(new ReinstateMentor("please", Coordinator), suspended), MentorDecider.InvalidTransition);
    }

    [Fact]
    public void Supervision_is_for_approved_or_suspended_mentors()
    {
        Refused(MentorDecider.Decide(new RecordSupervisionSession(Today, "Supervisor", null, Coordinator), Given(Submitted())), MentorDecider.InvalidTransition);
        var approved = Given(Approved());
        var decision = MentorDecider.Decide(new RecordSupervisionSession(Today, "Dr. Ozola", "group session", Coordinator), approved);
        var after = approved!.Apply((SupervisionSessionRecorded)decision.Events[0]);
        Assert.Equal(1, after.SupervisionSessions);
        Assert.Equal(Today, after.LastSupervisionOn);
    }

    [Fact]
    public void Availability_capacity_and_profile_changes_are_validated_and_recorded()
    {
        var approved = Given(Approved());
        Refused(MentorDecider.Decide(new ChangeMentorCapacity(9, Coordinator), approved), ErrorCodes.Validation, "capacity");
        var capacity = MentorDecider.Decide(new ChangeMentorCapacity(4, Coordinator), approved);
        Assert.Equal(4, approved!.Apply((MentorCapacityChanged)capacity.Events[0]).Profile.Capacity);

        var slots = Enumerable.Range(0, 22).Select(i => new AvailabilitySlot((DayOfWeek)(i % 7), (DayPart)(i % 3))).ToList();
        Refused(MentorDecider.Decide(new ChangeMentorAvailability(Enumerable.Repeat(new AvailabilitySlot(DayOfWeek.Monday, DayPart.Morning), 22).ToList(), Coordinator), approved), ErrorCodes.Validation, "availability");
        var availability = MentorDecider.Decide(new ChangeMentorAvailability(slots.Take(3).ToList(), Coordinator), approved);
        Assert.Equal(3, approved.Apply((MentorAvailabilityChanged)availability.Events[0]).Profile.Availability.Count);

        Refused(MentorDecider.Decide(new ChangeMentorProfile(Profile(languages: ["klingon"]), Coordinator), approved), MentorDecider.UnknownLanguage);
        var profile = MentorDecider.Decide(new ChangeMentorProfile(Profile() with { Name = "Jānis B." }, Coordinator), approved);
        Assert.Equal("Jānis B.", approved.Apply((MentorProfileChanged)profile.Events[0]).Profile.Name);
    }

    [Fact]
    public void Commands_on_a_missing_mentor_are_not_found()
    {
        Refused(MentorDecider.Decide(new ApproveMentor(Coordinator), null, Policy), ErrorCodes.NotFound, "mentorId");
        Refused(MentorDecider.Decide(new RecordReference("X Y", "Friend", ReferenceOutcome.Positive, Today, Coordinator), null), ErrorCodes.NotFound);
    }
}
