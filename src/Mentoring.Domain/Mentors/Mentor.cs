namespace Mentoring.Domain.Mentors;

/// <summary>Where the mentor stands by events alone. The clock adds <see cref="MentorStatus.Lapsed"/> on top.</summary>
public enum MentorStage { Applied, InVetting, Approved, Suspended, Rejected, Withdrawn }

public enum MentorStatus { Applied, InVetting, Approved, Lapsed, Suspended, Rejected, Withdrawn }

public sealed record CompletedTraining(string Module, DateOnly CompletedOn)
{
    /// <summary>The catalogue code, when completed in a recorded training session.</summary>
    public string? Code { get; init; }
}
public sealed record ReferenceSummary(string RefereeName, string Relationship, ReferenceOutcome Outcome, DateOnly ReceivedOn);

/// <summary>A mentor's state folded from their stream. Marten keeps it as an inline snapshot (the mentor read model).</summary>
public sealed record Mentor(
    Guid Id,
    MentorProfile Profile,
    ApplicationChannel Channel,
    DateTimeOffset AppliedAt,
    MentorStage Stage,
    InterviewOutcome? Interview,
    IReadOnlyList<ReferenceSummary> References,
    BackgroundCheckOutcome? BackgroundCheck,
    DateOnly? BackgroundCheckExpiresOn,
    IReadOnlyList<CompletedTraining> Training,
    DateOnly? LastTrainingOn,
    DateOnly? AgreementSignedOn,
    DateTimeOffset? ApprovedAt,
    RejectionReason? RejectionReason,
    DateOnly? LastSupervisionOn,
    int SupervisionSessions,
    DateTimeOffset LastChangedAt) : Common.IVersioned
{
    public long Version { get; set; }

    /// <summary>Lower-cased name and e-mail, for case-insensitive search and the duplicate-application rule.</summary>
    public string SearchText { get; init; } = "";

    /// <summary>The coordinator who supervises the mentor (<see cref="MentorSupervisorAssigned"/>); null until one is assigned.</summary>
    public Guid? SupervisorUserId { get; init; }
    /// <summary>Supervision and learning time recorded with a duration (older events without one count 0).</summary>
    public int SupervisionMinutes { get; init; }
    public int LearningMinutes { get; init; }

    public bool IsClosed => Stage is MentorStage.Rejected or MentorStage.Withdrawn;

    /// <summary>Approved and nothing expired: may be matched today.</summary>
    public bool IsMatchable(DateOnly today, VettingPolicy policy) =>
        Stage == MentorStage.Approved && !HasLapsed(today, policy);

    /// <summary>A check or the refresher training has run out (<see cref="MentorInDate"/>, the rule queries use too).</summary>
    public bool HasLapsed(DateOnly today, VettingPolicy policy) => !MentorInDate.Holds(this, today, policy);

    public MentorStatus StatusOn(DateOnly today, VettingPolicy policy) => Stage switch
    {
        MentorStage.Approved when HasLapsed(today, policy) => MentorStatus.Lapsed,
        MentorStage.Approved => MentorStatus.Approved,
        MentorStage.Applied => MentorStatus.Applied,
        MentorStage.InVetting => MentorStatus.InVetting,
        MentorStage.Suspended => MentorStatus.Suspended,
        MentorStage.Rejected => MentorStatus.Rejected,
        _ => MentorStatus.Withdrawn,
    };

    public static Mentor Create(MentorApplicationSubmitted e) => new(
        e.MentorId, e.Profile, e.Channel, e.SubmittedAt, MentorStage.Applied, null, [], null, null, [], null, null, null, null, null, 0, e.SubmittedAt)
    {
        SearchText = Search(e.Profile),
    };

    public Mentor Apply(ScreeningInterviewRecorded e) => Vetting(this with { Interview = e.Outcome }, e.At);
    public Mentor Apply(ReferenceRecorded e) =>
        Vetting(this with { References = [.. References, new ReferenceSummary(e.RefereeName, e.Relationship, e.Outcome, e.ReceivedOn)] }, e.At);
    public Mentor Apply(BackgroundCheckRecorded e) =>
        Vetting(this with { BackgroundCheck = e.Outcome, BackgroundCheckExpiresOn = e.ExpiresOn }, e.At);
    public Mentor Apply(TrainingModuleCompleted e) => Vetting(this with
    {
        // The latest completion of a module is the one that counts (a refresher repeated).
        Training = [.. Training.Where(t => t.Module != e.Module), Training.FirstOrDefault(t => t.Module == e.Module) is { } earlier && earlier.CompletedOn > e.CompletedOn
            ? earlier : new CompletedTraining(e.Module, e.CompletedOn) { Code = e.ModuleCode }],
        LastTrainingOn = LastTrainingOn is { } last && last > e.CompletedOn ? last : e.CompletedOn,
        LearningMinutes = LearningMinutes + (e.Minutes ?? 0),
    }, e.At);
    public Mentor Apply(ConfidentialityAgreementSigned e) => Vetting(this with { AgreementSignedOn = e.SignedOn }, e.At);
    public Mentor Apply(MentorApproved e) => this with { Stage = MentorStage.Approved, ApprovedAt = e.At, LastChangedAt = e.At };
    public Mentor Apply(MentorRejected e) => this with { Stage = MentorStage.Rejected, RejectionReason = e.Reason, LastChangedAt = e.At };
    public Mentor Apply(MentorSuspended e) => this with { Stage = MentorStage.Suspended, LastChangedAt = e.At };
    public Mentor Apply(MentorReinstated e) => this with { Stage = MentorStage.Approved, LastChangedAt = e.At };
    public Mentor Apply(MentorWithdrew e) => this with { Stage = MentorStage.Withdrawn, LastChangedAt = e.At };
    public Mentor Apply(SupervisionSessionRecorded e) => this with
    {
        LastSupervisionOn = LastSupervisionOn is { } last && last > e.HeldOn ? last : e.HeldOn,
        SupervisionSessions = SupervisionSessions + 1,
        SupervisionMinutes = SupervisionMinutes + (e.Minutes ?? 0),
        LastChangedAt = e.At,
    };
    public Mentor Apply(MentorSupervisorAssigned e) => this with { SupervisorUserId = e.SupervisorUserId, LastChangedAt = e.At };
    public Mentor Apply(MentorAvailabilityChanged e) => this with { Profile = Profile with { Availability = e.Availability }, LastChangedAt = e.At };
    public Mentor Apply(MentorCapacityChanged e) => this with { Profile = Profile with { Capacity = e.Capacity }, LastChangedAt = e.At };
    public Mentor Apply(MentorProfileChanged e) => this with { Profile = e.Profile, SearchText = Search(e.Profile), LastChangedAt = e.At };

    /// <summary>The first vetting step moves an application into vetting; later steps keep the stage.</summary>
    private static Mentor Vetting(Mentor m, DateTimeOffset at) =>
        m with { Stage = m.Stage == MentorStage.Applied ? MentorStage.InVetting : m.Stage, LastChangedAt = at };

    private static string Search(MentorProfile p) => $"{p.Name} {p.Email}".ToLowerInvariant();
}
