using GraphQL.Types;
using Mentoring.Domain.Clients;

namespace Mentoring.Api.Clients;

public sealed record SetGoalStatusInput : GoalCommandInput
{
    public GoalStatus Status { get; init; }
    public DateOnly? On { get; init; }
    public string? Note { get; init; }
}

public sealed class SetGoalStatusInputType : ClientCommandInputType<SetGoalStatusInput>
{
    public SetGoalStatusInputType() : base("SetGoalStatusInput")
    {
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<GoalStatusType>)).Description("REFUSED comes with recordRefusal (its reason), not here.");
        Field(x => x.On, nullable: true).Description("For DONE: when it was done (default today).");
        Field(x => x.Note, nullable: true).Description("For NOT_NEEDED: why (required).");
    }
}

public sealed record SetGoalInstitutionInput : GoalCommandInput
{
    public Institution? Institution { get; init; }
}

public sealed class SetGoalInstitutionInputType : ClientCommandInputType<SetGoalInstitutionInput>
{
    public SetGoalInstitutionInputType() : base("SetGoalInstitutionInput")
    {
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Institution, type: typeof(InstitutionType)).Description("Null clears it.");
    }
}

public sealed record RecordDocumentInput : ClientCommandInput
{
    public DocumentKind Kind { get; init; }
    public DateOnly? ObtainedOn { get; init; }
}

public sealed class RecordDocumentInputType : ClientCommandInputType<RecordDocumentInput>
{
    public RecordDocumentInputType() : base("RecordDocumentInput")
    {
        Field(x => x.Kind, type: typeof(NonNullGraphType<DocumentKindType>));
        Field(x => x.ObtainedOn, nullable: true).Description("Default today; recording it again corrects the date.");
    }
}

public sealed record UnrecordDocumentInput : ClientCommandInput
{
    public DocumentKind Kind { get; init; }
    public string? Reason { get; init; }
}

public sealed class UnrecordDocumentInputType : ClientCommandInputType<UnrecordDocumentInput>
{
    public UnrecordDocumentInputType() : base("UnrecordDocumentInput")
    {
        Field(x => x.Kind, type: typeof(NonNullGraphType<DocumentKindType>));
        Field(x => x.Reason, nullable: true);
    }
}

public sealed record RecordResidenceFactsInput : ClientCommandInput
{
    public string? LastDeclaredResidenceMunicipality { get; init; }
    public bool? HasResidenceToDeclare { get; init; }
}

public sealed class RecordResidenceFactsInputType : ClientCommandInputType<RecordResidenceFactsInput>
{
    public RecordResidenceFactsInputType() : base("RecordResidenceFactsInput")
    {
        Description = "Both facts as they are now: null means not known.";
        Field(x => x.LastDeclaredResidenceMunicipality, nullable: true).Description("Municipality code of the last residence declared before prison.");
        Field(x => x.HasResidenceToDeclare, nullable: true).Description("Whether the person has a residence to declare after release.");
    }
}

public sealed record RecordRefusalInput : ClientCommandInput
{
    public Guid? RefusalId { get; init; }
    public Institution Institution { get; init; }
    public HelpKind Help { get; init; }
    public RefusalReason Reason { get; init; }
    public DateOnly RefusedOn { get; init; }
    public string? Note { get; init; }
    public Guid? GoalId { get; init; }
}

public sealed class RecordRefusalInputType : ClientCommandInputType<RecordRefusalInput>
{
    public RecordRefusalInputType() : base("RecordRefusalInput")
    {
        Field(x => x.RefusalId, type: typeof(IdGraphType)).Description("Client-generated, so that a retry records the refusal once.");
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>)).Description("The kind of help refused.");
        Field(x => x.Reason, type: typeof(NonNullGraphType<RefusalReasonType>)).Description("OTHER needs the note.");
        Field(x => x.RefusedOn);
        Field(x => x.Note, nullable: true);
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("The open goal it refused, if any: it becomes REFUSED.");
    }
}

public sealed record CloseRefusalInput : ClientCommandInput
{
    public Guid RefusalId { get; init; }
    public string? Note { get; init; }
}

public sealed class CloseRefusalInputType : ClientCommandInputType<CloseRefusalInput>
{
    public CloseRefusalInputType() : base("CloseRefusalInput")
    {
        Field(x => x.RefusalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed record PlanRefusalFollowUpInput : ClientCommandInput
{
    public Guid RefusalId { get; init; }
    public FollowUpKind Kind { get; init; }
    public DateOnly Deadline { get; init; }
    public string? Title { get; init; }
    public Guid? GoalId { get; init; }
}

public sealed class PlanRefusalFollowUpInputType : ClientCommandInputType<PlanRefusalFollowUpInput>
{
    public PlanRefusalFollowUpInputType() : base("PlanRefusalFollowUpInput")
    {
        Field(x => x.RefusalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<FollowUpKindType>));
        Field(x => x.Deadline).Description("Fixed: it does not follow the release date.");
        Field(x => x.Title, nullable: true).Description("Default: named from kind and institution.");
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("Client-generated, so that a retry adds the goal once.");
    }
}
