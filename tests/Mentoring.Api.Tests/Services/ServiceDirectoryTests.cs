using System.Text.Json;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Services;

/// <summary>
/// The services directory over HTTP against PostgreSQL: the platform's entries for every NGO, each NGO's own entries and
/// corrections in its tenant only, typed errors, idempotent creates and optimistic concurrency on edits.
/// </summary>
public sealed class ServiceDirectoryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    internal const string EntryFields = "id origin kind name municipality { code } national address openingHours phone languages domains note source hidden version";

    private const string List = $$"""
        query($municipality: String, $domain: NeedDomain, $includeHidden: Boolean, $first: Int, $after: String) {
          services(municipality: $municipality, domain: $domain, includeHidden: $includeHidden, first: $first, after: $after) {
            totalCount hasNextPage endCursor nodes { {{EntryFields}} } } }
        """;

    internal const string Add = $$"""mutation($input: AddServiceInput!) { addService(input: $input) { service { {{EntryFields}} } errors { code field } } }""";
    private const string Edit = $$"""mutation($input: EditServiceInput!) { editService(input: $input) { service { {{EntryFields}} } errors { code field } } }""";
    private const string Hide = $$"""mutation($input: SetServiceHiddenInput!) { setServiceHidden(input: $input) { service { {{EntryFields}} } errors { code field } } }""";

    internal static object Shelter(string municipality = "jelgava", string? key = null, string name = "Naktspatversme", string phone = "+371 6300 0000") => new
    {
        idempotencyKey = key, kind = "NIGHT_SHELTER", name, municipality, address = "Pilssalas iela 1", openingHours = "20:00–08:00", phone,
        languages = new[] { "lv", "ru" }, domains = new[] { "HOUSING", "BASIC_NEEDS" },
    };

    private static async Task<List<JsonElement>> ListAsync(GraphQLClient client, object variables)
    {
        var response = await client.PostAsync(List, variables);
        Assert.False(response.HasErrors, response.Body.ToString());
        return [.. response.Data.GetProperty("services").GetProperty("nodes").EnumerateArray()];
    }

    private static List<string?> Ids(IEnumerable<JsonElement> nodes) => [.. nodes.Select(n => n.GetProperty("id").GetString())];

    internal static JsonElement Added(GraphQLResponse response, string mutation = "addService")
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Empty(response.UserErrors(mutation));
        return response.Data.GetProperty(mutation).GetProperty("service");
    }

    [Fact]
    public async Task The_directory_lists_a_municipalitys_services_with_the_national_ones_filtered_by_need_and_paged()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var mentor = (await Scenarios.ActivePairAsync(api, coordinator)).Mentor;
        var jelgava = await ListAsync(mentor, new { municipality = "jelgava" });
        Assert.Equal("social-service-jelgava", jelgava[0].GetProperty("id").GetString());
        Assert.Equal("PLATFORM", jelgava[0].GetProperty("origin").GetString());
        Assert.StartsWith("https://likumi.lv/", jelgava[0].GetProperty("source").GetString());
        var legal = jelgava.Single(n => n.GetProperty("id").GetString() == "legal-aid-administration");
        Assert.Equal(("80001801", true), (legal.GetProperty("phone").GetString(), legal.GetProperty("national").GetBoolean()));
        Assert.DoesNotContain(jelgava, n => n.GetProperty("id").GetString() == "social-service-riga");

        Assert.Equal(["legal-aid-administration"], Ids(await ListAsync(mentor, new { municipality = "jelgava", domain = "LEGAL_AID" })));
        Assert.Equal(["nva-any-branch"], Ids(await ListAsync(mentor, new { municipality = "jelgava", domain = "EMPLOYMENT" })));

        var page = (await mentor.PostAsync(List, new { first = 10 })).Data.GetProperty("services");
        Assert.True(page.GetProperty("totalCount").GetInt64() >= 45);
        Assert.True(page.GetProperty("hasNextPage").GetBoolean());
        var next = (await mentor.PostAsync(List, new { first = 10, after = page.GetProperty("endCursor").GetString() })).Data.GetProperty("services");
        Assert.Empty(Ids(page.GetProperty("nodes").EnumerateArray()).Intersect(Ids(next.GetProperty("nodes").EnumerateArray())));
    }

    [Fact]
    public async Task An_ngos_own_entry_is_seen_in_that_ngo_only_and_its_create_is_idempotent()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var other = await api.SignedIn("b", Role.Coordinator);
        var key = Guid.NewGuid().ToString("N");
        var first = Added(await coordinator.PostAsync(Add, new { input = Shelter("ogre-novads", key) }));
        Assert.Equal(("OWN", 1L, "+371 6300 0000"), (first.GetProperty("origin").GetString(), first.GetProperty("version").GetInt64(), first.GetProperty("phone").GetString()));
        var writes = await api.CountWritesAsync();
        var again = Added(await coordinator.PostAsync(Add, new { input = Shelter("ogre-novads", key) }));
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(writes, await api.CountWritesAsync());

        var housing = await ListAsync(coordinator, new { municipality = "ogre-novads", domain = "HOUSING" });
        Assert.Contains(first.GetProperty("id").GetString(), Ids(housing));
        Assert.DoesNotContain(first.GetProperty("id").GetString(), Ids(await ListAsync(other, new { municipality = "ogre-novads" })));

        // The other NGO can neither edit nor hide it: for it, the entry does not exist.
        var edit = await other.PostAsync(Edit, new { input = new { serviceId = first.GetProperty("id").GetString(), expectedVersion = 1, kind = "NIGHT_SHELTER", name = "Mine now", domains = new[] { "HOUSING" } } });
        Assert.Contains(("NOT_FOUND", "serviceId"), edit.UserErrors("editService"));
        var hide = await other.PostAsync(Hide, new { input = new { serviceId = first.GetProperty("id").GetString(), expectedVersion = 1, hidden = true } });
        Assert.Contains(("NOT_FOUND", "serviceId"), hide.UserErrors("setServiceHidden"));
        Assert.Contains(first.GetProperty("id").GetString(), Ids(await ListAsync(coordinator, new { municipality = "ogre-novads" })));
    }

    [Fact]
    public async Task A_correction_of_a_platform_entry_applies_in_that_ngo_only()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        using var otherCoordinator = await api.SignedIn("b", Role.Coordinator);
        using var otherMentor = (await Scenarios.ActivePairAsync(api, otherCoordinator, organisationId: api.NgoB.Id)).Mentor;
        var platform = (await ListAsync(admin, new { municipality = "cesis-novads", domain = "INCOME_AND_BENEFITS" }))
            .Single(n => n.GetProperty("id").GetString() == "social-service-cesis-novads");
        Assert.Equal(0, platform.GetProperty("version").GetInt64());

        var corrected = Added(await admin.PostAsync(Edit, new { input = new
        {
            serviceId = "social-service-cesis-novads", expectedVersion = 0, kind = "SOCIAL_SERVICE", name = platform.GetProperty("name").GetString(),
            openingHours = "P–Pk 8:30–17:00", domains = new[] { "INCOME_AND_BENEFITS", "HOUSING" },
        } }), "editService");
        Assert.Equal(("CORRECTED", "P–Pk 8:30–17:00", "cesis-novads"), (corrected.GetProperty("origin").GetString(),
            corrected.GetProperty("openingHours").GetString(), corrected.GetProperty("municipality").GetProperty("code").GetString()));
        var version = corrected.GetProperty("version").GetInt64();
        Assert.True(version > 0);

        var mine = (await ListAsync(admin, new { municipality = "cesis-novads" })).Single(n => n.GetProperty("id").GetString() == "social-service-cesis-novads");
        Assert.Equal("P–Pk 8:30–17:00", mine.GetProperty("openingHours").GetString());
        var theirs = (await ListAsync(otherMentor, new { municipality = "cesis-novads" })).Single(n => n.GetProperty("id").GetString() == "social-service-cesis-novads");
        Assert.Equal(("PLATFORM", JsonValueKind.Null), (theirs.GetProperty("origin").GetString(), theirs.GetProperty("openingHours").ValueKind));

        // Hidden in this NGO: gone from its lists (and for its mentors), listed again for staff who ask; still there for the other NGO.
        var hidden = Added(await admin.PostAsync(Hide, new { input = new { serviceId = "social-service-cesis-novads", expectedVersion = version, hidden = true, reason = "Slēgts" } }),
            "setServiceHidden");
        Assert.True(hidden.GetProperty("hidden").GetBoolean());
        Assert.DoesNotContain("social-service-cesis-novads", Ids(await ListAsync(admin, new { municipality = "cesis-novads" })));
        Assert.Contains("social-service-cesis-novads", Ids(await ListAsync(admin, new { municipality = "cesis-novads", includeHidden = true })));
        Assert.Contains("social-service-cesis-novads", Ids(await ListAsync(otherMentor, new { municipality = "cesis-novads" })));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_bad_input_a_typed_error_and_neither_writes()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var entry = Added(await coordinator.PostAsync(Add, new { input = Shelter("talsi-novads") }));
        var id = entry.GetProperty("id").GetString();
        var edited = Added(await coordinator.PostAsync(Edit, new { input = new { serviceId = id, expectedVersion = 1, kind = "SOUP_KITCHEN", name = "Zupas virtuve", municipality = "talsi-novads",
            domains = new[] { "BASIC_NEEDS" } } }), "editService");
        Assert.Equal(2, edited.GetProperty("version").GetInt64());

        var writes = await api.CountWritesAsync();
        var stale = await coordinator.PostAsync(Edit, new { input = new { serviceId = id, expectedVersion = 1, kind = "SOUP_KITCHEN", name = "Cita", municipality = "talsi-novads",
            domains = new[] { "BASIC_NEEDS" } } });
        Assert.Equal([("CONCURRENCY_CONFLICT", "expectedVersion")], stale.UserErrors("editService"));
        // A platform entry already corrected elsewhere in this NGO: version 0 is stale too.
        Added(await coordinator.PostAsync(Hide, new { input = new { serviceId = "social-service-talsi-novads", expectedVersion = 0, hidden = true } }), "setServiceHidden");
        writes = await api.CountWritesAsync();
        var staleCorrection = await coordinator.PostAsync(Hide, new { input = new { serviceId = "social-service-talsi-novads", expectedVersion = 0, hidden = false } });
        Assert.Equal([("CONCURRENCY_CONFLICT", "expectedVersion")], staleCorrection.UserErrors("setServiceHidden"));

        var bad = await coordinator.PostAsync(Add, new { input = new { kind = "SHELTER", name = "P", municipality = "atlantis", phone = "zvanīt", domains = Array.Empty<string>() } });
        Assert.Equal([("VALIDATION", "name"), ("UNKNOWN_MUNICIPALITY", "municipality"), ("INVALID_PHONE", "phone"), ("VALIDATION", "domains")],
            bad.UserErrors("addService").Select(e => (e.Code, e.Field)));
        var unknown = await coordinator.PostAsync(Edit, new { input = new { serviceId = "no-such-entry", expectedVersion = 0, kind = "SHELTER", name = "Patversme", domains = new[] { "HOUSING" } } });
        Assert.Equal([("NOT_FOUND", "serviceId")], unknown.UserErrors("editService"));
        Assert.Equal(writes, await api.CountWritesAsync());
    }

    [Fact]
    public async Task Mentors_read_the_directory_but_cannot_change_it()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var mentor = (await Scenarios.ActivePairAsync(api, coordinator)).Mentor;
        var response = await mentor.PostAsync(Add, new { input = Shelter() });
        Assert.True(response.HasErrors);
        Assert.Contains("addService", response.FirstErrorMessage);
        using var viewer = await api.SignedIn("riga", Role.MunicipalityViewer);
        Assert.True((await viewer.PostAsync(List, new { municipality = "riga" })).HasErrors);
    }
}
