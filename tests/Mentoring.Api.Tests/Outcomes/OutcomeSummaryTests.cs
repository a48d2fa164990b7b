using System.Net;
using Marten;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Mentoring.Api.Tests.Outcomes;

/// <summary>
/// Outcome summaries end to end on the fake clock: the month turns, the third working day comes, two nodes (and a
/// retry) run the job at once, and each recipient's mail with chart and CSV arrives once through the real SMTP server.
/// </summary>
public sealed class OutcomeSummaryTests(TwoNodeFixture api) : IClassFixture<TwoNodeFixture>
{
    private const string Query = "query($c: ID!, $p: String!) { outcomeSummary(contractId: $c, period: $p) { summary { period previousPeriod csvUrl figures { key label value previous } issues { reason contentHash recipients } } errors { code field } } }";
    private const string Resend = "mutation($i: ResendOutcomeSummaryInput!) { resendOutcomeSummary(input: $i) { summary { issues { reason recipients } } errors { code field } } }";
    private static readonly string Viewer = ApiFixture.EmailOf("riga", Role.MunicipalityViewer);

    private async Task<string> ContractAsync(GraphQLClient coordinator, string reference, IReadOnlyList<string> recipients)
    {
        var created = await coordinator.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } errors { code } } }", new
        {
            i = new { municipalityCode = "riga", reference, terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 20, reportRecipients = recipients } },
        });
        Assert.Empty(created.UserErrors("createContract"));
        return created.Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString()!;
    }

    private Task<int[]> BothNodesRunAsync() => Task.WhenAll(
        ActivatorUtilities.CreateInstance<OutcomeSummaryJob>(api.Services).RunAsync(default),
        ActivatorUtilities.CreateInstance<OutcomeSummaryJob>(api.Worker).RunAsync(default),
        ActivatorUtilities.CreateInstance<OutcomeSummaryJob>(api.Services).RunAsync(default)); // a Quartz misfire or retry on the first node

    private static string Csv(MimeMessage mail)
    {
        var part = Assert.Single(mail.Attachments.OfType<MimePart>(), p => p.FileName == "outcomes-2026-11.csv");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task The_november_summary_goes_out_once_on_the_third_working_day_with_chart_and_csv_and_a_resend_is_a_second_recorded_copy()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using (var viewer = await api.SignedIn("riga", Role.MunicipalityViewer))
            await viewer.PostAsync("mutation { setMyLanguage(language: EN) { __typename } }"); // the viewer reads English
        var contractId = await ContractAsync(coordinator, "RIGA-2026", ["dienests@riga.example", Viewer]);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Anna Bērziņa"); // one referral in November: a count of 1
        // One meeting in November, counted from the contact log.
        Assert.Empty((await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "summary-" + Guid.NewGuid(), happenedAt = "2026-11-22T12:00:00+02:00", durationMinutes = 60,
                      mode = "IN_PERSON", topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), concern = "NONE" },
        })).UserErrors("logContact"));
        await api.WaitForProjectionsAsync();

        // 1 and 2 December are working days 1 and 2: nothing is due yet.
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 12, 2), new TimeOnly(9, 30)));
        Assert.Equal(0, (await BothNodesRunAsync()).Sum());

        // Thursday 3 December, the third working day: two nodes and a retry at once issue it once (the other test's
        // contract, if it exists yet, is due too: hence "at least"; the single issue and single mails below are exact).
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 12, 3), new TimeOnly(9, 30)));
        Assert.True((await BothNodesRunAsync()).Sum() >= 1);
        foreach (var to in new[] { "dienests@riga.example", Viewer }) await api.SentAsync(api.NgoA.TenantId, $"outcome-summary:{contractId}:2026-11:{to}");
        // The next morning the job finds it issued and records nothing.
        api.Clock.SetUtcNow(RigaCalendar.At(new DateOnly(2026, 12, 4), new TimeOnly(9, 30)));
        Assert.Equal(0, (await BothNodesRunAsync()).Sum());

        var latvian = Assert.Single(api.Smtp.To("dienests@riga.example"));
        Assert.Equal("Rezultātu kopsavilkums RIGA-2026: 2026-11", latvian.Subject);
        Assert.Contains("cid:summary.png", latvian.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(latvian.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png" && p.ContentId == "summary.png");
        var csv = Csv(latvian);
        Assert.Contains("referralsReceived,Saņemtie nosūtījumi,<5,0", csv, StringComparison.Ordinal);
        Assert.Contains("contacts,Tikšanās un saziņa,<5,0", csv, StringComparison.Ordinal);
        var english = Assert.Single(api.Smtp.To(Viewer));
        Assert.StartsWith("Outcome summary", english.Subject, StringComparison.Ordinal);
        Assert.Contains("referralsReceived,Referrals received,<5,0", Csv(english), StringComparison.Ordinal);
        Assert.DoesNotContain(new[] { latvian, english }, m => (m.TextBody + m.HtmlBody + Csv(m)).Contains("Bērziņa", StringComparison.Ordinal));

        // Recorded: one issue, by the schedule, to two recipients, with the figures' hash.
        await using (var session = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var issues = await session.LoadAsync<OutcomeSummaryIssues>(OutcomeSummaryIssues.StreamId(Guid.Parse(contractId), "2026-11"));
            var issue = Assert.Single(issues!.Issues);
            Assert.Equal((IssueReason.Scheduled, 2, 64), (issue.Reason, issue.Recipients, issue.ContentHash.Length));
        }

        // The municipality's viewer reads the same figures in English, never a name; a lost e-mail is resent to one recipient.
        using var reader = await api.SignedIn("riga", Role.MunicipalityViewer);
        var summary = await reader.PostAsync(Query, new { c = contractId, p = "2026-11" });
        Assert.DoesNotContain("Bērziņa", summary.Body.GetRawText(), StringComparison.Ordinal);
        var view = summary.Data.GetProperty("outcomeSummary").GetProperty("summary");
        var referrals = view.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "referralsReceived");
        Assert.Equal(("Referrals received", "<5", "0"), (referrals.GetProperty("label").GetString(), referrals.GetProperty("value").GetString(), referrals.GetProperty("previous").GetString()));
        Assert.Equal("2026-10", view.GetProperty("previousPeriod").GetString());
        Assert.Equal(1, view.GetProperty("issues").GetArrayLength());

        var resent = await reader.PostAsync(Resend, new { i = new { contractId, period = "2026-11", recipient = "Dienests@Riga.example" } });
        Assert.Empty(resent.UserErrors("resendOutcomeSummary"));
        var issues2 = resent.Data.GetProperty("resendOutcomeSummary").GetProperty("summary").GetProperty("issues");
        Assert.Equal(("RESEND", 1), (issues2[1].GetProperty("reason").GetString(), issues2[1].GetProperty("recipients").GetInt32()));
        await api.SentAsync(api.NgoA.TenantId, $"outcome-summary:{contractId}:2026-11:dienests@riga.example:resend-2");
        var copies = api.Smtp.To("dienests@riga.example");
        Assert.Equal(2, copies.Count);
        Assert.Equal(2, copies.Select(m => m.MessageId).Distinct().Count());
        Assert.Single(api.Smtp.To(Viewer)); // the other recipient did not lose theirs

        // The CSV download, as the viewer, in their language.
        var file = await reader.Http.GetAsync(view.GetProperty("csvUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("referralsReceived,Referrals received,<5,0", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_ngo_and_the_funding_municipality_read_a_summary_and_bad_input_is_a_typed_error_that_changes_nothing()
    {
        using var coordinatorB = await api.SignedIn("b", Role.Coordinator);
        var contractId = await ContractAsync(coordinatorB, "B-RIGA", ["x@riga.example"]);
        var jelgava = await JelgavaViewerAsync();
        using var riga = await api.SignedIn("riga", Role.MunicipalityViewer);
        using var coordinatorA = await api.SignedIn("a", Role.Coordinator);

        Assert.Empty((await riga.PostAsync(Query, new { c = contractId, p = "2026-10" })).UserErrors("outcomeSummary"));
        Assert.Empty((await coordinatorB.PostAsync(Query, new { c = contractId, p = "2026-Q3" })).UserErrors("outcomeSummary"));
        Assert.Equal([("NOT_FOUND", "contractId")], (await jelgava.PostAsync(Query, new { c = contractId, p = "2026-10" })).UserErrors("outcomeSummary"));
        Assert.Equal([("NOT_FOUND", "contractId")], (await coordinatorA.PostAsync(Query, new { c = contractId, p = "2026-10" })).UserErrors("outcomeSummary"));
        using var mentor = await api.SignedIn("b", Role.Mentor);
        Assert.Contains("FORBIDDEN", (await mentor.PostAsync(Query, new { c = contractId, p = "2026-10" })).ErrorCodes);

        var writes = await api.CountWritesAsync();
        foreach (var bad in new[] { "2026-13", "x", "2026-Q5", "2099-01" })
            Assert.Equal([("INVALID_PERIOD", "period")], (await riga.PostAsync(Query, new { c = contractId, p = bad })).UserErrors("outcomeSummary"));
        Assert.Equal([("NOT_ISSUED", "period")], (await riga.PostAsync(Resend, new { i = new { contractId, period = "2026-10" } })).UserErrors("resendOutcomeSummary"));
        Assert.Equal([("VALIDATION", "recipient")],
            (await riga.PostAsync(Resend, new { i = new { contractId, period = "2026-10", recipient = "someone@else.example" } })).UserErrors("resendOutcomeSummary"));
        Assert.Equal([("NOT_FOUND", "contractId")], (await jelgava.PostAsync(Resend, new { i = new { contractId, period = "2026-10" } })).UserErrors("resendOutcomeSummary"));
        Assert.Equal(writes, await api.CountWritesAsync());

        var path = $"/reports/outcome/{contractId}/2026-10.csv";
        Assert.Equal(HttpStatusCode.OK, (await riga.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jelgava.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await riga.Http.GetAsync($"/reports/outcome/{contractId}/2026-13.csv")).StatusCode);
    }

    /// <summary>A second municipality with a viewer of its own: it funds nothing here.</summary>
    private async Task<GraphQLClient> JelgavaViewerAsync()
    {
        var email = $"viewer-{Guid.NewGuid():N}@jelgava.test";
        var org = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Municipality, Name = "Jelgava " + email, MunicipalityCode = "jelgava" },
            api.Store, api.Clock, default)).Item
            ?? await RegistryLookup("jelgava");
        await PlatformBootstrap.EnsureUser(api.Store, api.Services.GetRequiredService<IPasswordHasher<UserAccount>>(), api.Clock, org.Id, org.TenantId, email, "Viewer J",
            [Role.MunicipalityViewer], ApiFixture.Password, default);
        var client = api.Client();
        await client.LoginAsync(email, ApiFixture.Password);
        return client;
    }

    private async Task<Organisation> RegistryLookup(string municipality)
    {
        await using var registry = api.Store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return await registry.Query<Organisation>().FirstAsync(o => o.MunicipalityCode == municipality);
    }
}
