using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Clients;

public sealed class InstitutionType : EnumerationGraphType<Institution> { public InstitutionType() => Name = "Institution"; }
public sealed class DocumentKindType : EnumerationGraphType<DocumentKind> { public DocumentKindType() => Name = "DocumentKind"; }
public sealed class RefusalReasonType : EnumerationGraphType<RefusalReason> { public RefusalReasonType() => Name = "RefusalReason"; }
public sealed class HelpKindType : EnumerationGraphType<HelpKind> { public HelpKindType() => Name = "HelpKind"; }
public sealed class FollowUpKindType : EnumerationGraphType<FollowUpKind> { public FollowUpKindType() => Name = "FollowUpKind"; }
public sealed class RefusalStatusType : EnumerationGraphType<RefusalStatus> { public RefusalStatusType() => Name = "RefusalStatus"; }

/// <summary>The case's path, as the coordinators and the person's own mentor see it (the mentor through MyMatch only).</summary>
public sealed class StatementMonthType : ObjectGraphType<StatementMonth>
{
    public StatementMonthType()
    {
        Name = "StatementMonth";
        Description = "A calendar month account statements must cover.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Period).Description("yyyy-MM: name it as a PERIOD.");
        Field(x => x.From);
        Field(x => x.To);
    }
}

public sealed class ChecklistDocumentType : ObjectGraphType<ChecklistDocument>
{
    public ChecklistDocumentType()
    {
        Name = "ChecklistDocument";
        Description = "A document of the person's checklist: obtained (and when) or still missing.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Kind, type: typeof(NonNullGraphType<DocumentKindType>));
        Field<NonNullGraphType<BooleanGraphType>>("obtained").Resolve(c => c.Source.ObtainedOn is not null);
        Field(x => x.ObtainedOn, nullable: true);
        Field(x => x.Months, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StatementMonthType>>>))
            .Description("For ACCOUNT_STATEMENTS: the last three full calendar months before the social-assistance application; empty for the others.")
            .WithComplexityImpact(1, 3);
    }
}

public sealed class EligibilityWarningType : ObjectGraphType<Reason>
{
    public EligibilityWarningType()
    {
        Name = "EligibilityWarning";
        Description = "What could get help refused, computed from the case when read. Name it from code and params in the reader's language.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Code).Description("E.g. NO_ACCOUNT_STATEMENTS (params month: PERIOD), APPLICATION_DEADLINE (date, count: days left), " +
                                       "LAST_RESIDENCE_IN_OTHER_MUNICIPALITY (municipality, destination).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params").Resolve(c => c.Source.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class RefusalType : ObjectGraphType<Refusal>
{
    public RefusalType()
    {
        Name = "Refusal";
        Description = "Help refused to the person, why, and what became of it. Case data: the NGO's coordinators and admins.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>)).Description("The kind of help refused.");
        Field(x => x.Reason, type: typeof(NonNullGraphType<RefusalReasonType>));
        Field(x => x.RefusedOn);
        Field(x => x.Note, nullable: true);
        Field(x => x.NoteCarriedOver).Description("Recorded at the NGO that transferred the case: its note stayed there (say so in the reader's language).");
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("The goal it refused, if it named one (that goal is REFUSED).");
        Field(x => x.Status, type: typeof(NonNullGraphType<RefusalStatusType>)).Description("OPEN until an appeal or retry goal is planned (FOLLOWED_UP) or it is closed.");
        Field(x => x.FollowUpGoals, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The appeal and retry goals.");
        Field(x => x.ClosedOn, nullable: true);
        Field(x => x.CloseNote, nullable: true);
    }
}

/// <summary>A refusal waiting on the coordinator's desk, with its person.</summary>
public sealed record OpenRefusal(Client Client, Refusal Refusal, int DaysOpen);

public sealed class OpenRefusalType : ObjectGraphType<OpenRefusal>
{
    public OpenRefusalType()
    {
        Name = "OpenRefusal";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Client, type: typeof(NonNullGraphType<ClientType>));
        Field(x => x.Refusal, type: typeof(NonNullGraphType<RefusalType>)).Description("The refusal and its note: a read of the case.");
        Field(x => x.DaysOpen).Description("Days since the refusal.");
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "client", r => r.Client.Id, "client", "daysOpen");
    }
}
