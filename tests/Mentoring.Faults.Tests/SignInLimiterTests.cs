using Mentoring.Faults.Tests.Infrastructure;

namespace Mentoring.Faults.Tests;

/// <summary>
/// Sign-in attempts are counted per client address in PostgreSQL, so two nodes allow the limit once, not twice; the
/// address is the one the proxy saw and put in X-Forwarded-For (each client here connects from its own loopback address),
/// so one client's failures do not lock out its neighbour behind the same proxy.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SignInLimiterTests(Cluster cluster)
{
    [Fact]
    public async Task The_sign_in_limiter_holds_per_client_address_across_nodes_behind_the_proxy()
    {
        using var guesser = cluster.NewClient();
        for (var i = 0; i < Cluster.SignInLimit; i++)
        {
            guesser.Node = i % 2; // alternate: node A, node B, …
            var attempt = await guesser.LoginAsync($"nobody-{Guid.NewGuid():N}@example.lv", "wrong-password-1");
            Assert.True(attempt.Ok, attempt.ToString());
            Assert.DoesNotContain("RATE_LIMITED", attempt.UserErrors("login"));
        }
        foreach (var node in new[] { 0, 1 })
        {
            guesser.Node = node;
            var limited = await guesser.LoginAsync(Cluster.Coordinator, Cluster.DemoPassword); // even the right password
            Assert.Contains("RATE_LIMITED", limited.UserErrors("login"));
        }

        // Another client address behind the same proxy still signs in, on either node.
        foreach (var node in new[] { 0, 1 })
        {
            using var neighbour = cluster.NewClient();
            neighbour.Node = node;
            var signedIn = await neighbour.LoginAsync(Cluster.Coordinator, Cluster.DemoPassword);
            Assert.Empty(signedIn.UserErrors("login"));
        }
    }
}
