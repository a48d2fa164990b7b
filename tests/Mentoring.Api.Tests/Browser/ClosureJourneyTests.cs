using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// Closing a match by the book in Latvian on a 360 px phone: the coordinator ends the match (its agreed term completed),
/// finds the closure step on the desk, records the closing conversation and feedback of each side and the rematch
/// decision on the match's page, completes the step, and the desk item goes.
/// </summary>
public sealed class ClosureJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task A_coordinator_ends_a_match_and_closes_it_with_both_conversations_feedback_and_the_rematch_decision()
    {
        const string name = "Kristaps Ozols";
        string clientId;
        using (var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator))
        {
            var pair = await Scenarios.ActivePairAsync(browser.Api, coordinatorApi, name);
            clientId = (await coordinatorApi.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
                .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        }

        var page = await browser.NewPageAsync(360, 800);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await BrowserFixture.ChooseLanguageAsync(page, "lv");

        // End the match: its agreed term ran its course (a planned ending).
        await page.GotoAsync($"/clients/{clientId}/match");
        await page.GetByRole(AriaRole.Button, new() { Name = T("matching.end"), Exact = true }).First.ClickAsync();
        var endForm = page.Locator(".action-form");
        await endForm.GetByLabel(T("case.reason")).SelectOptionAsync("TERM_COMPLETED");
        await endForm.GetByRole(AriaRole.Button, new() { Name = T("matching.end"), Exact = true }).ClickAsync();
        await Expect(page.GetByText(T("enum.MatchEndReason.TERM_COMPLETED"), new() { Exact = false }).First).ToBeVisibleAsync();

        // The desk lists the open closure step; it leads to the match's page.
        await page.GotoAsync("/desk");
        var due = page.GetByTestId("closures-due");
        await Expect(due).ToContainTextAsync(name);
        await Expect(due).ToContainTextAsync(T("enum.ClosureKind.PLANNED"));
        await due.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        var closure = page.GetByTestId("closure");
        await Expect(closure).ToHaveAttributeAsync("data-open", "true");
        await Expect(closure).ToContainTextAsync(T("enum.MatchEndReason.TERM_COMPLETED"));

        // Completing too early says what is missing.
        await closure.GetByRole(AriaRole.Button, new() { Name = T("closure.complete") }).ClickAsync();
        await Expect(closure).ToContainTextAsync(T("error.REMATCH_NOT_DECIDED"));

        await RecordTalkAsync(closure.GetByTestId("closure-MENTOR"), "PHONE", "LIVED_EXPERIENCE", "Redzēja, ka var", "YES");
        await RecordTalkAsync(closure.GetByTestId("closure-CLIENT"), "IN_PERSON", "ACCOMPANIMENT_TO_OFFICES", "Kopā gājām uz sociālo dienestu", "UNSURE");

        var rematch = closure.GetByTestId("closure-rematch");
        await rematch.GetByLabel(T("closure.rematchChoice")).SelectOptionAsync("NO_REMATCH");
        await rematch.GetByLabel(T("closure.noRematchReason")).SelectOptionAsync("GOALS_MET");
        await rematch.GetByRole(AriaRole.Button, new() { Name = T("closure.saveRematch") }).ClickAsync();
        await Expect(rematch.Locator("p").First).ToContainTextAsync(T("enum.RematchChoice.NO_REMATCH"));

        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the closure step at 360px");
        await BrowserFixture.AssertAccessibleAsync(page, "the closure step at 360px");
        await closure.GetByRole(AriaRole.Button, new() { Name = T("closure.complete") }).ClickAsync();
        await Expect(closure).ToHaveAttributeAsync("data-open", "false");
        await Expect(closure.GetByRole(AriaRole.Button, new() { Name = T("closure.recordTalk") })).ToHaveCountAsync(0);
        await Expect(closure.GetByTestId("closure-CLIENT")).ToContainTextAsync("Kopā gājām uz sociālo dienestu");
        await BrowserFixture.ScreenshotAsync(page, "closure-lv-360");

        // The desk item is gone.
        await page.GotoAsync("/desk");
        await Expect(page.GetByText(T("desk.noClosuresDue"))).ToBeVisibleAsync();
        await Expect(page.GetByTestId("closures-due")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }

    private static async Task RecordTalkAsync(ILocator side, string mode, string helped, string note, string recommend)
    {
        await side.GetByRole(AriaRole.Button, new() { Name = T("closure.recordTalk") }).ClickAsync();
        await side.GetByLabel(T("monitoring.on")).FillAsync("2026-11-23");
        await side.GetByLabel(T("monitoring.mode")).SelectOptionAsync(mode);
        await side.GetByLabel(T($"enum.ClosureHelp.{helped}")).CheckAsync();
        await side.GetByLabel(T("closure.helpedNote")).FillAsync(note);
        await side.GetByLabel(T("closure.wouldRecommend")).SelectOptionAsync(recommend);
        await side.GetByRole(AriaRole.Button, new() { Name = T("closure.saveTalk") }).ClickAsync();
        await Expect(side.Locator("p.note")).ToHaveTextAsync(note);
        await Expect(side).ToContainTextAsync(T($"enum.Recommendation.{recommend}"));
    }
}
