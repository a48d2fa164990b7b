using GraphQL.Types;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Clients;

public sealed record ReferClientInput
{
    public string Name { get; init; } = "";
    public Gender Gender { get; init; } = Gender.Undisclosed;
    public int BirthYear { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Contact { get; init; }
    public string PrisonCode { get; init; } = "";
    public DateOnly ExpectedReleaseDate { get; init; }
    public ReleaseType ReleaseType { get; init; }
    public string DestinationMunicipality { get; init; } = "";
    public Guid? ReferringOrganisationId { get; init; }
    public string ReferrerName { get; init; } = "";
    public string? ReferrerContact { get; init; }
    public DateOnly? AlreadyReleasedOn { get; init; }
    public bool NotADuplicate { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class ReferClientInputType : InputObjectGraphType<ReferClientInput>
{
    public ReferClientInputType()
    {
        Name = "ReferClientInput";
        Field(x => x.Name);
        Field(x => x.Gender, type: typeof(NonNullGraphType<GenderType>));
        Field(x => x.BirthYear);
        Field(x => x.Languages).Description("ISO 639 codes.");
        Field(x => x.Contact, nullable: true).Description("How to reach the person.");
        Field(x => x.PrisonCode).Description("See the prisons query.");
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field(x => x.DestinationMunicipality).Description("Municipality code where the person will live.");
        Field(x => x.ReferringOrganisationId, type: typeof(IdGraphType)).Description("The prison or probation office referring.");
        Field(x => x.ReferrerName).Description("The referring social worker.");
        Field(x => x.ReferrerContact, nullable: true);
        Field(x => x.AlreadyReleasedOn, nullable: true).Description("For a referral after release: the release date.");
        Field(x => x.NotADuplicate, nullable: true).Description("Confirms the person is not the likely duplicate reported earlier.");
        Field(x => x.IdempotencyKey, nullable: true);
    }
}

/// <summary>Every command on an existing case names the client and the version the caller saw.</summary>
public abstract record ClientCommandInput
{
    public Guid ClientId { get; init; }
    public long ExpectedVersion { get; init; }
}

public abstract class ClientCommandInputType<T> : InputObjectGraphType<T> where T : ClientCommandInput
{
    protected ClientCommandInputType(string name)
    {
        Name = name;
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The case's version you read; a newer one means someone else acted first.");
    }
}

public sealed record RecordConsentInput : ClientCommandInput
{
    public IReadOnlyList<ConsentScope> Scopes { get; init; } = [];
    public DateOnly GivenOn { get; init; }
    public string DocumentReference { get; init; } = "";
}

public sealed class RecordConsentInputType : ClientCommandInputType<RecordConsentInput>
{
    public RecordConsentInputType() : base("RecordConsentInput")
    {
        Field(x => x.Scopes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>));
        Field(x => x.GivenOn);
        Field(x => x.DocumentReference);
    }
}

public sealed record WithdrawConsentInput : ClientCommandInput
{
    public DateOnly WithdrawnOn { get; init; }
    public string? Note { get; init; }
}

public sealed class WithdrawConsentInputType : ClientCommandInputType<WithdrawConsentInput>
{
    public WithdrawConsentInputType() : base("WithdrawConsentInput")
    {
        Field(x => x.WithdrawnOn);
        Field(x => x.Note, nullable: true);
    }
}

public sealed record NeedAssessmentInput
{
    public NeedDomain Domain { get; init; }
    public NeedLevel Level { get; init; }
    public string? Note { get; init; }
}

public sealed class NeedAssessmentInputType : InputObjectGraphType<NeedAssessmentInput>
{
    public NeedAssessmentInputType()
    {
        Name = "NeedAssessmentInput";
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed record AssessNeedsInput : ClientCommandInput
{
    public IReadOnlyList<NeedAssessmentInput> Needs { get; init; } = [];
    public string Source { get; init; } = "";
    public DateOnly AssessedOn { get; init; }
}

public sealed class AssessNeedsInputType : ClientCommandInputType<AssessNeedsInput>
{
    public AssessNeedsInputType() : base("AssessNeedsInput")
    {
        Field(x => x.Needs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedAssessmentInputType>>>));
        Field(x => x.Source).Description("E.g. the prison's risk-and-needs assessment.");
        Field(x => x.AssessedOn);
    }
}

public sealed record RecordRiskFlagsInput : ClientCommandInput
{
    public IReadOnlyList<RiskFlag> Flags { get; init; } = [];
    public string? Note { get; init; }
}

public sealed class RecordRiskFlagsInputType : ClientCommandInputType<RecordRiskFlagsInput>
{
    public RecordRiskFlagsInputType() : base("RecordRiskFlagsInput")
    {
        Field(x => x.Flags, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RiskFlagType>>>)).Description("The full set; an empty list clears them.");
        Field(x => x.Note, nullable: true);
    }
}

public sealed record RecordPreferencesInput : ClientCommandInput
{
    public Gender? MentorGender { get; init; }
    public bool? LivedExperienceWanted { get; init; }
    public string? Language { get; init; }
}

public sealed class RecordPreferencesInputType : ClientCommandInputType<RecordPreferencesInput>
{
    public RecordPreferencesInputType() : base("RecordPreferencesInput")
    {
        Field(x => x.MentorGender, type: typeof(GenderType));
        Field(x => x.LivedExperienceWanted, nullable: true);
        Field(x => x.Language, nullable: true);
    }
}

public sealed record RecordMeetingInput : ClientCommandInput
{
    public DateOnly HeldOn { get; init; }
    public IReadOnlyList<string> OrganisationsPresent { get; init; } = [];
    public string Decisions { get; init; } = "";
}

public sealed class RecordMeetingInputType : ClientCommandInputType<RecordMeetingInput>
{
    public RecordMeetingInputType() : base("RecordInterInstitutionalMeetingInput")
    {
        Field(x => x.HeldOn);
        Field(x => x.OrganisationsPresent);
        Field(x => x.Decisions);
    }
}

public sealed record ChangeReleaseDateInput : ClientCommandInput
{
    public DateOnly ExpectedReleaseDate { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class ChangeReleaseDateInputType : ClientCommandInputType<ChangeReleaseDateInput>
{
    public ChangeReleaseDateInputType() : base("ChangeReleaseDateInput")
    {
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.Reason);
    }
}

public sealed record RecordReleaseInput : ClientCommandInput
{
    public DateOnly ReleasedOn { get; init; }
}

public sealed class RecordReleaseInputType : ClientCommandInputType<RecordReleaseInput>
{
    public RecordReleaseInputType() : base("RecordReleaseInput") => Field(x => x.ReleasedOn);
}

public sealed record CloseCaseInput : ClientCommandInput
{
    public CaseClosureReason Reason { get; init; }
    public string? Note { get; init; }
}

public sealed class CloseCaseInputType : ClientCommandInputType<CloseCaseInput>
{
    public CloseCaseInputType() : base("CloseCaseInput")
    {
        Field(x => x.Reason, type: typeof(NonNullGraphType<CaseClosureReasonType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed record ReopenCaseInput : ClientCommandInput
{
    public string Note { get; init; } = "";
}

public sealed class ReopenCaseInputType : ClientCommandInputType<ReopenCaseInput>
{
    public ReopenCaseInputType() : base("ReopenCaseInput") => Field(x => x.Note);
}

public sealed record AddGoalInput : ClientCommandInput
{
    public string Title { get; init; } = "";
    public NeedDomain? Domain { get; init; }
    public DateOnly Deadline { get; init; }
    public Guid? GoalId { get; init; }
}

public sealed class AddGoalInputType : ClientCommandInputType<AddGoalInput>
{
    public AddGoalInputType() : base("AddGoalInput")
    {
        Field(x => x.Title);
        Field(x => x.Domain, type: typeof(NeedDomainType));
        Field(x => x.Deadline);
        Field(x => x.GoalId, type: typeof(IdGraphType)).Description("Client-generated, so that a retry adds the goal once.");
    }
}

public abstract record GoalCommandInput : ClientCommandInput
{
    public Guid GoalId { get; init; }
}

public sealed record CompleteGoalInput : GoalCommandInput
{
    public DateOnly? AchievedOn { get; init; }
}

public sealed class CompleteGoalInputType : ClientCommandInputType<CompleteGoalInput>
{
    public CompleteGoalInputType() : base("CompleteGoalInput")
    {
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AchievedOn, nullable: true).Description("Default: today.");
    }
}

public sealed record DropGoalInput : GoalCommandInput
{
    public string Reason { get; init; } = "";
}

public sealed class DropGoalInputType : ClientCommandInputType<DropGoalInput>
{
    public DropGoalInputType() : base("DropGoalInput")
    {
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason);
    }
}

public sealed record ChangeGoalDeadlineInput : GoalCommandInput
{
    public DateOnly Deadline { get; init; }
    public string? Reason { get; init; }
}

public sealed class ChangeGoalDeadlineInputType : ClientCommandInputType<ChangeGoalDeadlineInput>
{
    public ChangeGoalDeadlineInputType() : base("ChangeGoalDeadlineInput")
    {
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Deadline).Description("The new deadline; it no longer follows the release date.");
        Field(x => x.Reason, nullable: true);
    }
}
