using System.Text.Json;
using static Mentoring.Api.Tests.Services.ServiceDirectoryTests;

namespace Mentoring.Api.Tests.Services;

/// <summary>
/// The person's services: the mentor of the person's active match sees those for the destination and needs and attaches one
/// to a goal, which then shows it; another mentor and another NGO cannot; the read is audited like every read of the file.
/// </summary>
public sealed class GoalServiceTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string PersonServices = $$"""
        query($id: ID, $matchId: ID, $domain: NeedDomain) { personServices(clientId: $id, matchId: $matchId, domain: $domain) {
          clientId municipality { code } domains services { {{EntryFields}} } goals { id standard services { id name phone } } } }
        """;

    private const string Attach = """
        mutation($input: GoalServiceInput!) { attachServiceToGoal(input: $input) { change { clientVersion goal { id services { id name } } } errors { code field } } }
        """;

    private const string Detach = """
        mutation($input: GoalServiceInput!) { detachServiceFromGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { code field } } }
        """;

    private async Task<(ActivePair Pair, string ClientId)> PairAsync(GraphQLClient coordinator, Guid? organisationId = null)
    {
        var pair = await Scenarios.ActivePairAsync(api, coordinator, organisationId: organisationId);
        var clientId = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        return (pair, clientId);
    }

    private static string GoalId(JsonElement person, string standard) =>
        person.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("standard").GetString() == standard).GetProperty("id").GetString()!;

    [Fact]
    public async Task The_mentor_sees_services_for_the_persons_destination_and_attaches_one_to_a_goal_which_shows_it()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (pair, clientId) = await PairAsync(coordinator);
        var shelter = Added(await coordinator.PostAsync(Add, new { input = Shelter("riga", name: "Naktspatversme Rīgā") }));
        using var mentor = pair.Mentor;

        var response = await mentor.PostAsync(PersonServices, new { matchId = pair.MatchId });
        Assert.False(response.HasErrors, response.Body.ToString());
        var person = response.Data.GetProperty("personServices");
        Assert.Equal(clientId, person.GetProperty("clientId").GetString());
        Assert.Equal("riga", person.GetProperty("municipality").GetProperty("code").GetString());
        var ids = person.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("social-service-riga", ids);
        Assert.Contains(shelter.GetProperty("id").GetString(), ids);
        Assert.DoesNotContain("social-service-jelgava", ids);
        var housing = (await mentor.PostAsync(PersonServices, new { id = clientId, domain = "LEGAL_AID" })).Data.GetProperty("personServices");
        Assert.Equal(["legal-aid-administration"], housing.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));

        var goal = GoalId(person, "SOCIAL_ASSISTANCE");
        var attached = await mentor.PostAsync(Attach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga" } });
        Assert.Empty(attached.UserErrors("attachServiceToGoal"));
        var change = attached.Data.GetProperty("attachServiceToGoal").GetProperty("change");
        Assert.Equal(["social-service-riga"], change.GetProperty("goal").GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var version = change.GetProperty("clientVersion").GetInt64();
        // Again: nothing changes (the phone's retry).
        var again = await mentor.PostAsync(Attach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga" } });
        Assert.Equal(version, again.Data.GetProperty("attachServiceToGoal").GetProperty("change").GetProperty("clientVersion").GetInt64());

        // The goal shows it on the mentor's phone and on the coordinator's case.
        var myMatches = await mentor.PostAsync("{ myMatches { matchId goals { id services { id name } } } }");
        Assert.False(myMatches.HasErrors, myMatches.Body.ToString());
        var onPhone = myMatches.Data.GetProperty("myMatches").EnumerateArray()
            .Single(m => m.GetProperty("matchId").GetString() == pair.MatchId.ToString()).GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == goal);
        Assert.Equal("social-service-riga", onPhone.GetProperty("services")[0].GetProperty("id").GetString());
        var onCase = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { goals { id services { id } } } }", new { id = clientId }))
            .Data.GetProperty("client").GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("id").GetString() == goal);
        Assert.Equal("social-service-riga", onCase.GetProperty("services")[0].GetProperty("id").GetString());

        // A stale version (when one is sent) is a conflict; the coordinator takes it off.
        var stale = await coordinator.PostAsync(Detach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga", expectedVersion = version - 1 } });
        Assert.Equal([("CONCURRENCY_CONFLICT", "expectedVersion")], stale.UserErrors("detachServiceFromGoal"));
        var detached = await coordinator.PostAsync(Detach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga", expectedVersion = version } });
        Assert.Empty(detached.UserErrors("detachServiceFromGoal"));
        Assert.Equal(0, detached.Data.GetProperty("detachServiceFromGoal").GetProperty("change").GetProperty("goal").GetProperty("services").GetArrayLength());

        // The mentor's read of the person's services is on the case's audit trail.
        using var auditor = await api.SignedIn("a", Role.Auditor);
        var trail = await auditor.PostAsync("query($id: ID!) { auditTrail(subjectId: $id) { nodes { action via } } }", new { id = clientId });
        Assert.Contains(trail.Data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("via").GetString() == "personServices");
    }

    [Fact]
    public async Task Another_mentor_another_ngo_or_a_hidden_service_get_typed_errors_and_nothing_is_written()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (pair, clientId) = await PairAsync(coordinator);
        var (other, _) = await PairAsync(coordinator);
        using var otherCoordinator = await api.SignedIn("b", Role.Coordinator);
        var goal = GoalId((await coordinator.PostAsync(PersonServices, new { id = clientId })).Data.GetProperty("personServices"), "SOCIAL_ASSISTANCE");
        var writes = await api.CountWritesAsync();

        // Another mentor of the same NGO: the person is not found, and their services are not shown.
        Assert.Equal([("NOT_FOUND", "clientId")],
            (await other.Mentor.PostAsync(Attach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga" } })).UserErrors("attachServiceToGoal"));
        Assert.Equal(JsonValueKind.Null, (await other.Mentor.PostAsync(PersonServices, new { id = clientId })).Data.GetProperty("personServices").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await other.Mentor.PostAsync(PersonServices, new { matchId = pair.MatchId })).Data.GetProperty("personServices").ValueKind);
        // Another NGO: the same.
        Assert.Equal([("NOT_FOUND", "clientId")],
            (await otherCoordinator.PostAsync(Attach, new { input = new { clientId, goalId = goal, serviceId = "social-service-riga" } })).UserErrors("attachServiceToGoal"));
        Assert.Equal(JsonValueKind.Null, (await otherCoordinator.PostAsync(PersonServices, new { id = clientId })).Data.GetProperty("personServices").ValueKind);
        // Another NGO's own entry, an unknown one: not in this NGO's directory.
        var theirs = Added(await otherCoordinator.PostAsync(Add, new { input = Shelter("riga") })).GetProperty("id").GetString();
        writes = await api.CountWritesAsync();
        foreach (var serviceId in new[] { theirs, "no-such-service" })
            Assert.Equal([("NOT_FOUND", "serviceId")],
                (await coordinator.PostAsync(Attach, new { input = new { clientId, goalId = goal, serviceId } })).UserErrors("attachServiceToGoal"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }
}
