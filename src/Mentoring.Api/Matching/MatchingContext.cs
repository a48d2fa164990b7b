using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Matching;

/// <summary>Loads what ranking needs from the NGO's tenant: mentors with their open-match load, policy and weights.</summary>
public static class MatchingContext
{
    public static async Task<MatchingWeights> WeightsAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<MatchingWeights>(MatchingWeights.WeightsId, ct) ?? MatchingWeights.Default;

    public static async Task<VettingPolicy> PolicyAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;

    public static async Task<Dictionary<Guid, int>> OpenMatchesByMentorAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<Match>().Where(m => m.Stage.IsOneOf(Match.OpenStages))
            .ToListAsync(ct)).GroupBy(m => m.MentorId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Approved mentors only: nobody else can pass the first constraint, and "why not" asks for one by id.</summary>
    public static async Task<IReadOnlyList<MentorLoad>> CandidatesAsync(IQuerySession session, string? municipality, CancellationToken ct)
    {
        var open = await OpenMatchesByMentorAsync(session, ct);
        var query = session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved);
        if (municipality is not null) query = query.Where(m => m.Profile.Municipalities.Contains(municipality));
        var mentors = await query.ToListAsync(ct);
        var conflicts = (await session.Query<ConflictOfInterest>().ToListAsync(ct))
            .GroupBy(c => c.MentorId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(c => c.ClientId).ToHashSet());
        return mentors.Select(m => new MentorLoad(m, open.GetValueOrDefault(m.Id), conflicts.GetValueOrDefault(m.Id) ?? new HashSet<Guid>())).ToList();
    }

    public static async Task<MentorLoad?> LoadAsync(IQuerySession session, Guid mentorId, CancellationToken ct)
    {
        var mentor = await session.LoadAsync<Mentor>(mentorId, ct);
        if (mentor is null) return null;
        var open = await session.Query<Match>().CountAsync(m => m.MentorId == mentorId
            && m.Stage.IsOneOf(Match.OpenStages), ct);
        var conflicts = (await session.Query<ConflictOfInterest>().Where(c => c.MentorId == mentorId).ToListAsync(ct)).Select(c => c.ClientId).ToHashSet();
        return new MentorLoad(mentor, open, conflicts);
    }

    public static DateOnly Today(TimeProvider clock) => RigaCalendar.Today(clock);
}
