using System.Collections.Concurrent;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The real API and a real headless Chromium (Debian's, installed by test.sh; Playwright never downloads one).
/// The browser's clock is the fixture's fake clock, so "today" agrees on both sides of the wire.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public ApiFixture Api { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        // Playwright's 5 s is tuned for a quiet machine; CI's two shared cores sometimes take longer to answer a sign-in
        // (a password hash) while other tests run. A wait bound, not a speed claim: a broken page still fails, later.
        SetDefaultExpectTimeout(15_000);
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: ./test.sh installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Api.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "lv-LV",
            TimezoneId = "Europe/Riga",
        });
        await context.Clock.SetFixedTimeAsync(Api.Clock.GetUtcNow().UtcDateTime);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page (in whatever language it shows) and waits for the role's home.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = ApiFixture.Password)
    {
        await page.GotoAsync("/");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page.Locator("header .account")).ToBeAttachedAsync(); // only the signed-in frame has it (behind the menu on a phone)
    }

    /// <summary>On a phone the header is one line and its controls (areas, language, account) sit behind the menu button.</summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        var menu = page.Locator("header .menu-button");
        if (await menu.IsVisibleAsync() && await menu.GetAttributeAsync("aria-expanded") == "false") await menu.ClickAsync();
    }

    /// <summary>Switches a signed-in page to a language and waits until the account has saved it.</summary>
    public static async Task ChooseLanguageAsync(IPage page, string language)
    {
        await OpenMenuAsync(page);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = language.ToUpperInvariant(), Exact = true }).ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("SetMyLanguage"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    /// <summary>
    /// axe-core on the page as it is now: no serious or critical violation, and no two landmarks of one kind named alike
    /// (landmark-unique, "moderate" to axe, but a screen-reader user's list of landmarks is useless with twins in it).
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical" || v.Id == "landmark-unique").ToList();
        Assert.True(bad.Count == 0, $"{what}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>The header is one line: every control in it starts on the row of the first (none has wrapped below it).</summary>
    public static async Task AssertHeaderIsOneLineAsync(IPage page, string what)
    {
        var rows = await page.EvaluateAsync<double>("""
            () => {
              const items = [...document.querySelectorAll('header.bar > *')].map(e => e.getBoundingClientRect()).filter(r => r.height > 0);
              const tops = items.map(r => r.top);
              return (Math.max(...tops) - Math.min(...tops)) / Math.min(...items.map(r => r.height));
            }
            """);
        Assert.True(rows < 1, $"{what}: the header wraps onto a second line");
    }

    /// <summary>Nothing on the page is wider than the screen: the document does not scroll sideways.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= page.ViewportSize!.Width, $"{what} is {width}px wide at {page.ViewportSize.Width}px");
    }

    private static readonly ConcurrentDictionary<string, Dictionary<string, string>> Catalogues = new();

    /// <summary>The app's own words (web/src/i18n/{language}.json), so a test in any language checks the catalogue, not a copy of it.</summary>
    public static string Text(string language, string key, object? values = null)
    {
        var catalogue = Catalogues.GetOrAdd(language, l =>
            JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepositoryRoot(), "web", "src", "i18n", l + ".json")))!);
        var text = catalogue[key];
        foreach (var property in values?.GetType().GetProperties() ?? [])
            text = text.Replace("{" + property.Name + "}", property.GetValue(values)?.ToString(), StringComparison.Ordinal);
        return text;
    }

    /// <summary>What a page's tab says: the page, then the app, in the reader's language.</summary>
    public static string DocumentTitle(string language, string key) => $"{Text(language, key)} — {Text(language, "appName")}";

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new();

    /// <summary>Data the cases of one test class share (built once, by the first case that asks, through the API).</summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> make) where T : notnull =>
        (T)await _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await make())).Value;

    /// <summary>
    /// Screenshots for docs/user-guide.md, taken by the tests so the guide shows the app as it is. They go to
    /// docs/screenshots when UPDATE_SCREENSHOTS=1 (eng/update-screenshots.sh), else next to the test binaries, so an
    /// ordinary test run leaves the working tree alone (ids and tokens differ from run to run).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Api.DisposeAsync();
    }
}
