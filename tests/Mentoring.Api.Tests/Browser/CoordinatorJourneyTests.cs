using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Mentoring.Api.Tests.Mentors.MentorApi;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>The coordinator's work in the browser: an application arrives, a person is referred, a mentor is matched.</summary>
public sealed class CoordinatorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_application_from_the_public_form_waits_on_the_vetting_board_and_cannot_be_approved_half_vetted()
    {
        var form = await browser.NewPageAsync(360, 740);
        await form.GotoAsync($"/apply/{browser.Api.NgoA.Id}");
        await BrowserFixture.AssertAccessibleAsync(form, "public application form");
        await form.GetByLabel("Vārds, uzvārds").FillAsync("Ilze Kalna");
        await form.GetByLabel("E-pasts").FillAsync("ilze.kalna@example.lv");
        await form.GetByLabel("Dzimšanas gads").FillAsync("1981");
        await form.GetByRole(AriaRole.Group, new() { Name = "Kur varat palīdzēt" }).GetByLabel("Atkarība").CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Pašvaldības, kurās varat darboties" }).GetByLabel("Rīga", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Kad parasti esat brīvs" }).GetByLabel("O · vakars").CheckAsync();
        await form.GetByLabel("Kāpēc vēlaties būt mentors").FillAsync("Pati izgāju cauri atkarībai un zinu, cik svarīgs ir atbalsts.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Nosūtīt pieteikumu" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Heading, new() { Name = "Paldies!" })).ToBeVisibleAsync();
        await Expect(form.GetByText("Lūdzu, pārbaudiet e-pastu")).ToBeVisibleAsync();

        // The applicant confirms with the link e-mailed to them; only then does the application reach the NGO.
        await form.GotoAsync(await browser.Api.MailedLinkAsync("ilze.kalna@example.lv", "/confirm-application#mca_"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt manu pieteikumu" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status).Filter(new() { HasText = "Paldies!" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(form, "application confirmed");

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentori", Exact = true }).ClickAsync();
        var queued = page.Locator(".rows li").Filter(new() { HasText = "Ilze Kalna" }).First;
        await Expect(queued).ToContainTextAsync("Atlases intervija");
        await BrowserFixture.ScreenshotAsync(page, "vetting-board");
        await queued.GetByRole(AriaRole.Link, new() { Name = "Ilze Kalna" }).ClickAsync();
        await Expect(page.GetByTestId("checklist")).ToContainTextAsync("Sodāmības pārbaude");

        var before = await browser.Api.CountWritesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apstiprināt un uzaicināt" }).ClickAsync();
        await Expect(page.Locator("[data-code=VETTING_INCOMPLETE]")).ToBeVisibleAsync();
        Assert.Equal(before, await browser.Api.CountWritesAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Intervija", Exact = true }).ClickAsync();
        await page.GetByLabel("Intervētājs").FillAsync("Anna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt" }).ClickAsync();
        await Expect(page.GetByTestId("checklist").Locator("li.done")).ToContainTextAsync("Atlases intervija");
        await BrowserFixture.AssertAccessibleAsync(page, "mentor profile");
        await BrowserFixture.ScreenshotAsync(page, "mentor-profile");
    }

    [Fact]
    public async Task A_referral_gets_a_dated_plan_consent_then_a_ranked_mentor_is_proposed()
    {
        using var api = await browser.Api.SignedIn("a", Role.Coordinator);
        await ApprovedMentorAsync(api, browser.Api.NgoA.Id);

        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GotoAsync("/clients/new");
        await page.GetByLabel("Vārds, uzvārds").FillAsync("Raimonds Liepa");
        await page.GetByLabel("Dzimšanas gads").FillAsync("1990");
        await page.GetByLabel("Ieslodzījuma vieta").SelectOptionAsync("olaine");
        await page.GetByLabel("Paredzamā atbrīvošana").FillAsync("2026-12-18");
        await page.GetByLabel("Dzīvos").SelectOptionAsync("riga");
        await page.GetByLabel("Nosūtītājs darbinieks").FillAsync("Inese Zariņa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt nosūtījumu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Raimonds Liepa" })).ToBeVisibleAsync();
        // The plan's deadlines follow the release date: the social-assistance application within a month after it.
        var social = page.Locator(".rows li").Filter(new() { HasText = "Pieteikts sociālais atbalsts" });
        await Expect(social).ToContainTextAsync("2027");
        await Expect(social).ToContainTextAsync("mainās līdz ar atbrīvošanas datumu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Piekrišana", Exact = true }).ClickAsync();
        await page.GetByLabel("Dokumenta atsauce").FillAsync("PK-2026/41");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt" }).ClickAsync();
        await Expect(page.GetByTestId("case-facts")).ToContainTextAsync("mentora saziņa");
        await BrowserFixture.AssertAccessibleAsync(page, "client case");
        await BrowserFixture.ScreenshotAsync(page, "client-case");

        // The organisation's admin reads the case too, but risk flags are for coordinators only.
        await Expect(page.GetByTestId("case-facts")).ToContainTextAsync("Riska pazīmes");
        var admin = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await admin.GotoAsync(page.Url);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Raimonds Liepa" })).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("case-facts")).Not.ToContainTextAsync("Riska pazīmes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Atrast mentoru" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/match$"));
        var candidate = page.Locator(".candidate").First;
        await Expect(candidate).ToContainTextAsync("Jānis Bērziņš");
        await Expect(candidate).ToContainTextAsync("Vajadzību pārklājums");
        await BrowserFixture.AssertAccessibleAsync(page, "matching");
        await BrowserFixture.ScreenshotAsync(page, "matching-candidates");
        await candidate.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Piedāvāt") }).ClickAsync();
        await Expect(page.Locator(".rows li").Filter(new() { HasText = "piedāvāts" })).ToBeVisibleAsync();
        // The list now says so and offers no proposal the server would refuse (one open match per person).
        await Expect(page.GetByTestId("candidate-stage")).ToHaveTextAsync("piedāvāts");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Piedāvāt") })).ToHaveCountAsync(0);

        await page.GotoAsync("/releases");
        await Expect(page.Locator(".release-timeline")).ToContainTextAsync("Raimonds Liepa");
        await BrowserFixture.ScreenshotAsync(page, "upcoming-releases");
    }

    [Fact]
    public async Task A_batch_of_proposals_is_computed_and_confirmed_pair_by_pair()
    {
        using var api = await browser.Api.SignedIn("b", Role.Coordinator);
        await ApprovedMentorAsync(api, browser.Api.NgoB.Id);
        var client = (await api.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } } }", new
        {
            i = new { name = "Oskars Vītols", gender = "MALE", birthYear = 1988, languages = new[] { "lv" }, prisonCode = "olaine",
                      expectedReleaseDate = "2026-12-20", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze" },
        })).Data.GetProperty("referClient").GetProperty("client");
        await api.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code } } }", new
        {
            i = new { clientId = client.GetProperty("id").GetString(), expectedVersion = client.GetProperty("version").GetInt64(),
                      scopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, givenOn = "2026-11-20", documentReference = "PK-9" },
        });

        var page = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("b", Role.Coordinator));
        await page.GotoAsync("/matching");
        var before = await browser.Api.CountWritesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aprēķināt priekšlikumus" }).ClickAsync();
        var proposal = page.Locator("fieldset .rows li").Filter(new() { HasText = "Oskars Vītols" });
        await Expect(proposal).ToContainTextAsync("Jānis Bērziņš");
        Assert.Equal(before, await browser.Api.CountWritesAsync()); // proposing writes nothing
        await BrowserFixture.AssertAccessibleAsync(page, "batch matching");
        await BrowserFixture.ScreenshotAsync(page, "matching-batch");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Piedāvāt 1") }).ClickAsync();
        await Expect(proposal).ToContainTextAsync("piedāvāts");
        await Expect(page.Locator(".rows").Last).ToContainTextAsync("Oskars Vītols");
        // The person's page shows the proposal too.
        await page.Locator(".rows").Last.GetByRole(AriaRole.Link, new() { Name = "Oskars Vītols" }).ClickAsync();
        await Expect(page.Locator(".rows li").Filter(new() { HasText = "Jānis Bērziņš" })).ToContainTextAsync("piedāvāts");
    }

    /// <summary>A mentor (Jānis Bērziņš, Rīga, lv/ru) vetted and approved through the API.</summary>
    private static async Task ApprovedMentorAsync(GraphQLClient coordinator, Guid ngo)
    {
        var mentorId = await ApplyAsync(coordinator, ngo, $"m-{Guid.NewGuid():N}@example.lv");
        await VetFullyAsync(coordinator, mentorId);
        Assert.Empty((await ApproveAsync(coordinator, mentorId)).UserErrors("approveMentor"));
    }
}
