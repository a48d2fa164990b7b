using System.Text.Json;
using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Outcomes;

/// <summary>
/// The first month's path in the summary through the real async projection (ClientOutcome, built by the daemon) and the
/// report's own read: cases recorded over the API, accompaniments appended as the phone will append them. November 2026
/// (the fixture's clock: 23 Nov) against October.
/// </summary>
public sealed class PathOutcomeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly Contract Riga = new(Guid.NewGuid(), Guid.NewGuid(), "riga", ["riga"], new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 50,
        ["dienests@riga.example"], ReportingCadence.Monthly, "PATH", ContractStatus.Active, null, DateTimeOffset.UnixEpoch);

    private static async Task<JsonElement> OkAsync(GraphQLClient coordinator, string mutation, string input, JsonElement client, object fields)
    {
        var response = await CommandAsync(coordinator, mutation, input, client, fields);
        Assert.Empty(response.UserErrors(mutation));
        return ClientOf(response, mutation);
    }

    /// <summary>A person released on <paramref name="releasedOn"/>, consenting to aggregated reporting unless <paramref name="reportable"/> is false.</summary>
    private static async Task<JsonElement> ReleasedAsync(GraphQLClient coordinator, string releasedOn, bool reportable = true)
    {
        var client = await ReferAsync(coordinator, Referral(Unique("Path"), releasedOn, alreadyReleasedOn: releasedOn));
        string[] scopes = reportable ? ["PROCESSING", "MENTOR_CONTACT", "AGGREGATE_REPORTING"] : ["PROCESSING", "MENTOR_CONTACT"];
        return await OkAsync(coordinator, "recordConsent", "RecordConsentInput", client, new { scopes, givenOn = releasedOn, documentReference = "PK" });
    }

    private static string Goal(JsonElement client, string standard) =>
        client.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("standard").GetString() == standard).GetProperty("id").GetString()!;

    [Fact]
    public async Task Refusals_applications_accompaniments_and_documents_are_counted_from_the_projection()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var people = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            // Five released 2–6 November: each filed on 20 Nov (deadline 2–6 Dec), had an identity document since 1 Nov, and was refused for lack of statements.
            var client = await ReleasedAsync(coordinator, $"2026-11-0{i + 2}");
            client = await OkAsync(coordinator, "setGoalStatus", "SetGoalStatusInput", client, new { goalId = Goal(client, "SOCIAL_ASSISTANCE"), status = "DONE", on = "2026-11-20" });
            client = await OkAsync(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "IDENTITY_DOCUMENT", obtainedOn = "2026-11-01" });
            if (i == 0) // the first also had the release certificate on the day, and a refusal in October
            {
                client = await OkAsync(coordinator, "recordDocument", "RecordDocumentInput", client, new { kind = "RELEASE_CERTIFICATE", obtainedOn = "2026-11-02" });
                client = await OkAsync(coordinator, "recordRefusal", "RecordRefusalInput", client,
                    new { institution = "MUNICIPAL_SOCIAL_SERVICE", help = "HOUSING_BENEFIT", reason = "NO_ACCOUNT_STATEMENTS", refusedOn = "2026-10-20" });
            }
            client = await OkAsync(coordinator, "recordRefusal", "RecordRefusalInput", client,
                new { institution = "MUNICIPAL_SOCIAL_SERVICE", help = "GMI_BENEFIT", reason = "NO_ACCOUNT_STATEMENTS", refusedOn = "2026-11-21", note = "izraksti" });
            people.Add(Guid.Parse(client.GetProperty("id").GetString()!));
        }
        // Someone who did not consent to aggregated reporting counts nowhere.
        var silent = await ReleasedAsync(coordinator, "2026-11-03", reportable: false);
        await OkAsync(coordinator, "recordRefusal", "RecordRefusalInput", silent,
            new { institution = "NVA", help = "OTHER", reason = "NOT_REGISTERED_WITH_NVA", refusedOn = "2026-11-10", note = "x" });

        // Accompaniments as the phone logs them: six in November, one of whose meetings is retracted; one in October.
        await using (var session = api.Store.LightweightSession(api.NgoA.TenantId))
        {
            var retracted = Guid.NewGuid();
            DateTimeOffset At(int month, int day) => new(2026, month, day, 10, 0, 0, TimeSpan.Zero);
            AccompaniedToInstitution Went(Guid client, Guid contact, int month, int day) =>
                new(client, contact, Institution.MunicipalSocialService, HelpKind.GmiBenefit, AccompanimentResult.HelpGranted, new DateOnly(2026, month, day), null, Guid.Empty, At(month, day));
            foreach (var (client, i) in people.Select((p, i) => (p, i))) session.Events.Append(client, Went(client, Guid.NewGuid(), 11, 10 + i));
            session.Events.Append(people[0], Went(people[0], retracted, 11, 16), new AccompanimentRetracted(people[0], retracted, "wrong day", Guid.Empty, At(11, 17)));
            session.Events.Append(people[1], Went(people[1], Guid.NewGuid(), 10, 28));
            await session.SaveChangesAsync();
        }
        await api.WaitForProjectionsAsync();

        await using var read = api.Store.QuerySession(api.NgoA.TenantId);
        var report = await OutcomeReport.LoadAsync(read, Riga, Period.Parse("2026-11")!, default);
        var figures = report.Figures.ToDictionary(f => f.Key, f => (f.Value, f.Previous));
        Assert.Equal(("5", "0"), figures["releasedInPeriod"]);
        Assert.Equal(("5", "0"), figures["applicationsFiledWithinMonth"]);
        Assert.Equal(("100%", ""), figures["applicationsFiledWithinMonthPercent"]);
        Assert.Equal(("5", "0"), figures["documentsBeforeRelease.IdentityDocument"]);
        Assert.Equal(("<5", "0"), figures["documentsBeforeRelease.ReleaseCertificate"]);
        Assert.Equal(("0", "0"), figures["documentsBeforeRelease.All"]);
        Assert.Equal(("5", "<5"), figures["accompaniments"]);
        Assert.Equal(("5", "<5"), figures["refusals.NoAccountStatements"]);
        Assert.Equal(("0", "0"), figures["refusals.NotRegisteredWithNva"]); // not consented
        // The CSV and its hash carry the new figures under their keys, labelled in the reader's language.
        Assert.Contains("refusals.NoAccountStatements,5,<5", report.Csv(), StringComparison.Ordinal);
        Assert.Contains("accompaniments,Accompaniments to institutions,5,<5", report.Csv(Domain.Users.Language.En), StringComparison.Ordinal);
    }
}
