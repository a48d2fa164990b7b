namespace Mentoring.Api.Tests.Auth;

/// <summary>Auth failures: anonymous (401), wrong role (403), another tenant's id (not found). Each writes nothing.</summary>
public sealed class AccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CreateContract = """
        mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } errors { code field } } }
        """;

    private static object ContractInput(string municipality = "ogre-novads", string start = "2027-01-01", string end = "2027-12-31") => new
    {
        i = new
        {
            municipalityCode = municipality,
            terms = new { startDate = start, endDate = end, clientCapacity = 10, reportRecipients = new[] { "soc@ogre.example" } },
        },
    };

    [Fact]
    public async Task Anonymous_mutation_is_401_unauthenticated_and_writes_nothing()
    {
        using var client = api.Client();
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync(CreateContract, ContractInput());
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Anonymous_query_of_protected_data_is_401()
    {
        using var client = api.Client();
        var response = await client.PostAsync("{ contracts { nodes { id } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("a", Role.Mentor)]
    [InlineData("a", Role.Auditor)]
    [InlineData("riga", Role.MunicipalityViewer)]
    public async Task Wrong_role_for_create_contract_is_403_forbidden_and_writes_nothing(string org, Role role)
    {
        using var client = await api.SignedIn(org, role);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync(CreateContract, ContractInput());
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Only_platform_admins_create_organisations()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync("mutation { createOrganisation(input: { kind: NGO, name: \"Sneaky\" }) { errors { code } } }");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Mentor_cannot_list_users()
    {
        using var client = await api.SignedIn("a", Role.Mentor);
        var response = await client.PostAsync("{ users { email } }");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task Another_tenants_contract_is_invisible_and_cannot_be_changed()
    {
        using var a = await api.SignedIn("a", Role.Coordinator);
        var created = await a.PostAsync(CreateContract, ContractInput("valmiera-novads"));
        var id = created.Data.GetProperty("createContract").GetProperty("contract").GetProperty("id").GetString();

        using var b = await api.SignedIn("b", Role.OrgAdmin);
        var list = await b.PostAsync("{ contracts { nodes { id } } }");
        Assert.DoesNotContain(list.Data.GetProperty("contracts").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        var one = await b.PostAsync("query($id: ID!) { contract(id: $id) { id } }", new { id });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.Data.GetProperty("contract").ValueKind);

        var before = await api.CountWritesAsync();
        var amend = await b.PostAsync("""
            mutation($i: AmendContractInput!) { amendContract(input: $i) { contract { id } errors { code field } } }
            """, new
        {
            i = new
            {
                contractId = id, expectedVersion = 1, reason = "hijack",
                terms = new { startDate = "2027-01-01", endDate = "2027-12-31", clientCapacity = 1, reportRecipients = new[] { "x@y.lv" } },
            },
        });
        Assert.Equal(HttpStatusCode.OK, amend.Status);
        Assert.Equal([("NOT_FOUND", "contractId")], amend.UserErrors("amendContract"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Org_admin_cannot_invite_into_another_organisation()
    {
        using var client = await api.SignedIn("a", Role.OrgAdmin);
        var before = await api.CountWritesAsync();
        var response = await client.PostAsync("""
            mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitation { expiresAt } errors { code field } } }
            """, new { i = new { organisationId = api.NgoB.Id, email = "spy@b.test", displayName = "Spy", roles = new[] { "COORDINATOR" } } });
        Assert.Equal([("NOT_FOUND", "organisationId")], response.UserErrors("inviteUser"));
        Assert.Equal(before, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Municipality_sees_the_contracts_it_funds_from_every_ngo_and_no_others()
    {
        using var a = await api.SignedIn("a", Role.Coordinator);
        await a.PostAsync(CreateContract, ContractInput("riga", "2028-01-01", "2028-12-31"));
        using var b = await api.SignedIn("b", Role.Coordinator);
        await b.PostAsync(CreateContract, ContractInput("riga", "2028-01-01", "2028-12-31"));
        await b.PostAsync(CreateContract, ContractInput("jurmala", "2028-01-01", "2028-12-31"));

        using var riga = await api.SignedIn("riga", Role.MunicipalityViewer);
        var contracts = (await riga.PostAsync("{ contracts { nodes { municipality { code } ngo { name } } } }")).Data.GetProperty("contracts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(contracts, c => Assert.Equal("riga", c.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal(["NGO A", "NGO B"], contracts.Select(c => c.GetProperty("ngo").GetProperty("name").GetString()).Order());
    }
}
