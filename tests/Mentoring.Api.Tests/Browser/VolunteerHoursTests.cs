using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// A mentor's hours on the phone, in Latvian at 360 px: the period's meetings and supervision month by month, and the PDF statement
/// downloaded from the page; the coordinator sees the same figures on the mentor's profile.
/// </summary>
public sealed class VolunteerHoursTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task A_mentor_sees_their_hours_and_downloads_the_statement()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator);
        foreach (var (at, minutes) in new[] { ("2026-11-20T10:00:00+02:00", 90), ("2026-11-22T10:00:00+02:00", 45) })
            Assert.Empty((await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code } } }", new
            {
                i = new { matchId = pair.MatchId, idempotencyKey = Guid.NewGuid().ToString(), happenedAt = at, durationMinutes = minutes, mode = "IN_PERSON",
                          place = "Rīga", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
            })).UserErrors("logContact"));

        // A group supervision of 90 minutes on 21 November counts its length beside the meetings.
        var supervisor = Guid.Parse((await coordinator.PostAsync("{ me { id } }")).Data.GetProperty("me").GetProperty("id").GetString()!);
        Assert.Empty((await coordinator.PostAsync("mutation($i: RecordSupervisionInput!) { recordSupervision(input: $i) { errors { code field } } }", new
        {
            i = new { kind = "GROUP", heldOn = "2026-11-21", minutes = 90, supervisorId = supervisor, attendance = new[] { new { mentorId = pair.MentorId, present = true } } },
        })).UserErrors("recordSupervision"));

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, "lv");
        await phone.GotoAsync("/hours");
        // From 1 January to today (23 Nov 2026): two meetings, 135 minutes = 2,3 hours, all in November.
        await Expect(phone.GetByTestId("hours-total")).ToHaveTextAsync(T("hours.total", new { meetings = "2", hours = "2,3" }));
        var november = phone.GetByTestId("volunteer-statement").Locator("tbody tr").Last;
        await Expect(november.Locator("th")).ToHaveTextAsync(new Regex("2026.*novembris", RegexOptions.IgnoreCase));
        await Expect(november.Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Expect(november.Locator("td").Nth(2)).ToHaveTextAsync("1 · 1,5"); // one supervision session, 1,5 hours
        await Expect(phone.GetByTestId("hours-learning")).ToHaveTextAsync(T("hours.learningTotal", new { supervision = "1,5", training = "0,0" }));
        await Expect(phone.GetByTestId("volunteer-statement").Locator("tbody tr")).ToHaveCountAsync(11); // January to November
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "my hours at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "my hours");

        // Only this year's November in the period: the table shrinks to one month.
        await phone.GetByLabel(T("hours.from")).FillAsync("2026-11-01");
        await Expect(phone.GetByTestId("volunteer-statement").Locator("tbody tr")).ToHaveCountAsync(1);

        var download = await phone.RunAndWaitForDownloadAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = T("hours.downloadPdf") }).ClickAsync());
        Assert.Equal("volunteer-hours-2026-11-01-2026-11-23.pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        await BrowserFixture.ScreenshotAsync(phone, "mentor-hours");

        // The coordinator's view on the mentor's profile shows the same total.
        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await desk.GotoAsync($"/mentors/{pair.MentorId}");
        await Expect(desk.GetByTestId("hours-total")).ToHaveTextAsync(T("hours.total", new { meetings = "2", hours = "2,3" }));
    }
}
