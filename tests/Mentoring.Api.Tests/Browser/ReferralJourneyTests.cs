using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// A prison's social worker refers a person from a phone (360 px, in English), the NGO's coordinator accepts the referral
/// from the inbox on the desk (in Latvian), and the referrer sees it accepted — and nothing of the case.
/// </summary>
public sealed class ReferralJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_referrer_refers_the_coordinator_accepts_and_the_referrer_sees_it_accepted()
    {
        using (var admin = await browser.Api.SignedIn("a", Role.OrgAdmin))
        {
            var contract = await admin.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { errors { code field } } }", new
            {
                i = new { municipalityCode = "riga", terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 30, reportRecipients = new[] { "r@riga.example" } } },
            });
            Assert.Empty(contract.UserErrors("createContract"));
        }

        // The referrer, on a phone, in English.
        var phone = await browser.NewPageAsync(360, 740);
        var errors = new List<string>();
        phone.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(phone, ApiFixture.EmailOf("prison", Role.Referrer));
        await Expect(phone).ToHaveURLAsync(new Regex("/referrals$"));
        await BrowserFixture.ChooseLanguageAsync(phone, "en");
        await phone.GetByRole(AriaRole.Link, new() { Name = BrowserFixture.Text("en", "referrals.new") }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/referrals/new$"));
        await phone.GetByLabel(BrowserFixture.Text("en", "refer.name")).FillAsync("Oskars Bērziņš");
        await phone.GetByLabel(BrowserFixture.Text("en", "refer.birthYear")).FillAsync("1989");
        await phone.GetByLabel(BrowserFixture.Text("en", "refer.prison")).SelectOptionAsync("olaine");
        await phone.GetByLabel(BrowserFixture.Text("en", "refer.expectedReleaseDate")).FillAsync("2026-12-28");
        await phone.GetByLabel(BrowserFixture.Text("en", "refer.destination")).SelectOptionAsync("riga");
        // Only the NGO whose contract covers Rīga is offered.
        var ngo = phone.GetByLabel(BrowserFixture.Text("en", "referrals.ngo"), new() { Exact = true });
        await Expect(ngo.Locator("option", new() { HasText = "NGO A" })).ToHaveCountAsync(1);
        await Expect(ngo.Locator("option", new() { HasText = "NGO B" })).ToHaveCountAsync(0);
        await ngo.SelectOptionAsync(new SelectOptionValue { Label = "NGO A" });
        await phone.GetByLabel(BrowserFixture.Text("en", "enum.NeedDomain.HOUSING")).SelectOptionAsync("HIGH");
        await phone.GetByLabel(BrowserFixture.Text("en", "referrals.consentGivenOn")).FillAsync("2026-11-20");
        await phone.GetByLabel(BrowserFixture.Text("en", "referrals.consentDocument")).FillAsync("OC-2026/301");
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the new referral form at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the new referral form");
        await phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("en", "referrals.submit") }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/referrals$"));
        var mine = phone.GetByTestId("my-referrals").Locator("li", new() { HasText = "Oskars Bērziņš" });
        await Expect(mine.GetByTestId("referral-status")).ToHaveTextAsync(BrowserFixture.Text("en", "enum.ReferralStatus.RECEIVED"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "my referrals at 360px");
        await BrowserFixture.ScreenshotAsync(phone, "referrals-referrer");

        // The coordinator finds it in the inbox on the desk and accepts it.
        var desk = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await Expect(desk).ToHaveURLAsync(new Regex("/desk$"));
        var incoming = desk.GetByTestId("referral-inbox").Locator("li", new() { HasText = "Oskars Bērziņš" });
        await Expect(incoming).ToContainTextAsync("Olaines cietums");
        await incoming.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "inbox.accept") }).ClickAsync();
        await incoming.Locator("form").GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "inbox.accept") }).ClickAsync();
        await Expect(incoming.Locator(".badge")).ToHaveTextAsync(BrowserFixture.Text("lv", "enum.ReferralStatus.ACCEPTED"));
        // The accepted referral links to the case it became.
        await Expect(incoming.GetByRole(AriaRole.Link, new() { Name = "Oskars Bērziņš" })).ToHaveAttributeAsync("href", new Regex("^/clients/"));
        await BrowserFixture.ScreenshotAsync(desk, "referrals-inbox");

        // The referrer sees it accepted.
        await phone.ReloadAsync();
        await Expect(mine.GetByTestId("referral-status")).ToHaveTextAsync(BrowserFixture.Text("en", "enum.ReferralStatus.ACCEPTED"));
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Oskars Bērziņš" })).ToHaveCountAsync(0); // no way into the case
        Assert.Empty(errors);
    }
}
