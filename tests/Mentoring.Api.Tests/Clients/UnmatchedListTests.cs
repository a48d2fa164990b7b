using Mentoring.Api.Matching;
using Mentoring.Domain.Clients;

namespace Mentoring.Api.Tests.Clients;

/// <summary>"Released soon, no mentor yet" is right: a proposal takes the person off it, a decline or an end puts them back.</summary>
public sealed class UnmatchedListTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Unmatched = "{ upcomingReleases(municipality: \"riga\", unmatchedOnly: true) { client { name } } }";

    private static async Task<List<string?>> NamesAsync(GraphQLClient coordinator) =>
        (await coordinator.PostAsync(Unmatched)).Data.GetProperty("upcomingReleases").EnumerateArray()
            .Select(u => u.GetProperty("client").GetProperty("name").GetString()).ToList();

    [Fact]
    public async Task A_person_with_an_open_match_is_off_the_unmatched_list_and_back_on_it_when_the_match_ends()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        Assert.DoesNotContain(pair.ClientName, await NamesAsync(coordinator));
        var match = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version client { id } } }", new { id = pair.MatchId })).Data.GetProperty("match");
        Assert.Empty((await coordinator.PostAsync($"mutation {{ endMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {match.GetProperty("version").GetInt64()}, endReason: MENTOR_UNAVAILABLE }}) {{ errors {{ code field }} }} }}"))
            .UserErrors("endMatch"));
        Assert.Contains(pair.ClientName, await NamesAsync(coordinator));
    }

    [Fact]
    public async Task Cases_recorded_before_they_knew_their_match_are_told_once_at_start()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var clientId = Guid.Parse((await coordinator.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!);
        // As the data stood before: the case does not name its open match.
        await using (var session = api.Store.LightweightSession(api.NgoA.TenantId))
        {
            (await session.Events.FetchForWriting<Client>(clientId)).AppendOne(new ClientMatchClosed(clientId, pair.MatchId, api.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }
        Assert.Contains(pair.ClientName, await NamesAsync(coordinator));

        Assert.True(await OpenMatchMigration.RunAsync(api.Store, api.Clock.GetUtcNow(), default) >= 1);
        Assert.DoesNotContain(pair.ClientName, await NamesAsync(coordinator));
        Assert.Equal(0, await OpenMatchMigration.RunAsync(api.Store, api.Clock.GetUtcNow(), default));
    }
}
