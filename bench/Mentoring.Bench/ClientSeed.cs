using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Bench;

/// <summary>Many referred people in one NGO, releases spread over two years, destinations over the 43 municipalities.</summary>
public static class ClientSeed
{
    public static async Task SeedAsync(IDocumentStore store, string tenant, int count, DateTimeOffset now)
    {
        var random = new Random(7);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var batch = 0; batch < count; batch += 1000)
        {
            await using var session = store.LightweightSession(tenant);
            for (var i = batch; i < Math.Min(count, batch + 1000); i++)
            {
                var id = Guid.CreateVersion7();
                var command = new ReferClient(id, new ClientPerson($"Client {i}", (Gender)random.Next(2), 1960 + random.Next(45), ["lv"], null),
                    Prisons.All[random.Next(Prisons.All.Count)].Code, today.AddDays(random.Next(730)), ReleaseType.EndOfSentence,
                    Municipalities.All[random.Next(Municipalities.All.Count)].Code, null, "Bench referrer", null, null, true,
                    new Actor(Guid.Empty, now, today));
                session.Events.StartStream<Client>(id, ClientDecider.Decide(command, null, []).Events.ToArray());
            }
            await session.SaveChangesAsync();
        }
    }
}
