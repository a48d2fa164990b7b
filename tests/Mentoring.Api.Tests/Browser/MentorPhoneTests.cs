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

    public static TheoryData<string, int> Languages => new() { { "lv", 360 }, { "en", 360 }, { "ru", 360 }, { "lv", 1280 } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task An_accepted_proposal_stays_accepted_and_the_meeting_form_saves_without_scrolling(string language, int width)
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var name = $"{language}{width}" switch { "lv360" => "Laura Kalna", "en360" => "Anna Liepa", "ru360" => "Ilze Priede", _ => "Marta Ozola" };
        var pair = await Scenarios.ProposedPairAsync(browser.Api, coordinator, name);
        var phone = await browser.NewPageAsync(width, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, language);
        var card = phone.Locator("li.card").Filter(new() { Has = phone.GetByRole(AriaRole.Heading, new() { Name = name }) });
        var accept = card.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text(language, "me.accept"), Exact = true });
        var decline = card.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text(language, "me.decline"), Exact = true });
        await Expect(decline).ToBeVisibleAsync();
        await accept.ClickAsync();

        // The card says what is true now and offers nothing that no longer is — and so after a reload.
        var waiting = card.GetByRole(AriaRole.Status).Filter(new() { HasText = BrowserFixture.Text(language, "me.waitingForPerson") });
        foreach (var reload in new[] { false, true })
        {
            if (reload) await phone.ReloadAsync();
            await Expect(waiting).ToBeVisibleAsync();
            await Expect(accept).ToHaveCountAsync(0);
            await Expect(decline).ToHaveCountAsync(0);
        }
        var match = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { mentorAccepted } }", new { id = pair.MatchId })).Data.GetProperty("match");
        Assert.True(match.GetProperty("mentorAccepted").GetBoolean());

        // The person agrees and the match starts: the meeting form opens with its Save on screen, no scrolling.
        await Scenarios.StepsAsync(coordinator, pair.MatchId, "recordClientAgreement", "activateMatch");
        await phone.ReloadAsync();
        await card.GetByRole(AriaRole.Link, new() { Name = BrowserFixture.Text(language, "me.log", new { name }) }).ClickAsync();
        // The form's page loads its own chunk and data: on a loaded CI machine that took longer than the default 5 s once.
        await Expect(phone).ToHaveTitleAsync(BrowserFixture.DocumentTitle(language, "log.titlePlain"), new() { Timeout = 20_000 });
        var save = phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text(language, "log.submit") });
        await Expect(save).ToBeVisibleAsync();
        if (width == 360)
        {
            Assert.True(await save.IsVisibleAsync());
            var box = await save.BoundingBoxAsync();
            Assert.True(box is { X: >= 0, Y: >= 0 } && box.X + box.Width <= 360 && box.Y + box.Height <= 740,
                $"Save is at {box?.X},{box?.Y} ({box?.Width}×{box?.Height}), not within 360×740");
        }
        await BrowserFixture.AssertHeaderIsOneLineAsync(phone, $"meeting form in {language} at {width}px");
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, $"meeting form in {language} at {width}px");
        await BrowserFixture.AssertAccessibleAsync(phone, $"meeting form in {language} at {width}px");
        await save.ClickAsync();
        await Expect(phone.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "sent");
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

        await desk.GetByRole(AriaRole.Link, new() { Name = "Saziņa", Exact = true }).ClickAsync();
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
