using System.Globalization;
using Mentoring.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Hosting;

/// <summary>
/// Two API nodes on one database schema, with low limits: the fixture's own host, configured with no proxy (so it
/// believes no X-Forwarded-* header), and a second host started in this process whose configuration names a proxy on
/// 127.0.0.1 — the tests' own loopback client plays that proxy. Both share the fake clock.
/// </summary>
public sealed class TwoHostsFixture : ApiFixture
{
    public const int Limit = 3;
    private WebApplication? _proxied;

    protected override int ApplicationsPerHour => Limit;
    protected override int SignInAttempts => Limit;

    /// <summary>The second node, behind a configured proxy on 127.0.0.1.</summary>
    public Uri ProxiedAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _proxied = MentoringApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mentoring:ConnectionString"] = ConnectionString,
                ["Mentoring:Schema"] = Schema,
                ["Mentoring:SecureCookies"] = "false",
                ["Mentoring:Daemon"] = "Disabled",
                ["Mentoring:Jobs:Mode"] = "Off",
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Mentoring:ApplicationsPerHour"] = Limit.ToString(CultureInfo.InvariantCulture),
                ["Mentoring:SignInAttemptsPer10Minutes"] = Limit.ToString(CultureInfo.InvariantCulture),
                ["Mentoring:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            });
            builder.Services.AddSingleton<TimeProvider>(Clock);
        });
        await _proxied.StartAsync();
        ProxiedAddress = new Uri(_proxied.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client of the second node that sends the headers a proxy would add for <paramref name="client"/>.</summary>
    public GraphQLClient ThroughProxy(string? client, string? scheme = null) => WithForwarded(new GraphQLClient(ProxiedAddress), client, scheme);

    /// <summary>A client of the first node (no proxy configured) sending the same headers: spoofed, as far as it knows.</summary>
    public GraphQLClient Spoofing(string? client, string? scheme = null) => WithForwarded(Client(), client, scheme);

    private static GraphQLClient WithForwarded(GraphQLClient graphQL, string? client, string? scheme)
    {
        if (client is not null) graphQL.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        if (scheme is not null) graphQL.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return graphQL;
    }

    public override async Task DisposeAsync()
    {
        if (_proxied is not null)
        {
            await _proxied.StopAsync();
            await _proxied.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
