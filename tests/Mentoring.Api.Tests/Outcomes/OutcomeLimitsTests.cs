using System.Text.Json;
using Marten;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Api.Tests.Outcomes;

/// <summary>
/// Bad periods are a clear 400 (the CSV download used to fail with a 500 on 0000-Q1), and resends of one period's summary
/// are limited per recipient and Riga day, counted from the recorded messages, also when requests race.
/// </summary>
public sealed class OutcomeLimitsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "query($c: ID!, $p: String!) { outcomeSummary(contractId: $c, period: $p) { summary { period } errors { code field } } }";
    private const string Resend = "mutation($i: ResendOutcomeSummaryInput!) { resendOutcomeSummary(input: $i) { summary { issues { reason } } errors { code message field } } }";

    /// <summary>A contract of NGO A with the municipality (one each: an NGO's contracts with one municipality may not overlap),
    /// whose October 2026 summary the schedule has issued.</summary>
    private async Task<(string Id, GraphQLClient Coordinator)> IssuedContractAsync(string municipality, params string[] recipients)
    {
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        var created = await coordinator.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } errors { code field } } }", new
        {
            i = new { municipalityCode = municipality, reference = $"R-{Guid.NewGuid():N}"[..12], terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 20, reportRecipients = recipients } },
        });
        Assert.Empty(created.UserErrors("createContract"));
        var id = created.Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString()!;
        await using (var session = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var contract = (await session.LoadAsync<Contract>(Guid.Parse(id)))!;
            var issued = await OutcomeSummaryIssuing.IssueAsync(api.Store, api.NgoA.TenantId, contract, Period.Parse("2026-10")!, IssueReason.Scheduled, null, null, api.Clock, default);
            Assert.True(issued.Succeeded);
        }
        return (id, coordinator);
    }

    private static Task<GraphQLResponse> ResendAsync(GraphQLClient client, string contractId, string? recipient) =>
        client.PostAsync(Resend, new { i = new { contractId, period = "2026-10", recipient } });

    private async Task<int> RecordedResendsAsync(string contractId, string to)
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        var messages = await session.Query<OutboxMessage>().Where(m => m.Kind == NotificationKind.OutcomeSummary && m.To == to).ToListAsync();
        return messages.Count(m => m.Key.StartsWith($"outcome-summary:{contractId}:", StringComparison.Ordinal) && m.Key.Contains(":resend-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_period_is_a_400_with_a_clear_message_for_the_csv_and_a_typed_error_in_graphql()
    {
        var (contractId, coordinator) = await IssuedContractAsync("jelgava", "dienests@jelgava.example");
        using var _ = coordinator;
        var writes = await api.CountWritesAsync();
        foreach (var bad in new[] { "0000-Q1", "2026-13", "2026-Q5", "2026-Q0", "2026-00", "1999-12", "2101-01", "9999-12", "0001-01", "-001-Q1", "+026-11",
                     "2026-1", "２０２６-11", "2026-11-01", "2026 Q1", "2026-q1", "x", "2026-1\u0001" })
        {
            var response = await coordinator.Http.GetAsync($"/reports/outcome/{contractId}/{Uri.EscapeDataString(bad)}.csv");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)response.StatusCode} {body}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{bad}: {response.Content.Headers.ContentType} {body}");
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(("INVALID_PERIOD", "period"), (problem.RootElement.GetProperty("code").GetString(), problem.RootElement.GetProperty("field").GetString()));
            Assert.Contains("2026-Q4", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal); // says what a period looks like
            Http.Internals.AssertNone(body);

            var graphql = await coordinator.PostAsync(Query, new { c = contractId, p = bad });
            if (bad.Any(char.IsControl)) Assert.Equal(["CONTROL_CHARACTER"], graphql.ErrorCodes); // refused before it reaches the field
            else Assert.Equal([("INVALID_PERIOD", "period")], graphql.UserErrors("outcomeSummary"));
        }
        Assert.Equal(writes, await api.CountWritesAsync());

        // The good ones still answer; a contract id that is not one is not a route.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync($"/reports/outcome/{contractId}/2026-10.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Http.GetAsync($"/reports/outcome/{contractId}/2026-Q3.csv")).StatusCode);
        Assert.True((int)(await coordinator.Http.GetAsync("/reports/outcome/not-a-guid/2026-10.csv")).StatusCode < 500);
    }

    [Fact]
    public async Task Resends_of_a_period_are_limited_per_recipient_and_day()
    {
        const string first = "dienests@liepaja.example", second = "vadiba@liepaja.example";
        var (contractId, coordinator) = await IssuedContractAsync("liepaja", first, second);
        using var _ = coordinator;

        for (var i = 0; i < 3; i++) Assert.Empty((await ResendAsync(coordinator, contractId, first)).UserErrors("resendOutcomeSummary"));
        var writes = await api.CountWritesAsync();
        var refused = await ResendAsync(coordinator, contractId, first);
        Assert.Equal([("RESEND_LIMIT", "recipient")], refused.UserErrors("resendOutcomeSummary"));
        // Everyone at once includes the one whose resends are used up.
        Assert.Equal([("RESEND_LIMIT", "recipient")], (await ResendAsync(coordinator, contractId, null)).UserErrors("resendOutcomeSummary"));
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Equal(3, await RecordedResendsAsync(contractId, first));

        // The other recipient has resends of their own.
        Assert.Empty((await ResendAsync(coordinator, contractId, second)).UserErrors("resendOutcomeSummary"));

        // A new Riga day, new resends (signed in afresh: a browser session does not last a day).
        api.Clock.Advance(TimeSpan.FromDays(1));
        using var tomorrow = await api.SignedIn("a", Role.Coordinator);
        Assert.Empty((await ResendAsync(tomorrow, contractId, first)).UserErrors("resendOutcomeSummary"));
        Assert.Equal(4, await RecordedResendsAsync(contractId, first));
    }

    [Fact]
    public async Task Racing_resends_count_each_other()
    {
        const string to = "birojs@riga.example";
        var (contractId, coordinator) = await IssuedContractAsync("riga", to);
        using var _ = coordinator;
        using var viewer = await api.SignedIn("riga", Role.MunicipalityViewer); // the funding municipality may resend too

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ResendAsync(i % 2 == 0 ? coordinator : viewer, contractId, to)));
        var codes = answers.Select(a => a.UserErrors("resendOutcomeSummary").Select(e => e.Code).SingleOrDefault() ?? "OK").ToList();
        Assert.Equal(3, codes.Count(c => c == "OK"));
        Assert.Equal(5, codes.Count(c => c == "RESEND_LIMIT"));
        Assert.Equal(3, await RecordedResendsAsync(contractId, to));
    }
}
