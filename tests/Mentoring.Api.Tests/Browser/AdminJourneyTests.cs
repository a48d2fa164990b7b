using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>An NGO's administrator invites a colleague, records a contract and meets a validation error on the way.</summary>
public sealed class AdminJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_org_admin_invites_a_coordinator_who_follows_the_mailed_link_and_lands_signed_in()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await page.GetByRole(AriaRole.Link, new() { Name = "Lietotāji" }).ClickAsync();

        // Nothing chosen: the refusal names the field and nothing is stored.
        var before = await browser.Api.CountWritesAsync();
        await page.GetByLabel("E-pasts").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uzaicināt", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("E-pasts")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before, await browser.Api.CountWritesAsync());

        await page.GetByLabel("E-pasts").FillAsync("anna.berzina@example.lv");
        await page.GetByLabel("Vārds").FillAsync("Anna Bērziņa");
        await page.GetByRole(AriaRole.Group, new() { Name = "Lomas" }).GetByLabel("Koordinators").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uzaicināt", Exact = true }).ClickAsync();
        // The link went by e-mail; the admin is told so, and never sees it.
        await Expect(page.GetByTestId("invitation-sent")).ToContainTextAsync("Uzaicinājums nosūtīts uz anna.berzina@example.lv");
        Assert.DoesNotContain("inv_", await page.ContentAsync());
        var row = page.Locator(".rows li").Filter(new() { HasText = "Anna Bērziņa" });
        await Expect(row).ToContainTextAsync("Uzaicinājums nav pieņemts");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Sūtīt uzaicinājumu vēlreiz" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "users after inviting");
        await BrowserFixture.ScreenshotAsync(page, "admin-users");

        // The invited person opens the link exactly as the e-mail writes it, chooses a password and lands on their desk.
        var invited = await browser.NewPageAsync(360, 740);
        await invited.GotoAsync(await browser.Api.MailedLinkAsync("anna.berzina@example.lv", "/invitation#inv_"));
        await invited.GetByLabel("Jaunā parole").FillAsync("short");
        await invited.GetByLabel("Atkārtojiet paroli").FillAsync("short");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Iestatīt paroli un ienākt" }).ClickAsync();
        await Expect(invited.GetByLabel("Jaunā parole")).ToHaveAttributeAsync("aria-invalid", "true");
        await invited.GetByLabel("Jaunā parole").FillAsync("a long enough passphrase");
        await invited.GetByLabel("Atkārtojiet paroli").FillAsync("a long enough passphrase");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Iestatīt paroli un ienākt" }).ClickAsync();
        await Expect(invited.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Anna Bērziņa") })).ToBeVisibleAsync();
        await Expect(invited).ToHaveURLAsync(new Regex("/desk$"));

        // The admin's list now shows her as a member who signed in.
        await page.ReloadAsync();
        await Expect(row).Not.ToContainTextAsync("Uzaicinājums nav pieņemts");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Deaktivizēt" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_org_admin_records_a_contract_after_a_validation_error_shown_at_the_field()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("b", Role.OrgAdmin));
        await page.GetByRole(AriaRole.Link, new() { Name = "Līgumi" }).ClickAsync();
        await Expect(page.GetByText("Līgumu vēl nav.")).ToBeVisibleAsync();

        var before = await browser.Api.CountWritesAsync();
        await page.GetByLabel("Finansētāja pašvaldība").SelectOptionAsync(new SelectOptionValue { Label = "Rīga" });
        await page.GetByLabel("Sākuma datums").FillAsync("2027-01-01");
        await page.GetByLabel("Beigu datums").FillAsync("2026-12-01");
        await page.GetByLabel("Klientu skaits vienlaikus").FillAsync("12");
        await page.GetByLabel("Kopsavilkumu saņēmēji").FillAsync("soc.dienests@riga.lv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reģistrēt līgumu" }).Last.ClickAsync();

        var end = page.GetByLabel("Beigu datums");
        await Expect(end).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(end).ToHaveAccessibleDescriptionAsync("Beigu datumam jābūt pēc sākuma datuma.");
        await Expect(end).ToBeFocusedAsync();
        Assert.Equal(before, await browser.Api.CountWritesAsync());
        await BrowserFixture.AssertAccessibleAsync(page, "contract form with an error");
        await BrowserFixture.ScreenshotAsync(page, "admin-contract-error");

        await end.FillAsync("2027-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reģistrēt līgumu" }).Last.ClickAsync();
        await Expect(page.GetByText("Saglabāts.")).ToBeVisibleAsync();
        var row = page.Locator(".rows li").Filter(new() { HasText = "Rīga → NGO B" });
        await Expect(row).ToContainTextAsync("līdz 12 klientiem");
        await Expect(row).ToContainTextAsync("spēkā");
        await BrowserFixture.ScreenshotAsync(page, "admin-contracts");

        // The funding municipality sees the contract and its outcome summary: figures only, small counts hidden.
        var riga = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(riga, ApiFixture.EmailOf("riga", Role.MunicipalityViewer));
        var funded = riga.Locator(".rows li").Filter(new() { HasText = "Rīga → NGO B" });
        await funded.GetByText("Rezultātu kopsavilkums").ClickAsync();
        await Expect(funded.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Expect(funded.GetByRole(AriaRole.Link, new() { Name = "Lejupielādēt CSV" })).ToHaveAttributeAsync("href", new Regex("/reports/outcome/.+\\.csv$"));
        await BrowserFixture.AssertAccessibleAsync(riga, "municipality outcome summary");
        await BrowserFixture.ScreenshotAsync(riga, "municipality-summary");
    }

    [Fact]
    public async Task A_platform_admin_registers_an_organisation()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("platform", Role.PlatformAdmin));
        await page.GetByLabel("Veids").First.SelectOptionAsync("MUNICIPALITY");
        await page.GetByLabel("Nosaukums").FillAsync("Ogres novada pašvaldība");
        await page.GetByLabel("Kura pašvaldība").SelectOptionAsync(new SelectOptionValue { Label = "Ogres novads" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Reģistrēt", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Ogres novada pašvaldība ir reģistrēta.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Ogres novada pašvaldība" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-organisations");
    }
}
