using CsCheck;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Matching.MatchingPeople;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>
/// A ranking assesses every mentor without reasons and the screen explains only the page it shows: the ranked
/// eligibility and score must be exactly what the explanation says, for any client and any mentors.
/// </summary>
public sealed class RankedAndExplainedTests
{
    private static readonly string[] Languages = ["lv", "ru", "en", "uk"];
    private static readonly string[] Places = ["riga", "liepaja", "olaine"];

    [Fact]
    public void Ranked_scores_and_eligibility_are_the_explained_ones()
    {
        int eligible = 0, ineligible = 0;
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var client = AnyClient(random);
            var weights = random.Next(3) == 0 ? MatchingWeights.Default : AnyWeights(random);
            var policy = random.Next(2) == 0 ? VettingPolicy.Default : VettingPolicy.Default with { RefresherTrainingMonths = 1 };
            var mentors = Enumerable.Range(0, 25).Select(_ => AnyLoad(random, client.Id)).ToList();

            var ranked = CandidateRanking.Rank(client, mentors, policy, weights, Today);
            foreach (var assessed in ranked)
            {
                var judged = CandidateRanking.Judge(client, assessed.Load, policy, weights, Today);
                Assert.Equal(judged.Eligible, assessed.Eligible);
                Assert.Equal(judged.Score, assessed.Score); // exact: the same code computed both
                Assert.Equal(judged.Factors.Sum(f => f.Contribution) / judged.Factors.Sum(f => f.Weight), judged.Score, 12);
                Interlocked.Increment(ref assessed.Eligible ? ref eligible : ref ineligible); // samples run in parallel
            }

            // The shown page is the ranking's eligible head, in its order, each explained.
            var first = 1 + random.Next(30);
            var shown = CandidateRanking.Shortlist(client, mentors, policy, weights, Today, first);
            var head = ranked.Where(a => a.Eligible).Take(first).ToList();
            Assert.Equal(head.Select(a => (a.Load.Mentor.Id, a.Score)), shown.Select(c => (c.MentorId, c.Score)));
            Assert.All(shown, c => Assert.Equal(CandidateRanking.FactorCount, c.Factors.Count));
        }, iter: 200);

        // The mentors were varied enough to exercise both outcomes many times.
        Assert.True(eligible > 200 && ineligible > 200, $"eligible {eligible}, ineligible {ineligible}");
    }

    private static Client AnyClient(Random random)
    {
        NeedAssessment[] needs = Enum.GetValues<NeedDomain>().Where(_ => random.Next(3) == 0)
            .Select(d => new NeedAssessment(d, (NeedLevel)random.Next(4), null)).ToArray();
        var client = ConsentedClient(
            wantsGender: random.Next(4) == 0 ? (Gender)random.Next(2) : null,
            wantsLived: random.Next(4) == 0 ? random.Next(2) == 0 : null,
            flags: Enum.GetValues<RiskFlag>().Where(_ => random.Next(4) == 0).ToArray(),
            languages: Some(random, Languages),
            needs: random.Next(5) == 0 ? null : needs,
            municipality: Places[random.Next(Places.Length)],
            birthYear: 1950 + random.Next(55),
            preferredLanguage: random.Next(3) == 0 ? Languages[random.Next(Languages.Length)] : null);
        return random.Next(10) == 0 ? client.Apply(new ConsentWithdrawn(client.Id, Today, null, Guid.Empty, Now)) : client;
    }

    private static MentorLoad AnyLoad(Random random, Guid clientId)
    {
        var capacity = random.Next(4);
        var mentor = ApprovedMentor(
            gender: (Gender)random.Next(2),
            languages: Some(random, Languages),
            municipalities: Some(random, Places),
            specialities: Enum.GetValues<NeedDomain>().Where(_ => random.Next(3) == 0).ToArray(),
            capacity: capacity,
            incarceration: random.Next(2) == 0,
            remission: random.Next(3) == 0 ? null : random.Next(8),
            birthYear: 1945 + random.Next(60),
            supervision: random.Next(3),
            approvedAt: Now.AddMonths(-random.Next(30)),
            availability: random.Next(7));
        if (random.Next(8) == 0) mentor = mentor.Apply(new MentorSuspended(mentor.Id, "check", Guid.Empty, Now));
        var conflicts = random.Next(10) == 0 ? new HashSet<Guid> { clientId } : [];
        return new MentorLoad(mentor, random.Next(capacity + 2), conflicts);
    }

    private static MatchingWeights AnyWeights(Random random) => new()
    {
        NeedCoverage = random.NextDouble(), LivedExperienceFit = random.NextDouble(), AgeProximity = random.NextDouble(),
        AvailabilityOverlap = random.NextDouble(), Load = random.NextDouble(), PreferredLanguage = random.NextDouble(),
    };

    /// <summary>One to all of <paramref name="all"/>, in a random order.</summary>
    private static string[] Some(Random random, string[] all) => all.OrderBy(_ => random.Next()).Take(1 + random.Next(all.Length)).ToArray();
}
