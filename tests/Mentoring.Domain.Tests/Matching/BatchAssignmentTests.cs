using CsCheck;
using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Tests.Matching;

public sealed class BatchAssignmentTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), X = Guid.NewGuid(), Y = Guid.NewGuid();

    [Fact]
    public void The_optimum_beats_greedy_where_greedy_takes_the_wrong_first_step()
    {
        // Greedy gives X to A (0.9) and leaves B unmatched; the optimum gives A→Y and B→X.
        var clients = new[] { new WaveClient(A, 30), new WaveClient(B, 30) };
        var capacity = new Dictionary<Guid, int> { [X] = 1, [Y] = 1 };
        Pairing[] pairings = [new(A, X, 0.9), new(A, Y, 0.8), new(B, X, 0.7)];
        var optimal = BatchAssignment.Solve(clients, capacity, pairings);
        var greedy = BatchAssignment.Greedy(clients, capacity, pairings);
        Assert.Equal(2, optimal.Count);
        Assert.Single(greedy);
        Assert.True(BatchAssignment.Total(optimal, clients) > BatchAssignment.Total(greedy, clients));
    }

    [Fact]
    public void Sooner_releases_win_the_last_place_when_scores_are_equal()
    {
        var clients = new[] { new WaveClient(A, 50), new WaveClient(B, 5) };
        var proposals = BatchAssignment.Solve(clients, new Dictionary<Guid, int> { [X] = 1 }, [new(A, X, 0.8), new(B, X, 0.8)]);
        Assert.Equal(B, Assert.Single(proposals).ClientId);
    }

    [Fact]
    public void Nothing_to_assign_gives_no_proposals()
    {
        Assert.Empty(BatchAssignment.Solve([new WaveClient(A, 10)], new Dictionary<Guid, int> { [X] = 0 }, [new(A, X, 1)]));
        Assert.Empty(BatchAssignment.Solve([], new Dictionary<Guid, int> { [X] = 1 }, []));
    }

    /// <summary>
    /// For any wave: every proposal is an offered (eligible) pairing, no client twice, no mentor over capacity, and
    /// the total never below greedy's.
    /// </summary>
    [Fact]
    public void Assignments_never_break_constraints_or_capacity_and_never_lose_to_greedy()
    {
        Waves(clients: 12, mentors: 6, capacity: 3, pairings: 40, Gen.Double[0, 1]).Sample(w =>
        {
            var (clients, capacity, pairings) = w;
            var optimal = BatchAssignment.Solve(clients, capacity, pairings);
            var offered = pairings.Select(p => (p.ClientId, p.MentorId)).ToHashSet();
            Assert.All(optimal, p => Assert.Contains((p.ClientId, p.MentorId), offered));
            Assert.Equal(optimal.Count, optimal.Select(p => p.ClientId).Distinct().Count());
            Assert.All(optimal.GroupBy(p => p.MentorId), g => Assert.True(g.Count() <= capacity[g.Key]));
            Assert.True(BatchAssignment.Total(optimal, clients) >= BatchAssignment.Total(BatchAssignment.Greedy(clients, capacity, pairings), clients));
        }, iter: 300);
    }

    /// <summary>
    /// Leaving out the pairings <see cref="ArcPruning"/> drops, solving each connected part on its own and taking each
    /// client's best pairing where nobody competes never change the optimum: on random waves, with scores often tied,
    /// mentors now scarce, now plentiful, and one to three destinations, the total equals that of one flow over every
    /// pairing. The waves are such that pruning does drop pairings, often.
    /// </summary>
    [Fact]
    public void Pruning_and_splitting_keep_the_optimum()
    {
        var samplesPruned = 0;
        // Scores in tenths, so that many tie.
        Waves(clients: 15, mentors: 12, capacity: 4, pairings: 100, Gen.Int[0, 10].Select(s => s / 10.0), destinations: 3).Sample(w =>
        {
            var (clients, capacity, pairings) = w;
            var solved = BatchAssignment.Solve(clients, capacity, pairings);
            var whole = BatchAssignment.SolveWhole(clients, capacity, pairings);
            Assert.Equal(BatchAssignment.Total(whole, clients), BatchAssignment.Total(solved, clients));

            var wave = IndexedWave.Of(clients, capacity, pairings);
            if (ArcPruning.Needed(wave).Length < wave.Count) Interlocked.Increment(ref samplesPruned); // samples run in parallel
        }, iter: 1000);

        Assert.True(samplesPruned > 100, $"pruning dropped pairings in {samplesPruned} of 1000 waves");
    }

    private sealed record Wave(List<WaveClient> Clients, Dictionary<Guid, int> Capacity, List<Pairing> Pairings);

    /// <summary>
    /// Random waves of up to so many clients, mentors (each with 0 to <paramref name="capacity"/> free places) and
    /// pairings. With several destinations a client is offered only the mentors of its own, as in a real wave, which
    /// then falls apart into independent parts.
    /// </summary>
    private static Gen<Wave> Waves(int clients, int mentors, int capacity, int pairings, Gen<double> score, int destinations = 1) =>
        from clientCount in Gen.Int[1, clients]
        from mentorCount in Gen.Int[1, mentors]
        from capacities in Gen.Int[0, capacity].Array[mentorCount]
        from days in Gen.Int[0, 90].Array[clientCount]
        from places in Gen.Int[1, destinations]
        from edges in (from c in Gen.Int[0, clientCount - 1] from m in Gen.Int[0, mentorCount - 1] from s in score select (c, m, s)).Array[0, pairings]
        select Build(clientCount, mentorCount, capacities, days, edges.Where(e => e.c % places == e.m % places));

    private static Wave Build(int clientCount, int mentorCount, int[] capacities, int[] days, IEnumerable<(int c, int m, double s)> edges)
    {
        var clientIds = Enumerable.Range(0, clientCount).Select(_ => Guid.NewGuid()).ToArray();
        var mentorIds = Enumerable.Range(0, mentorCount).Select(_ => Guid.NewGuid()).ToArray();
        var clients = clientIds.Select((id, i) => new WaveClient(id, days[i])).ToList();
        var capacity = mentorIds.Select((id, i) => (id, capacities[i])).ToDictionary(x => x.id, x => x.Item2);
        var pairings = edges.DistinctBy(e => (e.c, e.m)).Select(e => new Pairing(clientIds[e.c], mentorIds[e.m], e.s)).ToList();
        return new Wave(clients, capacity, pairings);
    }
}
