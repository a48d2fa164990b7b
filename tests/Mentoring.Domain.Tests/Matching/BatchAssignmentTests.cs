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
            var clientIds = Enumerable.Range(0, w.clientCount).Select(_ => Guid.NewGuid()).ToArray();
            var mentorIds = Enumerable.Range(0, w.mentorCount).Select(_ => Guid.NewGuid()).ToArray();
            var clients = clientIds.Select((id, i) => new WaveClient(id, w.days[i])).ToList();
            var capacity = mentorIds.Select((id, i) => (id, w.capacities[i])).ToDictionary(x => x.id, x => x.Item2);
            var pairings = w.edges.DistinctBy(e => (e.c, e.m)).Select(e => new Pairing(clientIds[e.c], mentorIds[e.m], e.s)).ToList();

            var optimal = BatchAssignment.Solve(clients, capacity, pairings);
            var offered = pairings.Select(p => (p.ClientId, p.MentorId)).ToHashSet();
            Assert.All(optimal, p => Assert.Contains((p.ClientId, p.MentorId), offered));
            Assert.Equal(optimal.Count, optimal.Select(p => p.ClientId).Distinct().Count());
            Assert.All(optimal.GroupBy(p => p.MentorId), g => Assert.True(g.Count() <= capacity[g.Key]));
            Assert.True(BatchAssignment.Total(optimal, clients) >= BatchAssignment.Total(BatchAssignment.Greedy(clients, capacity, pairings), clients));
        }, iter: 300);
    }
}
