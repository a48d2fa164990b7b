using Mentoring.Domain.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The coordinator's monitoring view in Latvian, on a desktop and on a 360 px phone: from the desk to the check-ins due,
/// a check-in logged with the form, the match's detail with it and its health trend.
/// </summary>
public sealed class MonitoringViewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    /// <summary>The fixture's clock only moves forward: both matches are made on its first day, then it moves to 28 November.</summary>
    [Fact]
    public async Task A_coordinator_logs_a_due_check_in_from_the_monitoring_view_on_a_desktop_and_a_phone()
    {
        int[] widths = [1280, 360];
        using (var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator))
            foreach (var width in widths) await Scenarios.ActivePairAsync(browser.Api, coordinatorApi, $"Laura Bērziņa {width}");
        // Active since 20 November: on 28 November both sides' first check-in (5 December) is due.
        browser.Api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 11, 28), new TimeOnly(10, 0)));
        foreach (var width in widths) await LogOnAsync(width);
    }

    private async Task LogOnAsync(int width)
    {
        var name = $"Laura Bērziņa {width}";
        var page = await browser.NewPageAsync(width, 800);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await BrowserFixture.ChooseLanguageAsync(page, "lv");
        await page.GotoAsync("/desk");
        await page.GetByTestId("desk-monitoring").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("monitoring.title"), Level = 1 })).ToBeVisibleAsync();

        var due = page.GetByTestId("checkins-due");
        var clientRow = due.Locator("tr").Filter(new() { HasText = name }).Filter(new() { HasText = T("enum.CheckInParty.CLIENT") });
        await Expect(clientRow).ToContainTextAsync(T("enum.CheckInState.DUE"));
        await Expect(clientRow).ToContainTextAsync("2026. gada 5. dec.");
        await clientRow.GetByRole(AriaRole.Button, new() { Name = T("monitoring.log") }).ClickAsync();

        var form = page.GetByRole(AriaRole.Region, new() { Name = T("monitoring.logFor", new { name }) });
        await Expect(form.GetByLabel(T("monitoring.with"))).ToHaveValueAsync("CLIENT");
        await form.GetByLabel(T("monitoring.mode")).SelectOptionAsync("IN_PERSON");
        await form.Locator("label.segment").Filter(new() { HasText = "4" }).ClickAsync();
        await form.GetByLabel(T("monitoring.concerns")).FillAsync("Nav deklarētas dzīvesvietas");
        await form.GetByLabel(T("monitoring.agreedActions")).FillAsync("Kopā uz sociālo dienestu pirmdien");
        await form.GetByLabel(T("monitoring.on")).FillAsync("2026-11-28");
        await BrowserFixture.AssertAccessibleAsync(page, $"the check-in form at {width}px");
        await form.GetByRole(AriaRole.Button, new() { Name = T("monitoring.logSubmit") }).ClickAsync();

        // Met: the client's side leaves the list (next due 20 December); the mentor's stays due.
        await Expect(form).ToHaveCountAsync(0);
        await Expect(clientRow).ToHaveCountAsync(0);
        await Expect(due.Locator("tr").Filter(new() { HasText = name }).Filter(new() { HasText = T("enum.CheckInParty.MENTOR") })).ToHaveCountAsync(1);

        await due.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        var detail = page.GetByTestId("monitoring-detail");
        await Expect(detail.GetByTestId("checkins")).ToContainTextAsync("Nav deklarētas dzīvesvietas");
        await Expect(detail.GetByTestId("checkins")).ToContainTextAsync($"{T("enum.CheckInParty.CLIENT")} · {T("enum.CheckInMode.IN_PERSON")} · {T("monitoring.ratingIs", new { rating = 4 })}");
        await Expect(detail.GetByTestId("health-trend")).ToHaveTextAsync(T("monitoring.noHealth"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, $"the monitoring view at {width}px");
        await BrowserFixture.AssertAccessibleAsync(page, $"the monitoring view at {width}px");
        if (width == 360) await BrowserFixture.ScreenshotAsync(page, "monitoring-lv-360");
        Assert.Empty(errors);
    }
}
