using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Activities;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Activities;

public sealed class ActivityKindType : EnumerationGraphType<ActivityKind> { public ActivityKindType() => Name = "ActivityKind"; }
public sealed class ActivityStatusType : EnumerationGraphType<ActivityStatus> { public ActivityStatusType() => Name = "ActivityStatus"; }
public sealed class InviteeKindType : EnumerationGraphType<InviteeKind> { public InviteeKindType() => Name = "InviteeKind"; }
public sealed class InvitationAnswerType : EnumerationGraphType<InvitationAnswer> { public InvitationAnswerType() => Name = "InvitationAnswer"; }

/// <summary>Who leads it: the name is shown to every invited mentor (it is what they come for); the user id only to staff.</summary>
public sealed class FacilitatorType : ObjectGraphType<Facilitator>
{
    public FacilitatorType()
    {
        Name = "ActivityFacilitator";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor);
        Field(x => x.UserId, type: typeof(IdGraphType)).Description("The staff user, when not an external specialist.").RequireRoles(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Name);
    }
}

/// <summary>An invitation with the invitee's name: the list of who comes is the NGO's case workers' only (clients are named in it).</summary>
public sealed class ActivityInviteeType : ObjectGraphType<ActivityInvitee>
{
    public ActivityInviteeType()
    {
        Name = "ActivityInvitee";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The mentor's or the client's id.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<InviteeKindType>));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The mentor's or the client's name.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => c.Source.Kind == InviteeKind.Mentor
                ? related.Mentors.Load(c.Source.Id).Then(m => m?.Profile.Name ?? "")
                : related.Clients.Load(c.Source.Id).Then(p => p?.Person.Name ?? ""));
        Field(x => x.Answer, type: typeof(NonNullGraphType<InvitationAnswerType>));
        Field(x => x.Attended, nullable: true).Description("Null until attendance is recorded.");
    }
}

/// <summary>Someone the invite form offers: named for the NGO's case workers only, like the invitations.</summary>
public sealed record InvitablePerson(Guid Id, InviteeKind Kind, string Name);

public sealed class InvitablePersonType : ObjectGraphType<InvitablePerson>
{
    public InvitablePersonType()
    {
        Name = "InvitablePerson";
        Description = "A mentor or a client who may be invited to the activity and holds no place in it yet.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The mentor's or the client's id.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<InviteeKindType>));
        Field(x => x.Name);
    }
}

public sealed class GroupActivityType : ObjectGraphType<GroupActivity>
{
    public GroupActivityType()
    {
        Name = "GroupActivity";
        Description = "A group activity as the NGO's staff see it: planned, with its invitations, answers and attendance.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ActivityKindType>));
        Field(x => x.Title);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt);
        Field(x => x.DurationMinutes);
        Field(x => x.Place);
        Field(x => x.Capacity);
        Field(x => x.Facilitator, type: typeof(NonNullGraphType<FacilitatorType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<ActivityStatusType>));
        Field(x => x.Sequence).Description("How many times the invitations were updated (the calendar entry's SEQUENCE).");
        Field(x => x.CancelReason, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("begun").Description("It has begun (by the server's clock): attendance can be recorded, nothing else changed.")
            .Resolve().WithService<TimeProvider>().Resolve((c, clock) => clock.GetUtcNow() >= c.Source.StartsAt);
        Field(x => x.PlacesTaken).Description("Invitations holding a place (not declined or withdrawn).");
        Field(x => x.Going).Description("Mentors who answered that they are going.");
        Field(x => x.Attended).Description("People recorded as attending.");
        Field(x => x.Invitees, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ActivityInviteeType>>>)).WithComplexityImpact(1, 10);
    }
}

public sealed class GroupActivityPayloadType : PayloadType<GroupActivity, GroupActivityType>
{
    public GroupActivityPayloadType() : base("GroupActivityPayload", "activity") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

/// <summary>An activity as the mentor invited to it sees it: the event, the place and the facilitator, their own answer and attendance — never who else comes.</summary>
public sealed record MyActivity(GroupActivity Activity, ActivityInvitee Me, bool CanMarkAttendance);

public sealed class MyActivityType : ObjectGraphType<MyActivity>
{
    public MyActivityType()
    {
        Name = "MyGroupActivity";
        Description = "A group activity the signed-in mentor is invited to. It names no other invitee.";
        this.ReadableBy(Role.Mentor);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Activity.Id);
        Field<NonNullGraphType<ActivityKindType>>("kind").Resolve(c => c.Source.Activity.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Activity.Title);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.Activity.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.Activity.EndsAt);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.Activity.DurationMinutes);
        Field<NonNullGraphType<StringGraphType>>("place").Resolve(c => c.Source.Activity.Place);
        Field<NonNullGraphType<StringGraphType>>("facilitatorName").Resolve(c => c.Source.Activity.Facilitator.Name);
        Field<NonNullGraphType<ActivityStatusType>>("status").Resolve(c => c.Source.Activity.Status);
        Field<NonNullGraphType<InvitationAnswerType>>("myAnswer").Resolve(c => c.Source.Me.Answer);
        Field<BooleanGraphType>("attended").Description("Your attendance, once recorded.").Resolve(c => c.Source.Me.Attended);
        Field<NonNullGraphType<BooleanGraphType>>("canMarkAttendance").Description("It has begun and was not cancelled.").Resolve(c => c.Source.CanMarkAttendance);
    }
}

public sealed class MyActivityPayloadType : PayloadType<MyActivity, MyActivityType>
{
    public MyActivityPayloadType() : base("MyGroupActivityPayload", "activity") { this.ReadableBy(Role.Mentor); }
}
