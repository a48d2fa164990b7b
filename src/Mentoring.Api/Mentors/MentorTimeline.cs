using Mentoring.Domain.Users;
using Mentoring.Api.GraphQL;
using GraphQL.Types;
using JasperFx.Events;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Mentors;

public enum MentorTimelineKind
{
    Applied, InterviewRecorded, ReferenceRecorded, BackgroundCheckRecorded, TrainingCompleted, AgreementSigned,
    Approved, Rejected, Suspended, Reinstated, Withdrew, SupervisionRecorded, AvailabilityChanged, CapacityChanged, ProfileChanged,
}

/// <summary>One event of the mentor's history, in words; the UI translates <see cref="Kind"/> and shows the detail.</summary>
public sealed record MentorTimelineEntry(DateTimeOffset At, MentorTimelineKind Kind, Guid? By, string Detail);

public static class MentorTimeline
{
    public static IReadOnlyList<MentorTimelineEntry> From(IReadOnlyList<IEvent> events) =>
        events.Select(e => Describe(e.Data)).OfType<MentorTimelineEntry>().ToList();

    private static MentorTimelineEntry? Describe(object data) => data switch
    {
        MentorApplicationSubmitted e => new(e.SubmittedAt, MentorTimelineKind.Applied, null, e.Channel == ApplicationChannel.PublicForm ? "through the public form" : "entered by a coordinator"),
        ScreeningInterviewRecorded e => new(e.At, MentorTimelineKind.InterviewRecorded, e.By, $"{e.HeldOn:yyyy-MM-dd} with {e.Interviewer}: {e.Outcome}"),
        ReferenceRecorded e => new(e.At, MentorTimelineKind.ReferenceRecorded, e.By, $"{e.RefereeName} ({e.Relationship}): {e.Outcome}"),
        BackgroundCheckRecorded e => new(e.At, MentorTimelineKind.BackgroundCheckRecorded, e.By, $"{e.Outcome}, checked {e.CheckedOn:yyyy-MM-dd}, valid until {e.ExpiresOn:yyyy-MM-dd}"),
        TrainingModuleCompleted e => new(e.At, MentorTimelineKind.TrainingCompleted, e.By, $"{e.Module} on {e.CompletedOn:yyyy-MM-dd}"),
        ConfidentialityAgreementSigned e => new(e.At, MentorTimelineKind.AgreementSigned, e.By, $"{e.DocumentReference}, {e.SignedOn:yyyy-MM-dd}"),
        MentorApproved e => new(e.At, MentorTimelineKind.Approved, e.By, ""),
        MentorRejected e => new(e.At, MentorTimelineKind.Rejected, e.By, e.Note is null ? e.Reason.ToString() : $"{e.Reason}: {e.Note}"),
        MentorSuspended e => new(e.At, MentorTimelineKind.Suspended, e.By, e.Reason),
        MentorReinstated e => new(e.At, MentorTimelineKind.Reinstated, e.By, e.Note),
        MentorWithdrew e => new(e.At, MentorTimelineKind.Withdrew, e.By, e.Reason ?? ""),
        SupervisionSessionRecorded e => new(e.At, MentorTimelineKind.SupervisionRecorded, e.By, $"{e.HeldOn:yyyy-MM-dd} with {e.Supervisor}"),
        MentorAvailabilityChanged e => new(e.At, MentorTimelineKind.AvailabilityChanged, e.By, $"{e.Availability.Count} weekly slots"),
        MentorCapacityChanged e => new(e.At, MentorTimelineKind.CapacityChanged, e.By, $"{e.Capacity} people at a time"),
        MentorProfileChanged e => new(e.At, MentorTimelineKind.ProfileChanged, e.By, ""),
        _ => null,
    };
}

public sealed class MentorTimelineEntryType : ObjectGraphType<MentorTimelineEntry>
{
    public MentorTimelineEntryType()
    {
        Name = "MentorTimelineEntry";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.At);
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<MentorTimelineKind>>));
        Field(x => x.By, type: typeof(IdGraphType)).Description("Who recorded it; null for the applicant's own application.");
        Field(x => x.Detail);
    }
}
