using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Activities;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Activities;

/// <summary>The staff's list of activities with their counts, one activity, and the mentor's own on the phone.</summary>
public static class ActivityGraph
{
    private static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];

    /// <summary>An ended activity stays on the mentor's phone this long, to mark attendance.</summary>
    public const int RecentDays = 30;

    public const int MaxListed = 200;
    public const int MaxInvitable = 500;

    public static void AddActivityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupActivityType>>>>("groupActivities")
            .Description("The NGO's group activities starting between two Riga days (both included; by default 30 days back to a year ahead), soonest first; at most 200.")
            .Argument<DateOnlyGraphType>("from")
            .Argument<DateOnlyGraphType>("to")
            .RequireRoles(CaseWorkers)
            .WithComplexityImpact(1, 20)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                var today = RigaCalendar.Today(clock);
                var from = RigaCalendar.At(ctx.GetArgument<DateOnly?>("from") ?? today.AddDays(-RecentDays), TimeOnly.MinValue);
                var to = RigaCalendar.At((ctx.GetArgument<DateOnly?>("to") ?? today.AddYears(1)).AddDays(1), TimeOnly.MinValue);
                return (object?)await session.Query<GroupActivity>().Where(a => a.StartsAt >= from && a.StartsAt < to)
                    .OrderBy(a => a.StartsAt).Take(MaxListed).ToListAsync(ctx.CancellationToken);
            });

        query.Field<GroupActivityType>("groupActivity")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await session.LoadAsync<GroupActivity>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitablePersonType>>>>("groupActivityInvitable")
            .Description($"Who may still be invited to the activity: approved mentors, then clients whose case is open and who consent to group " +
                         $"activities, each by name, without those holding a place; at most {MaxInvitable} of each. Empty for an unknown activity.")
            .Argument<NonNullGraphType<IdGraphType>>("activityId")
            .RequireRoles(CaseWorkers)
            .WithComplexityImpact(1, 20)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await InvitableAsync(session, ctx.GetArgument<Guid>("activityId"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacilitatorType>>>>("groupActivityFacilitators")
            .Description("The NGO's staff who may lead an activity (active coordinators and administrators), by name: whom planning accepts.")
            .RequireRoles(CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)(await session.Query<UserAccount>().ToListAsync(ctx.CancellationToken))
                .Where(ActivityDecider.MayLead).OrderBy(u => u.DisplayName).Select(u => new Facilitator(u.Id, u.DisplayName)).ToList());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyActivityType>>>>("myGroupActivities")
            .Description("The activities the signed-in mentor is invited to, from 30 days back, soonest first (with their own answer and attendance).")
            .RequireRoles(Role.Mentor)
            .WithComplexityImpact(1, 10)
            .Resolve().WithServices<IQuerySession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                if (await Contacts.ContactQueries.MentorIdAsync(session, http, ctx.CancellationToken) is not { } mentorId) return (object?)Array.Empty<MyActivity>();
                var now = clock.GetUtcNow();
                return (await ActivityQueries.InvitingAsync(session, mentorId, ctx.CancellationToken))
                    .Where(a => a.EndsAt >= now.AddDays(-RecentDays))
                    .Select(a => ForMentor(a, mentorId, now)).OfType<MyActivity>().ToList();
            });
    }

    /// <summary>Two reads beside the activity: by <see cref="Invitable"/>, the rule the decider applies, so the form offers no one it would refuse.</summary>
    private static async Task<IReadOnlyList<InvitablePerson>> InvitableAsync(IQuerySession session, Guid activityId, CancellationToken ct)
    {
        if (await session.LoadAsync<GroupActivity>(activityId, ct) is not { } activity) return [];
        var holding = activity.Invitees.Where(i => i.HoldsPlace).Select(i => i.Id).ToHashSet();
        var mentors = await session.Query<Mentor>().Where(Invitable.MentorRule).OrderBy(m => m.Profile.Name).Take(MaxInvitable + holding.Count)
            .Select(m => new { m.Id, m.Profile.Name }).ToListAsync(ct);
        var clients = await session.Query<Client>().Where(Invitable.ClientRule).OrderBy(c => c.Person.Name).Take(MaxInvitable + holding.Count)
            .Select(c => new { c.Id, c.Person.Name }).ToListAsync(ct);
        return
        [
            .. mentors.Where(m => !holding.Contains(m.Id)).Take(MaxInvitable).Select(m => new InvitablePerson(m.Id, InviteeKind.Mentor, m.Name)),
            .. clients.Where(c => !holding.Contains(c.Id)).Take(MaxInvitable).Select(c => new InvitablePerson(c.Id, InviteeKind.Client, c.Name)),
        ];
    }

    /// <summary>The mentor's view of an activity they are invited to (null when not, or when the invitation was taken back).</summary>
    public static MyActivity? ForMentor(GroupActivity activity, Guid mentorId, DateTimeOffset now) =>
        activity.Invitee(mentorId) is { Kind: InviteeKind.Mentor, Answer: not InvitationAnswer.Withdrawn } me
            ? new MyActivity(activity, me, activity.Status == ActivityStatus.Planned && now >= activity.StartsAt)
            : null;
}
