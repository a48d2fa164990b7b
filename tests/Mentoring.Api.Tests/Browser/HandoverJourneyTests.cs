using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mentoring.Api.Tests.Handovers;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// With the person's consent, the NGO's coordinator hands a path over to Rīga's social worker (in Latvian, on a desktop); the
/// social worker reads it on a phone (360 px, in Latvian) and records a refusal, which the coordinator then sees on the path.
/// </summary>
public sealed class HandoverJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_coordinator_hands_over_the_social_worker_reads_and_records_a_refusal_that_shows_on_the_path()
    {
        Guid clientId;
        using (var coordinatorApi = await browser.Api.SignedIn("a", Role.Coordinator)) (clientId, _) = await HandoverApi.CaseAsync(coordinatorApi);

        var desk = await browser.NewPageAsync();
        var errors = new List<string>();
        desk.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await desk.GotoAsync($"/clients/{clientId}");
        var panel = desk.Locator("section", new() { Has = desk.GetByRole(AriaRole.Heading, new() { Name = BrowserFixture.Text("lv", "handover.title") }) });
        await Expect(panel).ToContainTextAsync(BrowserFixture.Text("lv", "handover.none"));
        await panel.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "handover.handOver") }).ClickAsync();
        await Expect(panel.GetByLabel(BrowserFixture.Text("lv", "handover.socialWorker"))).ToContainTextAsync("Social worker riga");
        await panel.Locator("form").GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "handover.handOver") }).ClickAsync();
        var made = panel.GetByTestId("handovers").Locator("li", new() { HasText = "Social worker riga" });
        await Expect(made.Locator(".badge")).ToHaveTextAsync(BrowserFixture.Text("lv", "enum.HandoverStatus.ACTIVE"));

        // The social worker, on a phone, lands on their hand-overs.
        var phone = await browser.NewPageAsync(360, 740);
        phone.PageError += (_, e) => errors.Add(e);
        await BrowserFixture.SignInAsync(phone, ApiFixture.EmailOf("riga", Role.SocialWorker));
        await Expect(phone).ToHaveURLAsync(new Regex("/handovers$"));
        var row = phone.GetByTestId("my-handovers").Locator("li", new() { HasText = "Pēteris Liepa" });
        await Expect(row).ToContainTextAsync("NGO A");
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the social worker's hand-overs at 360px");
        await row.GetByRole(AriaRole.Link, new() { Name = "Pēteris Liepa" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/handovers/[0-9a-f-]+$"));
        await Expect(phone.GetByTestId("handover-goals").Locator("li")).ToHaveCountAsync(6);
        await Expect(phone.GetByTestId("handover-goals")).ToContainTextAsync(BrowserFixture.Text("lv", "enum.StandardGoal.SOCIAL_ASSISTANCE"));
        await Expect(phone.GetByTestId("checklist")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("handover-audited")).ToBeVisibleAsync();
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "the handed-over path at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "the handed-over path");

        // A refusal of the GMI benefit for want of income documents, on the social-assistance goal.
        await phone.GetByLabel(BrowserFixture.Text("lv", "handovers.decision")).SelectOptionAsync("REFUSED");
        await phone.GetByLabel(BrowserFixture.Text("lv", "handovers.reason")).SelectOptionAsync("NO_INCOME_DOCUMENTS");
        await phone.GetByLabel(BrowserFixture.Text("lv", "handovers.decidedOn")).FillAsync("2026-11-23");
        await phone.GetByRole(AriaRole.Button, new() { Name = BrowserFixture.Text("lv", "handovers.record") }).ClickAsync();
        await Expect(phone.GetByTestId("handover-refusals")).ToContainTextAsync(BrowserFixture.Text("lv", "enum.RefusalReason.NO_INCOME_DOCUMENTS"));
        await Expect(phone.GetByTestId("handover-decisions")).ToContainTextAsync(BrowserFixture.Text("lv", "enum.SocialServiceDecision.REFUSED"));
        await BrowserFixture.ScreenshotAsync(phone, "handover-social-worker");

        // The refusal is on the NGO's path, with its reason, and the hand-over lists the decision.
        await desk.ReloadAsync();
        await Expect(desk.GetByText(BrowserFixture.Text("lv", "enum.RefusalReason.NO_INCOME_DOCUMENTS")).First).ToBeVisibleAsync();
        await Expect(made).ToContainTextAsync(BrowserFixture.Text("lv", "enum.SocialServiceDecision.REFUSED"));
        Assert.Empty(errors);
    }
}
