using Mentoring.Domain.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The mentor's one-month health check in Russian on a 360 px phone, answered without a connection: the answers wait in the
/// phone's outbox (the card says so, also after a reload, instead of asking again), leave by themselves when the connection
/// returns, and the coordinator sees them once.
/// </summary>
public sealed class HealthCheckOfflineTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("ru", key, values);

    private const string Health = "query($m: ID!) { matchMonitoring(matchId: $m) { health { source milestone goingWell supported } } }";

    [Fact]
    public async Task An_answer_given_offline_is_kept_on_the_phone_and_recorded_once_when_the_connection_returns()
    {
        ActivePair pair;
        using (var first = await browser.Api.SignedIn("a", Role.Coordinator))
            pair = await Scenarios.ActivePairAsync(browser.Api, first, "Ольга Петрова");
        // Active since 20 November: the one-month check opens on 20 December (a month on, the coordinator signs in again).
        browser.Api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 12, 21), new TimeOnly(10, 0)));
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);

        var page = await browser.NewPageAsync(360, 740);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(page, "ru");
        var card = page.GetByRole(AriaRole.Region, new() { Name = T("health.title", new { months = "1" }) });
        await Expect(card).ToBeVisibleAsync();
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller?.state === 'activated'");

        await page.Context.SetOfflineAsync(true);
        await card.GetByRole(AriaRole.Group, new() { Name = T("health.goingWell") }).Locator("label.segment").Filter(new() { HasText = "4" }).ClickAsync();
        await card.GetByRole(AriaRole.Group, new() { Name = T("health.supported") }).Locator("label.segment").Filter(new() { HasText = "2" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = T("health.submit") }).ClickAsync();
        var status = card.GetByTestId("health-check-status");
        await Expect(status).ToHaveAttributeAsync("data-status", "waiting");
        await Expect(status).ToHaveTextAsync(T("health.queued"));
        var waiting = page.GetByTestId("outbox-items").Locator("[data-status=waiting]");
        await Expect(waiting).ToContainTextAsync(T("outbox.health", new { date = "" }).TrimEnd(' ', ','));
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the queued health answer at 360px");
        await BrowserFixture.AssertAccessibleAsync(page, "the queued health answer in Russian at 360px");
        Assert.Empty(await HealthAsync(coordinator, pair.MatchId));

        // Still offline, the app reopened (the service worker keeps the app, the phone its last answers): the card says the
        // answer waits; it does not ask again.
        await page.ReloadAsync();
        await Expect(status).ToHaveAttributeAsync("data-status", "waiting");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = T("health.submit") })).ToHaveCountAsync(0);
        await page.Context.SetOfflineAsync(false);

        // Back online, nobody taps: the answer leaves the phone once, and the card leaves the mentor's page.
        await Expect(page.GetByTestId("outbox-items").Locator("[data-status=sent]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");
        await Expect(card).ToHaveCountAsync(0);
        var answers = await HealthAsync(coordinator, pair.MatchId);
        var answer = Assert.Single(answers);
        Assert.Equal(("MENTOR", 1, 4, 2), (answer.GetProperty("source").GetString(), answer.GetProperty("milestone").GetInt32(),
            answer.GetProperty("goingWell").GetInt32(), answer.GetProperty("supported").GetInt32()));
        Assert.Empty(errors);
    }

    private static async Task<List<System.Text.Json.JsonElement>> HealthAsync(GraphQLClient coordinator, Guid matchId) =>
        [.. (await coordinator.PostAsync(Health, new { m = matchId })).Data.GetProperty("matchMonitoring").GetProperty("health").EnumerateArray()];
}
