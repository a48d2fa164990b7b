using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Mentoring.Api.Tests.Mentors.MentorApi;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>
/// The server sends codes and parameters; every word on a Latvian or Russian screen comes from the web's catalogue.
/// Pages full of server-made explanations are opened in each language: matching reasons and "why not", the vetting
/// checklist and a refused approval, a plan with a goal made from a need, the audit trail. No English the server
/// wrote (every `message` in every GraphQL answer the page received) and no English sentence shows on lv or ru pages,
/// and the explanations appear in the reader's words.
/// </summary>
public sealed class ServerWordsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Words of English sentences that are no Latvian or Russian word (Latvian "to", "no" and "par" are left out on purpose).
    private static readonly Regex English = new(@"\b(the|of|and|is|are|not|has|have|with|was|been|cannot|already|must|this|that|which|there|their|they)\b",
        RegexOptions.IgnoreCase);

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // A factor's reason, a failed constraint's reason, a checklist state, a refusal naming the missing steps,
        // a goal made from a need, an audit purpose and a subject by name.
        ["lv"] = ["Vecuma starpība", "Mentors nedarbojas pašvaldībā Rīga", "0 no 2 pozitīvas", "Vēl trūkst: atlases intervija", "Atbalsts: Atkarība", "darbs ar lietu"],
        ["en"] = ["apart in age", "The mentor does not work in Rīga", "0 of 2 positive", "Still missing: screening interview", "Support: Addiction", "case work"],
        ["ru"] = ["Разница в возрасте", "Наставник не работает в самоуправлении Rīga", "0 из 2 положительных", "Ещё не хватает: отборочное собеседование", "Поддержка: Зависимость", "работа с делом"],
    };

    [Theory]
    [InlineData("lv")]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Explanations_refusals_plans_and_the_audit_trail_read_in_the_readers_language(string language)
    {
        using var api = await browser.Api.SignedIn("a", Role.Coordinator);
        var (client, applicant, elsewhere) = await SetUpAsync(api, language);

        var page = await browser.NewPageAsync();
        var serverSentences = Collect(page);
        await BrowserFixture.SignInAsync(page, ApiFixture.EmailOf("a", Role.Coordinator));
        await ChooseLanguageAsync(page, language);
        var shown = new List<string>();

        await page.GotoAsync($"/clients/{client}/match");
        await Expect(page.Locator(".candidate").First).ToBeVisibleAsync();
        await page.Locator("select[name=mentorId]").SelectOptionAsync(elsewhere.ToString());
        await Expect(page.Locator("ul.failed")).ToBeVisibleAsync();
        shown.Add(await MainTextAsync(page));

        await page.GotoAsync($"/clients/{client}");
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
        shown.Add(await MainTextAsync(page));

        await page.GotoAsync($"/mentors/{applicant}");
        await Expect(page.GetByTestId("checklist")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Approve[language].Open, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Approve[language].Confirm }).ClickAsync();
        await Expect(page.Locator("[data-code=VETTING_INCOMPLETE]")).ToBeVisibleAsync();
        shown.Add(await MainTextAsync(page));

        var auditor = await browser.NewPageAsync();
        serverSentences.AddRange(Collect(auditor));
        await BrowserFixture.SignInAsync(auditor, ApiFixture.EmailOf("a", Role.Auditor));
        await ChooseLanguageAsync(auditor, language);
        await Expect(auditor.Locator("main table")).ToBeVisibleAsync();
        shown.Add(await MainTextAsync(auditor));
        // A subject's name filters the trail to that subject, named, never as an id.
        var initials = $"K. {Surname[language][0]}.";
        await auditor.Locator("main table button.link", new() { HasText = initials }).First.ClickAsync();
        await Expect(auditor.Locator(".chosen-subject")).ToContainTextAsync(initials);
        await Expect(auditor.Locator("main tbody tr").Filter(new() { HasNotText = initials })).ToHaveCountAsync(0);

        var text = string.Join("\n", shown);
        // The auditor sees whose case was read by initials, never by a bare id.
        Assert.Contains($"K. {Surname[language][0]}.", text);
        foreach (var expected in Expected[language]) Assert.True(text.Contains(expected, StringComparison.Ordinal), $"\"{expected}\" is not on the {language} pages:\n{text}");
        Assert.NotEmpty(serverSentences); // the refusal and its English message did arrive: the check below is not vacuous
        foreach (var sentence in serverSentences.Distinct()) Assert.DoesNotContain(sentence, text);
        if (language != "en")
        {
            var english = English.Matches(text).Select(m => text.Substring(Math.Max(0, m.Index - 40), Math.Min(80, text.Length - Math.Max(0, m.Index - 40)))).Distinct().ToList();
            Assert.True(english.Count == 0, $"English on the {language} pages: {string.Join(" | ", english)}");
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BrowserFixture, Task<(Guid Applicant, Guid Elsewhere)>> People = [];

    private async Task<(Guid Applicant, Guid Elsewhere)> MentorsAsync(GraphQLClient api)
    {
        var ngo = browser.Api.NgoA.Id;
        foreach (var municipality in new[] { "riga", "liepaja" })
        {
            var id = await ApplyAsync(api, ngo, $"m-{Guid.NewGuid():N}@example.lv", municipality);
            await VetFullyAsync(api, id);
            Assert.Empty((await ApproveAsync(api, id)).UserErrors("approveMentor"));
        }
        var elsewhere = Guid.Parse((await api.PostAsync("{ mentors(filter: { search: \"Bērziņš\" }, first: 50) { nodes { id municipalities { code } } } }"))
            .Data.GetProperty("mentors").GetProperty("nodes").EnumerateArray()
            .First(m => m.GetProperty("municipalities").EnumerateArray().Any(x => x.GetProperty("code").GetString() == "liepaja")).GetProperty("id").GetString()!);
        return (await ApplyAsync(api, ngo, $"a-{Guid.NewGuid():N}@example.lv"), elsewhere);
    }

    private static readonly Dictionary<string, string> Surname = new() { ["lv"] = "Ozols", ["en"] = "Liepa", ["ru"] = "Bērzs" };

    private static readonly Dictionary<string, (string Open, string Confirm)> Approve = new()
    {
        ["lv"] = ("Apstiprināt", "Apstiprināt un uzaicināt"), ["en"] = ("Approve", "Approve and invite"), ["ru"] = ("Одобрить", "Одобрить и пригласить"),
    };

    /// <summary>Chooses the language and waits until the account remembers it (a page load applies the account's language).</summary>
    private static async Task ChooseLanguageAsync(IPage page, string language)
    {
        var button = page.Locator("button.lang", new() { HasText = language.ToUpperInvariant() }).First;
        if (await button.GetAttributeAsync("aria-pressed") != "true")
            await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.PostData?.Contains("SetMyLanguage", StringComparison.Ordinal) == true);
        await Expect(page.Locator($"html[lang={language}]")).ToHaveCountAsync(1);
    }

    private static async Task<string> MainTextAsync(IPage page) => await page.Locator("main").InnerTextAsync();

    /// <summary>Every `message` in every GraphQL answer the page receives: what the server said in English.</summary>
    private static List<string> Collect(IPage page)
    {
        var sentences = new List<string>();
        page.Response += async (_, response) =>
        {
            if (!response.Url.Contains("/graphql", StringComparison.Ordinal)) return;
            try
            {
                using var json = JsonDocument.Parse(await response.TextAsync());
                Walk(json.RootElement, sentences);
            }
            catch (Exception e) when (e is JsonException or PlaywrightException) { /* not JSON, or the page moved on */ }
        };
        return sentences;
    }

    private static void Walk(JsonElement e, List<string> into)
    {
        if (e.ValueKind == JsonValueKind.Object)
            foreach (var p in e.EnumerateObject())
                if (p.Name == "message" && p.Value.ValueKind == JsonValueKind.String) lock (into) into.Add(p.Value.GetString()!);
                else Walk(p.Value, into);
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var x in e.EnumerateArray()) Walk(x, into);
    }

    /// <summary>
    /// A consented person with an addiction need (one per language: a second referral of the same person would be a
    /// likely duplicate); the mentors, one who fits and one who works elsewhere, and a half-vetted applicant once per class.
    /// </summary>
    private async Task<(Guid Client, Guid Applicant, Guid Elsewhere)> SetUpAsync(GraphQLClient api, string language)
    {
        Task<(Guid Applicant, Guid Elsewhere)> mentors;
        lock (People) mentors = People.GetValue(browser, _ => MentorsAsync(api));
        var (applicant, elsewhere) = await mentors;
        var referred = (await api.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } } }", new
        {
            i = new { name = $"Kārlis {Surname[language]}", gender = "MALE", birthYear = 1984, languages = new[] { "lv" }, prisonCode = "olaine",
                      expectedReleaseDate = "2027-01-10", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze Kalniņa" },
        })).Data.GetProperty("referClient").GetProperty("client");
        var id2 = referred.GetProperty("id").GetString();
        var consent = (await api.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { client { version } errors { code } } }", new
        {
            i = new { clientId = id2, expectedVersion = referred.GetProperty("version").GetInt64(), scopes = new[] { "PROCESSING", "MENTOR_CONTACT" },
                      givenOn = "2026-11-20", documentReference = "PK-1" },
        })).Data.GetProperty("recordConsent").GetProperty("client");
        var needs = await api.PostAsync("mutation($i: AssessNeedsInput!) { assessNeeds(input: $i) { errors { code } } }", new
        {
            i = new { clientId = id2, expectedVersion = consent.GetProperty("version").GetInt64(),
                      needs = new[] { new { domain = "ADDICTION", level = "HIGH", note = (string?)null } }, source = "Olaines cietuma novērtējums", assessedOn = "2026-11-20" },
        });
        Assert.Empty(needs.UserErrors("assessNeeds"));
        return (Guid.Parse(id2!), applicant, elsewhere);
    }
}
