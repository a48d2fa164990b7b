using BenchmarkDotNet.Attributes;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Bench.Matching;

/// <summary>Ranking every mentor of an NGO for one client (the matching screen's work).</summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private Client _client = null!;
    private List<MentorLoad> _mentors = null!;

    [Params(10_000)]
    public int Mentors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        _client = Waves.Client(random, "riga");
        // Everyone serves Rīga here, so every mentor is fully judged and scored.
        _mentors = Enumerable.Range(0, Mentors).Select(_ => new MentorLoad(Waves.Mentor(random, "riga"), random.Next(2), new HashSet<Guid>())).ToList();
    }

    /// <summary>Baseline: the hard constraints alone, without scoring or sorting.</summary>
    [Benchmark(Baseline = true)]
    public int ConstraintsOnly() => _mentors.Count(m => m.Mentor.IsMatchable(Waves.Today, VettingPolicy.Default) && m.ActiveMatches < m.Mentor.Profile.Capacity
                                                        && m.Mentor.Profile.Languages.Intersect(_client.Person.Languages).Any());

    /// <summary>Every mentor assessed and sorted, none explained.</summary>
    [Benchmark]
    public int RankAll() => CandidateRanking.Rank(_client, _mentors, VettingPolicy.Default, MatchingWeights.Default, Waves.Today).Count;

    /// <summary>What matchCandidates does: every mentor ranked, the largest page it serves (50) explained.</summary>
    [Benchmark]
    public int ShortlistPage() => CandidateRanking.Shortlist(_client, _mentors, VettingPolicy.Default, MatchingWeights.Default, Waves.Today, 50).Count;
}

/// <summary>Batch assignment of an intake wave: the optimal min-cost flow against greedy on the same input.</summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private Waves.Wave _wave = null!;

    [Params("100x500", "300x1500", "1000x5000")]
    public string Size { get; set; } = "100x500";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        _wave = Waves.Build(int.Parse(parts[0]), int.Parse(parts[1]));
    }

    [Benchmark(Baseline = true)]
    public int Greedy() => BatchAssignment.Greedy(_wave.Clients, _wave.Capacity, _wave.Pairings).Count;

    [Benchmark]
    public int Optimal() => BatchAssignment.Solve(_wave.Clients, _wave.Capacity, _wave.Pairings).Count;
}
