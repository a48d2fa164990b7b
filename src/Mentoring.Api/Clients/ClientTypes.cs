using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Services;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Clients;

public sealed class ReleaseTypeType : EnumerationGraphType<ReleaseType> { public ReleaseTypeType() => Name = "ReleaseType"; }
public sealed class ConsentScopeType : EnumerationGraphType<ConsentScope> { public ConsentScopeType() => Name = "ConsentScope"; }
public sealed class NeedLevelType : EnumerationGraphType<NeedLevel> { public NeedLevelType() => Name = "NeedLevel"; }
public sealed class RiskFlagType : EnumerationGraphType<RiskFlag> { public RiskFlagType() => Name = "RiskFlag"; }
public sealed class CaseClosureReasonType : EnumerationGraphType<CaseClosureReason> { public CaseClosureReasonType() => Name = "CaseClosureReason"; }
public sealed class ClientStageType : EnumerationGraphType<ClientStage> { public ClientStageType() => Name = "ClientStage"; }
public sealed class GoalStatusType : EnumerationGraphType<GoalStatus> { public GoalStatusType() => Name = "GoalStatus"; }
public sealed class StandardGoalType : EnumerationGraphType<StandardGoal> { public StandardGoalType() => Name = "StandardGoal"; }

public sealed class PrisonType : ObjectGraphType<Prison>
{
    public PrisonType()
    {
        Name = "Prison";
        this.ReadableByAnyone();
        Field(x => x.Code);
        Field(x => x.Name);
    }
}

