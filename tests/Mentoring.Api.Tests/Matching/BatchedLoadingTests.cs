using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Tests.Matching;

/// <summary>
/// A page of matches loads its related people in one query per kind, not one per row: the number of SQL commands a
/// request makes is the same for a page of 10 matches and a page of 100.
/// </summary>
public sealed class BatchedLoadingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Page = "{ matchPage(first: 100) { totalCount nodes { id stage client { name } mentor { name } } } }";

    [Fact]
    public async Task A_page_of_matches_with_their_clients_and_mentors_makes_as_many_queries_for_100_rows_as_for_10()
    {
        using var counter = new SqlCommandCounter();
        using var coordinator = await api.SignedIn("a", Role.Coordinator);

        await SeedMatchesAsync(10);
        await counter.PostAsync(coordinator, Page); // warm: the first request of a session may look up more (schema, caches)
        var (ten, tenCommands) = await counter.PostAsync(coordinator, Page);
        await SeedMatchesAsync(90);
        var (hundred, hundredCommands) = await counter.PostAsync(coordinator, Page);

        Assert.False(ten.HasErrors, ten.Body.GetRawText());
        Assert.False(hundred.HasErrors, hundred.Body.GetRawText());
        Assert.Equal(10, ten.Data.GetProperty("matchPage").GetProperty("nodes").GetArrayLength());
        var nodes = hundred.Data.GetProperty("matchPage").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n =>
        {
            Assert.StartsWith("Client ", n.GetProperty("client").GetProperty("name").GetString());
            Assert.StartsWith("Mentor ", n.GetProperty("mentor").GetProperty("name").GetString());
        });
        Assert.True(tenCommands > 0, "no SQL command was counted: the counter does not see the request");
        // Equal within one: a loaded CI machine once counted one command more in one of two identical requests (the request's
        // bookkeeping, not the list: its cause is not pinned down). Loading per row would add 90 or more.
        Assert.InRange(hundredCommands, tenCommands - 1, tenCommands + 1);
    }

    [Fact]
    public async Task The_unpaged_list_batches_too_and_user_lists_load_their_organisation_once()
    {
        using var counter = new SqlCommandCounter();
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var admin = await api.SignedIn("a", Role.OrgAdmin);

        await SeedMatchesAsync(5);
        await counter.PostAsync(coordinator, "{ matches { client { name } mentor { name } } }");
        var (_, five) = await counter.PostAsync(coordinator, "{ matches { client { name } mentor { name } } }");
        await SeedMatchesAsync(20);
        var (response, twentyFive) = await counter.PostAsync(coordinator, "{ matches { client { name } mentor { name } } }");

        Assert.False(response.HasErrors, response.Body.GetRawText());
        Assert.True(response.Data.GetProperty("matches").GetArrayLength() >= 25);
        Assert.InRange(twentyFive, five - 1, five + 1); // as above: per-row loading would add 20 or more

        // Every user of the organisation: organisation, mentor standing and second-factor rule each loaded once for the list.
        var (users, _) = await counter.PostAsync(admin, "{ users { displayName organisation { name } mentorStanding secondFactorRequired } }");
        Assert.False(users.HasErrors, users.Body.GetRawText());
        Assert.All(users.Data.GetProperty("users").EnumerateArray(), u => Assert.Equal("NGO A", u.GetProperty("organisation").GetProperty("name").GetString()));
    }

    /// <summary>Clients, mentors and proposed matches written as events into NGO A's tenant (inline snapshots make the documents).</summary>
    private async Task SeedMatchesAsync(int count)
    {
        var now = api.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
        for (var i = 0; i < count; i++)
        {
            var mentorId = Guid.CreateVersion7();
            var clientId = Guid.CreateVersion7();
            var matchId = Guid.CreateVersion7();
            session.Events.StartStream<Mentor>(mentorId, new MentorApplicationSubmitted(mentorId,
                new MentorProfile($"Mentor {i}", $"m{mentorId:N}@example.lv", null, ["lv"], ["riga"], Gender.Male, 1980, new LivedExperience(true, 5),
                    [NeedDomain.Housing], [], 2, "Batch test."), ApplicationChannel.PublicForm, now));
            session.Events.StartStream<Client>(clientId, new ClientReferred(clientId, new ClientPerson($"Client {i}", Gender.Male, 1985, ["lv"], null), "olaine",
                today.AddDays(20), ReleaseType.EndOfSentence, "riga", null, "Ilze", null, null, Guid.Empty, now));
            session.Events.StartStream<Match>(matchId, new MatchProposed(matchId, clientId, mentorId, new ScoreSnapshot(0.5, []), null, Guid.Empty, now));
        }
        await session.SaveChangesAsync();
    }
}
