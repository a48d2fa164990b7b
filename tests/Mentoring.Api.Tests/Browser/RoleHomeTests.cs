using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>Each role lands on its own home, sees only its areas, and every page it can open passes axe, at 360 px too.</summary>
public sealed class RoleHomeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, Role, string, string[]> Roles => new()
    {
        { "a", Role.Coordinator, "/desk", ["/desk", "/releases", "/clients", "/mentors", "/matching", "/engagement", "/notifications", "/admin/contracts", "/settings", "/clients/new"] },
        { "a", Role.Mentor, "/me", ["/me", "/settings"] },
        { "a", Role.OrgAdmin, "/admin/users", ["/admin/users", "/admin/contracts", "/admin/policy", "/settings"] },
        { "platform", Role.PlatformAdmin, "/admin/organisations", ["/admin/organisations", "/admin/users", "/settings"] },
        { "riga", Role.MunicipalityViewer, "/municipality", ["/municipality", "/settings"] },
        { "a", Role.Auditor, "/audit", ["/audit", "/settings"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_home_and_every_page_it_opens_is_accessible(string org, Role role, string home, string[] pages)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf(org, role));
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(home) + "$"));
        await BrowserFixture.ScreenshotAsync(page, $"home-{role.ToString().ToLowerInvariant()}");

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, ApiFixture.EmailOf(org, role));
        foreach (var path in pages)
        {
            foreach (var p in new[] { page, phone })
            {
                await p.GotoAsync(path);
                await Expect(p.Locator("main h1")).ToBeVisibleAsync();
                await Expect(p.Locator(".loading")).ToHaveCountAsync(0);
                await BrowserFixture.AssertAccessibleAsync(p, $"{role} {path} at {p.ViewportSize!.Width}px");
                // Usable at 360 px: nothing wider than the screen except what scrolls on purpose (tables, the area bar).
                var overflow = await p.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{role} {path} scrolls sideways by {overflow}px at {p.ViewportSize.Width}px");
            }
        }

        // A page for other roles says so instead of failing.
        await page.GotoAsync(role == Role.Mentor ? "/admin/users" : "/me");
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_whole_app_works_by_keyboard_from_the_skip_link_to_the_areas()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        // Start from the top of the document, as after opening the page from a bookmark.
        await page.EvaluateAsync("() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); }");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        // Forward through the header to the area bar, then open an area with Enter.
        for (var i = 0; i < 12 && !await page.EvaluateAsync<bool>("() => document.activeElement?.closest('nav.areas') != null"); i++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab"); // the second area
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/releases$"));
        await Expect(page.Locator("main h1")).ToBeFocusedAsync();
    }
}
