using Mentoring.Api.Demo;

namespace Mentoring.Api.Tests.Demo;

/// <summary>The API as ./run.sh starts it, with the demo data written at start, on the tests' clock (23 November 2026, 12:00 in Riga).</summary>
public sealed class DemoFixture : ApiFixture
{
    protected override bool SeedDemo => true;

    public async Task<GraphQLClient> SignedIn(string email)
    {
        var client = Client();
        var login = await client.LoginAsync(email, DemoData.Password);
        Assert.Empty(login.UserErrors("login"));
        return client;
    }
}
