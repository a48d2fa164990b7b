using System.Text.Json;

namespace Mentoring.Api.Tests.Auth;

public sealed class SignInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Me = "{ me { email roles organisation { name } } }";

    [Fact]
    public async Task Login_sets_a_strict_http_only_cookie_and_me_answers()
    {
        using var client = api.Client();
        var login = await client.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password);
        Assert.Empty(login.UserErrors("login"));
        var setCookie = string.Join("\n", login.Raw.Headers.GetValues("Set-Cookie"));
        Assert.Contains("mentoring.auth=", setCookie);
        Assert.Contains("httponly", setCookie.ToLowerInvariant());
        Assert.Contains("samesite=strict", setCookie.ToLowerInvariant());

        var me = await client.PostAsync(Me);
        Assert.Equal("coordinator@a.test", me.Data.GetProperty("me").GetProperty("email").GetString());
        Assert.Equal("COORDINATOR", me.Data.GetProperty("me").GetProperty("roles")[0].GetString());
        Assert.Equal("NGO A", me.Data.GetProperty("me").GetProperty("organisation").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Anonymous_me_is_null()
    {
        using var client = api.Client();
        var me = await client.PostAsync(Me);
        Assert.Equal(JsonValueKind.Null, me.Data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Bad_input_and_wrong_password_are_typed_errors()
    {
        using var client = api.Client();
        var empty = await client.LoginAsync("", "");
        Assert.Equal([("VALIDATION", "email"), ("VALIDATION", "password")], empty.UserErrors("login"));

        var wrong = await client.LoginAsync(ApiFixture.EmailOf("b", Role.Mentor), "not the password at all");
        Assert.Equal([("INVALID_CREDENTIALS", null)], wrong.UserErrors("login"));

        var unknown = await client.LoginAsync("nobody@nowhere.test", "whatever-password");
        Assert.Equal([("INVALID_CREDENTIALS", null)], unknown.UserErrors("login"));
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        using var client = await api.SignedIn("a", Role.Mentor);
        Assert.Equal(JsonValueKind.Object, (await client.PostAsync(Me)).Data.GetProperty("me").ValueKind);
        await client.PostAsync("mutation { logout { ok } }");
        await client.RefreshAntiforgeryAsync();
        Assert.Equal(JsonValueKind.Null, (await client.PostAsync(Me)).Data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Cookie_post_without_antiforgery_token_is_403_and_writes_nothing()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync("mutation { createApiToken(input: { name: \"csrf\" }) { errors { code } } }", antiforgery: false);
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["ANTIFORGERY"], response.ErrorCodes);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Api_token_is_shown_once_stored_hashed_and_works_as_bearer()
    {
        using var owner = await api.SignedIn("a", Role.OrgAdmin);
        var created = await owner.PostAsync("mutation { createApiToken(input: { name: \"reports\", expiresInDays: 30 }) { apiToken { secret token { id name expiresAt } } errors { code } } }");
        var secret = created.Data.GetProperty("createApiToken").GetProperty("apiToken").GetProperty("secret").GetString()!;
        Assert.StartsWith("mtk_", secret);

        await using (var session = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var stored = await Marten.QueryableExtensions.ToListAsync(session.Query<ApiToken>());
            Assert.Contains(stored, t => t.Name == "reports");
            Assert.DoesNotContain(stored, t => t.SecretHash.Contains(secret[4..], StringComparison.Ordinal));
        }

        using var script = api.Client();
        script.UseBearer(secret);
        var me = await script.PostAsync(Me);
        Assert.Equal("orgadmin@a.test", me.Data.GetProperty("me").GetProperty("email").GetString());

        // A bearer request carries no cookie, so it needs no anti-forgery token.
        var contracts = await script.PostAsync("{ contracts { nodes { id } } }", antiforgery: false);
        Assert.Equal(HttpStatusCode.OK, contracts.Status);
    }

    [Fact]
    public async Task Unknown_or_expired_bearer_token_is_anonymous()
    {
        using var script = api.Client();
        script.UseBearer("mtk_this-is-not-a-token");
        var response = await script.PostAsync("{ contracts { nodes { id } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Api_token_input_is_validated()
    {
        using var client = await api.SignedIn("a", Role.Mentor);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync("mutation { createApiToken(input: { name: \"\", expiresInDays: 999 }) { apiToken { secret } errors { code field } } }");
        Assert.Equal([("VALIDATION", "name"), ("VALIDATION", "expiresInDays")], response.UserErrors("createApiToken"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task A_revoked_token_stops_working_and_others_tokens_cannot_be_revoked()
    {
        using var owner = await api.SignedIn("b", Role.Coordinator);
        var created = (await owner.PostAsync("mutation { createApiToken(input: { name: \"temp\" }) { apiToken { secret token { id } } } }"))
            .Data.GetProperty("createApiToken").GetProperty("apiToken");
        var id = created.GetProperty("token").GetProperty("id").GetString();
        using var script = api.Client();
        script.UseBearer(created.GetProperty("secret").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await script.PostAsync("{ contracts { nodes { id } } }")).Status);

        using var stranger = await api.SignedIn("b", Role.OrgAdmin);
        var refused = await stranger.PostAsync("mutation($id: ID!) { revokeApiToken(id: $id) { errors { code field } } }", new { id });
        Assert.Equal([("NOT_FOUND", "id")], refused.UserErrors("revokeApiToken"));
        Assert.Equal(HttpStatusCode.OK, (await script.PostAsync("{ contracts { nodes { id } } }")).Status);

        var revoked = await owner.PostAsync("mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } errors { code } } }", new { id });
        Assert.Empty(revoked.UserErrors("revokeApiToken"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.PostAsync("{ contracts { nodes { id } } }")).Status);
        var listed = (await owner.PostAsync("{ apiTokens { id revokedAt } }")).Data.GetProperty("apiTokens").EnumerateArray();
        Assert.Contains(listed, t => t.GetProperty("id").GetString() == id && t.GetProperty("revokedAt").ValueKind != System.Text.Json.JsonValueKind.Null);
    }
}
