using Mentoring.Api.Tests.Mentors;
using Mentoring.Domain.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// A coordinator on a 360 px phone, in Latvian: two mentors whose supervision has lapsed show on the monitoring view; a group
/// session recorded for both on the sessions page puts them back on track there and on their profiles.
/// </summary>
public sealed class SupervisionSessionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task A_group_session_recorded_on_a_phone_puts_lapsed_mentors_back_on_track()
    {
        var names = new[] { "Anna Kalna", "Ivars Lapa" };
        var ids = new List<Guid>();
        using (var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator))
            foreach (var name in names)
            {
                var application = System.Text.Json.JsonSerializer.SerializeToNode(MentorApi.Application(browser.Api.NgoA.Id, $"{Guid.NewGuid():N}@example.lv"))!;
                application["i"]!["profile"]!["name"] = name;
                var submitted = await coordinatorApi.PostAsync(MentorApi.Submit, application);
                Assert.Empty(submitted.UserErrors("submitMentorApplication"));
                var id = Guid.Parse(submitted.Data.GetProperty("submitMentorApplication").GetProperty("mentorId").GetString()!);
                await MentorApi.VetFullyAsync(coordinatorApi, id);
                Assert.Empty((await MentorApi.ApproveAsync(coordinatorApi, id)).UserErrors("approveMentor"));
                ids.Add(id);
            }
        // Approved on 23 November 2026: with supervision every 2 months it was due on 23 January 2027 and has lapsed by the 26th.
        browser.Api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2027, 1, 26), new TimeOnly(10, 0)));

        var page = await browser.NewPageAsync(360, 800);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await BrowserFixture.ChooseLanguageAsync(page, "lv");

        await page.GotoAsync("/monitoring");
        var panel = page.GetByTestId("supervision-training");
        foreach (var name in names)
            await Expect(panel.Locator("tr").Filter(new() { HasText = name })).ToContainTextAsync(T("enum.SupervisionState.LAPSED"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the monitoring view with supervision at 360px");

        await page.GotoAsync("/mentors/sessions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("sessionRecord.title"), Level = 1 })).ToBeVisibleAsync();
        var form = page.Locator("form").Filter(new() { Has = page.GetByLabel(T("sessionRecord.kind")) });
        await Expect(form.GetByLabel(T("sessionRecord.kind"))).ToHaveValueAsync("GROUP");
        await form.GetByLabel(T("case.heldOn")).FillAsync("2027-01-25");
        await form.GetByLabel(T("sessionRecord.minutes")).FillAsync("90");
        foreach (var name in names) await form.GetByLabel(name, new() { Exact = true }).CheckAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "the session form at 360px");
        await form.GetByRole(AriaRole.Button, new() { Name = T("sessionRecord.record") }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync(T("saved"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the sessions page at 360px");

        // Back on track: due two months after the session, 25 March 2027; the monitoring view no longer lists them.
        await page.GotoAsync("/monitoring");
        await Expect(page.GetByText(T("supervision.allInDate"))).ToBeVisibleAsync();
        await page.GotoAsync($"/mentors/{ids[0]}");
        var badge = page.GetByTestId("supervision-state");
        await Expect(badge).ToHaveAttributeAsync("data-state", "ON_TRACK");
        await Expect(badge).ToContainTextAsync(T("enum.SupervisionState.ON_TRACK"));
        await Expect(badge).ToContainTextAsync("2027. gada 25. marts");
        await BrowserFixture.AssertNoSidewaysScrollAsync(page, "the mentor profile at 360px");
        await BrowserFixture.ScreenshotAsync(page, "supervision-lv-360");
        Assert.Empty(errors);
    }
}
