using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Matching.MatchingPeople;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>Each hard constraint excludes with its reason; each factor moves the score the way it says.</summary>
public sealed class CandidateRankingTests
{
    private static readonly VettingPolicy Policy = VettingPolicy.Default;
    private static readonly MatchingWeights Weights = MatchingWeights.Default;

    private static Candidate Judge(Client client, Mentor mentor, int active = 0, Guid? conflict = null) =>
        CandidateRanking.Judge(client, new MentorLoad(mentor, active, conflict is { } c ? new HashSet<Guid> { c } : []), Policy, Weights, Today);

    /// <summary>Fails exactly this constraint, and says why with exactly these parameters (name=value, in order).</summary>
    private static void FailsOnly(Candidate candidate, string constraint, params string[] parameters)
    {
        Assert.False(candidate.Eligible);
        Assert.Equal([constraint], candidate.Failed.Select(f => f.Name));
        Assert.Equal(parameters, candidate.Failed[0].Params.Select(p => $"{p.Name}={p.Value}"));
    }

    private static string Why(Candidate candidate, string factor) =>
        candidate.Factors.Single(f => f.Name == factor).Why is { } why ? string.Join(" ", [why.Code, .. why.Params.Select(p => $"{p.Name}={p.Value}")]) : "";

    [Fact]
    public void Every_factor_says_why_as_a_code_with_its_numbers()
    {
        var client = ConsentedClient(birthYear: 1985, languages: ["ru", "lv"],
            needs: [new(NeedDomain.Housing, NeedLevel.High, null), new(NeedDomain.Addiction, NeedLevel.Medium, null), new(NeedDomain.Employment, NeedLevel.Low, null)]);
        var mentor = ApprovedMentor(birthYear: 1978, capacity: 3, remission: null, languages: ["lv"], specialities: [NeedDomain.Housing]);
        var candidate = Judge(client, mentor, active: 1);
        Assert.Equal("COVERS_NEEDS covered=1 count=2", Why(candidate, "NEED_COVERAGE"));
        Assert.Equal("LIVED_EXPERIENCE_NOT_OF_ADDICTION", Why(candidate, "LIVED_EXPERIENCE"));
        Assert.Equal("YEARS_APART count=7", Why(candidate, "AGE_PROXIMITY"));
        Assert.Equal($"TIMES_A_WEEK count={mentor.Profile.Availability.Count}", Why(candidate, "AVAILABILITY"));
        Assert.Equal("SUPPORTS_NOW count=1 capacity=3", Why(candidate, "LOAD"));
        Assert.Equal("DOES_NOT_SPEAK_PREFERRED_LANGUAGE language=ru", Why(candidate, "PREFERRED_LANGUAGE"));

        var plain = Judge(ConsentedClient(languages: ["lv"]), ApprovedMentor(incarceration: false, remission: null));
        Assert.Equal("NO_NEEDS_ASSESSED", Why(plain, "NEED_COVERAGE"));
        Assert.Equal("NO_LIVED_EXPERIENCE", Why(plain, "LIVED_EXPERIENCE"));
        Assert.Equal("SPEAKS_PREFERRED_LANGUAGE language=lv", Why(plain, "PREFERRED_LANGUAGE"));
    }

    [Fact]
    public void A_fitting_approved_mentor_is_eligible_with_every_factor_explained()
    {
        var candidate = Judge(ConsentedClient(), ApprovedMentor());
        Assert.True(candidate.Eligible);
        Assert.Equal(6, candidate.Factors.Count);
        Assert.All(candidate.Factors, f => Assert.InRange(f.Value, 0, 1));
        Assert.InRange(candidate.Score, 0, 1);
    }

    [Fact] public void Without_consent_nobody_is_eligible() =>
        Assert.Contains(Judge(ConsentedClient().Apply(new ConsentWithdrawn(Guid.Empty, Today, null, Guid.Empty, Now)), ApprovedMentor()).Failed, f => f.Name == "CONSENT");

    [Fact] public void An_unapproved_mentor_is_not_eligible()
    {
        var id = Guid.NewGuid();
        var applicant = Mentor.Create(new MentorApplicationSubmitted(id, ApprovedMentor().Profile, ApplicationChannel.PublicForm, Now));
        FailsOnly(Judge(ConsentedClient(), applicant), "MATCHABLE", "status=APPLIED");
    }

