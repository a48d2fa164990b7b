using System.Net;
using Mentoring.Faults.Tests.Infrastructure;

namespace Mentoring.Faults.Tests;

/// <summary>
/// Sessions live in PostgreSQL and cookies are protected with a key ring stored there, so any node accepts another's
/// cookie and any node's sign-out, role change or suspension holds on every node. Requests are pinned to a node through
/// the proxy (X-Fault-Node), so each test says which node did what.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SessionsAcrossNodesTests(Cluster cluster)
{
    private const string Password = "Kļūdu-testa-parole-2026";
    private const int A = 0, B = 1;

    [Fact]
    public async Task A_cookie_and_antiforgery_token_from_node_A_work_on_node_B()
    {
        using var user = await cluster.SignedInAsync(Cluster.Coordinator, node: A); // signed in and the token fetched on A
        user.Node = B;
        var me = await user.PostAsync("{ me { email } }");
        Assert.Equal(Cluster.Coordinator, me.Data.GetProperty("me").GetProperty("email").GetString());
        // A cookie POST on B with A's anti-forgery token.
        var saved = await user.PostAsync("mutation { setMyLanguage(language: LV) { errors { code } } }");
        Assert.True(saved.Ok, saved.ToString());
        Assert.Empty(saved.UserErrors("setMyLanguage"));
        // Without the token the same POST is refused: the token is what made it pass.
        var token = user.AntiforgeryToken;
        user.AntiforgeryToken = null;
        Assert.False((await user.PostAsync("mutation { setMyLanguage(language: LV) { errors { code } } }")).Ok);
        user.AntiforgeryToken = token;
    }

    [Fact]
    public async Task Logging_out_on_node_A_ends_the_session_on_node_B()
    {
        using var user = await cluster.SignedInAsync(Cluster.Coordinator, node: A);
        using var sameCookieOnB = CopyOf(user, B);
        Assert.True(await SignedInAsync(sameCookieOnB));
        Assert.True((await user.PostAsync("mutation { logout { ok } }")).Ok);
        Assert.False(await SignedInAsync(sameCookieOnB));
    }

    [Fact]
    public async Task A_role_change_on_node_A_ends_the_members_session_on_node_B()
    {
        var (member, id) = await InvitedMemberAsync();
        using (member)
        {
            member.Node = B;
            Assert.True(await SignedInAsync(member));
            using var admin = await cluster.SignedInAsync(Cluster.OrgAdmin, node: A);
            var changed = await admin.PostAsync("mutation($u: ID!) { changeUserRoles(userId: $u, roles: [AUDITOR]) { errors { code } } }", new { u = id });
            Assert.Empty(changed.UserErrors("changeUserRoles"));
            Assert.False(await SignedInAsync(member));
        }
    }

    [Fact]
    public async Task Deactivating_a_member_on_node_A_ends_their_session_on_node_B()
    {
        var (member, id) = await InvitedMemberAsync();
        using (member)
        {
            member.Node = B;
            Assert.True(await SignedInAsync(member));
            using var admin = await cluster.SignedInAsync(Cluster.OrgAdmin, node: A);
            Assert.Empty((await admin.PostAsync("mutation($u: ID!) { deactivateUser(userId: $u) { errors { code } } }", new { u = id })).UserErrors("deactivateUser"));
            Assert.False(await SignedInAsync(member));
        }
    }

    [Fact]
    public async Task Suspending_a_mentor_on_node_A_takes_their_mentor_access_away_on_node_B()
    {
        var r = await cluster.Scenario; // its mentors are approved and invited
        var round = r.Rounds[0];
        using var mentor = cluster.NewClient();
        mentor.Node = B;
        var accepted = await mentor.PostAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } errors { code } } }",
            new { i = new { token = await cluster.LinkSecretAsync(round.MentorEmail, "inv_"), password = Password } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));
        await mentor.RefreshAntiforgeryAsync();
        Assert.True((await mentor.PostAsync("{ myMatches { matchId } }")).Ok);

        using var coordinator = await cluster.SignedInAsync(Cluster.Coordinator, node: A);
        var version = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { version } }", new { id = round.MentorId })).Data.GetProperty("mentor").GetProperty("version").GetInt64();
        var suspended = await coordinator.PostAsync("mutation($i: SuspendMentorInput!) { suspendMentor(input: $i) { errors { code } } }",
            new { i = new { mentorId = round.MentorId, expectedVersion = version, reason = "Fault suite" } });
        Assert.Empty(suspended.UserErrors("suspendMentor"));
        var refused = await mentor.PostAsync("{ myMatches { matchId } }");
        Assert.False(refused.Ok, refused.ToString());
    }

    /// <summary>A coordinator invited by the NGO's admin who accepted the mailed link: signed in on node A.</summary>
    private async Task<(Client Member, string Id)> InvitedMemberAsync()
    {
        using var admin = await cluster.SignedInAsync(Cluster.OrgAdmin, node: A);
        var email = $"member-{Guid.NewGuid():N}@example.lv";
        var invited = await admin.PostAsync("mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitation { user { id } } errors { code } } }",
            new { i = new { email, displayName = "Kļūdu Tests", roles = new[] { "COORDINATOR" } } });
        Assert.Empty(invited.UserErrors("inviteUser"));
        var id = invited.Data.GetProperty("inviteUser").GetProperty("invitation").GetProperty("user").GetProperty("id").GetString()!;
        var member = cluster.NewClient();
        member.Node = A;
        var accepted = await member.PostAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } errors { code } } }",
            new { i = new { token = await cluster.LinkSecretAsync(email, "inv_"), password = Password } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));
        await member.RefreshAntiforgeryAsync();
        return (member, id);
    }

    private static async Task<bool> SignedInAsync(Client client)
    {
        var me = await client.PostAsync("{ me { id } }");
        Assert.Equal(200, me.Status);
        return me.Data.GetProperty("me").ValueKind == System.Text.Json.JsonValueKind.Object;
    }

    /// <summary>Another browser holding the same cookie (as if copied), talking to <paramref name="node"/>.</summary>
    private Client CopyOf(Client original, int node)
    {
        var copy = cluster.NewClient();
        copy.Node = node;
        foreach (Cookie cookie in original.Cookies.GetAllCookies()) copy.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        copy.AntiforgeryToken = original.AntiforgeryToken;
        return copy;
    }
}
