using Marten;

namespace Mentoring.Domain.Contacts;

/// <summary>A match's standing (not retracted) meetings since some instant: how many and how long in all.</summary>
public sealed record RecentContacts(int Contacts, int Minutes);

/// <summary>The standing meetings of one Riga day: how many and how long in all, nothing of what was said.</summary>
public sealed record ContactDay(DateOnly On, int Contacts, int Minutes);

/// <summary>
/// What lists need of the contact log, one query per list whatever its length: PostgreSQL groups the contacts by match,
/// so no list loads a match's meetings to count them.
/// </summary>
public static class ContactLogQueries
{
    /// <summary>When each match's latest standing meeting happened (the cadence counts from it); a match without one is absent.</summary>
    public static async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastContactAtAsync(IQuerySession session, IReadOnlyCollection<Guid> matchIds,
        CancellationToken ct)
    {
        if (matchIds.Count == 0) return new Dictionary<Guid, DateTimeOffset>();
        var ids = matchIds.Distinct().ToArray();
        var latest = await session.Query<ContactRecord>().Where(c => c.MatchId.IsOneOf(ids) && !c.Retracted)
            .GroupBy(c => c.MatchId).Select(g => new { MatchId = g.Key, At = g.Max(c => c.HappenedAt) }).ToListAsync(ct);
        return latest.ToDictionary(x => x.MatchId, x => x.At);
    }

    public static async Task<DateTimeOffset?> LastContactAtAsync(IQuerySession session, Guid matchId, CancellationToken ct) =>
        (await LastContactAtAsync(session, [matchId], ct)).TryGetValue(matchId, out var at) ? at : null;

    public static async Task<IReadOnlyDictionary<Guid, RecentContacts>> RecentAsync(IQuerySession session, IReadOnlyCollection<Guid> matchIds,
        DateTimeOffset since, CancellationToken ct)
    {
        if (matchIds.Count == 0) return new Dictionary<Guid, RecentContacts>();
        var ids = matchIds.Distinct().ToArray();
        var from = since.ToUniversalTime(); // HappenedAt is a timestamptz column, which takes UTC only
        var recent = await session.Query<ContactRecord>().Where(c => c.MatchId.IsOneOf(ids) && !c.Retracted && c.HappenedAt >= from)
            .GroupBy(c => c.MatchId).Select(g => new { MatchId = g.Key, Count = g.Count(), Minutes = g.Sum(c => c.DurationMinutes) }).ToListAsync(ct);
        return recent.ToDictionary(x => x.MatchId, x => new RecentContacts(x.Count, x.Minutes));
    }

    /// <summary>
    /// The standing meetings of these matches per Riga day, from an instant on (all of them without one), oldest first:
    /// hour counts and outcome figures read one row a day, never a meeting.
    /// </summary>
    public static async Task<IReadOnlyList<ContactDay>> DaysAsync(IQuerySession session, IReadOnlyCollection<Guid> matchIds, DateTimeOffset? since,
        CancellationToken ct)
    {
        if (matchIds.Count == 0) return [];
        var ids = matchIds.Distinct().ToArray();
        var query = session.Query<ContactRecord>().Where(c => c.MatchId.IsOneOf(ids) && !c.Retracted);
        if (since?.ToUniversalTime() is { } from) query = query.Where(c => c.HappenedAt >= from); // a timestamptz column takes UTC only
        var days = await query.GroupBy(c => c.Day).Select(g => new { Day = g.Key, Count = g.Count(), Minutes = g.Sum(c => c.DurationMinutes) }).ToListAsync(ct);
        return days.Select(d => new ContactDay(d.Day, d.Count, d.Minutes)).OrderBy(d => d.On).ToList();
    }

    /// <summary>The matches among these with an urgent concern that no coordinator has acknowledged yet.</summary>
    public static async Task<IReadOnlySet<Guid>> WithOpenConcernAsync(IQuerySession session, IReadOnlyCollection<Guid> matchIds, CancellationToken ct)
    {
        if (matchIds.Count == 0) return new HashSet<Guid>();
        var ids = matchIds.Distinct().ToArray();
        return (await session.Query<ContactRecord>().Where(c => c.MatchId.IsOneOf(ids) && c.OpenUrgentConcern).Select(c => c.MatchId).ToListAsync(ct)).ToHashSet();
    }
}
