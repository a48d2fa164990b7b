using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Bench.Matching;

/// <summary>Seeded, realistic inputs: mentors spread over the 43 municipalities, clients eligible for the mentors of their own.</summary>
public static class Waves
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Mentor Mentor(Random random, string municipality)
    {
        var id = Guid.NewGuid();
        var domains = Enum.GetValues<NeedDomain>();
        var profile = new MentorProfile("M", "m@x.lv", null, random.Next(3) == 0 ? ["lv"] : ["lv", "ru"], [municipality], (Gender)random.Next(2),
            1955 + random.Next(45), new LivedExperience(random.Next(2) == 0, random.Next(10)), domains.OrderBy(_ => random.Next()).Take(1 + random.Next(4)).ToList(),
            Enumerable.Range(0, random.Next(6)).Select(i => new AvailabilitySlot((DayOfWeek)i, DayPart.Evening)).ToList(), 1 + random.Next(3), "motivation");
        return Domain.Mentors.Mentor.Create(new MentorApplicationSubmitted(id, profile, ApplicationChannel.PublicForm, Now))
            .Apply(new BackgroundCheckRecorded(id, Today.AddMonths(-1), BackgroundCheckOutcome.Clear, Today.AddMonths(23), Guid.Empty, Now))
            .Apply(new TrainingModuleCompleted(id, "Ievads", Today.AddMonths(-1), Guid.Empty, Now))
            .Apply(new MentorApproved(id, Guid.Empty, Now));
    }

    public static Client Client(Random random, string municipality)
    {
        var id = Guid.NewGuid();
        var domains = Enum.GetValues<NeedDomain>();
        return Domain.Clients.Client.Create(new ClientReferred(id, new ClientPerson("C", Gender.Male, 1960 + random.Next(45), ["lv"], null), "olaine",
                Today.AddDays(random.Next(60)), ReleaseType.EndOfSentence, municipality, null, "R", null, null, Guid.Empty, Now))
            .Apply(new ConsentRecorded(id, [ConsentScope.Processing, ConsentScope.MentorContact], Today, "PK", Guid.Empty, Now))
            .Apply(new NeedsAssessed(id, domains.OrderBy(_ => random.Next()).Take(3).Select(d => new NeedAssessment(d, (NeedLevel)random.Next(4), null)).ToList(), "RNA", Today, Guid.Empty, Now));
    }

    public sealed record Wave(IReadOnlyList<WaveClient> Clients, IReadOnlyDictionary<Guid, int> Capacity, IReadOnlyList<Pairing> Pairings);

    /// <summary>A wave of <paramref name="clients"/> × <paramref name="mentors"/>, scored by the real ranking.</summary>
    public static Wave Build(int clients, int mentors, int seed = 1)
    {
        var random = new Random(seed);
        var places = Municipalities.All.Select(m => m.Code).ToList();
        var mentorList = Enumerable.Range(0, mentors).Select(i => Mentor(random, places[i % places.Count])).ToList();
        var clientList = Enumerable.Range(0, clients).Select(i => Client(random, places[random.Next(places.Count)])).ToList();
        var byPlace = mentorList.GroupBy(m => m.Profile.Municipalities[0])
            .ToDictionary(g => g.Key, g => g.Select(m => new MentorLoad(m, 0, new HashSet<Guid>())).ToList());
        var pairings = new List<Pairing>();
        foreach (var c in clientList)
        {
            foreach (var a in CandidateRanking.Assess(c, byPlace.GetValueOrDefault(c.DestinationMunicipality) ?? [], VettingPolicy.Default, MatchingWeights.Default, Today))
                if (a.Eligible) pairings.Add(new Pairing(c.Id, a.Load.Mentor.Id, a.Score));
        }
        return new Wave(clientList.Select(c => new WaveClient(c.Id, c.ExpectedReleaseDate.DayNumber - Today.DayNumber)).ToList(),
            mentorList.ToDictionary(m => m.Id, m => m.Profile.Capacity), pairings);
    }
}
