using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>The sign-in journey in a real browser, through the real API and PostgreSQL.</summary>
public sealed class SignInPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_signs_in_in_latvian_sees_their_desk_and_signs_out()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lv");
        await BrowserFixture.AssertAccessibleAsync(page, "sign-in page");
        await BrowserFixture.ScreenshotAsync(page, "sign-in");
        await page.GetByLabel("E-pasts").FillAsync(ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GetByLabel("Parole").FillAsync(ApiFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ienākt" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Coordinator a") })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/desk$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Iziet" }).ClickAsync();
        await Expect(page.GetByLabel("E-pasts")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_announced_and_nothing_is_written()
    {
        var before = await browser.Api.CountWritesAsync();
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "EN", Exact = true }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("nobody@nowhere.test");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Equal(before, await browser.Api.CountWritesAsync());
    }

    [Fact]
    public async Task The_language_switch_is_remembered_in_the_browser_before_signing_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "RU", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Пароль")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.GetByLabel("Пароль")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_language_chosen_when_signed_in_follows_the_user_to_another_browser()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("b", Role.OrgAdmin));
        // Saved on the account: wait for the server's answer to the switch.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "EN", Exact = true }).ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("SetMyLanguage"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();

        var elsewhere = await browser.NewPageAsync(360, 740); // a new browser context: nothing stored locally
        await elsewhere.GotoAsync("/");
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "lv");
        await BrowserFixture.SignInAsync(elsewhere, ApiFixture.EmailOf("b", Role.OrgAdmin));
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await BrowserFixture.OpenMenuAsync(elsewhere); // a phone: the areas are behind the menu
        await Expect(elsewhere.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Graphiql_page_loads_in_the_browser()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        // GraphiQL introspects the schema first: the endpoint's limits must let that through.
        var introspection = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.GotoAsync("/graphql/ui");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        var response = await introspection;
        Assert.Equal(200, response.Status);
        Assert.Contains("__schema", response.Request.PostData ?? "");
        using var body = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        Assert.False(body.RootElement.TryGetProperty("errors", out _));
        Assert.True(body.RootElement.GetProperty("data").TryGetProperty("__schema", out _));
        Assert.Empty(errors);
    }
}
