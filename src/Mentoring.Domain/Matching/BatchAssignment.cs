namespace Mentoring.Domain.Matching;

/// <summary>A client of an intake wave: who, and in how many days they are released (sooner is more urgent).</summary>
public sealed record WaveClient(Guid ClientId, int DaysToRelease);

/// <summary>An eligible pairing and its score (0 to 1).</summary>
public sealed record Pairing(Guid ClientId, Guid MentorId, double Score);

public sealed record Proposal(Guid ClientId, Guid MentorId, double Score);

/// <summary>
/// The best assignment of a whole intake wave under mentor capacities: a min-cost flow (Google OR-Tools,
/// <see cref="AssignmentFlow"/>), so the total score is maximal, not just good client by client. Only eligible pairings
/// are offered to it, so no hard constraint can be broken; sooner releases weigh a little more when scores are close.
/// Pairings that provably cannot improve the optimum are left out first (<see cref="ArcPruning"/>).
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
        var wave = IndexedWave.Of(clients, freeCapacity, pairings);
        return Proposals(clients, wave, AssignmentFlow.Solve(wave, ArcPruning.Needed(wave)));
    }

    /// <summary>The plain formulation, one flow over every pairing, nothing pruned, split or short-cut: what tests hold <see cref="Solve"/> to.</summary>
    internal static IReadOnlyList<Proposal> SolveWhole(IReadOnlyList<WaveClient> clients, IReadOnlyDictionary<Guid, int> freeCapacity, IReadOnlyList<Pairing> pairings)
    {
        var wave = IndexedWave.Of(clients, freeCapacity, pairings);
        return Proposals(clients, wave, AssignmentFlow.Solve(wave, IndexedWave.All(wave.Count), plain: true));
    }

    /// <summary>The taken pairings, soonest release first (then in the caller's order).</summary>
    private static List<Proposal> Proposals(IReadOnlyList<WaveClient> clients, IndexedWave wave, List<int> taken) =>
        taken.OrderBy(i => clients[wave.Client[i]].DaysToRelease).ThenBy(i => i).Select(i => ProposalOf(wave.PairingAt(i))).ToList();

    /// <summary>The obvious alternative, best pairing first while capacity lasts: the optimum is never worse.</summary>
    public static IReadOnlyList<Proposal> Greedy(IReadOnlyList<WaveClient> clients, IReadOnlyDictionary<Guid, int> freeCapacity, IReadOnlyList<Pairing> pairings)
    {
        var wave = IndexedWave.Of(clients, freeCapacity, pairings);
        var order = new long[wave.Count];
        for (var i = 0; i < order.Length; i++) order[i] = wave.BestFirstKey(i);
        Array.Sort(order);
        var left = (int[])wave.Capacity.Clone();
        var assigned = new bool[wave.ClientCount];
        var proposals = new List<Proposal>();
        foreach (var key in order)
        {
            var i = IndexedWave.PairingOf(key);
            int c = wave.Client[i], m = wave.Mentor[i];
            if (assigned[c] || left[m] == 0) continue;
            assigned[c] = true;
            left[m]--;
            proposals.Add(ProposalOf(wave.PairingAt(i)));
        }
        return proposals;
    }

    private static Proposal ProposalOf(Pairing p) => new(p.ClientId, p.MentorId, p.Score);

    public static long Total(IReadOnlyList<Proposal> proposals, IReadOnlyList<WaveClient> clients)
    {
        var days = clients.ToDictionary(c => c.ClientId, c => c.DaysToRelease);
        return proposals.Sum(p => Value(new Pairing(p.ClientId, p.MentorId, p.Score), days[p.ClientId]));
    }
}
