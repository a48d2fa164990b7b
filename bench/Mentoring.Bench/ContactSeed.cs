using System.Net.Http.Headers;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Bench;

/// <summary>Mentors with an account, an API token and one active match each, so that each can log contacts.</summary>
public static class ContactSeed
{
    public sealed record SimulatedMentor(HttpClient Http, Guid MatchId);

    public static async Task<IReadOnlyList<SimulatedMentor>> SeedAsync(IDocumentStore store, Guid ngoId, string tenant, int count, Uri address, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(11);
        var result = new List<SimulatedMentor>();
        for (var i = 0; i < count; i++)
        {
            await using var session = store.LightweightSession(tenant);
            var mentor = MentorSeed.Approved(random, "riga", now, i);
            var clientId = Guid.CreateVersion7();
            var matchId = Guid.CreateVersion7();
            session.Events.StartStream<Mentor>(mentor.Id, mentor.Events);
            session.Events.StartStream<Client>(clientId,
                new ClientReferred(clientId, new ClientPerson($"Client {i}", Gender.Male, 1980, ["lv"], null), "olaine", today.AddDays(5), ReleaseType.EndOfSentence,
                    "riga", null, "Bench", null, null, Guid.Empty, now),
                new ConsentRecorded(clientId, [ConsentScope.Processing, ConsentScope.MentorContact], today, "PK", Guid.Empty, now));
            session.Events.StartStream<Match>(matchId,
                new MatchProposed(matchId, clientId, mentor.Id, new ScoreSnapshot(0.8, []), null, Guid.Empty, now),
                new MentorAcceptedMatch(matchId, Guid.Empty, now), new ClientAgreedToMatch(matchId, today.AddDays(-10), Guid.Empty, now),
                new MatchActivated(matchId, today.AddDays(-10), Guid.Empty, now));
            var user = new UserAccount
            {
                Id = Guid.CreateVersion7(), Email = $"mentor{i}@{tenant}.bench", DisplayName = $"Mentor {i}", OrganisationId = ngoId, Roles = [Role.Mentor],
                MentorId = mentor.Id, SecurityStamp = Guid.NewGuid().ToString("N"), InvitedBy = Guid.Empty, CreatedAt = now, PasswordHash = "unused-in-bench",
            };
            session.Insert(user);
            await session.SaveChangesAsync();
            var token = await CreateApiToken.Handle(new CreateApiTokenInput { Name = "bench" },
                new Caller(user.Id, ngoId, tenant, new HashSet<Role> { Role.Mentor }), session, clock, default);
            var http = new HttpClient { BaseAddress = address };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Item!.Secret);
            http.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
            result.Add(new SimulatedMentor(http, matchId));
        }
        return result;
    }
}