    [Fact] public void A_full_mentor_is_not_eligible() => FailsOnly(Judge(ConsentedClient(), ApprovedMentor(capacity: 2), active: 2), "CAPACITY", "count=2", "capacity=2");
    [Fact] public void Another_municipality_is_not_eligible() => FailsOnly(Judge(ConsentedClient(municipality: "liepaja"), ApprovedMentor()), "MUNICIPALITY", "municipality=Liepāja");
    [Fact] public void No_shared_language_is_not_eligible() => FailsOnly(Judge(ConsentedClient(languages: ["uk"]), ApprovedMentor()), "LANGUAGE");
    [Fact] public void The_clients_gender_preference_is_respected() => FailsOnly(Judge(ConsentedClient(wantsGender: Gender.Female), ApprovedMentor()), "GENDER_PREFERENCE", "gender=FEMALE");
    [Fact] public void A_wish_for_lived_experience_is_respected() =>
        FailsOnly(Judge(ConsentedClient(wantsLived: true), ApprovedMentor(incarceration: false, remission: null)), "LIVED_EXPERIENCE_PREFERENCE");
    [Fact] public void A_declared_conflict_of_interest_excludes()
    {
        var client = ConsentedClient();
        FailsOnly(Judge(client, ApprovedMentor(), conflict: client.Id), "CONFLICT_OF_INTEREST");
    }

    [Fact]
    public void Risk_flags_restrict_by_experience()
    {
        var client = ConsentedClient(flags: [RiskFlag.RequiresExperiencedMentor]);
        FailsOnly(Judge(client, ApprovedMentor()), "RISK_EXPERIENCE", "count=12");
        Assert.True(Judge(client, ApprovedMentor(supervision: 2, approvedAt: Now.AddMonths(-13))).Eligible);

        var noLivedOnly = ConsentedClient(flags: [RiskFlag.NoLivedExperienceOnlyPairing]);
        FailsOnly(Judge(noLivedOnly, ApprovedMentor(supervision: 0)), "RISK_LIVED_EXPERIENCE_ONLY");
        Assert.True(Judge(noLivedOnly, ApprovedMentor(supervision: 1)).Eligible);
    }

    [Fact]
    public void Covering_more_needs_a_lighter_load_and_the_preferred_language_score_higher()
    {
        var client = ConsentedClient(needs: [new(NeedDomain.Housing, NeedLevel.High, null), new(NeedDomain.Employment, NeedLevel.Medium, null)]);
        var both = ApprovedMentor(specialities: [NeedDomain.Housing, NeedDomain.Employment]);
        var one = ApprovedMentor(specialities: [NeedDomain.Housing]);
        Assert.True(Judge(client, both).Score > Judge(client, one).Score);
        Assert.Equal(0.5, Judge(client, one).Factors.Single(f => f.Name == "NEED_COVERAGE").Value);

        var mentor = ApprovedMentor(capacity: 4);
        Assert.True(Judge(client, mentor, active: 0).Score > Judge(client, mentor, active: 3).Score);
        Assert.Equal(0, Judge(ConsentedClient(languages: ["ru", "lv"]), ApprovedMentor(languages: ["lv"])).Factors.Single(f => f.Name == "PREFERRED_LANGUAGE").Value);
    }

    [Fact]
    public void Closer_ages_score_higher_and_addiction_prefers_remission_experience()
    {
        var client = ConsentedClient(birthYear: 1985, needs: [new(NeedDomain.Addiction, NeedLevel.High, null)]);
        Assert.True(Judge(client, ApprovedMentor(birthYear: 1984)).Factors.Single(f => f.Name == "AGE_PROXIMITY").Value
                    > Judge(client, ApprovedMentor(birthYear: 1960)).Factors.Single(f => f.Name == "AGE_PROXIMITY").Value);
        Assert.Equal(1, Judge(client, ApprovedMentor(remission: 6)).Factors.Single(f => f.Name == "LIVED_EXPERIENCE").Value);
        Assert.Equal(0.5, Judge(client, ApprovedMentor(remission: null)).Factors.Single(f => f.Name == "LIVED_EXPERIENCE").Value);
    }

    [Fact]
    public void Ranking_puts_eligible_candidates_first_by_score()
    {
        var client = ConsentedClient(needs: [new(NeedDomain.Housing, NeedLevel.High, null)]);
        var ranked = CandidateRanking.Rank(client,
            [new(ApprovedMentor(specialities: [NeedDomain.Employment]), 0, new HashSet<Guid>()),
             new(ApprovedMentor(municipalities: ["liepaja"]), 0, new HashSet<Guid>()),
             new(ApprovedMentor(specialities: [NeedDomain.Housing]), 0, new HashSet<Guid>())], Policy, Weights, Today);
        Assert.True(ranked[0].Eligible && ranked[1].Eligible && !ranked[2].Eligible);
        Assert.True(ranked[0].Score >= ranked[1].Score);
    }

    [Fact]
    public void Weights_are_validated()
    {
        Assert.Empty(MatchingWeights.Default.Problems());
        Assert.NotEmpty((MatchingWeights.Default with { Load = 1.5 }).Problems());
        Assert.NotEmpty(new MatchingWeights { NeedCoverage = 0, LivedExperienceFit = 0, AgeProximity = 0, AvailabilityOverlap = 0, Load = 0, PreferredLanguage = 0 }.Problems());
    }
}
