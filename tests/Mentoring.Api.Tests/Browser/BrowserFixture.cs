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
        await Expect(page.Locator("header .account")).ToBeVisibleAsync(); // only the signed-in frame has it
    }

    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{what}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

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
