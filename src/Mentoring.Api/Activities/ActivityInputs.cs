using GraphQL.Types;
using Mentoring.Domain.Activities;

namespace Mentoring.Api.Activities;

public sealed record PlanActivityInput
{
    public ActivityKind Kind { get; init; }
    public string Title { get; init; } = "";
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public string Place { get; init; } = "";
    public int Capacity { get; init; }
    public Guid? FacilitatorUserId { get; init; }
    public string? FacilitatorName { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class PlanActivityInputType : InputObjectGraphType<PlanActivityInput>
{
    public PlanActivityInputType()
    {
        Name = "PlanGroupActivityInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ActivityKindType>));
        Field(x => x.Title);
        Field(x => x.StartsAt).Description("With its offset; the screens enter Riga time.");
        Field(x => x.EndsAt).Description("15 minutes to 12 hours after the start: the length counted as volunteer hours.");
        Field(x => x.Place);
        Field(x => x.Capacity).Description("How many people (mentors and clients) may hold a place, 1 to 500.");
        Field(x => x.FacilitatorUserId, type: typeof(IdGraphType)).Description("A coordinator or administrator who leads it; or leave out and name an external specialist.");
        Field(x => x.FacilitatorName, nullable: true).Description("An external specialist who leads it (no account).");
        Field(x => x.IdempotencyKey, nullable: true).Description("Send the same key when retrying: the activity is planned once.");
    }
}

public abstract record ActivityCommandInput
{
    public Guid ActivityId { get; init; }
    public long ExpectedVersion { get; init; }
}

public abstract class ActivityCommandInputType<T> : InputObjectGraphType<T> where T : ActivityCommandInput
{
    protected ActivityCommandInputType(string name)
    {
        Name = name;
        Field(x => x.ActivityId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The activity's version you read; a newer one means someone else acted first.");
    }
}

public sealed record MoveActivityInput : ActivityCommandInput
{
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public string Place { get; init; } = "";
    public int Capacity { get; init; }
}

public sealed class MoveActivityInputType : ActivityCommandInputType<MoveActivityInput>
{
    public MoveActivityInputType() : base("MoveGroupActivityInput")
    {
        Field(x => x.StartsAt);
        Field(x => x.EndsAt);
        Field(x => x.Place);
        Field(x => x.Capacity);
    }
}

public sealed record ChangeActivityDetailsInput : ActivityCommandInput
{
    public string Title { get; init; } = "";
    public Guid? FacilitatorUserId { get; init; }
    public string? FacilitatorName { get; init; }
}

public sealed class ChangeActivityDetailsInputType : ActivityCommandInputType<ChangeActivityDetailsInput>
{
    public ChangeActivityDetailsInputType() : base("ChangeGroupActivityDetailsInput")
    {
        Field(x => x.Title);
        Field(x => x.FacilitatorUserId, type: typeof(IdGraphType)).Description("A coordinator or administrator who leads it; or leave out and name an external specialist.");
        Field(x => x.FacilitatorName, nullable: true).Description("An external specialist who leads it (no account).");
    }
}

public sealed record CancelActivityInput : ActivityCommandInput
{
    public string Reason { get; init; } = "";
}

public sealed class CancelActivityInputType : ActivityCommandInputType<CancelActivityInput>
{
    public CancelActivityInputType() : base("CancelGroupActivityInput") => Field(x => x.Reason);
}

public sealed record InviteInput : ActivityCommandInput
{
    public IReadOnlyList<Guid> MentorIds { get; init; } = [];
    public IReadOnlyList<Guid> ClientIds { get; init; } = [];
}

public sealed class InviteInputType : ActivityCommandInputType<InviteInput>
{
    public InviteInputType() : base("InviteToGroupActivityInput")
    {
        Field(x => x.MentorIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Approved mentors; each gets an e-mail with a calendar entry.");
        Field(x => x.ClientIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("Clients who consent to group activities (GROUP_ACTIVITIES); they get no e-mail: the coordinator tells them.");
    }
}

public sealed record WithdrawInvitationInput : ActivityCommandInput
{
    public Guid InviteeId { get; init; }
}

public sealed class WithdrawInvitationInputType : ActivityCommandInputType<WithdrawInvitationInput>
{
    public WithdrawInvitationInputType() : base("WithdrawGroupActivityInvitationInput") =>
        Field(x => x.InviteeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The invited mentor's or client's id.");
}

public sealed record AttendanceMarkInput
{
    public Guid InviteeId { get; init; }
    public bool Attended { get; init; }
}

public sealed class AttendanceMarkInputType : InputObjectGraphType<AttendanceMarkInput>
{
    public AttendanceMarkInputType()
    {
        Name = "AttendanceMarkInput";
        Field(x => x.InviteeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The mentor's or the client's id.");
        Field(x => x.Attended);
    }
}

public sealed record AttendanceInput : ActivityCommandInput
{
    public IReadOnlyList<AttendanceMarkInput> Marks { get; init; } = [];
}

public sealed class AttendanceInputType : ActivityCommandInputType<AttendanceInput>
{
    public AttendanceInputType() : base("RecordGroupActivityAttendanceInput") =>
        Field(x => x.Marks, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceMarkInputType>>>));
}

/// <summary>The mentor's own answer: no version (the phone may send it later); the same answer again changes nothing.</summary>
public sealed record AnswerInput
{
    public Guid ActivityId { get; init; }
    public bool Going { get; init; }
}

public sealed class AnswerInputType : InputObjectGraphType<AnswerInput>
{
    public AnswerInputType()
    {
        Name = "AnswerGroupActivityInvitationInput";
        Field(x => x.ActivityId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Going);
    }
}

/// <summary>The mentor's own attendance, from the phone's outbox: no version; the same mark again changes nothing.</summary>
public sealed record MyAttendanceInput
{
    public Guid ActivityId { get; init; }
    public bool Attended { get; init; }
    /// <summary>The phone's name for the queued mark; the mark itself is idempotent (the same again appends nothing).</summary>
    public string? IdempotencyKey { get; init; }
}

public sealed class MyAttendanceInputType : InputObjectGraphType<MyAttendanceInput>
{
    public MyAttendanceInputType()
    {
        Name = "MarkMyGroupActivityAttendanceInput";
        Field(x => x.ActivityId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Attended);
        Field(x => x.IdempotencyKey, nullable: true)
            .Description("The phone's offline queue names each mark with a key; sent again, the same mark appends nothing whatever the key.");
    }
}
