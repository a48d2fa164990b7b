using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The OrgAdmin's import wizard (issue 19, item 6) on a phone at 360 px, in Latvian: upload a CSV of mentors, map its
/// columns (the suggestion from the Latvian headers, one value for every row for the column the file lacks), the dry
/// run's table with a row's error at its column, the import, and the same file again: nothing new.
/// </summary>
public sealed class ImportWizardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    private static readonly byte[] Mentors = Encoding.UTF8.GetBytes(
        "Vārds, uzvārds;E-pasts;Dzimšanas gads;Valodas;Motivācija\n" +
        "Anna Bērziņa;anna.berzina@example.lv;1980;latviešu, krievu;Gribu palīdzēt citiem atgriezties sabiedrībā.\n" +
        "Jānis Kalniņš;janis.kalnins@example.lv;1975;lv;Pats esmu to piedzīvojis un varu palīdzēt.\n" +
        "Ilze Ozola;ilze.ozola@example.lv;1990;lv, klingoņu;Vēlos atbalstīt cilvēkus pēc ieslodzījuma.\n");

    [Fact]
    public async Task An_admin_uploads_maps_checks_and_imports_mentors_on_a_phone_and_the_same_file_again_adds_nobody()
    {
        var page = await browser.NewPageAsync(360, 740);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));

        // The area is in the admin's menu.
        await BrowserFixture.OpenMenuAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = T("nav.import") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/import$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("import.title"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(BrowserFixture.DocumentTitle("lv", "import.title"));
        await BrowserFixture.AssertAccessibleAsync(page, "the import's first step at 360px");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the import's first step");

        await UploadAsync(page);
        await MapAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page, "the import's mapping at 360px");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the import's mapping");
        await BrowserFixture.ScreenshotAsync(page, "import-mapping");

        // The dry run: two new, one refused by the decider's language rule, at its column — and nothing written yet.
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.check") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("import.checkTitle") })).ToBeFocusedAsync();
        var counts = page.GetByTestId("import-counts");
        await Expect(counts.Locator("[data-count=created]")).ToHaveTextAsync("2");
        await Expect(counts.Locator("[data-count=failed]")).ToHaveTextAsync("1");
        var refused = page.Locator("tbody[data-row='4']");
        await Expect(refused.Locator("span.badge")).ToHaveTextAsync(T("enum.ImportRowStatus.ERROR"));
        await Expect(refused.Locator("li[data-code=UNKNOWN_LANGUAGE]")).ToHaveTextAsync(
            T("import.atNamedColumn", new { column = "D", name = "Valodas", message = T("error.UNKNOWN_LANGUAGE", new { languages = "klingoņu" }) }));
        await Expect(page.Locator("tbody[data-row='2'] span.badge")).ToHaveTextAsync(T("enum.ImportRowStatus.NEW"));
        await BrowserFixture.AssertAccessibleAsync(page, "the dry run at 360px");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the dry run");
        await BrowserFixture.ScreenshotAsync(page, "import-dry-run");
        using (var api = await browser.Api.SignedIn("a", Role.Coordinator))
            Assert.Equal(0, (await api.PostAsync("{ mentors(filter: { search: \"example.lv\" }) { totalCount } }")).Data.GetProperty("mentors").GetProperty("totalCount").GetInt32());

        // The rows with errors can be shown alone.
        await page.GetByLabel(T("import.onlyErrors")).CheckAsync();
        await Expect(page.Locator("table.import-rows tbody")).ToHaveCountAsync(1);
        await page.GetByLabel(T("import.onlyErrors")).UncheckAsync();

        // The import writes the two, through the same path as the application form.
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.run", new { count = 2 }) }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("import.doneTitle") })).ToBeFocusedAsync();
        await Expect(page.GetByTestId("import-counts").Locator("[data-count=created]")).ToHaveTextAsync("2");
        await Expect(page.Locator("tbody[data-row='2'] span.badge")).ToHaveTextAsync(T("enum.ImportRowStatus.CREATED"));
        var anna = page.Locator("tbody[data-row='2']").GetByRole(AriaRole.Link, new() { Name = "anna.berzina@example.lv" });
        await Expect(anna).ToHaveAttributeAsync("href", new Regex("^/mentors/[0-9a-f-]{36}$"));
        await BrowserFixture.AssertAccessibleAsync(page, "the import's result at 360px");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the import's result");
        using (var api = await browser.Api.SignedIn("a", Role.Coordinator))
            Assert.Equal(2, (await api.PostAsync("{ mentors(filter: { search: \"example.lv\" }) { totalCount } }")).Data.GetProperty("mentors").GetProperty("totalCount").GetInt32());

        // The same file again: every row that was imported is already present, and there is nothing to import.
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.again") }).ClickAsync();
        await UploadAsync(page);
        await MapAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.check") }).ClickAsync();
        await Expect(page.GetByTestId("nothing-new")).ToHaveTextAsync(T("import.nothingNew"));
        await Expect(page.GetByTestId("import-counts").Locator("[data-count=present]")).ToHaveTextAsync("2");
        await Expect(page.Locator("tbody[data-row='3'] span.badge")).ToHaveTextAsync(T("enum.ImportRowStatus.ALREADY_PRESENT"));

        // The imported mentors wait in the vetting queue, as entered applications do.
        await page.GotoAsync("/mentors");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anna Bērziņa" }).First).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    private static async Task UploadAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("import.fileTitle") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = T("enum.ImportKind.MENTORS") })).ToBeCheckedAsync();
        // Reading without a file says so at the file field.
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.read") }).ClickAsync();
        await Expect(page.Locator(".field-error[data-code=REQUIRED]")).ToContainTextAsync(T("error.REQUIRED.content"));
        await page.GetByLabel(T("import.file"), new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "mentori.csv", MimeType = "text/csv", Buffer = Mentors });
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.read") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("import.mapTitle") })).ToBeFocusedAsync();
    }

    /// <summary>The suggestion maps the five columns by their Latvian names; the municipalities, which the file lacks, get one value.</summary>
    private static async Task MapAsync(IPage page)
    {
        string Label(string field, bool required = true) =>
            required ? T("import.requiredField", new { field = T($"enum.ImportField.{field}") }) : T($"enum.ImportField.{field}");
        await Expect(page.GetByLabel(Label("NAME"))).ToHaveValueAsync("c0");
        await Expect(page.GetByLabel(Label("EMAIL"))).ToHaveValueAsync("c1");
        await Expect(page.GetByLabel(Label("BIRTH_YEAR"))).ToHaveValueAsync("c2");
        await Expect(page.GetByLabel(Label("LANGUAGES"))).ToHaveValueAsync("c3");
        await Expect(page.GetByLabel(Label("MOTIVATION"))).ToHaveValueAsync("c4");
        await Expect(page.GetByLabel(Label("PHONE", required: false))).ToHaveValueAsync("");

        // Checking without the municipalities is refused before any row, naming the field.
        await page.GetByRole(AriaRole.Button, new() { Name = T("import.check") }).ClickAsync();
        await Expect(page.Locator(".form-error[data-code=MAPPING_REQUIRED]"))
            .ToHaveTextAsync(T("error.MAPPING_REQUIRED", new { field = T("enum.ImportField.MUNICIPALITIES") }));

        await page.GetByLabel(Label("MUNICIPALITIES")).SelectOptionAsync("value");
        await page.GetByLabel(T("import.valueFor", new { field = T("enum.ImportField.MUNICIPALITIES") })).FillAsync("Rīga");
    }
}
