using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// A person moves from Rīga to Jelgava: NGO A's coordinator transfers the case from its page on a phone (360 px, Latvian),
/// seeing what will be sent; NGO B's coordinator accepts it from the desk, next to the referral inbox; A's case then reads
/// closed as transferred.
/// </summary>
public sealed class TransferJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_transfers_a_case_and_the_other_ngo_accepts_it_on_the_desk()
    {
        await Transfers.TransferApi.ContractAsync(browser.Api);
        string name;
        Guid clientId;
        using (var coordinator = await browser.Api.SignedIn("a", Role.Coordinator))
        {
            var (id, pair) = await Transfers.TransferApi.CaseAsync(browser.Api, coordinator);
            (clientId, name) = (id, pair.ClientName);
        }

        var phone = await browser.NewPageAsync(360, 740);
        var errors = new List<string>();
        phone.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(phone, ApiFixture.EmailOf("a", Role.Coordinator));
        await Expect(phone).ToHaveURLAsync(new Regex("/desk$"));
        await phone.GotoAsync($"/clients/{clientId}");
        await phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "transfers.start") }).ClickAsync();
        await phone.GetByLabel(BrowserFixture.Text("lv", "transfers.newMunicipality")).SelectOptionAsync("jelgava");
        var ngo = phone.GetByLabel(BrowserFixture.Text("lv", "transfers.ngo"), new() { Exact = true });
        await Expect(ngo.Locator("option", new() { HasText = "NGO B" })).ToHaveCountAsync(1);
        await Expect(ngo.Locator("option", new() { HasText = "NGO A" })).ToHaveCountAsync(0);
        await ngo.SelectOptionAsync(new SelectOptionValue { Label = "NGO B" });
        await phone.GetByLabel(BrowserFixture.Text("lv", "transfers.reason")).FillAsync("Pārceļas pie māsas uz Jelgavu.");
        await Expect(phone.GetByTestId("transfer-preview")).ToContainTextAsync(BrowserFixture.Text("lv", "transfers.notSent"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the transfer form at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the transfer form");
        await phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "transfers.offer") }).ClickAsync();
        var outgoing = phone.GetByTestId("outgoing-transfers").Locator("li", new() { HasText = "NGO B" });
        await Expect(outgoing.Locator(".badge")).ToHaveTextAsync(BrowserFixture.Text("lv", "enum.TransferStatus.OFFERED"));

        // NGO B's coordinator, also on a phone, accepts it from the desk.
        var desk = await browser.NewPageAsync(360, 740);
        desk.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("b", Role.Coordinator));
        await Expect(desk).ToHaveURLAsync(new Regex("/desk$"));
        var incoming = desk.GetByTestId("transfer-inbox").Locator("li", new() { HasText = name });
        await Expect(incoming).ToContainTextAsync("NGO A");
        await BrowserFixture.AssertNoSidewaysScrollAsync(desk, "the desk with an offered transfer at 360px");
        await incoming.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "transfers.accept") }).ClickAsync();
        await incoming.Locator("form").GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "transfers.accept") }).ClickAsync();
        await Expect(incoming.Locator(".badge")).ToHaveTextAsync(BrowserFixture.Text("lv", "enum.TransferStatus.ACCEPTED"));
        await Expect(incoming.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveAttributeAsync("href", new Regex("^/clients/"));
        await BrowserFixture.ScreenshotAsync(desk, "transfers-inbox");

        // A's case is closed as transferred.
        await phone.ReloadAsync();
        await Expect(phone.GetByText(BrowserFixture.Text("lv", "enum.CaseClosureReason.TRANSFERRED"), new() { Exact = true })).ToBeVisibleAsync();
        await Expect(outgoing.Locator(".badge")).ToHaveTextAsync(BrowserFixture.Text("lv", "enum.TransferStatus.ACCEPTED"));
        Assert.Empty(errors);
    }
}
