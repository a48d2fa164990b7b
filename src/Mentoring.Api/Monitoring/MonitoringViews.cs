using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Monitoring;

namespace Mentoring.Api.Monitoring;

/// <summary>A match's monitoring as staff see it: the stream's facts and, while the match is active, where its check-ins stand today.</summary>
public sealed record MonitoringView(Match Match, MatchMonitoring Monitoring, CheckInPolicy Policy, DateOnly Today)
{
    public CheckInStatus? StatusOf(CheckInParty with) => Match is { Stage: MatchStage.Active, ActiveFrom: { } from }
        ? CheckInCadence.StatusOn(from, Monitoring.CheckInDays(with), Today, Policy)
        : null;

    /// <summary>The milestone whose health check is open today, if any.</summary>
    public int? HealthCheckOpen => Match is { Stage: MatchStage.Active, ActiveFrom: { } from }
        ? HealthMilestones.OpenOn(from, Today, Policy.HealthCheckWindowDays)
        : null;
}

/// <summary>One side of one match whose staff check-in is due or overdue: a row of the coordinator's monitoring list.</summary>
public sealed record CheckInDue(Match Match, CheckInParty With, CheckInStatus Status);

/// <summary>An open coordinator task raised by a falling health rating.</summary>
public sealed record OpenHealthTask(Match Match, HealthTask Task);

public static class MonitoringViews
{
    public static async Task<CheckInPolicy> PolicyAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<CheckInPolicy>(CheckInPolicy.PolicyId, ct) ?? CheckInPolicy.Default;

    /// <summary>The monitoring streams of these matches, by match id (a match nobody monitored yet has none).</summary>
    public static async Task<Dictionary<Guid, MatchMonitoring>> OfMatchesAsync(IQuerySession session, IReadOnlyCollection<Guid> matchIds, CancellationToken ct) =>
        matchIds.Count == 0 ? [] : (await session.LoadManyAsync<MatchMonitoring>(ct, matchIds.Select(MatchMonitoring.StreamOf))).ToDictionary(m => m.MatchId);

    /// <summary>Three reads whatever the number of matches: the matches, their monitoring streams and the policy.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MonitoringView>> LoadAsync(IQuerySession session, IReadOnlyList<Guid> matchIds, DateOnly today,
        CancellationToken ct)
    {
        var matches = await session.LoadManyAsync<Match>(ct, matchIds);
        var monitoring = await OfMatchesAsync(session, matchIds, ct);
        var policy = await PolicyAsync(session, ct);
        return matches.ToDictionary(m => m.Id, m => new MonitoringView(m, monitoring.GetValueOrDefault(m.Id) ?? MatchMonitoring.Empty(m.Id), policy, today));
    }

    /// <summary>Every active match's sides whose check-in is due or overdue, the most overdue first.</summary>
    public static async Task<IReadOnlyList<CheckInDue>> DueAsync(IQuerySession session, DateOnly today, bool includeOnTrack, CancellationToken ct)
    {
        var active = await session.Query<Match>().Where(m => m.Stage == MatchStage.Active).ToListAsync(ct);
        var monitoring = await OfMatchesAsync(session, active.Select(m => m.Id).ToList(), ct);
        var policy = await PolicyAsync(session, ct);
        return [.. active
            .SelectMany(m => Enum.GetValues<CheckInParty>().Select(with => new CheckInDue(m, with,
                CheckInCadence.StatusOn(m.ActiveFrom!.Value, (monitoring.GetValueOrDefault(m.Id) ?? MatchMonitoring.Empty(m.Id)).CheckInDays(with), today, policy))))
            .Where(d => includeOnTrack || d.Status.State != CheckInState.OnTrack)
            .OrderBy(d => d.Status.NextDue).ThenBy(d => d.Match.Id).ThenBy(d => d.With)];
    }

    public static async Task<IReadOnlyList<OpenHealthTask>> OpenTasksAsync(IQuerySession session, CancellationToken ct)
    {
        var active = await session.Query<Match>().Where(m => m.Stage == MatchStage.Active).ToListAsync(ct);
        var monitoring = await OfMatchesAsync(session, active.Select(m => m.Id).ToList(), ct);
        return [.. active.Where(m => monitoring.ContainsKey(m.Id))
            .SelectMany(m => monitoring[m.Id].Tasks.Where(t => t.IsOpen).Select(t => new OpenHealthTask(m, t)))
            .OrderBy(t => t.Task.RaisedOn)];
    }
}
