using Google.OrTools.Graph;

namespace Mentoring.Domain.Matching;

/// <summary>A client of an intake wave: who, and in how many days they are released (sooner is more urgent).</summary>
public sealed record WaveClient(Guid ClientId, int DaysToRelease);

/// <summary>An eligible pairing and its score (0 to 1).</summary>
public sealed record Pairing(Guid ClientId, Guid MentorId, double Score);

public sealed record Proposal(Guid ClientId, Guid MentorId, double Score);

/// <summary>
/// The best assignment of a whole intake wave under mentor capacities: a min-cost flow (Google OR-Tools), so the
/// total score is maximal, not just good client by client. Only eligible pairings are offered to it, so no hard
/// constraint can be broken; sooner releases weigh a little more when scores are close.
/// </summary>
public static class BatchAssignment
{
    public const int UrgencyHorizonDays = 60;
    private const long ScoreScale = 1000;

    /// <summary>What a pairing is worth to the assignment: its score, plus up to 6 % for the nearest releases.</summary>
    public static long Value(Pairing pairing, int daysToRelease) =>
        (long)Math.Round(pairing.Score * ScoreScale) + Math.Clamp(UrgencyHorizonDays - daysToRelease, 0, UrgencyHorizonDays);

    public static IReadOnlyList<Proposal> Solve(IReadOnlyList<WaveClient> clients, IReadOnlyDictionary<Guid, int> freeCapacity, IReadOnlyList<Pairing> pairings)
    {
        var clientIndex = clients.Select((c, i) => (c.ClientId, i)).ToDictionary(x => x.ClientId, x => x.i);
        var mentors = freeCapacity.Where(m => m.Value > 0).Select(m => m.Key).ToList();
        var mentorIndex = mentors.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        var usable = pairings.Where(p => clientIndex.ContainsKey(p.ClientId) && mentorIndex.ContainsKey(p.MentorId)).ToList();
        if (clients.Count == 0 || usable.Count == 0) return [];

        // Nodes: source, clients, mentors, sink. Each client either takes one pairing or the free "unassigned" arc.
        int source = 0, firstClient = 1, firstMentor = 1 + clients.Count, sink = firstMentor + mentors.Count;
        var flow = new MinCostFlow();
        for (var c = 0; c < clients.Count; c++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, firstClient + c, 1, 0);
            flow.AddArcWithCapacityAndUnitCost(firstClient + c, sink, 1, 0);
        }
        var arcs = new List<(int Arc, Pairing Pairing)>();
        foreach (var p in usable)
        {
            var c = clientIndex[p.ClientId];
            var arc = flow.AddArcWithCapacityAndUnitCost(firstClient + c, firstMentor + mentorIndex[p.MentorId], 1, -Value(p, clients[c].DaysToRelease));
            arcs.Add((arc, p));
        }
        for (var m = 0; m < mentors.Count; m++)
            flow.AddArcWithCapacityAndUnitCost(firstMentor + m, sink, freeCapacity[mentors[m]], 0);
        flow.SetNodeSupply(source, clients.Count);
        flow.SetNodeSupply(sink, -clients.Count);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new InvalidOperationException($"The assignment could not be solved: {status}."); // cannot happen: the unassigned arcs keep it feasible

        return arcs.Where(a => flow.Flow(a.Arc) > 0)
            .Select(a => new Proposal(a.Pairing.ClientId, a.Pairing.MentorId, a.Pairing.Score))
            .OrderBy(p => clients[clientIndex[p.ClientId]].DaysToRelease).ToList();
    }

    /// <summary>The obvious alternative, best pairing first while capacity lasts: the optimum is never worse.</summary>
    public static IReadOnlyList<Proposal> Greedy(IReadOnlyList<WaveClient> clients, IReadOnlyDictionary<Guid, int> freeCapacity, IReadOnlyList<Pairing> pairings)
    {
        var days = clients.ToDictionary(c => c.ClientId, c => c.DaysToRelease);
        var left = freeCapacity.ToDictionary(m => m.Key, m => m.Value);
        var assigned = new HashSet<Guid>();
        var proposals = new List<Proposal>();
        foreach (var p in pairings.Where(p => days.ContainsKey(p.ClientId)).OrderByDescending(p => Value(p, days[p.ClientId])))
        {
            if (assigned.Contains(p.ClientId) || left.GetValueOrDefault(p.MentorId) <= 0) continue;
            assigned.Add(p.ClientId);
            left[p.MentorId]--;
            proposals.Add(new Proposal(p.ClientId, p.MentorId, p.Score));
        }
        return proposals;
    }

    public static long Total(IReadOnlyList<Proposal> proposals, IReadOnlyList<WaveClient> clients)
    {
        var days = clients.ToDictionary(c => c.ClientId, c => c.DaysToRelease);
        return proposals.Sum(p => Value(new Pairing(p.ClientId, p.MentorId, p.Score), days[p.ClientId]));
    }
}
