using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The services directory (issue 18, item 5) in a real browser: on the mentor's phone at 360 px the person's card lists the
/// services of their destination with tap-to-call and a map link; the mentor attaches one to a goal, and the coordinator's
/// case page shows it on that goal's service.
/// </summary>
public sealed class ServicesDirectoryTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task The_mentor_sees_the_persons_services_with_a_tel_link_and_attaches_one_to_a_goal()
    {
        using var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(browser.Api, coordinatorApi, "Roberts Liepiņš");
        var clientId = (await coordinatorApi.PostAsync("query($id: ID!) { match(id: $id) { client { id } } }", new { id = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!;
        var added = await coordinatorApi.PostAsync("mutation($input: AddServiceInput!) { addService(input: $input) { service { id } errors { code } } }", new
        {
            input = new
            {
                kind = "NIGHT_SHELTER", name = "Naktspatversme “Ceļš”", municipality = "riga", address = "Gaisa iela 7", openingHours = "20:00–08:00",
                phone = "+371 6700 0001", languages = new[] { "lv", "ru" }, domains = new[] { "HOUSING", "BASIC_NEEDS" },
            },
        });
        var shelterId = added.Data.GetProperty("addService").GetProperty("service").GetProperty("id").GetString()!;

        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        var card = phone.Locator("li.card").Filter(new() { Has = phone.GetByRole(AriaRole.Heading, new() { Name = "Roberts Liepiņš" }) });
        var services = card.GetByTestId("person-services");
        await Expect(services.GetByRole(AriaRole.Heading, new() { Name = T("services.forPerson", new { municipality = "Rīga" }) })).ToBeVisibleAsync();

        var shelter = services.Locator($"[data-service-id='{shelterId}']");
        await Expect(shelter).ToContainTextAsync("Naktspatversme “Ceļš”");
        await Expect(shelter).ToContainTextAsync(T("enum.ServiceKind.NIGHT_SHELTER"));
        await Expect(shelter.Locator("a[href^='tel:']")).ToHaveAttributeAsync("href", "tel:+37167000001");
        await Expect(shelter.Locator("a[href*='openstreetmap.org/search']")).ToHaveAttributeAsync("href", new Regex("query=Gaisa%20iela%207%2C%20R%C4%ABga$"));
        // The platform's entries: the destination's social service, and the national legal-aid line (tap to call its free number).
        await Expect(services.Locator("[data-service-id='social-service-riga']")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-service-id='legal-aid-administration'] a[href='tel:80001801']")).ToBeVisibleAsync();
        await Expect(services.Locator("[data-service-id='social-service-jelgava']")).ToHaveCountAsync(0);

        // Attach the night shelter to the residence goal: the service then says which goal it is for.
        var residence = T("enum.StandardGoal.RESIDENCE");
        await shelter.GetByRole(AriaRole.Button, new() { Name = T("services.attachToGoal") }).ClickAsync();
        await shelter.GetByLabel(T("services.attachTo", new { name = "Naktspatversme “Ceļš”" })).SelectOptionAsync(new SelectOptionValue { Label = residence });
        await shelter.GetByRole(AriaRole.Button, new() { Name = T("services.attach"), Exact = true }).ClickAsync();
        await Expect(shelter.GetByTestId("attached-goals")).ToContainTextAsync(T("services.attachedTo", new { goal = residence }));
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the mentor's services at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the mentor's services at 360px");
        await BrowserFixture.ScreenshotAsync(phone, "mentor-services");

        // The goal has it on the case too, as the coordinator sees it.
        var goals = (await coordinatorApi.PostAsync("query($id: ID!) { client(id: $id) { goals { standard services { id } } } }", new { id = clientId }))
            .Data.GetProperty("client").GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("standard").GetString() == "RESIDENCE");
        Assert.Equal(shelterId, goals.GetProperty("services")[0].GetProperty("id").GetString());
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GotoAsync($"/clients/{clientId}");
        await Expect(page.GetByTestId("person-services").Locator($"[data-service-id='{shelterId}']").GetByTestId("attached-goals")).ToContainTextAsync(residence);
        await BrowserFixture.AssertAccessibleAsync(page, "the case's services");
    }

    [Fact]
    public async Task The_coordinator_adds_an_own_service_and_hides_a_platform_entry_for_the_organisation_only()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await page.GotoAsync("/admin/services");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = T("services.adminTitle"), Level = 1 })).ToBeVisibleAsync();

        var add = page.GetByRole(AriaRole.Region, new() { Name = T("services.add") });
        await add.GetByLabel(T("services.kind")).SelectOptionAsync("SHELTER");
        await add.GetByLabel(T("services.name")).FillAsync("Patversme “Mājvieta”");
        await add.GetByLabel(T("services.municipality")).SelectOptionAsync("jelgava");
        await add.GetByLabel(T("services.phone")).FillAsync("zvaniet");
        await add.GetByLabel(T("enum.NeedDomain.HOUSING")).CheckAsync();
        await add.GetByRole(AriaRole.Button, new() { Name = T("services.add") }).ClickAsync();
        await Expect(add.Locator("[data-code=INVALID_PHONE]")).ToHaveTextAsync(new Regex(Regex.Escape(T("error.INVALID_PHONE"))));
        await add.GetByLabel(T("services.phone")).FillAsync("+371 6300 0002");
        await add.GetByRole(AriaRole.Button, new() { Name = T("services.add") }).ClickAsync();

        var list = page.GetByRole(AriaRole.Region, new() { Name = T("services.title") });
        await list.GetByLabel(T("services.municipality")).SelectOptionAsync("jelgava");
        var own = list.Locator("[data-origin=OWN]").Filter(new() { HasText = "Patversme “Mājvieta”" });
        await Expect(own.Locator("a[href='tel:+37163000002']")).ToBeVisibleAsync();

        // A closed office: hidden here (shown as such to staff), still listed for another organisation.
        var platform = list.Locator("[data-service-id='social-service-jelgava']");
        await platform.GetByRole(AriaRole.Button, new() { Name = T("services.hide") }).ClickAsync();
        await platform.GetByLabel(T("services.hideReason")).FillAsync("Pārcēlies uz citu adresi");
        await platform.Locator("form").GetByRole(AriaRole.Button, new() { Name = T("services.hide") }).ClickAsync();
        await Expect(platform).ToHaveAttributeAsync("data-hidden", "true");
        await Expect(platform).ToHaveAttributeAsync("data-origin", "CORRECTED");
        await BrowserFixture.AssertAccessibleAsync(page, "the services directory");
        await BrowserFixture.ScreenshotAsync(page, "admin-services");

        using var other = await browser.Api.SignedIn("b", Role.Coordinator);
        var theirs = (await other.PostAsync("{ services(municipality: \"jelgava\") { nodes { id hidden } } }")).Data.GetProperty("services").GetProperty("nodes")
            .EnumerateArray().Single(n => n.GetProperty("id").GetString() == "social-service-jelgava");
        Assert.False(theirs.GetProperty("hidden").GetBoolean());
    }
}
