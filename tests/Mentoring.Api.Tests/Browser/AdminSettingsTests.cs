using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// An admin's saves are honest: a rule saved is confirmed until the next edit and shown as the server holds it, a refused
/// value is explained at its field, and the role editors offer exactly the roles the organisation's members can hold.
/// </summary>
public sealed class AdminSettingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int, int> Cases => new() { { "lv", 1280, 3 }, { "en", 360, 4 }, { "ru", 360, 2 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rules_confirm_a_save_refusals_stand_at_their_fields_and_role_editors_offer_what_the_organisation_allows(string language, int width, int references)
    {
        string T(string key, object? values = null) => BrowserFixture.Text(language, key, values);
        var page = await browser.NewPageAsync(width, 800);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await BrowserFixture.ChooseLanguageAsync(page, language);
        await page.GotoAsync("/admin/policy");

        // Saved: said beside the button, the field shows the server's value (also after a reload); the next edit clears it.
        var vetting = page.Locator("section.panel").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = T("policy.vetting") }) });
        var field = vetting.GetByLabel(T("policy.minimumReferences"));
        var saved = vetting.GetByRole(AriaRole.Status).Filter(new() { HasText = T("saved") });
        await field.FillAsync(references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await vetting.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(saved).ToBeVisibleAsync();
        await Expect(field).ToHaveValueAsync(references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await field.FillAsync("9");
        await Expect(saved).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(field).ToHaveValueAsync(references.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Refused: the server's reason stands at the field it names, as that field's description.
        await field.FillAsync("9");
        await vetting.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(T("error.VALIDATION.minimumReferences"));
        await Expect(saved).ToHaveCountAsync(0);
        // A rule about the whole form (the weights together) is said in it, above its button.
        var weights = page.Locator("section.panel").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = T("policy.weights") }) });
        foreach (var input in await weights.Locator("input").AllAsync()) await input.FillAsync("0");
        await weights.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(weights.GetByRole(AriaRole.Alert)).ToHaveTextAsync(T("error.VALIDATION.weights"));
        // The staff check-in policy: a cadence saved is the server's; escalating before the overdue reminder is refused at the
        // reminder, whose message names the order.
        var checkIns = page.Locator("section.panel").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = T("policy.checkIns") }) });
        var firstMonth = checkIns.GetByLabel(T("checkInRule.firstMonthCheckIns"));
        var cadence = (references % 4 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture); // each case saves its own value
        await firstMonth.FillAsync(cadence);
        await checkIns.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(checkIns.GetByRole(AriaRole.Status).Filter(new() { HasText = T("saved") })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(firstMonth).ToHaveValueAsync(cadence);
        var remind = checkIns.GetByLabel(T("checkInRule.remindOverdueAfterDays"));
        await remind.FillAsync("9");
        await checkIns.GetByRole(AriaRole.Button, new() { Name = T("save"), Exact = true }).ClickAsync();
        await Expect(remind).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(remind).ToHaveAccessibleDescriptionAsync(T("error.VALIDATION.remindOverdueAfterDays"));
        await Expect(checkIns.GetByLabel(T("checkInRule.escalateAfterDaysOverdue"))).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.AssertAccessibleAsync(page, $"rules with refusals in {language} at {width}px");

        // The role editors offer exactly what an NGO's members can hold, and a municipality's.
        await AssertRolesOfferedAsync(page, language, "Coordinator a", ["OrgAdmin", "Coordinator", "Mentor", "Auditor"]);
        var municipality = await browser.NewPageAsync(width, 800);
        await BrowserFixture.SignInAsync(municipality, ApiFixture.EmailOf("riga", Role.OrgAdmin));
        await BrowserFixture.ChooseLanguageAsync(municipality, language);
        await AssertRolesOfferedAsync(municipality, language, "Viewer", ["OrgAdmin", "MunicipalityViewer", "SocialWorker"]);
    }

    private static async Task AssertRolesOfferedAsync(IPage page, string language, string member, string[] roles)
    {
        string T(string key, object? values = null) => BrowserFixture.Text(language, key, values);
        var expected = roles.Select(r => T($"role.{r}")).Order().ToArray();
        await page.GotoAsync("/admin/users");
        var invite = page.GetByRole(AriaRole.Group, new() { Name = T("users.roles"), Exact = true });
        await Expect(invite.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(roles.Length);
        Assert.Equal(expected, (await invite.Locator("label").AllInnerTextsAsync()).Select(s => s.Trim()).Order().ToArray());

        await page.GetByRole(AriaRole.Button, new() { Name = T("users.changeRoles", new { name = member }) }).ClickAsync();
        var editor = page.GetByRole(AriaRole.Group, new() { Name = T("users.rolesOf", new { name = member }) });
        await Expect(editor.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(roles.Length);
        Assert.Equal(expected, (await editor.Locator("label").AllInnerTextsAsync()).Select(s => s.Trim()).Order().ToArray());
    }
}
