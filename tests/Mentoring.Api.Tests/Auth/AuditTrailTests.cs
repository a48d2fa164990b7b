using System.Text.Json;

namespace Mentoring.Api.Tests.Auth;

/// <summary>Every read of a case, every export and every permission change is recorded; auditors read the trail, nobody alters it.</summary>
public sealed class AuditTrailTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Trail = """
        query($s: ID, $a: AuditAction) { auditTrail(subjectId: $s, action: $a, first: 100) { totalCount nodes { action subjectKind subjectId byName byRoles purpose via at } } }
        """;

    private static JsonElement Nodes(GraphQLResponse r) => r.Data.GetProperty("auditTrail").GetProperty("nodes");

    [Fact]
    public async Task Reading_a_case_and_its_meetings_is_recorded_with_who_when_and_why()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);
        var clientId = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString();

        var read = await coordinator.PostAsync("query($id: ID!) { client(id: $id, purpose: \"court report\") { name } }", new { id = clientId });
        Assert.False(read.HasErrors);
        await pair.Mentor.PostAsync("query($m: ID!) { contactTimeline(matchId: $m) { totalCount } }", new { m = pair.MatchId });

        using var auditor = await api.SignedIn("a", Role.Auditor);
        var caseReads = Nodes(await auditor.PostAsync(Trail, new { s = clientId, a = "CASE_READ" }));
        // Setting the pair up read the case through the mutations' payloads too; each of those is on record under its operation.
        var entry = Assert.Single(caseReads.EnumerateArray(), e => e.GetProperty("via").GetString() == "client");
        Assert.Equal("client", entry.GetProperty("subjectKind").GetString());
        Assert.Equal("court report", entry.GetProperty("purpose").GetString());
        Assert.Equal("Coordinator a", entry.GetProperty("byName").GetString());
        Assert.Equal(["COORDINATOR"], entry.GetProperty("byRoles").EnumerateArray().Select(x => x.GetString())); // the Role enum, as everywhere
        Assert.Equal(ApiFixture.Start, entry.GetProperty("at").GetDateTimeOffset());

        var meetings = Nodes(await auditor.PostAsync(Trail, new { s = pair.MatchId, a = "CONTACTS_READ" }));
        Assert.Contains(meetings.EnumerateArray(), e => e.GetProperty("purpose").GetString() == "case work");

        // Another NGO's auditor sees none of it; other roles cannot read the trail at all.
        using var auditorB = await api.SignedIn("b", Role.Auditor);
        Assert.Equal(0, Nodes(await auditorB.PostAsync(Trail, new { s = clientId })).GetArrayLength());
        var refused = await coordinator.PostAsync(Trail, new { s = clientId });
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
    }

    [Fact]
    public async Task A_read_of_nothing_records_nothing()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var unknown = Guid.NewGuid();
        var read = await coordinator.PostAsync("query($id: ID!) { client(id: $id) { name } }", new { id = unknown });
        Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("client").ValueKind);
        using var auditor = await api.SignedIn("a", Role.Auditor);
        Assert.Equal(0, Nodes(await auditor.PostAsync(Trail, new { s = unknown })).GetArrayLength());
    }

    [Fact]
    public async Task Permission_changes_are_recorded_with_the_change_itself()
    {
        using var admin = await api.SignedIn("b", Role.OrgAdmin);
        var invited = await admin.PostAsync("""
            mutation { inviteUser(input: { email: "new.coordinator@b.example", displayName: "Nora", roles: [COORDINATOR] }) { invitation { user { id } } errors { code } } }
            """);
        var userId = invited.Data.GetProperty("inviteUser").GetProperty("invitation").GetProperty("user").GetProperty("id").GetString();
        var changed = await admin.PostAsync("mutation($u: ID!) { changeUserRoles(userId: $u, roles: [COORDINATOR, ORG_ADMIN]) { errors { code } } }", new { u = userId });
        Assert.Empty(changed.UserErrors("changeUserRoles"));

        using var auditor = await api.SignedIn("b", Role.Auditor);
        var entries = Nodes(await auditor.PostAsync(Trail, new { s = userId })).EnumerateArray().ToList();
        Assert.Equal(["ROLES_CHANGED", "USER_INVITED"], entries.Select(e => e.GetProperty("action").GetString()).Order());
        Assert.Contains(entries, e => e.GetProperty("purpose").GetString() == "OrgAdmin, Coordinator" && e.GetProperty("byName").GetString() == "OrgAdmin b");

        // A refused change leaves no record.
        var before = Nodes(await auditor.PostAsync(Trail, new { a = "ROLES_CHANGED" })).GetArrayLength();
        await admin.PostAsync("mutation($u: ID!) { changeUserRoles(userId: $u, roles: []) { errors { code } } }", new { u = userId });
        Assert.Equal(before, Nodes(await auditor.PostAsync(Trail, new { a = "ROLES_CHANGED" })).GetArrayLength());
    }
}
