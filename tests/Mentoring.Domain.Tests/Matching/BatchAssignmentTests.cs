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
        var waves =
            from clientCount in Gen.Int[1, 12]
            from mentorCount in Gen.Int[1, 6]
            from capacities in Gen.Int[0, 3].Array[mentorCount]
            from days in Gen.Int[0, 90].Array[clientCount]
            from edges in (from c in Gen.Int[0, clientCount - 1] from m in Gen.Int[0, mentorCount - 1] from s in Gen.Double[0, 1] select (c, m, s)).Array[0, 40]
            select (clientCount, mentorCount, capacities, days, edges);

        waves.Sample(w =>
        {
            var (clients, capacity, pairings) = Build(w.clientCount, w.mentorCount, w.capacities, w.days, w.edges);
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
        var waves =
            from clientCount in Gen.Int[1, 15]
            from mentorCount in Gen.Int[1, 12]
            from capacities in Gen.Int[0, 4].Array[mentorCount]
            from days in Gen.Int[0, 90].Array[clientCount]
            from destinations in Gen.Int[1, 3]
            from edges in (from c in Gen.Int[0, clientCount - 1] from m in Gen.Int[0, mentorCount - 1] from s in Gen.Int[0, 10] select (c, m, s / 10.0)).Array[0, 100]
            // With several destinations, a client is offered only the mentors of its own, as in a real wave: the wave falls apart.
            select (clientCount, mentorCount, capacities, days, edges: edges.Where(e => e.c % destinations == e.m % destinations).ToArray());

        var samplesPruned = 0;
        waves.Sample(w =>
        {
            var (clients, capacity, pairings) = Build(w.clientCount, w.mentorCount, w.capacities, w.days, w.edges);
            var solved = BatchAssignment.Solve(clients, capacity, pairings);
            var whole = BatchAssignment.SolveWhole(clients, capacity, pairings);
            Assert.Equal(BatchAssignment.Total(whole, clients), BatchAssignment.Total(solved, clients));

            var wave = IndexedWave.Of(clients, capacity, pairings);
            if (ArcPruning.Needed(wave).Length < wave.Count) Interlocked.Increment(ref samplesPruned); // samples run in parallel
        }, iter: 1000);

        Assert.True(samplesPruned > 100, $"pruning dropped pairings in {samplesPruned} of 1000 waves");
    }

    private static (List<WaveClient> Clients, Dictionary<Guid, int> Capacity, List<Pairing> Pairings) Build(
        int clientCount, int mentorCount, int[] capacities, int[] days, (int c, int m, double s)[] edges)
    {
        var clientIds = Enumerable.Range(0, clientCount).Select(_ => Guid.NewGuid()).ToArray();
        var mentorIds = Enumerable.Range(0, mentorCount).Select(_ => Guid.NewGuid()).ToArray();
        var clients = clientIds.Select((id, i) => new WaveClient(id, days[i])).ToList();
        var capacity = mentorIds.Select((id, i) => (id, capacities[i])).ToDictionary(x => x.id, x => x.Item2);
        var pairings = edges.DistinctBy(e => (e.c, e.m)).Select(e => new Pairing(clientIds[e.c], mentorIds[e.m], e.s)).ToList();
        return (clients, capacity, pairings);
    }
}
