using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// A group activity in Latvian at 360 px: the coordinator plans it and invites a mentor (and takes back an invitation to another); the mentor sees it on the phone
/// and answers; once it has begun the mentor marks their attendance (through the phone's outbox); the coordinator's card
/// counts it, and the mentor's hours show its two hours.
/// </summary>
public sealed class GroupActivityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string T(string key, object? values = null) => BrowserFixture.Text("lv", key, values);

    [Fact]
    public async Task A_coordinator_plans_and_invites_and_the_mentor_answers_attends_and_sees_the_hours()
    {
        using var coordinator = await browser.Api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ProposedPairAsync(browser.Api, coordinator);
        var title = $"Atbalsta grupa {Guid.NewGuid():N}"[..24];

        // The coordinator, on a phone too: plan 14:00–16:00 Riga time today (the clock says 12:00 Riga time), then invite the mentor.
        var desk = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(desk, ApiFixture.EmailOf("a", Role.Coordinator));
        await BrowserFixture.ChooseLanguageAsync(desk, "lv");
        await desk.GotoAsync("/activities");
        await desk.GetByRole(AriaRole.Button, new() { Name = T("activities.plan") }).ClickAsync();
        await desk.GetByLabel(T("activities.titleField")).FillAsync(title);
        await desk.GetByLabel(T("activities.startsAt")).FillAsync("2026-11-23T14:00");
        await desk.GetByLabel(T("activities.endsAt")).FillAsync("2026-11-23T16:00");
        await desk.GetByLabel(T("activities.place")).FillAsync("Biedrības telpas, Rīga");
        await desk.GetByLabel(T("activities.capacity")).FillAsync("8");
        await Expect(desk.GetByLabel(T("activities.facilitator"))).ToHaveValueAsync(""); // an external specialist unless a coordinator is chosen
        await desk.GetByLabel(T("activities.facilitatorName")).FillAsync("Dr. Anna Liepa");
        await desk.GetByRole(AriaRole.Button, new() { Name = T("activities.planSubmit"), Exact = true }).ClickAsync();
        var card = desk.GetByTestId("activity").Filter(new() { HasText = title });
        await Expect(card).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = T("activities.invite"), Exact = true }).ClickAsync();
        // The form offers whom the server would accept, ticked as many as wanted; the button counts them.
        await card.Locator($"input[name=mentorIds][value='{pair.MentorId}']").CheckAsync();
        await Expect(card.GetByTestId("invite-free")).ToHaveTextAsync(T("activities.freePlaces", new { free = "8", chosen = "1" }));
        await BrowserFixture.AssertAccessibleAsync(desk, "inviting to a group activity");
        await BrowserFixture.ScreenshotAsync(desk, "activities-invite");
        await card.GetByRole(AriaRole.Button, new() { Name = T("activities.inviteChosen", new { count = "1" }) }).ClickAsync();
        await Expect(card.GetByTestId("activity-places")).ToHaveTextAsync(T("activities.placesTaken", new { taken = "1", capacity = "8" }));
        // Another, led by one of the NGO's coordinators: chosen from the list (its coordinators and administrators, whom
        // planning accepts), no name typed.
        var led = $"Ģimenes diena {Guid.NewGuid():N}"[..22];
        await desk.GetByRole(AriaRole.Button, new() { Name = T("activities.plan") }).ClickAsync();
        await desk.GetByLabel(T("activities.titleField")).FillAsync(led);
        await desk.GetByLabel(T("activities.place")).FillAsync("Mežaparks");
        await Expect(desk.GetByLabel(T("activities.facilitator")).Locator("option")).ToHaveTextAsync([T("activities.externalFacilitator"), "Coordinator a", "OrgAdmin a"]);
        await desk.GetByLabel(T("activities.facilitator")).SelectOptionAsync(new SelectOptionValue { Label = "Coordinator a" });
        await Expect(desk.GetByLabel(T("activities.facilitatorName"))).ToHaveCountAsync(0);
        await desk.GetByRole(AriaRole.Button, new() { Name = T("activities.planSubmit"), Exact = true }).ClickAsync();
        var ledCard = desk.GetByTestId("activity").Filter(new() { HasText = led });
        await Expect(ledCard).ToContainTextAsync("Coordinator a");
        // The mentor invited to it by mistake, and the invitation taken back: the place is free and the card says so.
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("activities.invite"), Exact = true }).ClickAsync();
        await ledCard.Locator($"input[name=mentorIds][value='{pair.MentorId}']").CheckAsync();
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("activities.inviteChosen", new { count = "1" }) }).ClickAsync();
        await Expect(ledCard.GetByTestId("activity-places")).ToHaveTextAsync(T("activities.placesTaken", new { taken = "1", capacity = "12" }));
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("activities.withdraw"), Exact = true }).ClickAsync();
        await ledCard.GetByLabel(T("activities.withdrawWho")).SelectOptionAsync(pair.MentorId.ToString());
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("activities.withdrawSubmit"), Exact = true }).ClickAsync();
        await Expect(ledCard.GetByTestId("activity-places")).ToHaveTextAsync(T("activities.placesTaken", new { taken = "0", capacity = "12" }));
        await Expect(ledCard.GetByTestId("activity-invitees")).ToContainTextAsync(T("enum.InvitationAnswer.WITHDRAWN"));
        // The coordinator cannot lead it after all: a named specialist takes over, and the card says so.
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("activities.details"), Exact = true }).ClickAsync();
        await ledCard.GetByLabel(T("activities.facilitator")).SelectOptionAsync("");
        await ledCard.GetByLabel(T("activities.facilitatorName")).FillAsync("Dr. Jānis Kalns");
        await ledCard.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(ledCard).ToContainTextAsync("Dr. Jānis Kalns");
        await Expect(ledCard).Not.ToContainTextAsync("Coordinator a");
        await BrowserFixture.AssertNoSidewaysScrollAsync(desk, "group activities at 360px");
        await BrowserFixture.AssertAccessibleAsync(desk, "group activities");

        // The mentor's phone: the event, its place and facilitator; answered "going".
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, pair.MentorEmail, Scenarios.MentorPassword);
        await BrowserFixture.ChooseLanguageAsync(phone, "lv");
        await Expect(phone.GetByTestId("upcoming-events")).ToContainTextAsync(title);
        await phone.GotoAsync("/events");
        var mine = phone.GetByTestId("my-event").Filter(new() { HasText = title });
        await Expect(mine).ToContainTextAsync("Dr. Anna Liepa");
        await Expect(mine).ToContainTextAsync("Biedrības telpas, Rīga");
        await Expect(phone.GetByTestId("my-event").Filter(new() { HasText = led })).ToHaveCountAsync(0); // taken back: not on the phone
        await mine.GetByRole(AriaRole.Button, new() { Name = T("events.going"), Exact = true }).ClickAsync();
        await Expect(mine.GetByTestId("my-answer")).ToHaveTextAsync(T("enum.InvitationAnswer.GOING"));
        await BrowserFixture.AssertNoSidewaysScrollAsync(phone, "my events at 360px");
        await BrowserFixture.AssertAccessibleAsync(phone, "my events");
        await BrowserFixture.ScreenshotAsync(phone, "mentor-events");

        // Half an hour after it began: the mentor marks that they were there.
        var begun = new DateTimeOffset(2026, 11, 23, 12, 30, 0, TimeSpan.Zero);
        browser.Api.Clock.SetUtcNow(begun);
        await phone.Context.Clock.SetFixedTimeAsync(begun.UtcDateTime);
        await desk.Context.Clock.SetFixedTimeAsync(begun.UtcDateTime);
        await phone.ReloadAsync();
        mine = phone.GetByTestId("my-event").Filter(new() { HasText = title });
        // Marked without a connection (the page loaded first): it waits on the phone, and goes once the connection is back.
        var wasThere = mine.GetByRole(AriaRole.Button, new() { Name = T("events.iWasThere") });
        await Expect(wasThere).ToBeVisibleAsync();
        await phone.Context.SetOfflineAsync(true);
        await wasThere.ClickAsync();
        await Expect(mine.GetByText(T("events.markQueued"))).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "1");
        await phone.Context.SetOfflineAsync(false);
        await Expect(mine.GetByTestId("my-attendance")).ToHaveTextAsync(T("activities.wasThere"));
        await Expect(phone.GetByTestId("outbox-waiting")).ToHaveAttributeAsync("data-count", "0");

        // The coordinator's card counts it; the mentor's hours show its two hours.
        await desk.ReloadAsync();
        await Expect(desk.GetByTestId("activity").Filter(new() { HasText = title }).GetByTestId("activity-counts")).ToContainTextAsync(
            T("activities.attended.one", new { count = "1" }));
        await phone.GotoAsync("/hours");
        await Expect(phone.GetByTestId("hours-activities")).ToHaveTextAsync(T("hours.activitiesTotal.one", new { count = "1", hours = "2,0" }));
    }
}
