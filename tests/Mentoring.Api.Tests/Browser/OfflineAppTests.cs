using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The installable app at 360 px: the service worker keeps the app shell, the phone keeps the mentor's last answers,
/// so a mentor who signed in once opens the app cold without a connection, logs a meeting, and the outbox sends it by
/// itself when the connection returns — or shows, in Latvian, why the server refused it.
/// </summary>
public sealed class OfflineAppTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Count = "query($m: ID!) { contactTimeline(matchId: $m, first: 100) { totalCount } }";

    private async Task<int> ContactsAsync(GraphQLClient coordinator, Guid matchId) =>
        (await coordinator.PostAsync(Count, new { m = matchId })).Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32();

    /// <summary>Signed in online at /me, with the service worker active and controlling the page.</summary>
    private async Task<IPage> SignedInWithWorkerAsync(ActivePair pair)
    {
        var page = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(page, pair.MentorEmail, Scenarios.MentorPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = pair.ClientName })).ToBeVisibleAsync();
        await WorkerInChargeAsync(page);
        return page;
    }

    [Fact]
    public async Task The_manifest_makes_the_app_installable_and_the_worker_leaves_the_servers_paths_alone()
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/");
        var response = await page.APIRequest.GetAsync("/manifest.webmanifest");
        Assert.True(response.Ok);
        Assert.Contains("manifest+json", response.Headers["content-type"]);
        using var manifest = JsonDocument.Parse(await response.TextAsync());
        var root = manifest.RootElement;
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("lv", root.GetProperty("lang").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        foreach (var icon in root.GetProperty("icons").EnumerateArray())
        {
            var file = await page.APIRequest.GetAsync(icon.GetProperty("src").GetString()!);
            Assert.True(file.Ok, icon.GetProperty("src").GetString());
            Assert.Equal(icon.GetProperty("type").GetString(), file.Headers["content-type"].Split(';')[0]);
        }
        Assert.Contains(root.GetProperty("icons").EnumerateArray(), i => i.GetProperty("purpose").GetString() == "maskable");

        await WorkerInChargeAsync(page);
        // Controlled by the worker, navigations to the server's own paths still reach the server (not the cached app),
        // while any other path is the app.
        foreach (var path in new[] { "/auth/antiforgery", "/graphql?query=%7B__typename%7D" })
        {
            var answer = await page.GotoAsync(path);
            Assert.DoesNotContain("text/html", answer!.Headers["content-type"]);
        }
        var app = await page.GotoAsync("/me/somewhere");
        Assert.Contains("text/html", app!.Headers["content-type"]);
    }

    /// <summary>The service worker (registered only by production builds, which the API serves) is active and controls the page.</summary>
    private static async Task WorkerInChargeAsync(IPage page)
    {
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller?.state === 'activated'");
    }

    [Fact]
    public async Task Signed_in_once_the_mentor_opens_the_app_cold_offline_logs_a_meeting_and_it_is_sent_once_when_back()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Anna Bērziņa");
        var first = await SignedInWithWorkerAsync(pair);
        var context = first.Context;

        // No connection, the tab closed: the phone opens the app from scratch.
        await context.SetOfflineAsync(true);
        await first.CloseAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/me");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anna Bērziņa" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Jūs esat bezsaistē.", new() { Exact = false })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Ierakstīt tikšanos ar Anna Bērziņa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt tikšanos" }).ClickAsync();
        await Expect(page.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "waiting");
        await Expect(page.GetByTestId("outbox-items").Locator("[data-status]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("outbox-items").Locator("[data-status=waiting]")).ToHaveCountAsync(1);
        Assert.Equal(0, await ContactsAsync(coordinator, pair.MatchId));

        // Back online: nobody taps anything; the outbox sends the meeting and says so.
        await context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("outbox-items").Locator("[data-status=sent]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "sent");
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");
        await Expect(page.GetByTestId("contact-count")).ToHaveAttributeAsync("data-count", "1");
        Assert.Equal(1, await ContactsAsync(coordinator, pair.MatchId));
    }

    [Fact]
    public async Task A_meeting_refused_because_the_match_ended_meanwhile_shows_the_reason_in_latvian_until_dismissed()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Jānis Ozols");
        var page = await SignedInWithWorkerAsync(pair);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ierakstīt tikšanos ar Jānis Ozols" }).ClickAsync();

        await page.Context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt tikšanos" }).ClickAsync();
        await Expect(page.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "waiting");

        // Meanwhile the coordinator ends the match.
        var version = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = pair.MatchId })).Data
            .GetProperty("match").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync(
            $"mutation {{ endMatch(input: {{ matchId: \"{pair.MatchId}\", expectedVersion: {version}, endReason: MENTOR_UNAVAILABLE }}) {{ errors {{ code field }} }} }}"))
            .UserErrors("endMatch"));

        await page.Context.SetOfflineAsync(false);
        var refused = page.GetByTestId("outbox-items").Locator("[data-status=refused]");
        await Expect(refused).ToContainTextAsync("Šis pāris nav aktīvs (statuss: beidzies).");
        await Expect(refused).ToContainTextAsync("netika pieņemta");
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");
        Assert.Equal(0, await ContactsAsync(coordinator, pair.MatchId));

        // It stays, also after a reload, until the mentor removes it.
        await page.ReloadAsync();
        await Expect(refused).ToContainTextAsync("Šis pāris nav aktīvs (statuss: beidzies).");
        await refused.GetByRole(AriaRole.Button, new() { Name = "Dzēst no šī tālruņa" }).ClickAsync();
        await Expect(page.GetByTestId("outbox-items").Locator("[data-status]")).ToHaveCountAsync(0);
    }
}
