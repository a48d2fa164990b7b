using GraphQL;
using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Handovers;

public sealed class HandoverStatusType : EnumerationGraphType<HandoverStatus> { public HandoverStatusType() => Name = "HandoverStatus"; }
public sealed class SocialServiceDecisionType : EnumerationGraphType<SocialServiceDecision> { public SocialServiceDecisionType() => Name = "SocialServiceDecision"; }

internal static class HandoverReaders
{
    public static readonly Role[] Ngo = [Role.Coordinator, Role.OrgAdmin];
    public static readonly Role[] Both = [Role.SocialWorker, Role.Coordinator, Role.OrgAdmin];
}

/// <summary>A decision of the social service: the worker who recorded it and the NGO whose plan it changed both read it.</summary>
public sealed class HandoverDecisionType : ObjectGraphType<RecordedDecision>
{
    public HandoverDecisionType()
    {
        Name = "HandoverDecision";
        Description = "A decision of the municipal social service on help for the person: granted, or refused with a reason.";
        this.ReadableBy(HandoverReaders.Both);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("The goal of the plan it is about.");
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>));
        Field(x => x.Decision, type: typeof(NonNullGraphType<SocialServiceDecisionType>));
        Field(x => x.Reason, type: typeof(RefusalReasonType)).Description("Why help was refused (REFUSED only).");
        Field(x => x.DecidedOn);
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>A step of the handed-over path.</summary>
public sealed class HandoverGoalType : ObjectGraphType<HandoverGoal>
{
    public HandoverGoalType()
    {
        Name = "HandoverGoal";
        Description = "A goal of the handed-over plan: standard and need goals are named from their code, own goals by title.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Title);
        Field(x => x.Kind, type: typeof(NonNullGraphType<GoalKindType>));
        Field(x => x.Standard, type: typeof(StandardGoalType));
        Field(x => x.Domain, type: typeof(NeedDomainType));
        Field(x => x.Deadline);
        Field(x => x.Status, type: typeof(NonNullGraphType<GoalStatusType>));
        Field(x => x.Institution, type: typeof(InstitutionType));
        Field(x => x.AchievedOn, nullable: true);
    }
}

