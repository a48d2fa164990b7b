using System.Text.Json;

namespace Mentoring.Api.Tests.Contracts;

public sealed class ContractApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Create = """
        mutation($i: CreateContractInput!) {
          createContract(input: $i) { contract { id version status startDate endDate clientCapacity cadence territory { code } reportRecipients } errors { code message field } }
        }
        """;
    private const string Amend = """
        mutation($i: AmendContractInput!) { amendContract(input: $i) { contract { id version clientCapacity } errors { code field } } }
        """;

    private static object Input(string municipality, string start, string end, int capacity = 12, string[]? territory = null,
        string? key = null, string[]? recipients = null) => new
    {
        i = new
        {
            municipalityCode = municipality,
            idempotencyKey = key,
            terms = new { territory, startDate = start, endDate = end, clientCapacity = capacity, reportRecipients = recipients ?? ["Soc@Example.lv"] },
        },
    };

    private static JsonElement Contract(GraphQLResponse r, string field = "createContract") => r.Data.GetProperty(field).GetProperty("contract");

    [Fact]
    public async Task A_valid_contract_is_created_and_listed()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var response = await client.PostAsync(Create, Input("tukums-novads", "2027-01-01", "2027-12-31", territory: ["tukums-novads", "talsi-novads"]));
        Assert.Empty(response.UserErrors("createContract"));
        var contract = Contract(response);
        Assert.Equal(1, contract.GetProperty("version").GetInt64());
        Assert.Equal("ACTIVE", contract.GetProperty("status").GetString());
        Assert.Equal("MONTHLY", contract.GetProperty("cadence").GetString());
        Assert.Equal(["talsi-novads", "tukums-novads"], contract.GetProperty("territory").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal("soc@example.lv", contract.GetProperty("reportRecipients")[0].GetString());

        var list = await client.PostAsync("{ contracts { nodes { id } } }");
        Assert.Contains(list.Data.GetProperty("contracts").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("id").GetString() == contract.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("riga", "2027-06-01", "2027-05-31", 5, "INVALID_PERIOD", "endDate")]
    [InlineData("atlantis", "2027-01-01", "2027-12-31", 5, "UNKNOWN_MUNICIPALITY", "municipalityCode")]
    [InlineData("riga", "2027-01-01", "2027-12-31", 0, "VALIDATION", "clientCapacity")]
    public async Task Bad_terms_are_typed_errors_and_write_nothing(string municipality, string start, string end, int capacity, string code, string field)
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync(Create, Input(municipality, start, end, capacity));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains((code, field), response.UserErrors("createContract"));
        Assert.Equal(JsonValueKind.Null, Contract(response).ValueKind);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Unknown_territory_and_bad_recipient_are_reported_together()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var response = await client.PostAsync(Create, Input("riga", "2027-01-01", "2027-12-31", territory: ["riga", "nowhere"], recipients: ["not-an-email"]));
        var errors = response.UserErrors("createContract");
        Assert.Contains(("UNKNOWN_MUNICIPALITY", "territory"), errors);
        Assert.Contains(("VALIDATION", "reportRecipients"), errors);
    }

    [Fact]
    public async Task An_overlapping_contract_for_the_same_territory_is_refused()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        Assert.Empty((await client.PostAsync(Create, Input("cesis-novads", "2027-01-01", "2027-12-31"))).UserErrors("createContract"));
        var before = await api.CountWritesAsync();
        var clash = await client.PostAsync(Create, Input("madona-novads", "2027-06-01", "2028-05-31", territory: ["madona-novads", "cesis-novads"]));
        Assert.Equal([("CONTRACT_OVERLAP", "startDate")], clash.UserErrors("createContract"));
        Assert.Equal(before, await api.CountWritesAsync());

        // Another NGO may hold its own contract for the same territory.
        using var other = await api.SignedIn("b", Role.Coordinator);
        Assert.Empty((await other.PostAsync(Create, Input("cesis-novads", "2027-01-01", "2027-12-31"))).UserErrors("createContract"));
    }

    [Fact]
    public async Task The_list_pages_latest_start_first_and_the_pages_add_up_to_the_whole_list()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        foreach (var (municipality, year) in new[] { ("aizkraukle-novads", 2031), ("aluksne-novads", 2033), ("augsdaugava-novads", 2032) })
            Assert.Empty((await client.PostAsync(Create, Input(municipality, $"{year}-01-01", $"{year}-06-30"))).UserErrors("createContract"));

        const string Page = "query($after: String) { contracts(first: 2, after: $after) { totalCount hasNextPage endCursor nodes { id startDate } } }";
        var response = await client.PostAsync("{ contracts(first: 100) { totalCount nodes { id startDate } } }");
        Assert.False(response.HasErrors, string.Join(", ", response.ErrorCodes));
        var whole = response.Data.GetProperty("contracts");
        var total = whole.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 3);
        var starts = whole.GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("startDate").GetString()!).ToList();
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
        Assert.Equal(["2033-01-01", "2032-01-01", "2031-01-01"], starts.Where(d => d.StartsWith("203", StringComparison.Ordinal)).Take(3));

        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < total; pages++)
        {
            var page = (await client.PostAsync(Page, new { after })).Data.GetProperty("contracts");
            Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
            paged.AddRange(page.GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            if (!page.GetProperty("hasNextPage").GetBoolean()) break;
            after = page.GetProperty("endCursor").GetString();
        }
        Assert.Equal(whole.GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("id").GetString()!), paged);

        // A page is never larger than the largest page, whatever is asked.
        var capped = await client.PostAsync("{ contracts(first: 1000) { nodes { id } } }");
        Assert.False(capped.HasErrors, string.Join(", ", capped.ErrorCodes));
        Assert.Equal(Math.Min(total, 100), capped.Data.GetProperty("contracts").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Concurrent_overlapping_creates_let_exactly_one_through()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsync(Create, Input("gulbene-novads", "2029-01-01", "2029-12-31"))));
        Assert.Equal(1, attempts.Count(r => r.UserErrors("createContract").Count == 0));
        Assert.All(attempts.Where(r => r.UserErrors("createContract").Count > 0),
            r => Assert.Equal("CONTRACT_OVERLAP", r.UserErrors("createContract")[0].Code));
    }

    [Fact]
    public async Task The_same_idempotency_key_creates_one_contract_even_concurrently()
    {
        using var client = await api.SignedIn("a", Role.Coordinator);
        var input = Input("balvi-novads", "2027-01-01", "2027-12-31", key: "retry-" + Guid.NewGuid());
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync(Create, input)));
        Assert.All(results, r => Assert.Empty(r.UserErrors("createContract")));
        Assert.Single(results.Select(r => Contract(r).GetProperty("id").GetString()).Distinct());
        var again = await client.PostAsync(Create, input);
        Assert.Equal(Contract(results[0]).GetProperty("id").GetString(), Contract(again).GetProperty("id").GetString());

        var list = await client.PostAsync("{ contracts { nodes { municipality { code } } } }");
        Assert.Single(list.Data.GetProperty("contracts").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("municipality").GetProperty("code").GetString() == "balvi-novads");
    }

    [Fact]
    public async Task Amending_with_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var id = Contract(await client.PostAsync(Create, Input("ludza-novads", "2027-01-01", "2027-12-31"))).GetProperty("id").GetString();
        object AmendInput(long version, int capacity) => new
        {
            i = new
            {
                contractId = id, expectedVersion = version, reason = "More places funded",
                terms = new { startDate = "2027-01-01", endDate = "2027-12-31", clientCapacity = capacity, reportRecipients = new[] { "soc@example.lv" } },
            },
        };
        var first = await client.PostAsync(Amend, AmendInput(1, 20));
        Assert.Empty(first.UserErrors("amendContract"));
        Assert.Equal(2, Contract(first, "amendContract").GetProperty("version").GetInt64());

        var before = await api.CountWritesAsync();
        var stale = await client.PostAsync(Amend, AmendInput(1, 30));
        Assert.Equal([("CONCURRENCY_CONFLICT", "expectedVersion")], stale.UserErrors("amendContract"));
        Assert.Equal(before, await api.CountWritesAsync());
        var now = await client.PostAsync("query($id: ID!) { contract(id: $id) { clientCapacity version } }", new { id });
        Assert.Equal(20, now.Data.GetProperty("contract").GetProperty("clientCapacity").GetInt32());
    }

    [Fact]
    public async Task Terminating_ends_the_contract_and_frees_the_territory()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var id = Contract(await client.PostAsync(Create, Input("dobele-novads", "2027-01-01", "2027-12-31"))).GetProperty("id").GetString();
        const string Terminate = "mutation($i: TerminateContractInput!) { terminateContract(input: $i) { contract { status terminatedOn } errors { code field } } }";

        var outside = await client.PostAsync(Terminate, new { i = new { contractId = id, expectedVersion = 1, effectiveDate = "2028-03-01", reason = "Funding ended" } });
        Assert.Equal([("INVALID_PERIOD", "effectiveDate")], outside.UserErrors("terminateContract"));

        var ended = await client.PostAsync(Terminate, new { i = new { contractId = id, expectedVersion = 1, effectiveDate = "2027-03-31", reason = "Funding ended" } });
        Assert.Equal("TERMINATED", Contract(ended, "terminateContract").GetProperty("status").GetString());

        // After the termination date the territory is free for a new contract.
        Assert.Empty((await client.PostAsync(Create, Input("dobele-novads", "2027-04-01", "2027-12-31"))).UserErrors("createContract"));
    }

    [Fact]
    public async Task A_municipality_cannot_record_contracts()
    {
        using var client = await api.SignedIn("riga", Role.OrgAdmin);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync(Create, Input("riga", "2027-01-01", "2027-12-31"));
        Assert.Equal([("WRONG_ORGANISATION_KIND", null)], response.UserErrors("createContract"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task History_is_built_by_the_async_daemon_with_reasons()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var id = Contract(await client.PostAsync(Create, Input("kraslava-novads", "2027-01-01", "2027-12-31"))).GetProperty("id").GetString();
        await client.PostAsync(Amend, new
        {
            i = new
            {
                contractId = id, expectedVersion = 1, reason = "Council decision 12/2027",
                terms = new { startDate = "2027-01-01", endDate = "2028-12-31", clientCapacity = 15, reportRecipients = new[] { "soc@example.lv" } },
            },
        });

        await api.WaitForProjectionsAsync();
        var history = (await client.PostAsync("query($id: ID!) { contract(id: $id) { history { change summary reason } } }", new { id }))
            .Data.GetProperty("contract").GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["CREATED", "AMENDED"], history.Select(h => h.GetProperty("change").GetString()));
        Assert.Equal("Council decision 12/2027", history[1].GetProperty("reason").GetString());
        Assert.Contains("15 clients", history[1].GetProperty("summary").GetString());
    }
}
