using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Hosting;

/// <summary>
/// Limits count the client's address — from X-Forwarded-For only when a configured proxy sent it — once across all
/// nodes, in PostgreSQL. Each test starts in a fresh window (the shared fake clock moves on by hours).
/// </summary>
public sealed class BehindProxyTests(TwoHostsFixture api) : IClassFixture<TwoHostsFixture>
{
    private const int Limit = TwoHostsFixture.Limit;

    private void NextWindow() => api.Clock.Advance(TimeSpan.FromHours(3));

    private async Task<string?> Apply(GraphQLClient client)
    {
        var response = await client.PostAsync(Submit, Application(api.NgoA.Id, $"proxy-{Guid.NewGuid():N}@example.lv"));
        return response.UserErrors("submitMentorApplication").Select(e => e.Code).SingleOrDefault();
    }

    [Fact]
    public async Task Two_nodes_on_one_database_allow_the_limit_once_not_twice()
    {
        NextWindow();
        using var first = api.Client();
        using var second = api.ThroughProxy(client: null); // no forwarded header: both nodes see 127.0.0.1
        var nodes = new[] { first, second };
        for (var i = 0; i < Limit; i++) Assert.Null(await Apply(nodes[i % 2]));
        Assert.Equal("RATE_LIMITED", await Apply(second));
        Assert.Equal("RATE_LIMITED", await Apply(first));

        // Sign-in attempts too.
        for (var i = 0; i < Limit; i++)
            Assert.DoesNotContain(("RATE_LIMITED", null), (await nodes[i % 2].LoginAsync($"nobody{i}@example.lv", "wrong-password-1")).UserErrors("login"));
        Assert.Equal([("RATE_LIMITED", null)], (await second.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password)).UserErrors("login"));
        Assert.Equal([("RATE_LIMITED", null)], (await first.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password)).UserErrors("login"));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        NextWindow();
        using var client = api.ThroughProxy("203.0.113.10");
        for (var i = 0; i < Limit; i++) Assert.Null(await Apply(client));
        Assert.Equal("RATE_LIMITED", await Apply(client));
        using var neighbour = api.ThroughProxy("203.0.113.11");
        Assert.Null(await Apply(neighbour));
        // A chain of proxies: the last address before the known proxy is the client's.
        using var chained = api.ThroughProxy("198.51.100.1, 203.0.113.10");
        Assert.Equal("RATE_LIMITED", await Apply(chained));
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_address_is_ignored_and_cannot_dodge_the_limit()
    {
        NextWindow();
        for (var i = 0; i < Limit; i++)
        {
            using var spoofed = api.Spoofing($"198.51.100.{i + 1}");
            Assert.Null(await Apply(spoofed));
        }
        using var another = api.Spoofing("198.51.100.99");
        Assert.Equal("RATE_LIMITED", await Apply(another));
    }

    [Fact]
    public async Task An_ipv6_client_is_limited_by_its_64_prefix()
    {
        NextWindow();
        for (var i = 0; i < Limit; i++)
        {
            using var host = api.ThroughProxy($"2001:db8:7:1::{i + 1}");
            Assert.Null(await Apply(host));
        }
        using var samePrefix = api.ThroughProxy("2001:db8:7:1:ffff:ffff:ffff:fffe");
        Assert.Equal("RATE_LIMITED", await Apply(samePrefix));
        using var otherPrefix = api.ThroughProxy("2001:db8:7:2::1");
        Assert.Null(await Apply(otherPrefix));
    }

    [Fact]
    public async Task The_ngos_own_coordinators_entering_applications_are_not_limited_by_the_forms_limit()
    {
        NextWindow();
        using var coordinator = await api.SignedIn("b", Role.Coordinator);
        for (var i = 0; i < Limit + 2; i++)
            Assert.Empty((await coordinator.PostAsync(Submit, Application(api.NgoB.Id, $"entered-{Guid.NewGuid():N}@example.lv"))).UserErrors("submitMentorApplication"));
        using var anonymous = api.Client();
        Assert.Null(await Apply(anonymous)); // and they used none of the address's allowance
    }

    [Fact]
    public async Task Hsts_is_sent_only_when_the_clients_request_was_https()
    {
        static async Task<bool> Hsts(GraphQLClient client)
        {
            using var response = await client.Http.GetAsync("/health/live");
            return response.Headers.Contains("Strict-Transport-Security");
        }

        using (var https = api.ThroughProxy("203.0.113.20", "https")) Assert.True(await Hsts(https));
        using (var http = api.ThroughProxy("203.0.113.20", "http")) Assert.False(await Hsts(http));
        using (var spoofed = api.Spoofing("203.0.113.20", "https")) Assert.False(await Hsts(spoofed));
    }
}
