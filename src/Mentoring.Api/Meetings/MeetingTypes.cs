using GraphQL;
using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.Mentors;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Users;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Meetings;

public sealed class MeetingStatusType : EnumerationGraphType<MeetingStatus> { public MeetingStatusType() => Name = "MeetingStatus"; }
public sealed class ParticipantSideType : EnumerationGraphType<ParticipantSide> { public ParticipantSideType() => Name = "ParticipantSide"; }

/// <summary>A participant's name and address are a professional's personal data: case workers only, like the meeting.</summary>
public sealed class MeetingParticipantType : ObjectGraphType<MeetingParticipant>
{
    public MeetingParticipantType()
    {
        Name = "MeetingParticipant";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Side, type: typeof(NonNullGraphType<ParticipantSideType>));
        Field(x => x.Name);
        Field(x => x.Email);
        Field(x => x.Organisation).Description("The participant's institution, as the coordinator wrote it.");
        Field(x => x.Language, type: typeof(NonNullGraphType<LanguageType>)).Description("The language of their invitations.");
    }
}

public sealed class MeetingDecisionType : ObjectGraphType<MeetingDecision>
{
    public MeetingDecisionType()
    {
        Name = "MeetingDecision";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.GoalId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan's goal the decision became.");
        Field(x => x.Title);
        Field(x => x.Responsible, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Deadline);
        Field(x => x.Domain, type: typeof(NeedDomainType));
    }
}

public sealed class InterInstitutionalMeetingType : ObjectGraphType<InterInstitutionalMeeting>
{
    public InterInstitutionalMeetingType()
    {
        Name = "InterInstitutionalMeeting";
        Description = "An inter-institutional (STIS) meeting before release: scheduled with invitations, then held and its decisions recorded as goals.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version);
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StartsAt);
        Field(x => x.EndsAt);
        Field(x => x.DurationMinutes);
        Field(x => x.PrisonCode).Description("Where the person is held (see the prisons query).");
        Field(x => x.Place, nullable: true).Description("The room or address, when not simply the prison.");
        Field(x => x.Status, type: typeof(NonNullGraphType<MeetingStatusType>));
        Field(x => x.Sequence).Description("How many times the invitations were updated (the calendar entry's SEQUENCE).");
        Field(x => x.Participants, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MeetingParticipantType>>>)).WithComplexityImpact(1, 5);
        Field(x => x.HeldOn, nullable: true);
        Field(x => x.Present, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("The participants who were there.");
        Field(x => x.Decisions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MeetingDecisionType>>>)).WithComplexityImpact(1, 5);
        Field(x => x.CancelReason, nullable: true);
    }
}

public sealed class InterInstitutionalMeetingPayloadType : PayloadType<InterInstitutionalMeeting, InterInstitutionalMeetingType>
{
    public InterInstitutionalMeetingPayloadType() : base("InterInstitutionalMeetingPayload", "meeting") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}
