using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// Each role lands on its own home, sees only its areas, and every page it can open — lists and a person's pages alike —
/// passes axe (no twin landmarks either), names itself in the tab in the reader's language, keeps the header to one line
/// and is no wider than the screen, at 1280 px and at 360 px. Each role reads in one of the three languages.
/// </summary>
public sealed class RoleHomeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Who signs in: a seeded user of an organisation, or "pair" — the mentor of <see cref="PairAsync"/>.</summary>
    public static TheoryData<string, Role, string, string, string[]> Roles => new()
    {
        { "a", Role.Coordinator, "lv", "/desk", ["/desk", "/releases", "/clients", "/mentors", "/matching", "/engagement", "/notifications", "/admin/contracts",
                                                 "/settings", "/clients/new", "/clients/{client}", "/clients/{client}/match", "/mentors/{mentor}", "/matches/{match}"] },
        { "pair", Role.Mentor, "ru", "/me", ["/me", "/me/{match}", "/hours", "/settings"] },
        { "a", Role.OrgAdmin, "en", "/admin/users", ["/admin/users", "/admin/contracts", "/admin/policy", "/admin/import", "/settings"] },
        { "platform", Role.PlatformAdmin, "ru", "/admin/organisations", ["/admin/organisations", "/admin/users", "/settings"] },
        { "riga", Role.MunicipalityViewer, "en", "/municipality", ["/municipality", "/settings"] },
        { "a", Role.Auditor, "lv", "/audit", ["/audit", "/settings"] },
        { "prison", Role.Referrer, "en", "/referrals", ["/referrals", "/referrals/new", "/settings"] },
    };

    /// <summary>The catalogue entry each page's document title is made of (pages about one person leave the name out).</summary>
    private static readonly Dictionary<string, string> TitleKeys = new()
    {
        ["/desk"] = "nav.desk", ["/releases"] = "releases.title", ["/clients"] = "clients.title", ["/mentors"] = "vetting.title",
        ["/matching"] = "matching.title", ["/engagement"] = "engagement.title", ["/notifications"] = "notifications.title",
        ["/admin/contracts"] = "contracts.title", ["/settings"] = "settings.title", ["/clients/new"] = "refer.title",
        ["/clients/{client}"] = "pageTitle.case", ["/clients/{client}/match"] = "pageTitle.clientMatching", ["/mentors/{mentor}"] = "pageTitle.mentor",
        ["/matches/{match}"] = "log.titlePlain", ["/me"] = "me.title", ["/me/{match}"] = "log.titlePlain", ["/hours"] = "hours.myTitle", ["/admin/users"] = "users.title",
        ["/admin/policy"] = "policy.title", ["/admin/organisations"] = "organisations.title", ["/municipality"] = "nav.municipality", ["/audit"] = "audit.title",
        ["/referrals"] = "referrals.title", ["/referrals/new"] = "referrals.newTitle",
        ["/admin/import"] = "import.title",
    };

    private sealed record Pair(ActivePair Match, string ClientId);

    /// <summary>One active match for the whole class, so that a person's pages (case, matching, profile, meetings) are visited too.</summary>
    private Task<Pair> PairAsync() => browser.SharedAsync("pair", async () =>
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Pēteris Kalniņš");
        var client = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        return new Pair(pair, client);
    });

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_home_and_every_page_it_opens_is_accessible_titled_and_fits(string org, Role role, string language, string home, string[] pages)
    {
        var pair = await PairAsync();
        var (email, password) = org == "pair" ? (pair.Match.MentorEmail, Scenarios.MentorPassword) : (ApiFixture.EmailOf(org, role), ApiFixture.Password);
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, email, password);
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(home) + "$"));
        await BrowserFixture.ScreenshotAsync(page, $"home-{role.ToString().ToLowerInvariant()}"); // in Latvian, the accounts' first language
        await BrowserFixture.ChooseLanguageAsync(page, language);

        // On a phone the header is one line; its menu opens the areas and closes again with Escape, back on its button.
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, email, password);
        await BrowserFixture.AssertHeaderIsOneLineAsync(phone, $"{role} at 360px");
        var menu = phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text(language, "nav.menu") });
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(phone.Locator("header .account")).ToBeVisibleAsync();
        await phone.Keyboard.PressAsync("Escape");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu).ToBeFocusedAsync();
        await Expect(phone.Locator("header .account")).ToBeHiddenAsync();

        var titles = new HashSet<string>();
        foreach (var route in pages)
        {
            var path = route.Replace("{client}", pair.ClientId).Replace("{mentor}", pair.Match.MentorId.ToString()).Replace("{match}", pair.Match.MatchId.ToString());
            var title = BrowserFixture.DocumentTitle(language, TitleKeys[route]);
            Assert.True(titles.Add(title), $"{role}: {route} has the same title as another of its pages ({title})");
            foreach (var p in new[] { page, phone })
            {
                var where = $"{role} {route} at {p.ViewportSize!.Width}px";
                await p.GotoAsync(path);
                await Expect(p.Locator("main h1")).ToBeVisibleAsync();
                await Expect(p.Locator(".loading")).ToHaveCountAsync(0);
                await Expect(p).ToHaveTitleAsync(title);
                await BrowserFixture.AssertAccessibleAsync(p, where);
                await BrowserFixture.AssertHeaderIsOneLineAsync(p, where);
                // Usable at 360 px: nothing wider than the screen except what scrolls inside its own box (tables).
                await BrowserFixture.AssertNoSidewaysScrollAsync(p, where);
            }
        }

        // The title follows a change of language at once.
        foreach (var other in new[] { "lv", "en", "ru" }.Where(l => l != language))
        {
            await BrowserFixture.ChooseLanguageAsync(phone, other);
            await Expect(phone).ToHaveTitleAsync(BrowserFixture.DocumentTitle(other, TitleKeys[pages[^1]]));
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
