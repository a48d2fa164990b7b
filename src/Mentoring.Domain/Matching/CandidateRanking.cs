using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Matching;

/// <summary>
/// Judges mentors for a client: hard constraints first (a failed one excludes the mentor and says why), then a
/// transparent score from weighted factors. Ranking assesses every mentor cheaply (eligibility and score, no
/// reasons); only the mentors shown are judged in full. Both run the same rules (<see cref="HardConstraints"/>,
/// <see cref="ScoreFactors"/>), so a shown score is the ranked one. Pure: everything it needs is passed in.
/// </summary>
public static class CandidateRanking
{
    /// <summary>How many factors a score has and how many hard constraints a judgement can fail: the lists' sizes.</summary>
    public static int FactorCount => ScoreFactors.All.Length;
    public static int ConstraintCount => HardConstraints.All.Length;

    /// <summary>One mentor, explained: every failed constraint with its parameters, every factor with its reason.</summary>
    public static Candidate Judge(Client client, MentorLoad load, VettingPolicy policy, MatchingWeights weights, DateOnly today)
    {
        var facts = new CandidateFacts(new ClientTraits(client), load, policy, today);
        var failed = new List<FailedConstraint>();
        var factors = new List<ScoreFactor>(ScoreFactors.All.Length);
        HardConstraints.Hold(facts, failed);
        return new Candidate(load.Mentor.Id, ScoreFactors.Score(facts, weights, factors), failed, factors);
    }

    /// <summary>Each mentor's eligibility and score, in the mentors' order, without explanations.</summary>
    public static IEnumerable<Assessment> Assess(Client client, IEnumerable<MentorLoad> mentors, VettingPolicy policy, MatchingWeights weights, DateOnly today)
    {
        var traits = new ClientTraits(client);
        foreach (var load in mentors) yield return Assess(new CandidateFacts(traits, load, policy, today), weights);
    }

    /// <summary>Every mentor, eligible first, best score first, then by id so equal scores keep one order.</summary>
    public static IReadOnlyList<Assessment> Rank(Client client, IEnumerable<MentorLoad> mentors, VettingPolicy policy, MatchingWeights weights, DateOnly today)
    {
        var ranked = Assess(client, mentors, policy, weights, today).ToArray();
        Array.Sort(ranked, Order);
        return ranked;
    }

    /// <summary>The <paramref name="first"/> best eligible mentors, in <see cref="Rank"/>'s order, each judged in full: what the matching screen shows.</summary>
    public static IReadOnlyList<Candidate> Shortlist(Client client, IEnumerable<MentorLoad> mentors, VettingPolicy policy, MatchingWeights weights,
        DateOnly today, int first)
    {
        // A page is a few dozen of thousands: a heap holding the best seen so far (the worst of them on top, pushed out
        // by a better one) costs one comparison for most mentors, where sorting them all cost a dozen.
        var size = Math.Max(first, 0);
        var best = new PriorityQueue<Assessment, Assessment>(size + 1, WorstFirst);
        foreach (var assessed in Assess(client, mentors, policy, weights, today))
        {
            if (!assessed.Eligible || size == 0) continue;
            if (best.Count < size) best.Enqueue(assessed, assessed);
            else best.EnqueueDequeue(assessed, assessed);
        }
        var shown = best.UnorderedItems.Select(i => i.Element).ToArray();
        Array.Sort(shown, Order);
        return shown.Select(a => Judge(client, a.Load, policy, weights, today)).ToArray();
    }

    private static Assessment Assess(in CandidateFacts facts, MatchingWeights weights) =>
        new(facts.Load, HardConstraints.Hold(facts, null), ScoreFactors.Score(facts, weights, null));

    private static readonly Comparer<Assessment> WorstFirst = Comparer<Assessment>.Create((a, b) => Order(b, a));

    private static int Order(Assessment a, Assessment b) =>
        a.Eligible != b.Eligible ? (a.Eligible ? -1 : 1)
        : b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore
        : a.Load.Mentor.Id.CompareTo(b.Load.Mentor.Id);
}
