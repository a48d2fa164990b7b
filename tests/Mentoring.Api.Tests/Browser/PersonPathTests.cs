using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The person's path (issue 18): the coordinator keeps it on the case page — documents, residence facts, refusals — and
/// sees the eligibility warnings; an open refusal waits on the desk; the mentor's phone shows the next step first, the
/// warnings and the checklist, read-only, in the mentor's language.
/// </summary>
public sealed class PersonPathTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task A_document_and_a_refusal_recorded_on_the_case_show_as_warnings_on_the_desk_and_on_the_mentors_phone()
    {
        using var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator);
        // Released on 2026-11-25 (the clock says 2026-11-23): the statements must cover August to October 2026.
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinatorApi, "Oskars Bērziņš");
        var clientId = (await coordinatorApi.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GotoAsync($"/clients/{clientId}");
        var warnings = page.GetByTestId("warnings");
        await Expect(warnings.Locator("[data-code=NOT_REGISTERED_WITH_NVA]")).ToHaveTextAsync(new Regex(Regex.Escape(T("warning.NOT_REGISTERED_WITH_NVA"))));
        await Expect(warnings.Locator("[data-code=NO_ACCOUNT_STATEMENTS]")).ToContainTextAsync("2026. gada oktobris");
        await Expect(warnings.Locator("[data-code=APPLICATION_DEADLINE]")).ToContainTextAsync("32");

        // The statements are obtained: the checklist says when, and their warning goes.
        var statements = page.GetByTestId("checklist").Locator("[data-kind=ACCOUNT_STATEMENTS]");
        await Expect(statements).ToContainTextAsync("2026. gada augusts");
        await statements.GetByRole(AriaRole.Button, new() { Name = T("path.recordDocument") }).ClickAsync();
        await statements.GetByLabel(T("path.obtainedOnLabel")).FillAsync("2026-11-23");
        await statements.GetByRole(AriaRole.Button, new() { Name = T("path.recordDocumentOf", new { kind = T("enum.DocumentKind.ACCOUNT_STATEMENTS") }) }).ClickAsync();
        await Expect(statements).ToHaveAttributeAsync("data-obtained", "true");
        await Expect(warnings.Locator("[data-code=NO_ACCOUNT_STATEMENTS]")).ToHaveCountAsync(0);

        // No residence to declare: a warning of its own.
        await page.GetByRole(AriaRole.Button, new() { Name = T("path.recordResidence") }).ClickAsync();
        await page.GetByLabel(T("path.hasResidence")).SelectOptionAsync("false");
        await page.Locator("form").Filter(new() { Has = page.GetByLabel(T("path.hasResidence")) }).GetByRole(AriaRole.Button, new() { Name = T("save") }).ClickAsync();
        await Expect(warnings.Locator("[data-code=NO_RESIDENCE_TO_DECLARE]")).ToHaveTextAsync(new Regex(Regex.Escape(T("warning.NO_RESIDENCE_TO_DECLARE"))));

        // The social service refuses a place in a shelter: recorded with its reason, it stays open.
        await page.GetByRole(AriaRole.Button, new() { Name = T("path.recordRefusal") }).ClickAsync();
        var form = page.Locator("form").Filter(new() { Has = page.GetByLabel(T("path.refusalReason")) });
        await form.GetByLabel(T("path.help")).SelectOptionAsync("SHELTER_PLACE");
        await form.GetByLabel(T("path.refusalReason")).SelectOptionAsync("NO_ACTUAL_RESIDENCE");
        await form.GetByLabel(T("path.refusedOn")).FillAsync("2026-11-23");
        await form.GetByLabel(T("case.note")).FillAsync("Nav adreses, ko norādīt.");
        await form.GetByRole(AriaRole.Button, new() { Name = T("path.recordRefusal") }).ClickAsync();
        var refusal = page.GetByTestId("refusals").Locator("li").First;
        await Expect(refusal).ToContainTextAsync(T("enum.RefusalReason.NO_ACTUAL_RESIDENCE"));
        await Expect(refusal).ToHaveAttributeAsync("data-status", "OPEN");
        await BrowserFixture.AssertAccessibleAsync(page, "the case's path");
        await BrowserFixture.ScreenshotAsync(page, "client-case-path");

        // The desk lists it until it is followed up, and leads to the case.
        await page.GotoAsync("/desk");
        var open = page.GetByTestId("open-refusals").Locator("li").Filter(new() { HasText = "Oskars Bērziņš" });
        await Expect(open).ToContainTextAsync(T("enum.RefusalReason.NO_ACTUAL_RESIDENCE"));
        await Expect(open).ToContainTextAsync(T("enum.Institution.MUNICIPAL_SOCIAL_SERVICE"));
        await BrowserFixture.AssertAccessibleAsync(page, "the desk with an open refusal");
        await open.GetByRole(AriaRole.Link, new() { Name = "Oskars Bērziņš" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/clients/{clientId}$"));

        // The mentor's phone, in English at 360 px: the next step first (the open goal due first), the warnings, the checklist.
        var goals = (await coordinatorApi.PostAsync("query($id: ID!) { client(id: $id) { goals { standard deadline status } } }", new { id = clientId }))
            .Data.GetProperty("client").GetProperty("goals").EnumerateArray()
            .Where(g => g.GetProperty("status").GetString() is "NOT_STARTED" or "IN_PROGRESS")
            .OrderBy(g => g.GetProperty("deadline").GetString(), StringComparer.Ordinal).First();
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, "en");
        var card = phone.Locator("li.card").Filter(new() { Has = phone.GetByRole(AriaRole.Heading, new() { Name = "Oskars Bērziņš" }) });
        var next = card.GetByTestId("next-step");
        await Expect(next).ToContainTextAsync(BrowserFixture.Text("en", $"enum.StandardGoal.{goals.GetProperty("standard").GetString()}"));
        var onPhone = card.GetByTestId("warnings");
        await Expect(onPhone.Locator("[data-code=NO_RESIDENCE_TO_DECLARE]")).ToHaveTextAsync(new Regex(Regex.Escape(BrowserFixture.Text("en", "warning.NO_RESIDENCE_TO_DECLARE"))));
        await Expect(onPhone.Locator("[data-code=NOT_REGISTERED_WITH_NVA]")).ToBeVisibleAsync();
        var onPhoneStatements = card.GetByTestId("checklist").Locator("[data-kind=ACCOUNT_STATEMENTS]");
        await Expect(onPhoneStatements).ToHaveAttributeAsync("data-obtained", "true");
        await Expect(onPhoneStatements).ToContainTextAsync("October 2026");
        // What comes first on the card is the next step, above the warnings; the mentor has nothing to press on the path.
        var nextBox = await next.BoundingBoxAsync();
        var warningsBox = await onPhone.BoundingBoxAsync();
        Assert.True(nextBox!.Y < warningsBox!.Y, "the next step is not above the warnings");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("en", "path.recordDocument") })).ToHaveCountAsync(0);
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the mentor's path at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the mentor's path at 360px");
        await BrowserFixture.ScreenshotAsync(phone, "mentor-path");
    }
}
