using System.Text.Json;

namespace Mentoring.Api.Tests.Organisations;

public sealed class OrganisationAndUserTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CreateOrganisation = """
        mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id name kind municipality { name } } errors { code field } } }
        """;
    private const string Invite = """
        mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitation { expiresAt user { id email active roles } } errors { code field } } }
        """;
    private const string Accept = """
        mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { email active } errors { code field } } }
        """;

    [Fact]
    public async Task Platform_admin_registers_organisations_with_rules()
    {
        using var admin = await api.SignedIn("platform", Role.PlatformAdmin);
        var ngo = await admin.PostAsync(CreateOrganisation, new { i = new { kind = "NGO", name = "Biedrība Pēc Cietuma" } });
        Assert.Empty(ngo.UserErrors("createOrganisation"));

        var before = await api.CountWritesAsync();
        var duplicate = await admin.PostAsync(CreateOrganisation, new { i = new { kind = "NGO", name = "biedrība pēc cietuma" } });
        Assert.Equal([("DUPLICATE_ORGANISATION", "name")], duplicate.UserErrors("createOrganisation"));
        var unknown = await admin.PostAsync(CreateOrganisation, new { i = new { kind = "MUNICIPALITY", name = "Atlantīda", municipalityCode = "atlantis" } });
        Assert.Equal([("UNKNOWN_MUNICIPALITY", "municipalityCode")], unknown.UserErrors("createOrganisation"));
        var second = await admin.PostAsync(CreateOrganisation, new { i = new { kind = "MUNICIPALITY", name = "Rīga again", municipalityCode = "riga" } });
        Assert.Equal([("DUPLICATE_ORGANISATION", "municipalityCode")], second.UserErrors("createOrganisation"));
        Assert.Equal(before, await api.CountWritesAsync());

        var all = await admin.PostAsync("{ organisations { name } }");
        Assert.Contains(all.Data.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Biedrība Pēc Cietuma");
    }

    [Fact]
    public async Task Organisations_query_hides_other_ngos_from_non_admins()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var names = (await client.PostAsync("{ organisations { name } }")).Data.GetProperty("organisations").EnumerateArray()
            .Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains("NGO A", names);
        Assert.Contains("Rīga", names);
        Assert.DoesNotContain("NGO B", names);
    }

    [Fact]
    public async Task An_organisation_says_which_roles_its_members_can_be_given()
    {
        static async Task<string[]> Assignable(GraphQLClient client, string query, Func<JsonElement, JsonElement> pick) =>
            pick((await client.PostAsync(query)).Data).GetProperty("assignableRoles").EnumerateArray().Select(r => r.GetString()!).ToArray();
        const string Own = "{ me { organisation { assignableRoles } } }";
        static JsonElement OwnOrganisation(JsonElement data) => data.GetProperty("me").GetProperty("organisation");

        using var ngoAdmin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Equal(["ORG_ADMIN", "COORDINATOR", "MENTOR", "AUDITOR"], await Assignable(ngoAdmin, Own, OwnOrganisation));
        using var rigaAdmin = await api.SignedIn("riga", Role.OrgAdmin);
        Assert.Equal(["ORG_ADMIN", "MUNICIPALITY_VIEWER", "SOCIAL_WORKER"], await Assignable(rigaAdmin, Own, OwnOrganisation));

        // A platform admin gives another organisation its admin only (inviteUser refuses the rest); at home, the platform's roles.
        using var platform = await api.SignedIn("platform", Role.PlatformAdmin);
        Assert.Equal(["PLATFORM_ADMIN", "AUDITOR"], await Assignable(platform, Own, OwnOrganisation));
        var all = (await platform.PostAsync("{ organisations { name assignableRoles } }")).Data.GetProperty("organisations").EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("assignableRoles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(["ORG_ADMIN"], all["NGO A"]);
        Assert.Equal(["ORG_ADMIN"], all["Rīga"]);
    }

    [Fact]
    public async Task Invited_user_sets_a_password_and_signs_in()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var invited = await admin.PostAsync(Invite, new { i = new { email = "New.Coordinator@a.test", displayName = "Līga Jaunā", roles = new[] { "COORDINATOR" }, language = "EN" } });
        Assert.Empty(invited.UserErrors("inviteUser"));
        var invitation = invited.Data.GetProperty("inviteUser").GetProperty("invitation");
        Assert.False(invitation.GetProperty("user").GetProperty("active").GetBoolean());
        var token = await api.LinkSecretAsync("new.coordinator@a.test", "inv_"); // never in the answer: only in the e-mail
        Assert.DoesNotContain("inv_", invited.Body.GetRawText(), StringComparison.Ordinal);

        using var newcomer = api.Client();
        var weak = await newcomer.PostAsync(Accept, new { i = new { token, password = "short" } });
        Assert.Equal([("WEAK_PASSWORD", "password")], weak.UserErrors("acceptInvitation"));

        var accepted = await newcomer.PostAsync(Accept, new { i = new { token, password = "a-long-enough-passphrase" } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));
        await newcomer.RefreshAntiforgeryAsync();
        var me = await newcomer.PostAsync("{ me { email roles } }");
        Assert.Equal("new.coordinator@a.test", me.Data.GetProperty("me").GetProperty("email").GetString());

        var reused = await api.Client().PostAsync(Accept, new { i = new { token, password = "another-long-passphrase" } });
        Assert.Equal([("INVALID_INVITATION", "token")], reused.UserErrors("acceptInvitation"));

        using var again = api.Client();
        Assert.Empty((await again.LoginAsync("new.coordinator@a.test", "a-long-enough-passphrase")).UserErrors("login"));
    }

    [Fact]
    public async Task Invitations_expire()
    {
        using var admin = await api.SignedIn("b", Role.OrgAdmin);
        await admin.PostAsync(Invite, new { i = new { email = "late@b.test", displayName = "Late Person", roles = new[] { "MENTOR" } } });
        var token = await api.LinkSecretAsync("late@b.test", "inv_");
        api.Clock.Advance(InviteUserDecider.InvitationValidity + TimeSpan.FromMinutes(1));
        var accepted = await api.Client().PostAsync(Accept, new { i = new { token, password = "a-long-enough-passphrase" } });
        Assert.Equal([("INVALID_INVITATION", "token")], accepted.UserErrors("acceptInvitation"));
    }

    [Fact]
    public async Task Invitation_rules_are_typed_errors_and_write_nothing()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var before = await api.CountWritesAsync();
        var municipalRole = await admin.PostAsync(Invite, new { i = new { email = "viewer@a.test", displayName = "Viewer", roles = new[] { "MUNICIPALITY_VIEWER" } } });
        Assert.Equal([("ROLE_NOT_ALLOWED", "roles")], municipalRole.UserErrors("inviteUser"));
        var duplicate = await admin.PostAsync(Invite, new { i = new { email = ApiFixture.EmailOf("b", Role.Mentor), displayName = "Twin", roles = new[] { "MENTOR" } } });
        Assert.Equal([("DUPLICATE_USER", "email")], duplicate.UserErrors("inviteUser"));
        var bad = await admin.PostAsync(Invite, new { i = new { email = "nope", displayName = "", roles = Array.Empty<string>() } });
        Assert.Equal(["email", "displayName", "roles"], bad.UserErrors("inviteUser").Select(e => e.Field));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Org_admin_lists_only_own_users()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var emails = (await admin.PostAsync("{ users { email } }")).Data.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains("mentor@a.test", emails);
        Assert.DoesNotContain(emails, e => e!.EndsWith("@b.test", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, (await admin.PostAsync("query($o: ID) { users(organisationId: $o) { email } }", new { o = api.NgoB.Id }))
            .Data.GetProperty("users").ValueKind);
        Assert.Empty((await admin.PostAsync("query($o: ID) { users(organisationId: $o) { email } }", new { o = api.NgoB.Id })).Data.GetProperty("users").EnumerateArray());
    }

    [Fact]
    public async Task Language_is_remembered_per_user()
    {
        using var client = await api.SignedIn("b", Role.Mentor);
        var set = await client.PostAsync("mutation { setMyLanguage(language: RU) { user { language } errors { code } } }");
        Assert.Equal("RU", set.Data.GetProperty("setMyLanguage").GetProperty("user").GetProperty("language").GetString());
        using var again = await api.SignedIn("b", Role.Mentor);
        Assert.Equal("RU", (await again.PostAsync("{ me { language } }")).Data.GetProperty("me").GetProperty("language").GetString());
    }

    [Fact]
    public async Task Changing_roles_ends_the_members_sessions_and_follows_the_rules()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        await admin.PostAsync(Invite, new { i = new { email = "promote@a.test", displayName = "To Promote", roles = new[] { "MENTOR" } } });
        var token = await api.LinkSecretAsync("promote@a.test", "inv_");
        using var member = api.Client();
        await member.PostAsync(Accept, new { i = new { token, password = "a-long-enough-passphrase" } });
        await member.RefreshAntiforgeryAsync();
        var userId = (await member.PostAsync("{ me { id } }")).Data.GetProperty("me").GetProperty("id").GetString();

        const string Change = "mutation($u: ID!, $r: [Role!]!) { changeUserRoles(userId: $u, roles: $r) { user { roles } errors { code field } } }";
        var refused = await admin.PostAsync(Change, new { u = userId, r = new[] { "MUNICIPALITY_VIEWER" } });
        Assert.Equal([("ROLE_NOT_ALLOWED", "roles")], refused.UserErrors("changeUserRoles"));

        var changed = await admin.PostAsync(Change, new { u = userId, r = new[] { "COORDINATOR" } });
        Assert.Empty(changed.UserErrors("changeUserRoles"));
        // The member's cookie carried the old roles: it no longer signs them in.
        Assert.Equal(JsonValueKind.Null, (await member.PostAsync("{ me { id } }")).Data.GetProperty("me").ValueKind);

        using var other = await api.SignedIn("b", Role.OrgAdmin);
        var foreign = await other.PostAsync(Change, new { u = userId, r = new[] { "MENTOR" } });
        Assert.Equal([("NOT_FOUND", "userId")], foreign.UserErrors("changeUserRoles"));
    }
}
