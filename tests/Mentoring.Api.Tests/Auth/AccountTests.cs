using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mentoring.Api.Tests.Auth;

/// <summary>
/// Sessions that end when they should (sign-out, everywhere, absolute lifetime), passwords changed and reset by e-mail,
/// leavers deactivated, invitations that go by e-mail only, roles nobody grants themselves, and a sign-in that answers
/// the same whatever the account — all through HTTP on real PostgreSQL.
/// </summary>
public sealed class AccountTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Invite = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitation { expiresAt user { id } } errors { code field } } }";
    private const string Accept = "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } errors { code field } } }";
    private const string Passphrase = "a-long-enough-passphrase";
    private const string Protected = "query=%7B%20apiTokens%20%7B%20id%20%7D%20%7D"; // { apiTokens { id } } over GET: no anti-forgery needed

    private sealed record Member(GraphQLClient Client, string Email, string Id);

    /// <summary>A new member of NGO A, invited by e-mail and signed in through the mailed link.</summary>
    private async Task<Member> NewMemberAsync(GraphQLClient admin, string role = "COORDINATOR")
    {
        var email = $"m-{Guid.NewGuid():N}@a.test";
        var invited = await admin.PostAsync(Invite, new { i = new { email, displayName = "Jānis Ozols", roles = new[] { role } } });
        Assert.Empty(invited.UserErrors("inviteUser"));
        var client = api.Client();
        var accepted = await client.PostAsync(Accept, new { i = new { token = await api.LinkSecretAsync(email, "inv_"), password = Passphrase } });
        Assert.Empty(accepted.UserErrors("acceptInvitation"));
        await client.RefreshAntiforgeryAsync();
        return new Member(client, email, accepted.Data.GetProperty("acceptInvitation").GetProperty("user").GetProperty("id").GetString()!);
    }

    private GraphQLClient Replay(GraphQLClient from)
    {
        var copy = api.Client();
        foreach (Cookie cookie in from.Cookies.GetCookies(api.BaseAddress)) copy.Cookies.Add(api.BaseAddress, new Cookie(cookie.Name, cookie.Value));
        return copy;
    }

    [Fact]
    public async Task A_cookie_saved_before_logout_no_longer_works_after_it()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        using var stolen = Replay(member.Client);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync(Protected)).Status);
        await member.Client.PostAsync("mutation { logout { ok } }");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync(Protected)).Status);
    }

    [Fact]
    public async Task A_session_ends_after_its_absolute_lifetime_however_active()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        // Active every 30 minutes for 11.5 hours: the idle timeout never strikes…
        for (var i = 0; i < 23; i++)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync(Protected)).Status);
        }
        // …but 12 hours after sign-in the session is over.
        api.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status);
    }

    [Fact]
    public async Task A_person_sees_their_sessions_ends_one_and_signs_out_everywhere()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        using var phone = api.Client();
        await phone.LoginAsync(member.Email, Passphrase);
        using var laptop = api.Client();
        await laptop.LoginAsync(member.Email, Passphrase);

        var sessions = (await member.Client.PostAsync("{ mySessions { id current createdAt expiresAt } }")).Data.GetProperty("mySessions").EnumerateArray().ToList();
        Assert.Equal(3, sessions.Count);
        Assert.Single(sessions, s => s.GetProperty("current").GetBoolean());
        Assert.All(sessions, s => Assert.Equal(TimeSpan.FromHours(12), s.GetProperty("expiresAt").GetDateTimeOffset() - s.GetProperty("createdAt").GetDateTimeOffset()));

        var phoneSession = (await phone.PostAsync("{ mySessions { id current } }")).Data.GetProperty("mySessions").EnumerateArray()
            .Single(s => s.GetProperty("current").GetBoolean()).GetProperty("id").GetString();
        Assert.Equal(1, (await member.Client.PostAsync("mutation($s: ID!) { endSession(sessionId: $s) { ended errors { code } } }", new { s = phoneSession }))
            .Data.GetProperty("endSession").GetProperty("ended").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync(Protected)).Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(Protected)).Status);

        Assert.Equal(2, (await member.Client.PostAsync("mutation { signOutEverywhere { ended } }")).Data.GetProperty("signOutEverywhere").GetProperty("ended").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync(Protected)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_the_other_sessions_only()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        using var other = api.Client();
        await other.LoginAsync(member.Email, Passphrase);
        const string Change = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { user { id } errors { code field } } }";

        var before = await api.CountWritesAsync();
        Assert.Equal([("INVALID_CREDENTIALS", "currentPassword")],
            (await member.Client.PostAsync(Change, new { i = new { currentPassword = "not-my-password-x", newPassword = "a-new-passphrase-2026" } })).UserErrors("changePassword"));
        Assert.Equal([("WEAK_PASSWORD", "newPassword")],
            (await member.Client.PostAsync(Change, new { i = new { currentPassword = Passphrase, newPassword = "short" } })).UserErrors("changePassword"));
        Assert.Equal(before, await api.CountWritesAsync());

        Assert.Empty((await member.Client.PostAsync(Change, new { i = new { currentPassword = Passphrase, newPassword = "a-new-passphrase-2026" } })).UserErrors("changePassword"));
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync(Protected)).Status); // this session carries on
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync(Protected)).Status);
        using var again = api.Client();
        Assert.Equal("INVALID_CREDENTIALS", (await again.LoginAsync(member.Email, Passphrase)).UserErrors("login")[0].Code);
        Assert.Empty((await again.LoginAsync(member.Email, "a-new-passphrase-2026")).UserErrors("login"));
    }

    [Fact]
    public async Task A_reset_is_mailed_only_to_an_account_answers_the_same_either_way_works_once_and_ends_every_session()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        const string Request = "mutation($e: String!) { requestPasswordReset(email: $e) { ok errors { code } } }";
        using var anonymous = api.Client();
        var known = await anonymous.PostAsync(Request, new { e = member.Email });
        var unknown = await anonymous.PostAsync(Request, new { e = "nobody-here@a.test" });
        Assert.Equal(known.Body.GetRawText(), unknown.Body.GetRawText());
        Assert.Empty(await api.MessagesToAsync("nobody-here@a.test"));

        var token = await api.LinkSecretAsync(member.Email, "rst_");
        Assert.Contains((await api.MessagesToAsync(member.Email)), m => m.TextBody.Contains($"/reset-password#{token}", StringComparison.Ordinal));
        const string Reset = "mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { ok errors { code field } } }";
        Assert.Equal([("WEAK_PASSWORD", "newPassword")], (await anonymous.PostAsync(Reset, new { i = new { token, newPassword = "short" } })).UserErrors("resetPassword"));
        Assert.Empty((await anonymous.PostAsync(Reset, new { i = new { token, newPassword = "reset-passphrase-2026" } })).UserErrors("resetPassword"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status);
        Assert.Equal([("INVALID_RESET_TOKEN", "token")], (await anonymous.PostAsync(Reset, new { i = new { token, newPassword = "third-passphrase-2026" } })).UserErrors("resetPassword"));
        using var again = api.Client();
        Assert.Empty((await again.LoginAsync(member.Email, "reset-passphrase-2026")).UserErrors("login"));

        // A link is good for one hour.
        await anonymous.PostAsync(Request, new { e = member.Email });
        var late = await api.LinkSecretAsync(member.Email, "rst_");
        api.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal([("INVALID_RESET_TOKEN", "token")], (await anonymous.PostAsync(Reset, new { i = new { token = late, newPassword = "late-passphrase-2026" } })).UserErrors("resetPassword"));
    }

    [Fact]
    public async Task A_deactivated_leaver_loses_cookie_token_and_sign_in_at_once_until_reactivated()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        var secret = (await member.Client.PostAsync("mutation { createApiToken(input: { name: \"scripts\" }) { apiToken { secret } } }"))
            .Data.GetProperty("createApiToken").GetProperty("apiToken").GetProperty("secret").GetString()!;
        using var byToken = api.Client();
        byToken.UseBearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await byToken.GetAsync(Protected)).Status);

        const string Deactivate = "mutation($u: ID!) { deactivateUser(userId: $u) { user { active } errors { code field } } }";
        Assert.Equal([("SELF_GRANT", "userId")], (await admin.PostAsync(Deactivate, new { u = (await admin.PostAsync("{ me { id } }")).Data.GetProperty("me").GetProperty("id").GetString() }))
            .UserErrors("deactivateUser"));
        Assert.Empty((await admin.PostAsync(Deactivate, new { u = member.Id })).UserErrors("deactivateUser"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await byToken.GetAsync(Protected)).Status);
        using var again = api.Client();
        Assert.Equal("INVALID_CREDENTIALS", (await again.LoginAsync(member.Email, Passphrase)).UserErrors("login")[0].Code);

        Assert.Empty((await admin.PostAsync("mutation($u: ID!) { reactivateUser(userId: $u) { errors { code } } }", new { u = member.Id })).UserErrors("reactivateUser"));
        api.Clock.Advance(TimeSpan.FromMinutes(10)); // past the failed attempt's wait
        Assert.Empty((await again.LoginAsync(member.Email, Passphrase)).UserErrors("login"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await byToken.GetAsync(Protected)).Status); // revoked tokens stay revoked
    }

    [Fact]
    public async Task Invitations_go_only_by_mail_can_be_resent_or_revoked_and_an_expired_one_frees_its_address()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var email = $"inv-{Guid.NewGuid():N}@a.test";
        var invited = await admin.PostAsync(Invite, new { i = new { email, displayName = "Anna Liepa", roles = new[] { "AUDITOR" } } });
        Assert.DoesNotContain("inv_", invited.Body.GetRawText(), StringComparison.Ordinal);
        var userId = invited.Data.GetProperty("inviteUser").GetProperty("invitation").GetProperty("user").GetProperty("id").GetString();
        var first = await api.LinkSecretAsync(email, "inv_");

        Assert.Empty((await admin.PostAsync("mutation($u: ID!) { resendInvitation(userId: $u) { errors { code } } }", new { u = userId })).UserErrors("resendInvitation"));
        var second = await api.LinkSecretAsync(email, "inv_");
        Assert.NotEqual(first, second);
        Assert.Equal([("INVALID_INVITATION", "token")], (await api.Client().PostAsync(Accept, new { i = new { token = first, password = Passphrase } })).UserErrors("acceptInvitation"));

        Assert.Empty((await admin.PostAsync("mutation($u: ID!) { revokeInvitation(userId: $u) { errors { code } } }", new { u = userId })).UserErrors("revokeInvitation"));
        Assert.Equal([("INVALID_INVITATION", "token")], (await api.Client().PostAsync(Accept, new { i = new { token = second, password = Passphrase } })).UserErrors("acceptInvitation"));
        // The address is free again; and an invitation left to expire frees it too.
        Assert.Empty((await admin.PostAsync(Invite, new { i = new { email, displayName = "Anna Liepa", roles = new[] { "AUDITOR" } } })).UserErrors("inviteUser"));
        api.Clock.Advance(Domain.Users.InviteUserDecider.InvitationValidity + TimeSpan.FromMinutes(1));
        using var adminLater = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Empty((await adminLater.PostAsync(Invite, new { i = new { email, displayName = "Anna Liepa", roles = new[] { "AUDITOR" } } })).UserErrors("inviteUser"));
        using var person = api.Client();
        Assert.Empty((await person.PostAsync(Accept, new { i = new { token = await api.LinkSecretAsync(email, "inv_"), password = Passphrase } })).UserErrors("acceptInvitation"));
    }

    [Fact]
    public async Task Nobody_grants_themselves_a_role_a_platform_admin_invites_only_admins_and_every_grant_is_mailed_to_the_admins()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var self = (await admin.PostAsync("{ me { id } }")).Data.GetProperty("me").GetProperty("id").GetString();
        const string Change = "mutation($u: ID!, $r: [Role!]!) { changeUserRoles(userId: $u, roles: $r) { errors { code field } } }";
        var before = await api.CountWritesAsync();
        Assert.Equal([("SELF_GRANT", "roles")], (await admin.PostAsync(Change, new { u = self, r = new[] { "ORG_ADMIN", "COORDINATOR" } })).UserErrors("changeUserRoles"));
        using var platform = await api.SignedIn("platform", Role.PlatformAdmin);
        var intoNgo = await platform.PostAsync(Invite, new { i = new { organisationId = api.NgoA.Id, email = "reader@a.test", displayName = "Reader", roles = new[] { "COORDINATOR" } } });
        Assert.Equal([("ROLE_NOT_GRANTABLE", "roles")], intoNgo.UserErrors("inviteUser"));
        Assert.Equal(before, await api.CountWritesAsync());

        var member = await NewMemberAsync(admin, "MENTOR");
        Assert.Empty((await admin.PostAsync(Change, new { u = member.Id, r = new[] { "COORDINATOR" } })).UserErrors("changeUserRoles"));
        var toAdmin = await api.MessagesToAsync(ApiFixture.EmailOf("a", Role.OrgAdmin));
        Assert.Contains(toAdmin, m => m.Key.StartsWith("roles-changed:", StringComparison.Ordinal) && m.TextBody.Contains("koordinators", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status); // new roles apply at once
    }

    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_address_a_wrong_password_and_a_waiting_address_and_the_wait_grows_per_failure()
    {
        using var client = api.Client();
        var email = ApiFixture.EmailOf("b", Role.Auditor);
        var unknown = await client.LoginAsync("no-such-person@b.test", "wrong-password-x");
        var answers = new List<string>();
        for (var i = 0; i < 4; i++) answers.Add((await client.LoginAsync(email, "wrong-password-" + i)).Body.GetRawText());
        Assert.All(answers, a => Assert.Equal(unknown.Body.GetRawText(), a));
        // After three free failures the address waits 2 s, then 4 s, …: inside the wait even the right password answers the same.
        Assert.Equal(unknown.Body.GetRawText(), (await client.LoginAsync(email, ApiFixture.Password)).Body.GetRawText());
        api.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty((await client.LoginAsync(email, ApiFixture.Password)).UserErrors("login"));
        Assert.DoesNotMatch(new Regex("LOCKED|locked"), string.Join("", answers));
    }

    private string Code(string secret, int stepsAhead = 0) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret)).ComputeTotp(api.Clock.GetUtcNow().UtcDateTime.AddSeconds(30 * stepsAhead));

    private async Task<(string Secret, IReadOnlyList<string> Recovery)> EnrolAsync(GraphQLClient client)
    {
        var begun = await client.PostAsync("mutation { beginSecondFactorEnrolment { enrolment { secret otpauthUri qrSvg } errors { code } } }");
        var enrolment = begun.Data.GetProperty("beginSecondFactorEnrolment").GetProperty("enrolment");
        Assert.StartsWith("otpauth://totp/", enrolment.GetProperty("otpauthUri").GetString());
        Assert.Contains("<svg", enrolment.GetProperty("qrSvg").GetString(), StringComparison.Ordinal);
        var secret = enrolment.GetProperty("secret").GetString()!;
        const string Confirm = "mutation($c: String!) { confirmSecondFactorEnrolment(code: $c) { enabled { recoveryCodes user { secondFactorEnabled } } errors { code field } } }";
        Assert.Equal([("INVALID_SECOND_FACTOR", "code")], (await client.PostAsync(Confirm, new { c = "000000" == Code(secret) ? "111111" : "000000" })).UserErrors("confirmSecondFactorEnrolment"));
        var confirmed = await client.PostAsync(Confirm, new { c = Code(secret) });
        Assert.Empty(confirmed.UserErrors("confirmSecondFactorEnrolment"));
        var recovery = confirmed.Data.GetProperty("confirmSecondFactorEnrolment").GetProperty("enabled").GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (secret, recovery);
    }

    private async Task<GraphQLResponse> LoginWithCodeAsync(GraphQLClient client, string email, string? code)
    {
        var response = await client.PostAsync("mutation($i: LoginInput!) { login(input: $i) { user { id } errors { code field } } }",
            new { i = new { email, password = Passphrase, code } });
        await client.RefreshAntiforgeryAsync();
        return response;
    }

    [Fact]
    public async Task A_second_factor_is_asked_after_the_password_each_code_works_once_and_a_recovery_code_once()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        var (secret, recovery) = await EnrolAsync(member.Client);
        Assert.Equal(10, recovery.Count);

        using var client = api.Client();
        Assert.Equal([("SECOND_FACTOR_REQUIRED", "code")], (await LoginWithCodeAsync(client, member.Email, null)).UserErrors("login"));
        Assert.Equal([("INVALID_SECOND_FACTOR", "code")], (await LoginWithCodeAsync(client, member.Email, "12345x")).UserErrors("login"));
        api.Clock.Advance(TimeSpan.FromSeconds(31)); // past the enrolment's step, and past the failure's wait
        var code = Code(secret);
        Assert.Empty((await LoginWithCodeAsync(client, member.Email, code)).UserErrors("login"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Protected)).Status);
        using var replay = api.Client();
        Assert.Equal([("INVALID_SECOND_FACTOR", "code")], (await LoginWithCodeAsync(replay, member.Email, code)).UserErrors("login")); // a code is good once
        api.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Empty((await LoginWithCodeAsync(replay, member.Email, recovery[0].ToUpperInvariant())).UserErrors("login"));
        using var again = api.Client();
        api.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([("INVALID_SECOND_FACTOR", "code")], (await LoginWithCodeAsync(again, member.Email, recovery[0])).UserErrors("login"));
    }

    [Fact]
    public async Task When_the_organisation_requires_a_second_factor_staff_without_one_can_only_enrol_and_then_work()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var member = await NewMemberAsync(admin);
        const string Policy = "mutation($r: Boolean!) { updateSecurityPolicy(requireSecondFactor: $r) { policy { requireSecondFactor } errors { code } } }";
        try
        {
            Assert.Empty((await admin.PostAsync(Policy, new { r = true })).UserErrors("updateSecurityPolicy"));
            // A session that began before the policy loses its roles at its next request.
            Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync(Protected)).Status);

            using var client = api.Client();
            Assert.Empty((await LoginWithCodeAsync(client, member.Email, null)).UserErrors("login"));
            var me = (await client.PostAsync("{ me { roles secondFactorRequired secondFactorEnabled } }")).Data.GetProperty("me");
            Assert.True(me.GetProperty("secondFactorRequired").GetBoolean());
            Assert.False(me.GetProperty("secondFactorEnabled").GetBoolean());
            Assert.Equal(["FORBIDDEN"], (await client.GetAsync(Protected)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await client.PostAsync("{ clients { totalCount } }")).ErrorCodes);

            await EnrolAsync(client);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Protected)).Status); // the same session now has its roles
            Assert.Equal([("SECOND_FACTOR_ENFORCED", "code")],
                (await client.PostAsync("mutation { disableSecondFactor(code: \"123456\") { errors { code field } } }")).UserErrors("disableSecondFactor"));
        }
        finally
        {
            // The admin who switched it on must enrol too now; the shared fixture's policy is put back directly.
            await using var session = api.Store.LightweightSession(api.NgoA.TenantId);
            session.Delete<Domain.Users.SecurityPolicy>(Domain.Users.SecurityPolicy.PolicyId);
            await session.SaveChangesAsync();
        }
    }
}
