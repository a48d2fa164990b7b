using Mentoring.Domain.Users;
using Mentoring.Api.GraphQL;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Api.Mentors;

public sealed class NeedDomainType : EnumerationGraphType<NeedDomain> { public NeedDomainType() => Name = "NeedDomain"; }
public sealed class GenderType : EnumerationGraphType<Gender> { public GenderType() => Name = "Gender"; }
public sealed class DayPartType : EnumerationGraphType<DayPart> { public DayPartType() => Name = "DayPart"; }
public sealed class WeekdayType : EnumerationGraphType<DayOfWeek> { public WeekdayType() => Name = "Weekday"; }
public sealed class MentorStatusType : EnumerationGraphType<MentorStatus> { public MentorStatusType() => Name = "MentorStatus"; }
public sealed class InterviewOutcomeType : EnumerationGraphType<InterviewOutcome> { public InterviewOutcomeType() => Name = "InterviewOutcome"; }
public sealed class ReferenceOutcomeType : EnumerationGraphType<ReferenceOutcome> { public ReferenceOutcomeType() => Name = "ReferenceOutcome"; }
public sealed class BackgroundCheckOutcomeType : EnumerationGraphType<BackgroundCheckOutcome> { public BackgroundCheckOutcomeType() => Name = "BackgroundCheckOutcome"; }
public sealed class RejectionReasonType : EnumerationGraphType<RejectionReason> { public RejectionReasonType() => Name = "RejectionReason"; }
public sealed class ApplicationChannelType : EnumerationGraphType<ApplicationChannel> { public ApplicationChannelType() => Name = "ApplicationChannel"; }

public sealed class AvailabilitySlotType : ObjectGraphType<AvailabilitySlot>
{
    public AvailabilitySlotType()
    {
        Name = "AvailabilitySlot";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Day, type: typeof(NonNullGraphType<WeekdayType>));
        Field(x => x.Part, type: typeof(NonNullGraphType<DayPartType>));
    }
}

public sealed class LivedExperienceType : ObjectGraphType<LivedExperience>
{
    public LivedExperienceType()
    {
        Name = "LivedExperience";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "Special-category personal data: seen by the NGO's coordinators and admins only.";
        Field(x => x.Incarceration).Description("Has served a prison sentence.");
        Field(x => x.RemissionYears, nullable: true).Description("Years of stable remission from addiction, if any.");
    }
}

public sealed class ChecklistItemType : ObjectGraphType<ChecklistItem>
{
    public ChecklistItemType()
    {
        Name = "VettingChecklistItem";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<VettingStep>>));
        Field(x => x.Module, nullable: true).Description("For a training step: the module's name.");
        Field(x => x.Done);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("The step's state as a code, e.g. POSITIVE_REFERENCES, VALID_UNTIL, NOT_SIGNED.")
            .Resolve(c => c.Source.Detail.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params")
            .Description("The state's parameters, e.g. count and required for POSITIVE_REFERENCES, date for VALID_UNTIL.").Resolve(c => c.Source.Detail.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class ReferenceSummaryType : ObjectGraphType<ReferenceSummary>
{
    public ReferenceSummaryType()
    {
        Name = "MentorReference";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.RefereeName);
        Field(x => x.Relationship);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<ReferenceOutcomeType>));
        Field(x => x.ReceivedOn);
    }
}

public sealed class CompletedTrainingType : ObjectGraphType<CompletedTraining>
{
    public CompletedTrainingType()
    {
        Name = "CompletedTraining";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Module);
        Field(x => x.CompletedOn);
    }
}

