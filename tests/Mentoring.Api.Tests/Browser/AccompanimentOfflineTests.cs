using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The mentor acts on the person's path from the phone (issue 18), in Russian at 360 px and without a connection: a
/// meeting logged with two institutions they went to — one refused help (with its reason), one granted it — waits on
/// the phone, is sent by itself when the connection returns, and the coordinator finds the refusal on the case and
/// on the desk, and both accompaniments on the case.
/// </summary>
public sealed class AccompanimentOfflineTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Ru(string key, object? values = null) => BrowserFixture.Text("ru", key, values);
    private static string Lv(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task Offline_in_russian_a_refused_and_a_granted_accompaniment_reach_the_coordinator_once_back_online()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        const string name = "Ольга Соколова";
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, name);
        var clientId = (await coordinator.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, "ru");
        await phone.GetByRole(AriaRole.Link, new() { Name = Ru("me.log", new { name }) }).ClickAsync();
        // The person's page: the next step comes first, before the form.
        await Expect(phone.GetByTestId("next-step")).ToBeVisibleAsync();
        await phone.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");

        await phone.Context.SetOfflineAsync(true);
        await phone.GetByText(Ru("log.path")).ClickAsync();
        await phone.Locator("input[name=goalsProgressed]").First.CheckAsync();
        var add = phone.GetByRole(AriaRole.Button, new() { Name = Ru("log.addAccompaniment") });
        await add.ClickAsync();
        await add.ClickAsync();
        var refused = phone.GetByTestId("accompaniment").Nth(0);
        await refused.GetByLabel(Ru("log.accompaniedTo")).SelectOptionAsync("MUNICIPAL_SOCIAL_SERVICE");
        await refused.GetByLabel(Ru("log.helpAsked")).SelectOptionAsync("GMI_BENEFIT");
        await refused.GetByLabel(Ru("enum.AccompanimentResult.REFUSED"), new() { Exact = true }).CheckAsync();
        await refused.GetByLabel(Ru("log.refusalReason")).SelectOptionAsync("NO_ACCOUNT_STATEMENTS");
        var granted = phone.GetByTestId("accompaniment").Nth(1);
        await granted.GetByLabel(Ru("log.accompaniedTo")).SelectOptionAsync("NVA");
        await granted.GetByLabel(Ru("enum.AccompanimentResult.HELP_GRANTED"), new() { Exact = true }).CheckAsync();
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the meeting form with two accompaniments in ru at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the meeting form with two accompaniments in ru at 360px");

        await phone.GetByRole(AriaRole.Button, new() { Name = Ru("log.submit") }).ClickAsync();
        await Expect(phone.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "waiting");
        var pending = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { refusals { id } accompaniments { result } } }", new { id = clientId }))
            .Data.GetProperty("client");
        Assert.Equal(0, pending.GetProperty("refusals").GetArrayLength());

        // Back online: the outbox sends the meeting by itself, once.
        await phone.Context.SetOfflineAsync(false);
        await Expect(phone.GetByTestId("log-status")).ToHaveAttributeAsync("data-status", "sent");
        await Expect(phone.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");

        // The coordinator's case page: the refusal with its reason, open, and both accompaniments.
        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await desk.GotoAsync($"/clients/{clientId}");
        var refusal = desk.GetByTestId("refusals").Locator("li");
        await Expect(refusal).ToHaveCountAsync(1);
        await Expect(refusal).ToContainTextAsync(Lv("enum.RefusalReason.NO_ACCOUNT_STATEMENTS"));
        await Expect(refusal).ToHaveAttributeAsync("data-status", "OPEN");
        var accompaniments = desk.GetByTestId("case-accompaniments").Locator("li");
        await Expect(accompaniments).ToHaveCountAsync(2);
        await Expect(desk.GetByTestId("case-accompaniments").Locator("li[data-result=REFUSED]")).ToContainTextAsync(Lv("enum.Institution.MUNICIPAL_SOCIAL_SERVICE"));
        await Expect(desk.GetByTestId("case-accompaniments").Locator("li[data-result=HELP_GRANTED]")).ToContainTextAsync(Lv("enum.Institution.NVA"));
        await BrowserFixture.AssertAccessibleAsync(desk, "the case with accompaniments");
        await desk.GotoAsync("/desk");
        await Expect(desk.GetByTestId("open-refusals").Locator("li").Filter(new() { HasText = name })).ToContainTextAsync(Lv("enum.RefusalReason.NO_ACCOUNT_STATEMENTS"));
    }

    [Fact]
    public async Task Could_not_meet_is_queued_offline_and_the_coordinator_reads_the_attempt_on_the_match_log()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        const string name = "Пётр Иванов";
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinator, name);
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, "ru");
        await phone.GetByRole(AriaRole.Link, new() { Name = Ru("me.log", new { name }) }).ClickAsync();
        await phone.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");

        await phone.Context.SetOfflineAsync(true);
        await phone.GetByRole(AriaRole.Button, new() { Name = Ru("attempt.open") }).ClickAsync();
        await phone.GetByLabel(Ru("enum.AttemptOutcome.DID_NOT_COME"), new() { Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = Ru("attempt.submit") }).ClickAsync();
        await Expect(phone.GetByTestId("attempt-status")).ToHaveAttributeAsync("data-status", "waiting");
        await phone.Context.SetOfflineAsync(false);
        await Expect(phone.GetByTestId("attempt-status")).ToHaveAttributeAsync("data-status", "sent");

        var log = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(log, ApiFixture.EmailOf("a", Role.Coordinator));
        await log.GotoAsync($"/matches/{pair.MatchId}");
        await Expect(log.GetByTestId("contact-attempts").Locator("li[data-outcome=DID_NOT_COME]")).ToHaveCountAsync(1);
        await Expect(log.GetByTestId("contact-attempts")).ToContainTextAsync(Lv("enum.AttemptOutcome.DID_NOT_COME"));
    }
}
