using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Contacts;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public static class MonitoringQueries
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddMonitoringQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CheckInDueType>>>>("checkInsDue")
            .Description("Staff check-ins due soon or overdue, one row per side of each active match, the earliest due first (the policy's cadence).")
            .Argument<BooleanGraphType>("includeOnTrack", "Also the sides whose next check-in is not due yet.")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await MonitoringViews.DueAsync(session, RigaCalendar.Today(clock),
                ctx.GetArgument<bool?>("includeOnTrack") ?? false, ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpenHealthTaskType>>>>("openHealthTasks")
            .Description("Coordinator tasks raised by low or falling health checks, not yet followed by a staff check-in.")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await MonitoringViews.OpenTasksAsync(session, ctx.CancellationToken));

        query.Field<MatchMonitoringType>("matchMonitoring")
            .Description("A match's check-ins, health trend and tasks.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                var views = await MonitoringViews.LoadAsync(session, [ctx.GetArgument<Guid>("matchId")], RigaCalendar.Today(clock), ctx.CancellationToken);
                return (object?)views.Values.SingleOrDefault();
            });
    }

    /// <summary>Match.monitoring for the desk's lists (engagement): one batch of reads per request.</summary>
    public static void AddMonitoringField(ObjectGraphType<Match> match) =>
        match.Field<NonNullGraphType<MatchMonitoringType>>("monitoring")
            .Description("Staff check-ins, the health trend and open tasks of this match.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Monitoring.Load(c.Source.Id));

    /// <summary>MyMatch.healthCheckDue: the mentor's own open, unanswered milestone, from their own match only.</summary>
    public static void AddHealthCheckDueField(ObjectGraphType<MyMatch> myMatch) =>
        myMatch.Field<IntGraphType>("healthCheckDue")
            .Description("The milestone (1, 3, 6 or 12 months) whose two-question health check you can answer now; null when none is open or you answered it.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Monitoring.Load(c.Source.MatchId).Then(v =>
                v?.HealthCheckOpen is { } open && !v.Monitoring.Health.Any(h => h.Source == CheckInParty.Mentor && h.Milestone == open) ? open : (int?)null));
}
