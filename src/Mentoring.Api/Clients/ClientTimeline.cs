using Mentoring.Domain.Users;
using Mentoring.Api.GraphQL;
using GraphQL.Types;
using JasperFx.Events;
using Mentoring.Domain.Clients;

namespace Mentoring.Api.Clients;

public enum ClientTimelineKind
{
    Referred, ConsentRecorded, ConsentWithdrawn, NeedsAssessed, RiskFlagsRecorded, PreferencesRecorded, MeetingRecorded,
    ReleaseDateChanged, Released, CaseClosed, CaseReopened, GoalAdded, GoalAchieved, GoalDropped, GoalDeadlineChanged,
    GoalStatusChanged, GoalInstitutionChanged, DocumentObtained, DocumentUnrecorded, ResidenceFactsRecorded, RefusalRecorded, RefusalClosed,
}

/// <summary>One event of the case, in words; risk flags are named by kind only, never listed here.</summary>
public sealed record ClientTimelineEntry(DateTimeOffset At, ClientTimelineKind Kind, Guid By, string Detail);

public static class ClientTimeline
{
    public static IReadOnlyList<ClientTimelineEntry> From(IReadOnlyList<IEvent> events) =>
        events.Select(e => Describe(e.Data)).OfType<ClientTimelineEntry>().ToList();

    private static ClientTimelineEntry? Describe(object data) => data switch
    {
        ClientReferred e => new(e.At, ClientTimelineKind.Referred, e.By, $"by {e.ReferrerName}; expected release {e.ExpectedReleaseDate:yyyy-MM-dd}"),
        ConsentRecorded e => new(e.At, ClientTimelineKind.ConsentRecorded, e.By, $"{string.Join(", ", e.Scopes)} ({e.DocumentReference})"),
        ConsentWithdrawn e => new(e.At, ClientTimelineKind.ConsentWithdrawn, e.By, e.Note ?? ""),
        NeedsAssessed e => new(e.At, ClientTimelineKind.NeedsAssessed, e.By, e.Source),
        RiskFlagsRecorded e => new(e.At, ClientTimelineKind.RiskFlagsRecorded, e.By, ""),
        PreferencesRecorded e => new(e.At, ClientTimelineKind.PreferencesRecorded, e.By, ""),
        InterInstitutionalMeetingRecorded e => new(e.At, ClientTimelineKind.MeetingRecorded, e.By, $"{e.HeldOn:yyyy-MM-dd}: {string.Join(", ", e.OrganisationsPresent)}"),
        ReleaseDateChanged e => new(e.At, ClientTimelineKind.ReleaseDateChanged, e.By, $"{e.ExpectedReleaseDate:yyyy-MM-dd}: {e.Reason}"),
        ClientReleased e => new(e.At, ClientTimelineKind.Released, e.By, $"{e.ReleasedOn:yyyy-MM-dd}"),
        CaseClosed e => new(e.At, ClientTimelineKind.CaseClosed, e.By, e.Note is null ? e.Reason.ToString() : $"{e.Reason}: {e.Note}"),
        CaseReopened e => new(e.At, ClientTimelineKind.CaseReopened, e.By, e.Note),
        GoalAdded e => new(e.At, ClientTimelineKind.GoalAdded, e.By, e.Title),
        GoalAchieved e => new(e.At, ClientTimelineKind.GoalAchieved, e.By, $"{e.AchievedOn:yyyy-MM-dd}"),
        GoalDropped e => new(e.At, ClientTimelineKind.GoalDropped, e.By, e.Reason),
        GoalDeadlineChanged e => new(e.At, ClientTimelineKind.GoalDeadlineChanged, e.By, $"{e.Deadline:yyyy-MM-dd}"),
        GoalStatusChanged e => new(e.At, ClientTimelineKind.GoalStatusChanged, e.By, $"{e.Status}"),
        GoalInstitutionChanged e => new(e.At, ClientTimelineKind.GoalInstitutionChanged, e.By, $"{e.Institution}"),
        DocumentObtained e => new(e.At, ClientTimelineKind.DocumentObtained, e.By, $"{e.Kind} {e.ObtainedOn:yyyy-MM-dd}"),
        DocumentUnrecorded e => new(e.At, ClientTimelineKind.DocumentUnrecorded, e.By, e.Reason is null ? $"{e.Kind}" : $"{e.Kind}: {e.Reason}"),
        ResidenceFactsRecorded e => new(e.At, ClientTimelineKind.ResidenceFactsRecorded, e.By, ""),
        RefusalRecorded e => new(e.At, ClientTimelineKind.RefusalRecorded, e.By, $"{e.Help}, {e.Institution}, {e.RefusedOn:yyyy-MM-dd}: {e.Reason}"),
        RefusalClosed e => new(e.At, ClientTimelineKind.RefusalClosed, e.By, e.Note ?? ""),
        _ => null,
    };
}

public sealed class ClientTimelineEntryType : ObjectGraphType<ClientTimelineEntry>
{
    public ClientTimelineEntryType()
    {
        Name = "ClientTimelineEntry";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.At);
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ClientTimelineKind>>));
        Field(x => x.By, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Detail);
    }
}