public sealed class MentorType : ObjectGraphType<Mentor>
{
    public MentorType()
    {
        Name = "Mentor";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "A peer mentor: applicant, in vetting, or approved. Personal data: NGO coordinators and admins only.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Send as expectedVersion with the next command.");
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Profile.Name);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Profile.Email);
        Field<StringGraphType>("phone").Resolve(c => c.Source.Profile.Phone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Profile.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Resolve(c => c.Source.Profile.Municipalities.Select(Municipalities.Find).OfType<Municipality>().ToList());
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => c.Source.Profile.Gender);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.Profile.BirthYear);
        Field<NonNullGraphType<LivedExperienceType>>("livedExperience").Resolve(c => c.Source.Profile.LivedExperience);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>>("specialities").Resolve(c => c.Source.Profile.Specialities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilitySlotType>>>>("availability").Resolve(c => c.Source.Profile.Availability);
        Field<NonNullGraphType<IntGraphType>>("capacity").Resolve(c => c.Source.Profile.Capacity);
        Field<NonNullGraphType<StringGraphType>>("motivation").Resolve(c => c.Source.Profile.Motivation);
        Field(x => x.Channel, type: typeof(NonNullGraphType<ApplicationChannelType>));
        Field(x => x.AppliedAt);
        Field<NonNullGraphType<MentorStatusType>>("status").Description("Derived from the events and today's date: Lapsed needs no event.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)c.Source.StatusOn(read.Today, await read.PolicyAsync(c.CancellationToken)));
        Field<NonNullGraphType<BooleanGraphType>>("matchable").Description("Approved and nothing expired today.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)c.Source.IsMatchable(read.Today, await read.PolicyAsync(c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemType>>>>("vettingChecklist")
            .Description("Every step the NGO's vetting policy requires, done or not.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)MentorDecider.Checklist(c.Source, await read.PolicyAsync(c.CancellationToken), read.Today));
        Field(x => x.Interview, type: typeof(InterviewOutcomeType));
        Field(x => x.References, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceSummaryType>>>));
        Field(x => x.BackgroundCheck, type: typeof(BackgroundCheckOutcomeType));
        Field(x => x.BackgroundCheckExpiresOn, nullable: true);
        Field(x => x.Training, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CompletedTrainingType>>>));
        Field(x => x.LastTrainingOn, nullable: true);
        Field(x => x.AgreementSignedOn, nullable: true);
        Field(x => x.ApprovedAt, nullable: true);
        Field(x => x.RejectionReason, type: typeof(RejectionReasonType));
        Field(x => x.LastSupervisionOn, nullable: true);
        Field(x => x.SupervisionSessions);
        Field<SupervisorType>("supervisor").Description("The coordinator who supervises the mentor; null until one is assigned.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)await read.SupervisorAsync(c.Source.SupervisorUserId, c.CancellationToken));
        Field<NonNullGraphType<SupervisionStandingType>>("supervision").Description("Supervision due, lapsed or on track under the policy's cadence.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)SupervisionDecider.Standing(c.Source, await read.PolicyAsync(c.CancellationToken), read.Today));
        Field(x => x.SupervisionMinutes).Description("Supervision time recorded with a duration.");
        Field(x => x.LearningMinutes).Description("Training time recorded with a duration (learning hours × 60).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefresherStandingType>>>>("refreshers")
            .Description("The catalogue's refresher modules the mentor completed, with their expiry.")
            .Resolve().WithService<MentorReadContext>()
            .ResolveAsync(async (c, read) => (object?)TrainingDecider.Refreshers(c.Source, await read.CatalogueAsync(c.CancellationToken), read.Today));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorTimelineEntryType>>>>("timeline")
            .Description("What happened, oldest first, from the mentor's event stream.")
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (c, session) => (object?)MentorTimeline.From(await session.Events.FetchStreamAsync(c.Source.Id, token: c.CancellationToken)));
        // The vetting board's summary is not a read of the person's file; contact details, lived experience, checks and history are.
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.MentorRead, "mentor", m => m.Id,
            "id", "version", "name", "status", "matchable", "municipalities", "languages", "specialities", "availability", "capacity", "channel",
            "appliedAt", "vettingChecklist", "backgroundCheckExpiresOn", "lastTrainingOn", "approvedAt", "lastSupervisionOn", "supervisionSessions",
            "supervisor", "supervision", "supervisionMinutes", "learningMinutes", "refreshers");
    }
}
