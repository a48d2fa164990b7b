using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.Mentors;
using Mentoring.Api.Users;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Meetings;

public sealed record ParticipantInput
{
    /// <summary>Keep a participant's id when moving the meeting, so that they get an update rather than a new invitation.</summary>
    public Guid? Id { get; init; }
    public ParticipantSide Side { get; init; }
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public string Organisation { get; init; } = "";
    public Language Language { get; init; } = Language.Lv;

    public MeetingParticipant ToParticipant() => new(Id ?? DeterministicId.From("stis-participant", Text.NormaliseEmail(Email)), Side, Name, Email, Organisation, Language);
}

public sealed class ParticipantInputType : InputObjectGraphType<ParticipantInput>
{
    public ParticipantInputType()
    {
        Name = "MeetingParticipantInput";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The participant's id from the meeting, when moving it; new participants leave it out.");
        Field(x => x.Side, type: typeof(NonNullGraphType<ParticipantSideType>));
        Field(x => x.Name);
        Field(x => x.Email);
        Field(x => x.Organisation);
        Field(x => x.Language, type: typeof(NonNullGraphType<LanguageType>)).Description("The language of their invitations.");
    }
}

public sealed record ScheduleMeetingInput
{
    public Guid ClientId { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public int DurationMinutes { get; init; } = 90;
    public string? Place { get; init; }
    public IReadOnlyList<ParticipantInput> Participants { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

public sealed class ScheduleMeetingInputType : InputObjectGraphType<ScheduleMeetingInput>
{
    public ScheduleMeetingInputType()
    {
        Name = "ScheduleInterInstitutionalMeetingInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StartsAt);
        Field(x => x.DurationMinutes).Description("15 to 480; 90 if left out.");
        Field(x => x.Place, nullable: true);
        Field(x => x.Participants, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantInputType>>>));
        Field(x => x.IdempotencyKey, nullable: true).Description("Send the same key when retrying: the meeting is scheduled (and invitations sent) once.");
    }
}

public abstract record MeetingCommandInput
{
    public Guid MeetingId { get; init; }
    public long ExpectedVersion { get; init; }
}

public abstract class MeetingCommandInputType<T> : InputObjectGraphType<T> where T : MeetingCommandInput
{
    protected MeetingCommandInputType(string name)
    {
        Name = name;
        Field(x => x.MeetingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The meeting's version you read; a newer one means someone else acted first.");
    }
}

public sealed record MoveMeetingInput : MeetingCommandInput
{
    public DateTimeOffset StartsAt { get; init; }
    public int DurationMinutes { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<ParticipantInput> Participants { get; init; } = [];
}

public sealed class MoveMeetingInputType : MeetingCommandInputType<MoveMeetingInput>
{
    public MoveMeetingInputType() : base("MoveInterInstitutionalMeetingInput")
    {
        Field(x => x.StartsAt);
        Field(x => x.DurationMinutes);
        Field(x => x.Place, nullable: true);
        Field(x => x.Participants, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantInputType>>>));
    }
}

public sealed record CancelMeetingInput : MeetingCommandInput
{
    public string Reason { get; init; } = "";
}

public sealed class CancelMeetingInputType : MeetingCommandInputType<CancelMeetingInput>
{
    public CancelMeetingInputType() : base("CancelInterInstitutionalMeetingInput") => Field(x => x.Reason);
}

public sealed record DecisionInput
{
    public string Title { get; init; } = "";
    public Institution Responsible { get; init; }
    public DateOnly Deadline { get; init; }
    public NeedDomain? Domain { get; init; }
}

public sealed class DecisionInputType : InputObjectGraphType<DecisionInput>
{
    public DecisionInputType()
    {
        Name = "MeetingDecisionInput";
        Field(x => x.Title);
        Field(x => x.Responsible, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Deadline);
        Field(x => x.Domain, type: typeof(NeedDomainType));
    }
}

public sealed record RecordMeetingDecisionsInput : MeetingCommandInput
{
    public DateOnly HeldOn { get; init; }
    public IReadOnlyList<Guid> Present { get; init; } = [];
    public IReadOnlyList<DecisionInput> Decisions { get; init; } = [];
}

public sealed class RecordMeetingDecisionsInputType : MeetingCommandInputType<RecordMeetingDecisionsInput>
{
    public RecordMeetingDecisionsInputType() : base("RecordMeetingDecisionsInput")
    {
        Field(x => x.HeldOn);
        Field(x => x.Present, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Ids of the participants who were there.");
        Field(x => x.Decisions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DecisionInputType>>>));
    }
}
