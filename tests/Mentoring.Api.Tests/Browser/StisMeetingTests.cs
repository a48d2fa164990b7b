using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// An STIS meeting on the case page, in Russian on a 360 px phone: the coordinator schedules it with two participants,
/// and once it has begun records who was there and a decision, which shows on the meeting and as a goal of the plan.
/// </summary>
public sealed class StisMeetingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("ru", key, values);

    [Fact]
    public async Task A_meeting_is_scheduled_and_its_decision_becomes_a_goal()
    {
        using var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator);
        var client = await ReferAsync(coordinatorApi, Referral(Unique("Arturs Kļaviņš"), release: "2027-01-20", key: Guid.NewGuid().ToString()));
        var page = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await BrowserFixture.ChooseLanguageAsync(page, "ru");
        await page.GotoAsync($"/clients/{client.GetProperty("id").GetString()}");

        // Server time is 23 Nov 2026, 12:00 in Riga: the meeting is at 12:30 the same day.
        await page.GetByRole(AriaRole.Button, new() { Name = T("stis.schedule") }).ClickAsync();
        await page.GetByLabel(T("stis.startsAt")).FillAsync("2026-11-23T12:30");
        await page.GetByLabel(T("stis.duration")).FillAsync("60");
        var first = page.GetByTestId("stis-participant").Nth(0);
        await first.GetByLabel(T("stis.name")).FillAsync("Inese Liepa");
        await first.GetByLabel(T("stis.email")).FillAsync("inese@ievp.example");
        await first.GetByLabel(T("stis.organisation")).FillAsync("Olaines cietums");
        await page.GetByRole(AriaRole.Button, new() { Name = T("stis.addParticipant") }).ClickAsync();
        var second = page.GetByTestId("stis-participant").Nth(1);
        await second.GetByLabel(T("stis.side")).SelectOptionAsync("SOCIAL_SERVICE");
        await second.GetByLabel(T("stis.name")).FillAsync("Oļegs Petrovs");
        await second.GetByLabel(T("stis.email")).FillAsync("oleg@riga.example");
        await second.GetByLabel(T("stis.organisation")).FillAsync("Rīgas Sociālais dienests");
        await second.GetByLabel(T("stis.language")).SelectOptionAsync("RU");
        await page.GetByRole(AriaRole.Button, new() { Name = T("stis.scheduleAndInvite") }).ClickAsync();

        var meeting = page.GetByTestId("stis-meeting");
        await Expect(meeting).ToContainTextAsync(T("enum.MeetingStatus.SCHEDULED"));
        await Expect(meeting).ToContainTextAsync($"Oļegs Petrovs ({T("enum.ParticipantSide.SOCIAL_SERVICE")}, Rīgas Sociālais dienests)");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the case with a scheduled STIS meeting");
        await BrowserFixture.AssertAccessibleAsync(page, "the case with a scheduled STIS meeting");

        // A quarter of an hour after it began: who was there, and the decision.
        browser.Api.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 10, 45, 0, TimeSpan.Zero));
        await meeting.GetByRole(AriaRole.Button, new() { Name = T("stis.recordDecisions") }).ClickAsync();
        await page.GetByLabel("Inese Liepa (Olaines cietums)").UncheckAsync();
        var decision = page.GetByTestId("stis-decision").Nth(0);
        await decision.GetByLabel(T("stis.decision")).FillAsync("Оформить паспорт до освобождения");
        await decision.GetByLabel(T("stis.responsible")).SelectOptionAsync("PRISON");
        await decision.GetByLabel(T("stis.deadline")).FillAsync("2027-01-10");
        await page.Locator("form").Filter(new() { Has = page.GetByTestId("stis-decision") }).GetByRole(AriaRole.Button, new() { Name = T("save") }).ClickAsync();

        await Expect(meeting).ToContainTextAsync(T("enum.MeetingStatus.HELD"));
        await Expect(page.GetByTestId("stis-decisions")).ToContainTextAsync($"Оформить паспорт до освобождения — {T("enum.Institution.PRISON")}");
        var goal = page.GetByTestId("case-goals").Locator("li").Filter(new() { HasText = "Оформить паспорт до освобождения" });
        await Expect(goal).ToContainTextAsync(T("enum.Institution.PRISON")); // the plan's goal, with the institution responsible
        await Expect(page.GetByTestId("next-step")).ToContainTextAsync("Оформить паспорт до освобождения"); // due first
        await Expect(meeting.GetByRole(AriaRole.Button, new() { Name = T("stis.move") })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "client-case-stis");
    }
}