public sealed class NeedAssessmentType : ObjectGraphType<NeedAssessment>
{
    public NeedAssessmentType()
    {
        Name = "NeedAssessment";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed class ClientPreferencesType : ObjectGraphType<ClientPreferences>
{
    public ClientPreferencesType()
    {
        Name = "ClientPreferences";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.MentorGender, type: typeof(GenderType));
        Field(x => x.LivedExperienceWanted, nullable: true);
        Field(x => x.Language, nullable: true);
    }
}

public sealed class GoalKindType : EnumerationGraphType<GoalKind> { public GoalKindType() => Name = "GoalKind"; }

public sealed class GoalType : ObjectGraphType<Goal>
{
    public GoalType()
    {
        Name = "Goal";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title).Description("An own goal's title; standard and need goals are named from kind, standard and domain.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<GoalKindType>))
            .Description("STANDARD (name it from standard), NEED (from domain), FOLLOW_UP (an appeal or retry: from followUp and institution) or OWN (title).");
        Field(x => x.Domain, type: typeof(NeedDomainType));
        Field(x => x.Standard, type: typeof(StandardGoalType)).Description("Which standard goal of the plan, if it is one.");
        Field(x => x.Deadline);
        Field<NonNullGraphType<BooleanGraphType>>("followsRelease").Description("The deadline moves when the release date moves.")
            .Resolve(c => c.Source.Rule.Fixed is null);
        Field(x => x.Status, type: typeof(NonNullGraphType<GoalStatusType>))
            .Description("NOT_STARTED and IN_PROGRESS are open; DONE, REFUSED (see refusedBy) and NOT_NEEDED do not change any more.");
        Field(x => x.Institution, type: typeof(InstitutionType)).Description("Where the step is taken.");
        Field(x => x.AchievedOn, nullable: true).Description("When it was done.");
        Field(x => x.DropReason, nullable: true).Description("Why it is not needed.");
        Field(x => x.DropReasonCarriedOver).Description("Dropped at the NGO that transferred the case: its reason stayed there (say so in the reader's language).");
        Field(x => x.FollowsRefusal, type: typeof(IdGraphType)).Description("For an appeal or retry: the refusal it follows up.");
        Field(x => x.FollowUp, type: typeof(FollowUpKindType)).Description("APPEAL or RETRY, for a goal that follows up a refusal.");
        Field(x => x.RefusedBy, type: typeof(IdGraphType)).Description("For a REFUSED goal: the refusal recorded against it.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve().WithService<TimeProvider>()
            .Resolve((c, clock) => c.Source.IsOverdue(RigaCalendar.Today(clock)));
        this.AddServicesField(); // the directory entries attached to it (Services/)
    }
}

public sealed class ClientType : ObjectGraphType<Client>
{
    public ClientType()
    {
        Name = "Client";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "A person referred before release, and their case. Special-category personal data: the NGO's coordinators and admins only.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Send as expectedVersion with the next command.");
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Person.Name);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => c.Source.Person.Gender);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.Person.BirthYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Person.Languages);
        Field<StringGraphType>("contact").Description("How to reach them.").Resolve(c => c.Source.Person.Contact);
        Field<NonNullGraphType<PrisonType>>("prison").Resolve(c => Prisons.Find(c.Source.PrisonCode));
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.ReleasedOn, nullable: true);
        Field(x => x.ReleaseDate).Description("The actual release date once recorded, else the expected one.");
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field<NonNullGraphType<MunicipalityType>>("destinationMunicipality").Resolve(c => Municipalities.Find(c.Source.DestinationMunicipality));
        Field<OrganisationType>("referringOrganisation").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => c.Source.ReferringOrganisationId is { } id ? related.Organisations.Load(id) : null);
        Field(x => x.ReferrerName);
        Field(x => x.ReferrerContact, nullable: true);
        Field(x => x.Stage, type: typeof(NonNullGraphType<ClientStageType>));
        Field<NonNullGraphType<BooleanGraphType>>("frozen").Description("Consent withdrawn: nothing is shared and no reminder goes out.").Resolve(c => c.Source.IsFrozen);
        Field(x => x.Consent, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>)).Description("Scopes consented to (empty when withdrawn: see frozen).");
        Field(x => x.ConsentGivenOn, nullable: true);
        Field(x => x.ConsentWithdrawn);
        Field(x => x.ConsentWithdrawnOn, nullable: true).Description("When consent was withdrawn; consent is empty from then on.");
        Field(x => x.CanBeMatched).Description("Consent to mentor contact and the case open.");
        Field(x => x.Needs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedAssessmentType>>>))
            .WithComplexityImpact(1, Enum.GetValues<Domain.Common.NeedDomain>().Length); // one per need domain at most
        Field(x => x.NeedsSource, nullable: true);
        Field(x => x.RiskFlags, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RiskFlagType>>>))
            .Description("Restricted: coordinators only.").RequireRoles(Role.Coordinator);
        Field(x => x.Preferences, type: typeof(NonNullGraphType<ClientPreferencesType>));
        Field(x => x.Meetings).Description("Inter-institutional meetings recorded.");
        Field(x => x.LastMeetingOn, nullable: true);
        Field(x => x.Goals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>)).Description("The support plan, by deadline.")
            .Resolve(c => c.Source.Goals.OrderBy(g => g.Deadline).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("overdueGoals").Resolve().WithService<TimeProvider>()
            .Resolve((c, clock) => c.Source.Goals.Where(g => g.IsOverdue(RigaCalendar.Today(clock))).OrderBy(g => g.Deadline).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistDocumentType>>>>("documents")
            .Description("The documents checklist, every document in order, with the months account statements must cover.")
            .Argument<DateOnlyGraphType>("applicationDate", "The social-assistance application's day the statements are for (default: the day it was filed; else today, or the release day while still inside).")
            .WithComplexityImpact(1, Enum.GetValues<DocumentKind>().Length)
            .Resolve().WithService<TimeProvider>()
            .Resolve((c, clock) => DocumentsChecklist.Of(c.Source, RigaCalendar.Today(clock), c.GetArgument<DateOnly?>("applicationDate")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityWarningType>>>>("warnings")
            .Description("Eligibility warnings, computed from the case as it is now (none once it is closed).")
            .WithComplexityImpact(1, 9)
            .Resolve().WithService<TimeProvider>()
            .Resolve((c, clock) => Eligibility.Warnings(c.Source, RigaCalendar.Today(clock)));
        Field<DateOnlyGraphType>("applicationDeadline").Description("The social-assistance application's one-month deadline: one month after the release date.")
            .Resolve(c => PathCalendar.OneMonthAfter(c.Source.ReleaseDate));
        Field<MunicipalityType>("lastDeclaredResidenceMunicipality").Description("Where the person last declared a residence before prison (null: not known).")
            .Resolve(c => Municipalities.Find(c.Source.LastDeclaredResidenceMunicipality));
        Field(x => x.HasResidenceToDeclare, nullable: true).Description("Whether they have a residence to declare after release (null: not known).");
        Field(x => x.Refusals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RefusalType>>>)).Description("Refusals of help, oldest first.")
            .WithComplexityImpact(1, 5);
        Field(x => x.Accompaniments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<Contacts.AccompanimentType>>>))
            .Description("Institutions the mentor went to with the person, logged with meetings, oldest first; retracted ones are marked.")
            .WithComplexityImpact(1, 5);
        Field(x => x.ClosureReason, type: typeof(CaseClosureReasonType));
        Field(x => x.ReferredAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientTimelineEntryType>>>>("timeline")
            .Description("What happened, oldest first, from the case's event stream.")
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (c, session) => (object?)ClientTimeline.From(await session.Events.FetchStreamAsync(c.Source.Id, token: c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Meetings.InterInstitutionalMeetingType>>>>("interInstitutionalMeetings")
            .Description("Inter-institutional (STIS) meetings scheduled, held or cancelled, soonest first.")
            .WithComplexityImpact(1, 3)
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.MeetingsOfClients.Load(c.Source.Id).Then(list => list ?? []));
        // What a list shows (name, stage, dates, destination) is the summary; every other field is a read of the case file.
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "client", c => c.Id,
            "id", "version", "name", "stage", "expectedReleaseDate", "releasedOn", "releaseDate", "destinationMunicipality", "prison", "referredAt",
            "frozen", "canBeMatched");
    }
}
