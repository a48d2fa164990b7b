using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Bench;

/// <summary>Matches in one NGO, each with a person and a mentor of its own: a page of 100 shows 100 different clients and mentors.</summary>
public static class MatchSeed
{
    public static async Task SeedAsync(IDocumentStore store, string tenant, int count, DateTimeOffset now)
    {
        var random = new Random(5);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var batch = 0; batch < count; batch += 250)
        {
            await using var session = store.LightweightSession(tenant);
            for (var i = batch; i < Math.Min(count, batch + 250); i++)
            {
                var mentor = MentorSeed.Approved(random, "riga", now, i);
                var clientId = Guid.CreateVersion7();
                var matchId = Guid.CreateVersion7();
                var at = now.AddMinutes(-i);
                session.Events.StartStream<Mentor>(mentor.Id, mentor.Events);
                session.Events.StartStream<Client>(clientId,
                    new ClientReferred(clientId, new ClientPerson($"Client {i}", Gender.Male, 1980, ["lv"], null), "olaine", today.AddDays(5 + i % 60),
                        ReleaseType.EndOfSentence, "riga", null, "Bench", null, null, Guid.Empty, at));
                session.Events.StartStream<Match>(matchId, new MatchProposed(matchId, clientId, mentor.Id, new ScoreSnapshot(0.8, []), null, Guid.Empty, at));
            }
            await session.SaveChangesAsync();
        }
    }
}