public sealed class HandoverDocumentType : ObjectGraphType<ChecklistDocument>
{
    public HandoverDocumentType()
    {
        Name = "HandoverDocument";
        Description = "A document of the handed-over checklist: obtained (and when) or still missing.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Kind, type: typeof(NonNullGraphType<DocumentKindType>));
        Field(x => x.ObtainedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("months")
            .Description("For ACCOUNT_STATEMENTS: the months (yyyy-MM) they must cover.").Resolve(c => c.Source.Months.Select(m => m.Period).ToList());
    }
}

public sealed class HandoverWarningType : ObjectGraphType<Reason>
{
    public HandoverWarningType()
    {
        Name = "HandoverWarning";
        Description = "An eligibility warning of the handed-over path, as it stood when the path was last refreshed.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params").Resolve(c => c.Source.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class HandoverRefusalType : ObjectGraphType<HandoverRefusal>
{
    public HandoverRefusalType()
    {
        Name = "HandoverRefusal";
        Description = "A refusal of help on the path, with its reason; the note only when notes were handed over.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>));
        Field(x => x.Reason, type: typeof(NonNullGraphType<RefusalReasonType>));
        Field(x => x.RefusedOn);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class HandoverNeedType : ObjectGraphType<HandoverNeed>
{
    public HandoverNeedType()
    {
        Name = "HandoverNeed";
        Description = "A need as assessed; the note only when notes were handed over.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>The path as handed over: the person, the release, the plan, the documents, the warnings, the refusals, the needs.</summary>
public sealed class HandoverPathType : ObjectGraphType<HandoverPath>
{
    public HandoverPathType()
    {
        Name = "HandoverPath";
        Description = "The person's path as the NGO handed it over. Nothing else of the case.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Name);
        Field(x => x.BirthYear);
        Field(x => x.Languages);
        Field(x => x.ReleaseDate).Description("The actual release once recorded, else the expected one.");
        Field(x => x.Released);
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field<NonNullGraphType<MunicipalityType>>("destinationMunicipality").Resolve(c => Municipalities.Find(c.Source.DestinationMunicipality));
        Field<DateOnlyGraphType>("applicationDeadline").Description("The social-assistance application's one-month deadline.")
            .Resolve(c => PathCalendar.OneMonthAfter(c.Source.ReleaseDate));
        Field(x => x.Goals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverGoalType>>>))
            .Resolve(c => c.Source.Goals.OrderBy(g => g.Deadline).ToList());
        Field(x => x.Documents, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverDocumentType>>>));
        Field(x => x.Warnings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverWarningType>>>)).WithComplexityImpact(1, 9);
        Field(x => x.Refusals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverRefusalType>>>));
        Field(x => x.Needs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverNeedType>>>));
        Field(x => x.AsOf).Description("The day the path was last refreshed from the case.");
    }
}

/// <summary>
/// A hand-over as its social worker reads it: never the staff <see cref="ClientType"/>. Once it ends (expired, revoked,
/// consent withdrawn) only its status and dates remain.
/// </summary>
public sealed class HandoverCaseType : ObjectGraphType<HandoverCase>
{
    public HandoverCaseType()
    {
        Name = "HandoverCase";
        Description = "A client's path handed over to you by an NGO, with the person's consent, for a limited time. Every read is on record.";
        this.ReadableBy(Role.SocialWorker);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version);
        Field(x => x.NgoName).Description("The NGO that handed it over.");
        Field(x => x.Status, type: typeof(NonNullGraphType<HandoverStatusType>));
        Field(x => x.ExpiresAt);
        Field(x => x.HandedOverAt);
        Field(x => x.IncludeNotes).Description("Whether the NGO chose to include notes.");
        Field<StringGraphType>("name").Description("The person's name (null once the hand-over ended).").Resolve(c => c.Source.Path?.Name);
        Field(x => x.Path, type: typeof(HandoverPathType)).Description("Null once the hand-over ended.");
        Field(x => x.Decisions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverDecisionType>>>)).Description("The decisions you recorded.");
    }
}

/// <summary>A hand-over as the NGO sees it on the case: to whom, until when, where it stands, what the social service decided.</summary>
public sealed class HandoverType : ObjectGraphType<Handover>
{
    public HandoverType()
    {
        Name = "Handover";
        Description = "A hand-over of the client's path to a municipal social worker.";
        this.ReadableBy(HandoverReaders.Ngo);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Give it back as expectedVersion to extend or revoke.");
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("socialWorkerName").Resolve(c => c.Source.Recipient.Name);
        Field<NonNullGraphType<StringGraphType>>("municipalityName").Resolve(c => c.Source.Recipient.OrganisationName);
        Field(x => x.Status, type: typeof(NonNullGraphType<HandoverStatusType>));
        Field(x => x.ExpiresAt);
        Field(x => x.IncludeNotes);
        Field(x => x.HandedOverAt);
        Field(x => x.EndedAt, nullable: true);
        Field(x => x.Decisions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HandoverDecisionType>>>));
    }
}

/// <summary>A social worker a path can be handed to: an active SocialWorker account of the destination municipality.</summary>
public sealed record HandoverRecipientOption(Guid UserId, string Name, string OrganisationName);

public sealed class HandoverRecipientOptionType : ObjectGraphType<HandoverRecipientOption>
{
    public HandoverRecipientOptionType()
    {
        Name = "HandoverRecipient";
        Description = "A social worker of the municipality the person is released to.";
        this.ReadableBy(HandoverReaders.Ngo);
        Field(x => x.UserId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.OrganisationName);
    }
}

public sealed class HandoverPayloadType : PayloadType<Handover, HandoverType>
{
    public HandoverPayloadType() : base("HandoverPayload", "handover") { this.ReadableBy(HandoverReaders.Ngo); }
}

public sealed class HandoverCasePayloadType : PayloadType<HandoverCase, HandoverCaseType>
{
    public HandoverCasePayloadType() : base("HandoverCasePayload", "handover") { this.ReadableBy(Role.SocialWorker); }
}
