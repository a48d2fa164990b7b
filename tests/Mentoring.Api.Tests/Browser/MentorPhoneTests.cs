using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>The mentor's phone view at 360 px: my people, a meeting logged in one tap, and the offline queue.</summary>
public sealed class MentorPhoneTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Count = "query($m: ID!) { contactTimeline(matchId: $m, first: 100) { totalCount } }";

    [Fact]
    public async Task Offline_the_phone_keeps_two_meetings_and_sends_each_once_when_back()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Pēteris Kalniņš");
        var page = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(page, pair.MentorEmail, Scenarios.MentorPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/me$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pēteris Kalniņš" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "mentor-my-people");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ierakstīt tikšanos ar Pēteris Kalniņš" }).ClickAsync();
        await Expect(page.GetByText("Vēl nav ierakstītu tikšanos.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "log a meeting");

        await page.Context.SetOfflineAsync(true);
        await Expect(page.GetByText("Jūs esat bezsaistē.", new() { Exact = false })).ToBeVisibleAsync();
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt tikšanos" });
        await save.ClickAsync();
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "1");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Tālrunis" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "30 min" }).ClickAsync();
        await save.ClickAsync();
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "2");
        await BrowserFixture.ScreenshotAsync(page, "mentor-offline-queue");
        Assert.Equal(0, (await coordinator.PostAsync(Count, new { m = pair.MatchId })).Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32());

        // Back online: the queue sends itself, each meeting with the key it was given when logged.
        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");
        await Expect(page.GetByTestId("contact-count")).ToHaveAttributeAsync("data-count", "2");
        Assert.Equal(2, (await coordinator.PostAsync(Count, new { m = pair.MatchId })).Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32());

        // A reload (the queue is empty now) sends nothing again.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("contact-count")).ToHaveAttributeAsync("data-count", "2");
        Assert.Equal(2, (await coordinator.PostAsync(Count, new { m = pair.MatchId })).Data.GetProperty("contactTimeline").GetProperty("totalCount").GetInt32());
        await BrowserFixture.ScreenshotAsync(page, "mentor-meetings");
    }

    [Fact]
    public async Task An_urgent_concern_reaches_the_coordinators_desk_and_leaves_it_when_taken_up()
    {
        using var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinatorApi, "Dace Ozola");
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await phone.GotoAsync($"/me/{pair.MatchId}");
        await phone.GetByRole(AriaRole.Radio, new() { Name = "Steidzami" }).CheckAsync();
        await Expect(phone.GetByText("Briesmu gadījumā zvaniet 112.", new() { Exact = false })).ToBeVisibleAsync();
        await phone.GetByText("Vieta, tēmas un piezīme").ClickAsync();
        await phone.GetByLabel("Privāta piezīme").FillAsync("Nav kur palikt nakti.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Saglabāt tikšanos" }).ClickAsync();
        await Expect(phone.GetByText("Tikšanās saglabāta.")).ToBeVisibleAsync();

        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        var alert = desk.Locator(".alert-row").Filter(new() { HasText = "Dace Ozola" });
        await Expect(alert).ToContainTextAsync("Nav kur palikt nakti.");
        await BrowserFixture.ScreenshotAsync(desk, "coordinator-desk");
        await alert.GetByLabel("Ko jūs darījāt (nav obligāti)").FillAsync("Zvanīju patversmei.");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Es to uzņemos" }).ClickAsync();
        await Expect(desk.Locator(".alert-row").Filter(new() { HasText = "Dace Ozola" })).ToHaveCountAsync(0);

        await desk.GetByRole(AriaRole.Link, new() { Name = "Saziņa" }).ClickAsync();
        var row = desk.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dace Ozola" });
        await Expect(row).ToContainTextAsync("1 tikšanās");
        await BrowserFixture.AssertAccessibleAsync(desk, "engagement");
        await BrowserFixture.ScreenshotAsync(desk, "coordinator-engagement");

        // Supervision where the log is: feedback the mentor sees beside the meeting.
        await row.GetByRole(AriaRole.Link, new() { Name = "Dace Ozola" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Sniegt atsauksmi" }).ClickAsync();
        await desk.GetByLabel("Atsauksme mentoram").FillAsync("Paldies, ka ziņoji uzreiz.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt atsauksmi" }).ClickAsync();
        await phone.ReloadAsync();
        await Expect(phone.Locator(".comment")).ToContainTextAsync("Paldies, ka ziņoji uzreiz.");
    }
}
