using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// What a mentor's phone shows of a person — the plan, the needs, a note only when shared — and how it closes: when the
/// mentor is suspended (a calm "access paused" page, no names) and when the person withdraws consent (the match on hold).
/// </summary>
public sealed class MentorAccessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string HousingNote = "Pēc atbrīvošanas nav kur dzīvot; patversmē ir rinda.";

    [Fact]
    public async Task A_mentor_sees_the_plan_and_the_needs_and_once_suspended_only_that_their_access_is_paused()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Artūrs Ozoliņš");
        var clientId = await PrepareCaseAsync(coordinator, pair.MatchId);
        var riga = (await coordinator.PostAsync("{ municipalities { code name } }")).Data.GetProperty("municipalities").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == "riga").GetProperty("name").GetString()!;

        // The coordinator shows the housing note to the mentor, on the matching screen.
        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await desk.GotoAsync($"/clients/{clientId}/match");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Vajadzību piezīmes mentoram" }).ClickAsync();
        var housing = desk.Locator(".share-notes li[data-domain=HOUSING]");
        await Expect(housing).ToContainTextAsync(HousingNote);
        await housing.GetByRole(AriaRole.Button, new() { Name = "Parādīt mentoram piezīmi: Mājoklis" }).ClickAsync();
        await Expect(housing.GetByText("Mentors tagad redz šo piezīmi.")).ToBeVisibleAsync();
        await Expect(housing.GetByRole(AriaRole.Button, new() { Name = "Pārtraukt rādīt piezīmi: Mājoklis" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(desk, "sharing needs notes");
        await BrowserFixture.ScreenshotAsync(desk, "coordinator-share-notes");

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await Expect(phone).ToHaveURLAsync(new Regex("/me$"));
        var card = phone.Locator("li.person").Filter(new() { HasText = "Artūrs Ozoliņš" });
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Artūrs Ozoliņš" })).ToBeVisibleAsync();
        await Expect(card.Locator("dd").Filter(new() { HasText = riga })).ToHaveCountAsync(1);
        var overdue = card.GetByTestId("my-goals").Locator("li.overdue").Filter(new() { HasText = "Atvērt bankas kontu" });
        await Expect(overdue).ToContainTextAsync("nokavēts");
        await Expect(overdue).ToContainTextAsync(await LatvianDateAsync(phone, "2026-11-21"));
        var needs = card.GetByTestId("my-needs");
        await Expect(needs).ToContainTextAsync("Mājoklis · augsta");
        await Expect(needs).ToContainTextAsync("Darbs · vidēja");
        await Expect(needs).ToContainTextAsync(HousingNote);
        await Expect(needs).Not.ToContainTextAsync("Parādā bankai."); // the debt note was not shared
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Ierakstīt tikšanos ar Artūrs Ozoliņš" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(phone, "my people with plan and needs");
        await BrowserFixture.ScreenshotAsync(phone, "mentor-plan-and-needs");

        var version = (await coordinator.PostAsync("query($id: ID!) { mentor(id: $id) { version } }", new { id = pair.MentorId }))
            .Data.GetProperty("mentor").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: SuspendMentorInput!) { suspendMentor(input: $i) { errors { code field } } }",
            new { i = new { mentorId = pair.MentorId, expectedVersion = version, reason = "Sūdzība tiek izskatīta" } })).UserErrors("suspendMentor"));

        // Suspension ends the mentor's sessions: the next page load asks them to sign in, and shows nobody.
        await phone.ReloadAsync();
        await Expect(phone.Locator("#email")).ToBeVisibleAsync();
        await Expect(phone.GetByText("Artūrs Ozoliņš")).ToHaveCountAsync(0);

        // Signed in again: a calm page in their language, no person, no error, and a way out.
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        var paused = phone.GetByTestId("mentor-access-paused");
        await Expect(paused).ToHaveAttributeAsync("data-standing", "SUSPENDED");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Jūsu mentora piekļuve ir apturēta" })).ToBeVisibleAsync();
        await Expect(paused).ToContainTextAsync("sazinieties ar savu koordinatoru");
        await Expect(phone.GetByText("Artūrs Ozoliņš")).ToHaveCountAsync(0);
        await Expect(phone.Locator("[role=alert]")).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(phone, "mentor access paused");
        await BrowserFixture.ScreenshotAsync(phone, "mentor-access-paused");

        await phone.GotoAsync($"/me/{pair.MatchId}");
        await Expect(paused).ToBeVisibleAsync();
        await Expect(phone.GetByText("Artūrs Ozoliņš")).ToHaveCountAsync(0);
        await paused.GetByRole(AriaRole.Button, new() { Name = "Iziet" }).ClickAsync();
        await Expect(phone.Locator("#email")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task After_the_person_withdraws_consent_the_phone_shows_the_match_paused_with_no_plan_needs_or_notes()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, "Inese Liepa");
        var clientId = await PrepareCaseAsync(coordinator, pair.MatchId);
        var matchVersion = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { version } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: MatchCommandInput!) { shareNeedNoteWithMentor(input: $i) { errors { code field } } }",
            new { i = new { matchId = pair.MatchId, expectedVersion = matchVersion, domain = "HOUSING", share = true } })).UserErrors("shareNeedNoteWithMentor"));
        Assert.Empty((await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = Guid.NewGuid().ToString(), happenedAt = "2026-11-22T10:00:00Z", durationMinutes = 45,
                      mode = "IN_PERSON", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<string>(), privateNote = "Runājām par patversmi.", concern = "NONE" },
        })).UserErrors("logContact"));

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        var card = phone.Locator("li.person").Filter(new() { HasText = "Inese Liepa" });
        await Expect(card.GetByTestId("my-needs")).ToContainTextAsync(HousingNote);
        await Expect(card.GetByTestId("my-goals")).ToContainTextAsync("Atvērt bankas kontu");

        var client = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client");
        Assert.Empty((await coordinator.PostAsync("mutation($i: WithdrawConsentInput!) { withdrawConsent(input: $i) { errors { code field } } }",
            new { i = new { clientId, expectedVersion = client.GetProperty("version").GetInt64(), withdrawnOn = "2026-11-23" } })).UserErrors("withdrawConsent"));

        // The mentor's phone: the person's name and that the match is on hold, nothing more.
        await phone.ReloadAsync();
        await Expect(card).ToHaveAttributeAsync("data-stage", "PAUSED");
        await Expect(card).ToContainTextAsync("Koordinators pagaidām ir pauzējis šo pāri.");
        await Expect(card.GetByTestId("my-goals")).ToHaveCountAsync(0);
        await Expect(card.GetByTestId("my-needs")).ToHaveCountAsync(0);
        await Expect(phone.GetByText(HousingNote)).ToHaveCountAsync(0);
        await Expect(phone.GetByText("Atvērt bankas kontu")).ToHaveCountAsync(0);
        await Expect(card.GetByRole(AriaRole.Link)).ToHaveCountAsync(0); // no "log a meeting"
        await BrowserFixture.AssertAccessibleAsync(phone, "a paused match");

        // Its log, opened directly: the meeting is listed without its private note, and nothing can be logged.
        await phone.GotoAsync($"/me/{pair.MatchId}");
        await Expect(phone.GetByTestId("contact-count")).ToHaveAttributeAsync("data-count", "1");
        await Expect(phone.GetByText("Runājām par patversmi.")).ToHaveCountAsync(0);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Saglabāt tikšanos" })).ToHaveCountAsync(0);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Atsaukt" })).ToHaveCountAsync(0);

        // The coordinator's case says when consent was withdrawn and that the match is paused; resuming is refused, in words.
        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await desk.GotoAsync($"/clients/{clientId}");
        var banner = desk.GetByTestId("consent-withdrawn");
        await Expect(banner).ToContainTextAsync("Piekrišana atsaukta " + await LatvianDateAsync(desk, "2026-11-23"));
        await Expect(banner).ToContainTextAsync("Mentora pāris ir pauzēts");
        await BrowserFixture.AssertAccessibleAsync(desk, "case with consent withdrawn");

        await desk.GotoAsync($"/clients/{clientId}/match");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Turpināt", Exact = true }).ClickAsync();
        await desk.Locator(".action-form").GetByRole(AriaRole.Button, new() { Name = "Turpināt", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".action-form [data-code=CASE_FROZEN]"))
            .ToHaveTextAsync("Piekrišana atsaukta: lieta ir iesaldēta, līdz piekrišana tiks reģistrēta no jauna.");
    }

    /// <summary>Needs (a housing note, a debt note) and an overdue goal for the pair's client; returns the client's id.</summary>
    private static async Task<string> PrepareCaseAsync(GraphQLClient coordinator, Guid matchId)
    {
        var client = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id version } } }", new { m = matchId }))
            .Data.GetProperty("match").GetProperty("client");
        var id = client.GetProperty("id").GetString()!;
        var assessed = await coordinator.PostAsync("mutation($i: AssessNeedsInput!) { assessNeeds(input: $i) { client { version } errors { code field } } }", new
        {
            i = new
            {
                clientId = id, expectedVersion = client.GetProperty("version").GetInt64(), source = "Cietuma riska un vajadzību novērtējums", assessedOn = "2026-11-20",
                needs = new object[]
                {
                    new { domain = "HOUSING", level = "HIGH", note = HousingNote },
                    new { domain = "EMPLOYMENT", level = "MEDIUM" },
                    new { domain = "FINANCES_AND_DEBT", level = "LOW", note = "Parādā bankai." },
                },
            },
        });
        Assert.Empty(assessed.UserErrors("assessNeeds"));
        var goal = await coordinator.PostAsync("mutation($i: AddGoalInput!) { addGoal(input: $i) { errors { code field } } }", new
        {
            i = new { clientId = id, expectedVersion = assessed.Data.GetProperty("assessNeeds").GetProperty("client").GetProperty("version").GetInt64(),
                      title = "Atvērt bankas kontu", deadline = "2026-11-21", goalId = Guid.NewGuid() },
        });
        Assert.Empty(goal.UserErrors("addGoal"));
        return id;
    }

    /// <summary>A date as the app writes it in Latvian (Intl in the browser, as the app does).</summary>
    private static Task<string> LatvianDateAsync(IPage page, string day) =>
        page.EvaluateAsync<string>("d => new Intl.DateTimeFormat('lv', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(d + 'T00:00:00Z'))", day);
}
