using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The account in a real browser: a forgotten password reset by the mailed link, a second factor set up on the account
/// page and asked for at sign-in, an organisation that requires one, and an admin managing invitations and leavers.
/// Each test uses its own seeded people, so their order does not matter.
/// </summary>
public sealed class AccountSecurityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string NewPassword = "winter light over the Daugava";

    [Fact]
    public async Task A_forgotten_password_is_reset_by_the_mailed_link_and_the_new_one_signs_in()
    {
        var email = ApiFixture.EmailOf("a", Role.Auditor);
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aizmirsāt paroli?" }).ClickAsync();

        // The same calm answer whether or not the address has an account; only a real account is mailed.
        await page.GetByLabel("E-pasts").FillAsync("nobody@nowhere.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sūtīt saiti" }).ClickAsync();
        await Expect(page.GetByTestId("reset-requested")).ToContainTextAsync("Ja adresei nobody@nowhere.test šeit ir konts");
        Assert.Empty(await browser.Api.MessagesToAsync("nobody@nowhere.test"));

        await page.GotoAsync("/forgot-password");
        await page.GetByLabel("E-pasts").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sūtīt saiti" }).ClickAsync();
        await Expect(page.GetByTestId("reset-requested")).ToContainTextAsync($"Ja adresei {email} šeit ir konts");
        await BrowserFixture.AssertAccessibleAsync(page, "password reset requested");

        var link = await browser.Api.MailedLinkAsync(email, "/reset-password#rst_");
        await page.GotoAsync(link);
        await page.GetByLabel("Jaunā parole").FillAsync("short");
        await page.GetByLabel("Atkārtojiet paroli").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt jauno paroli" }).ClickAsync();
        var field = page.GetByLabel("Jaunā parole");
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex("Izvēlieties drošāku paroli"));
        await BrowserFixture.AssertAccessibleAsync(page, "reset with a weak password");
        await BrowserFixture.ScreenshotAsync(page, "reset-password");

        await field.FillAsync(NewPassword);
        await page.GetByLabel("Atkārtojiet paroli").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Saglabāt jauno paroli" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Parole nomainīta. Ienāciet ar jauno paroli." })).ToBeVisibleAsync();

        // The old password no longer works; the new one does.
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(ApiFixture.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".form-error")).ToHaveTextAsync("Nepareizs e-pasts vai parole.");
        await page.Locator("#password").FillAsync(NewPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/audit$"));

        // The link works once.
        var again = await browser.NewPageAsync(360, 740);
        await again.GotoAsync(link);
        await again.GetByLabel("Jaunā parole").FillAsync("another long passphrase");
        await again.GetByLabel("Atkārtojiet paroli").FillAsync("another long passphrase");
        await again.GetByRole(AriaRole.Button, new() { Name = "Saglabāt jauno paroli" }).ClickAsync();
        await Expect(again.Locator("[data-code=INVALID_RESET_TOKEN]")).ToBeVisibleAsync();
        await again.GetByRole(AriaRole.Link, new() { Name = "Pieprasīt jaunu saiti" }).ClickAsync();
        await Expect(again.GetByRole(AriaRole.Button, new() { Name = "Sūtīt saiti" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_coordinator_sets_up_a_second_factor_on_the_account_page_and_signs_in_with_a_code()
    {
        var email = ApiFixture.EmailOf("a", Role.Coordinator);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.Locator("header .account").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mans konts" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sessions")).ToContainTextAsync("šis pārlūks");

        var panel = page.Locator("section.panel").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Otrais faktors (autentifikācijas lietotne)" }) });
        await Expect(panel.GetByTestId("second-factor-status")).ToContainTextAsync("izslēgts");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Iestatīt", Exact = true }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Rādīt QR kodu" }).ClickAsync();
        await Expect(panel.Locator(".qr svg")).ToBeVisibleAsync();
        var secret = Regex.Replace(await panel.GetByTestId("second-factor-secret").InnerTextAsync(), @"\s", "");
        await BrowserFixture.AssertAccessibleAsync(page, "second factor set-up");
        await BrowserFixture.ScreenshotAsync(page, "second-factor-setup");

        // A wrong code is refused next to the field; the app's current code turns it on and shows the recovery codes once.
        await panel.GetByLabel("Kods no lietotnes").FillAsync("000000");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ieslēgt" }).ClickAsync();
        await Expect(panel.GetByLabel("Kods no lietotnes")).ToHaveAttributeAsync("aria-invalid", "true");
        await panel.GetByLabel("Kods no lietotnes").FillAsync(Code(secret));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ieslēgt" }).ClickAsync();
        var codes = panel.GetByTestId("recovery-codes");
        await Expect(codes).ToContainTextAsync("Tie vairs netiks rādīti.");
        await Expect(codes.Locator("li")).ToHaveCountAsync(10);
        var recovery = (await codes.Locator("li").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.All(recovery, c => Assert.Matches("^[0-9a-f]{5}-[0-9a-f]{5}$", c));
        await BrowserFixture.AssertAccessibleAsync(page, "recovery codes");
        await BrowserFixture.ScreenshotAsync(page, "second-factor-recovery-codes");
        await codes.GetByRole(AriaRole.Button, new() { Name = "Esmu tos saglabājis" }).ClickAsync();
        await Expect(panel.GetByTestId("second-factor-status")).ToContainTextAsync("ieslēgts");

        // Signing in now asks for the code after the password.
        await page.GetByRole(AriaRole.Button, new() { Name = "Iziet", Exact = true }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(ApiFixture.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        var code = page.GetByLabel("Kods no autentifikācijas lietotnes");
        await Expect(code).ToBeFocusedAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "sign-in asking for a code");
        await code.FillAsync("123456");
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(code).ToHaveAccessibleDescriptionAsync(new Regex("Kods nav pareizs"));
        browser.Api.Clock.Advance(TimeSpan.FromSeconds(31)); // each code works once: the next step's
        await code.FillAsync(Code(secret));
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/desk$"));

        // Without the phone: a recovery code, once.
        await page.GetByRole(AriaRole.Button, new() { Name = "Iziet", Exact = true }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(ApiFixture.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.GetByLabel("Kods no autentifikācijas lietotnes").FillAsync(recovery[3]);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/desk$"));
    }

    [Fact]
    public async Task When_the_organisation_requires_a_second_factor_its_admin_enrols_before_anything_else()
    {
        var email = ApiFixture.EmailOf("b", Role.OrgAdmin);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Lietotāji" }).ClickAsync();
        await page.GetByLabel(BrowserFixture.Text("lv", "security.requireSecondFactor")).CheckAsync();
        // The admin has none yet: they are told that they will be signed out and asked to set one up.
        await Expect(page.GetByText("Jūs pats vēl neesat iestatījis otro faktoru")).ToBeVisibleAsync();
        await page.Locator("section.panel").Filter(new() { HasText = "Ieejas drošība" }).GetByRole(AriaRole.Button, new() { Name = "Saglabāt" }).ClickAsync();
        await Expect(page.GetByText("Jūsu organizācija tagad pieprasa otro faktoru. Ienāciet vēlreiz, lai to iestatītu.")).ToBeVisibleAsync();

        // Signing in again leads to the set-up page only: no areas, nothing else.
        await BrowserFixture.SignInAsync(page, email);
        var required = page.GetByTestId("second-factor-required");
        await Expect(required).ToContainTextAsync("Jūsu organizācija pieprasa jūsu kontam otro faktoru");
        await Expect(page.Locator("nav.areas")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/users");
        await Expect(required).ToBeVisibleAsync();
        await required.GetByRole(AriaRole.Button, new() { Name = "Rādīt QR kodu" }).ClickAsync();
        var secret = Regex.Replace(await required.GetByTestId("second-factor-secret").InnerTextAsync(), @"\s", "");
        await BrowserFixture.AssertAccessibleAsync(page, "second factor required");
        await BrowserFixture.ScreenshotAsync(page, "second-factor-required");
        await required.GetByLabel("Kods no lietotnes").FillAsync(Code(secret));
        await required.GetByRole(AriaRole.Button, new() { Name = "Ieslēgt" }).ClickAsync();
        await Expect(required.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await required.GetByRole(AriaRole.Button, new() { Name = "Esmu tos saglabājis — turpināt" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Expect(page.GetByLabel(BrowserFixture.Text("lv", "security.requireSecondFactor"))).ToBeCheckedAsync();

        // The change is in the audit trail, in the auditor's language — after the auditor, too, has enrolled.
        var auditor = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(auditor, ApiFixture.EmailOf("b", Role.Auditor));
        await auditor.GetByRole(AriaRole.Button, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(auditor.GetByTestId("second-factor-required")).ToContainTextAsync("Your organisation requires a second factor for your account");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Show the QR code" }).ClickAsync();
        var auditorSecret = Regex.Replace(await auditor.GetByTestId("second-factor-secret").InnerTextAsync(), @"\s", "");
        await auditor.GetByLabel("Code from the app").FillAsync(Code(auditorSecret));
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await auditor.GetByRole(AriaRole.Button, new() { Name = "I have saved them — continue" }).ClickAsync();
        await Expect(auditor).ToHaveURLAsync(new Regex("/audit$"));
        var entry = auditor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sign-in rule changed" });
        await Expect(entry).ToContainTextAsync("second factor required");
        await Expect(entry).ToContainTextAsync("organisation");
    }

    [Fact]
    public async Task An_admin_withdraws_an_invitation_and_deactivates_then_reactivates_a_member()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.OrgAdmin));
        await page.GetByRole(AriaRole.Link, new() { Name = "Lietotāji" }).ClickAsync();
        await page.GetByLabel("E-pasts").FillAsync("karlis.ozols@example.lv");
        await page.GetByLabel("Vārds").FillAsync("Kārlis Ozols");
        await page.GetByRole(AriaRole.Group, new() { Name = "Lomas" }).GetByLabel("Auditors").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uzaicināt", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("invitation-sent")).ToContainTextAsync("karlis.ozols@example.lv");

        // Resent: a new link goes out and the first stops working.
        var first = await browser.Api.MailedLinkAsync("karlis.ozols@example.lv", "/invitation#inv_");
        var invited = page.Locator(".rows li").Filter(new() { HasText = "Kārlis Ozols" });
        await invited.GetByRole(AriaRole.Button, new() { Name = "Sūtīt uzaicinājumu vēlreiz" }).ClickAsync();
        await invited.Locator(".action-form").GetByRole(AriaRole.Button, new() { Name = "Sūtīt uzaicinājumu vēlreiz" }).ClickAsync();
        await Expect(page.GetByTestId("users-notice")).ToContainTextAsync("Uzaicinājums nosūtīts uz karlis.ozols@example.lv");
        Assert.NotEqual(first, await browser.Api.MailedLinkAsync("karlis.ozols@example.lv", "/invitation#inv_"));

        // Withdrawn after confirming: the row goes, the old link answers that the invitation is not valid.
        await invited.GetByRole(AriaRole.Button, new() { Name = "Atsaukt uzaicinājumu" }).ClickAsync();
        await Expect(invited.Locator(".action-form")).ToContainTextAsync("Atsaukt uzaicinājumu adresei karlis.ozols@example.lv?");
        await BrowserFixture.AssertAccessibleAsync(page, "withdrawing an invitation");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Jā, atsaukt" }).ClickAsync();
        await Expect(page.GetByTestId("users-notice")).ToHaveTextAsync("Uzaicinājums adresei karlis.ozols@example.lv atsaukts.");
        await Expect(invited).ToHaveCountAsync(0);
        var stale = await browser.NewPageAsync(360, 740);
        await stale.GotoAsync(await browser.Api.MailedLinkAsync("karlis.ozols@example.lv", "/invitation#inv_"));
        await stale.GetByLabel("Jaunā parole").FillAsync(NewPassword);
        await stale.GetByLabel("Atkārtojiet paroli").FillAsync(NewPassword);
        await stale.GetByRole(AriaRole.Button, new() { Name = "Iestatīt paroli un ienākt" }).ClickAsync();
        await Expect(stale.Locator("[data-code=INVALID_INVITATION]")).ToBeVisibleAsync();

        // A leaver: deactivated after confirming, signed out at once; then let back in.
        var mentorEmail = ApiFixture.EmailOf("a", Role.Mentor);
        var member = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(member, mentorEmail);
        var row = page.Locator(".rows li").Filter(new() { HasText = mentorEmail });
        await row.GetByRole(AriaRole.Button, new() { Name = "Deaktivizēt" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Jā, deaktivizēt" }).ClickAsync();
        await Expect(page.GetByTestId("users-notice")).ToHaveTextAsync("Lietotāja Mentor a konts deaktivizēts.");
        await Expect(row).ToContainTextAsync("Deaktivizēts");
        await member.ReloadAsync();
        await Expect(member.Locator("#password")).ToBeVisibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Atjaunot" }).First.ClickAsync();
        await row.Locator(".action-form").GetByRole(AriaRole.Button, new() { Name = "Atjaunot" }).ClickAsync();
        await Expect(page.GetByTestId("users-notice")).ToHaveTextAsync("Mentor a var atkal ienākt.");
        await BrowserFixture.SignInAsync(member, mentorEmail);

        // Nobody deactivates themselves: their own row offers no such button.
        var own = page.Locator(".rows li").Filter(new() { HasText = ApiFixture.EmailOf("a", Role.OrgAdmin) });
        await Expect(own).ToContainTextAsync("jūs");
        await Expect(own.GetByRole(AriaRole.Button, new() { Name = "Deaktivizēt" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_person_ends_another_session_changes_their_password_and_signs_out_everywhere()
    {
        var email = ApiFixture.EmailOf("b", Role.Mentor);
        var phone = await browser.NewPageAsync(360, 740);
        await BrowserFixture.SignInAsync(phone, email);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.GotoAsync("/settings");

        // Two sessions: this browser and the phone, which is ended from here.
        var sessions = page.GetByTestId("sessions");
        await Expect(sessions.Locator("li")).ToHaveCountAsync(2);
        var other = sessions.Locator("li").Filter(new() { HasNotText = "šis pārlūks" });
        await other.GetByRole(AriaRole.Button, new() { Name = "Beigt sesiju" }).ClickAsync();
        await Expect(sessions.Locator("li")).ToHaveCountAsync(1);
        await phone.ReloadAsync();
        await Expect(phone.Locator("#password")).ToBeVisibleAsync();

        // A new password: the current one is checked at its field, a weak one at its own; the other sessions end.
        await BrowserFixture.SignInAsync(phone, email);
        var form = page.Locator("section.panel").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Parole", Exact = true }) });
        await form.GetByLabel("Pašreizējā parole").FillAsync("not my password");
        await form.GetByLabel("Jaunā parole").FillAsync(NewPassword);
        await form.GetByLabel("Atkārtojiet paroli").FillAsync(NewPassword);
        await form.GetByRole(AriaRole.Button, new() { Name = "Mainīt paroli" }).ClickAsync();
        await Expect(form.GetByLabel("Pašreizējā parole")).ToHaveAccessibleDescriptionAsync("Pašreizējā parole nav pareiza.");
        await form.GetByLabel("Pašreizējā parole").FillAsync(ApiFixture.Password);
        await form.GetByLabel("Jaunā parole").FillAsync("aaaaaaaaaaaaaa");
        await form.GetByLabel("Atkārtojiet paroli").FillAsync("aaaaaaaaaaaaaa");
        await form.GetByRole(AriaRole.Button, new() { Name = "Mainīt paroli" }).ClickAsync();
        await Expect(form.GetByLabel("Jaunā parole")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("[data-code=WEAK_PASSWORD]")).ToBeVisibleAsync();
        await form.GetByLabel("Jaunā parole").FillAsync(NewPassword);
        await form.GetByLabel("Atkārtojiet paroli").FillAsync(NewPassword);
        await form.GetByRole(AriaRole.Button, new() { Name = "Mainīt paroli" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status).Filter(new() { HasText = "Jūsu pārējās sesijas ir beigtas" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page, "account page after a password change");
        await phone.ReloadAsync();
        await Expect(phone.Locator("#password")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(sessions.Locator("li")).ToHaveCountAsync(1); // this one carries on

        // Everywhere, this browser included: back to sign-in, told why.
        await BrowserFixture.SignInAsync(phone, email, NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iziet visur" }).ClickAsync();
        await Expect(page.GetByText("Jūs esat izgājis visur, arī šajā pārlūkā.")).ToBeVisibleAsync();
        await Expect(page.Locator("#password")).ToBeVisibleAsync();
        await phone.ReloadAsync();
        await Expect(phone.Locator("#password")).ToBeVisibleAsync();
    }

    /// <summary>What the authenticator app shows now: the server checks codes on the fixture's fake clock.</summary>
    private string Code(string secret) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret)).ComputeTotp(browser.Api.Clock.GetUtcNow().UtcDateTime);
}
