using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>The municipality's summary shows an accessible chart beside the table, its periods named in the reader's language.</summary>
public sealed class OutcomeChartTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Lv = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"];
    private static readonly string[] En = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Ru = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    public static TheoryData<string, int> Cases => new() { { "lv", 1280 }, { "en", 1280 }, { "ru", 1280 }, { "lv", 360 }, { "en", 360 }, { "ru", 360 } };

    /// <summary>One contract for the whole class (the fixture's server), created by the first case that runs.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BrowserFixture, Task<bool>> ContractsMade = new();
    private static class Contracts
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        public static async Task GetValue(BrowserFixture fixture, Func<BrowserFixture, Task<bool>> create)
        {
            await Gate.WaitAsync();
            try { if (!ContractsMade.TryGetValue(fixture, out _)) { await create(fixture); ContractsMade.Add(fixture, Task.FromResult(true)); } }
            finally { Gate.Release(); }
        }
    }

    private static string MonthName(string language, string period)
    {
        var year = period[..4];
        var month = int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture) - 1;
        return language switch { "lv" => $"{year}. gada {Lv[month]}", "en" => $"{En[month]} {year}", _ => $"{Ru[month]} {year}" };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_municipality_viewer_sees_the_figures_as_an_accessible_chart_in_their_language(string language, int width)
    {
        const string reference = "CHART-RIGA";
        await Contracts.GetValue(browser, async b =>
        {
            var coordinator = await b.Api.SignedIn("a", Role.Coordinator);
            var created = await coordinator.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } errors { code } } }", new
        {
            i = new { municipalityCode = "riga", reference, terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 20, reportRecipients = new[] { "dienests@riga.example" } } },
        });
            Assert.Empty(created.UserErrors("createContract"));
            return true;
        });

        var page = await browser.NewPageAsync(width, 800);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("riga", Role.MunicipalityViewer));
        await BrowserFixture.ChooseLanguageAsync(page, language);

        var row = page.Locator(".rows li").Filter(new() { HasText = reference });
        var title = language switch { "lv" => "Rezultātu kopsavilkums", "en" => "Outcome summary", _ => "Сводка результатов" };
        await row.GetByText(title).ClickAsync();
        var chartName = language switch { "lv" => "Rādītāji diagrammā", "en" => "Chart of the figures", _ => "Диаграмма показателей" };
        var chart = row.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^" + Regex.Escape(chartName)) });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Table)).ToBeVisibleAsync(); // the table stays as the exact fallback

        var select = row.Locator("select");
        var period = await select.InputValueAsync();
        Assert.Matches(new Regex(@"^\d{4}-\d{2}$"), period);
        var name = MonthName(language, period);
        Assert.Equal(name, (await select.Locator("option:checked").TextContentAsync())?.Trim());
        await Expect(chart).ToHaveAccessibleNameAsync(new Regex(Regex.Escape(name)));
        await Expect(row.GetByRole(AriaRole.Columnheader, new() { Name = name, Exact = true })).ToBeVisibleAsync();

        // The first month's path and the refusals come in sections of their own, each figure named in the reader's language.
        var pathSection = language switch { "lv" => "Pirmais mēnesis pēc atbrīvošanas", "en" => "The first month after release", _ => "Первый месяц после освобождения" };
        await Expect(row.GetByRole(AriaRole.Columnheader, new() { Name = pathSection, Exact = true })).ToBeVisibleAsync();
        var refusals = language switch { "lv" => "Atteikumi: nav konta izrakstu", "en" => "Refusals: no account statements", _ => "Отказы: нет выписок со счёта" };
        await Expect(row.GetByRole(AriaRole.Rowheader, new() { Name = refusals, Exact = true })).ToBeVisibleAsync();

        await BrowserFixture.AssertAccessibleAsync(page, $"outcome chart in {language} at {width}px");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 12).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent||'').slice(0,30)).join(' | ')");
        Assert.True(overflow <= 0, $"the summary scrolls sideways by {overflow}px at {width}px: {wide}");
        await BrowserFixture.ScreenshotAsync(page, $"municipality-chart-{language}-{width}");
        Assert.Empty(errors);
    }
}
