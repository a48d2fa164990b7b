using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public static class ClosureQueries
{
    public static void AddClosureQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClosureDueType>>>>("closuresDue")
            .Description($"Ended matches whose closure step is open, the oldest first; overdue {ClosureRule.OverdueAfterDays} days after it opened.")
            .RequireRoles(Role.Coordinator, Role.OrgAdmin)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await DueAsync(session, RigaCalendar.Today(clock), ctx.CancellationToken));

    /// <summary>Two reads: the ended matches' monitoring streams with an open closure (indexed by match), and those matches.</summary>
    public static async Task<IReadOnlyList<ClosureDue>> DueAsync(IQuerySession session, DateOnly today, CancellationToken ct)
    {
        var open = await session.Query<MatchMonitoring>().Where(m => m.Closure != null && m.Closure.CompletedOn == null).ToListAsync(ct);
        if (open.Count == 0) return [];
        var matches = (await session.LoadManyAsync<Match>(ct, open.Select(m => m.MatchId))).ToDictionary(m => m.Id);
        return [.. open.Where(m => matches.ContainsKey(m.MatchId))
            .Select(m => new ClosureDue(matches[m.MatchId], m.Closure!, m.Closure!.IsOverdue(today)))
            .OrderBy(d => d.Closure.OpenedOn).ThenBy(d => d.Match.Id)];
    }
}
