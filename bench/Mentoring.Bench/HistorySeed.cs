using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Bench;

/// <summary>
/// Active matches in one NGO, each with its own client and mentor, holding a number of earlier meetings (appended as the
/// events a mentor's logs would have written, one a day going back from yesterday), so logContact can be measured
/// against a long history and against none.
/// </summary>
public static class HistorySeed
{
    public static async Task<IReadOnlyList<Guid>> SeedAsync(IDocumentStore store, string tenant, int matches, int contactsEach, DateTimeOffset now)
    {
        var today = RigaCalendar.Day(now);
        var random = new Random(17);
        var ids = new List<Guid>();
        for (var batch = 0; batch < matches; batch += 50)
        {
            await using var session = store.LightweightSession(tenant);
            for (var i = batch; i < Math.Min(matches, batch + 50); i++)
            {
                var mentor = MentorSeed.Approved(random, "riga", now, i);
                var clientId = Guid.CreateVersion7();
                var matchId = Guid.CreateVersion7();
                var began = today.AddDays(-contactsEach - 10);
                session.Events.StartStream<Mentor>(mentor.Id, mentor.Events);
                session.Events.StartStream<Client>(clientId,
                    new ClientReferred(clientId, new ClientPerson($"Client {i}", Gender.Male, 1980, ["lv"], null), "olaine", began.AddDays(5), ReleaseType.EndOfSentence,
                        "riga", null, "Bench", null, null, Guid.Empty, now),
                    new ConsentRecorded(clientId, [ConsentScope.Processing, ConsentScope.MentorContact], began, "PK", Guid.Empty, now));
                var events = new List<object>
                {
                    new MatchProposed(matchId, clientId, mentor.Id, new ScoreSnapshot(0.8, []), null, Guid.Empty, now),
                    new MentorAcceptedMatch(matchId, Guid.Empty, now), new ClientAgreedToMatch(matchId, began, Guid.Empty, now),
                    new MatchActivated(matchId, began, Guid.Empty, now),
                };
                events.AddRange(Enumerable.Range(1, contactsEach).Select(d =>
                {
                    var at = RigaCalendar.At(today.AddDays(-d), new TimeOnly(18, 0));
                    return new ContactLogged(matchId, Guid.NewGuid(), new ContactDetails(at, 60, ContactMode.InPerson, "Biedrības telpas",
                        [NeedDomain.Housing, NeedDomain.Employment], [], "Runājām par darba meklēšanu un NVA; nākamreiz iesim kopā uz sociālo dienestu.", Concern.None),
                        mentor.Id, at);
                }));
                session.Events.StartStream<Match>(matchId, events.ToArray());
                ids.Add(matchId);
            }
            await session.SaveChangesAsync();
        }
        return ids;
    }
}
