using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>An administrator answers a person's GDPR request; the auditor sees every access in the trail.</summary>
public sealed class PrivacyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_exports_a_persons_data_cannot_erase_an_open_case_and_the_auditor_sees_it_all()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Valdis Priede");
        var clientId = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString();

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await page.GotoAsync($"/clients/{clientId}");
        var personal = page.GetByRole(AriaRole.Region, new() { Name = "Personas dati" });
        await personal.GetByRole(AriaRole.Button, new() { Name = "Eksportēt datus" }).ClickAsync();
        await personal.GetByLabel("Pieprasījuma atsauce").FillAsync("DSAR 2026/15");
        await personal.GetByRole(AriaRole.Button, new() { Name = "Sagatavot eksportu" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => personal.GetByRole(AriaRole.Link, new() { Name = "Lejupielādēt JSON failu" }).ClickAsync());
        Assert.Contains("Valdis Priede", await File.ReadAllTextAsync((await download.PathAsync())!));

        // Erasing needs a confirmation, and an open case is not erased.
        var before = await browser.Api.CountWritesAsync();
        await personal.GetByRole(AriaRole.Button, new() { Name = "Dzēst datus" }).ClickAsync();
        await personal.GetByLabel("Iemesls").FillAsync("the person asked on 2026-11-20");
        await personal.GetByRole(AriaRole.Button, new() { Name = "Dzēst neatgriezeniski" }).ClickAsync();
        await Expect(personal.GetByLabel("Es saprotu, ka to nevar atsaukt")).ToHaveAttributeAsync("aria-invalid", "true");
        await personal.GetByLabel("Es saprotu, ka to nevar atsaukt").CheckAsync();
        await personal.GetByRole(AriaRole.Button, new() { Name = "Dzēst neatgriezeniski" }).ClickAsync();
        await Expect(personal.Locator("[data-code=ERASURE_NOT_ALLOWED]")).ToBeVisibleAsync();
        Assert.Equal(before, await browser.Api.CountWritesAsync());
        await BrowserFixture.AssertAccessibleAsync(page, "erase confirmation");
        await BrowserFixture.ScreenshotAsync(page, "privacy-erase");

        var auditor = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, ApiFixture.EmailOf("a", Role.Auditor));
        var trail = auditor.GetByRole(AriaRole.Region, new() { Name = "Audita žurnāls" }).Last;
        await Expect(trail).ToContainTextAsync("Dati eksportēti");
        await Expect(trail).ToContainTextAsync("DSAR 2026/15");
        await Expect(trail).ToContainTextAsync("Lieta lasīta");
        await auditor.GetByLabel("Kas").SelectOptionAsync("PERSON_EXPORTED");
        await Expect(auditor.Locator("tbody tr")).ToHaveCountAsync(1);
        await BrowserFixture.AssertAccessibleAsync(auditor, "audit trail");
        await BrowserFixture.ScreenshotAsync(auditor, "audit-trail");
    }

    [Fact]
    public async Task An_admin_erases_a_closed_case_and_follows_the_erasure_to_its_end_on_the_erasures_page()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var referred = (await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } } }", new
        {
            i = new { name = "Laura Dzēšamā", gender = "FEMALE", birthYear = 1990, languages = new[] { "lv" }, prisonCode = "ilguciems",
                      expectedReleaseDate = "2026-12-10", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Inese" },
        })).Data.GetProperty("referClient").GetProperty("client");
        var clientId = referred.GetProperty("id").GetString();
        Assert.Empty((await coordinator.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = referred.GetProperty("version").GetInt64(), reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await page.GotoAsync($"/clients/{clientId}");
        var personal = page.GetByRole(AriaRole.Region, new() { Name = "Personas dati" });
        await personal.GetByRole(AriaRole.Button, new() { Name = "Dzēst datus" }).ClickAsync();
        await personal.GetByLabel("Iemesls").FillAsync("the person asked on 2026-11-20");
        await personal.GetByLabel("Es saprotu, ka to nevar atsaukt").CheckAsync();
        await personal.GetByRole(AriaRole.Button, new() { Name = "Dzēst neatgriezeniski" }).ClickAsync();
        await Expect(personal.GetByRole(AriaRole.Status).Filter(new() { HasText = "Dzēsts: aizklāti" })).ToBeVisibleAsync();
        await Expect(personal.GetByText("Dzēšana: pabeigta")).ToBeVisibleAsync();

        // The organisation's erasures, with who asked and how far each got.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dzēšanas" }).ClickAsync();
        var row = page.Locator($"tr[data-person='{clientId}']");
        await Expect(row).ToContainTextAsync("administrators");
        await Expect(row).ToContainTextAsync("pabeigta");
        await Expect(row).ToContainTextAsync("8 no 8");
        await BrowserFixture.AssertAccessibleAsync(page, "erasures");
        await BrowserFixture.ScreenshotAsync(page, "privacy-erasures");
    }
}
