using System.Text.Json;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Transfers;

/// <summary>Building blocks of the transfer tests: the contract that makes NGO B serve Jelgava, a case of NGO A with a mentor, the calls.</summary>
public static class TransferApi
{
    public const string Offer = """
        mutation($i: TransferCaseInput!) { transferCase(input: $i) { transfer { id version status ngoName clientId } errors { code field } } }
        """;
    public const string Accept = """
        mutation($i: AcceptTransferInput!) { acceptTransfer(input: $i) { transfer { id status newClientId } errors { code field } } }
        """;
    public const string Inbox = """
        query { transferInbox { id version status fromOrganisation offeredByName newMunicipality reason name birthYear prisonName needs { domain level } consentScopes newClientId
          package { name contact consentDocumentReference goals { kind standard title status deadline } documents { kind obtainedOn } eligibilityWarnings { code }
                    history { meetingsHeld firstMeetingOn lastMeetingOn goalsAchieved refusals { help reason } matchPeriods { from to endReason } } } } }
        """;

    /// <summary>NGO B's contract for Jelgava (made once per fixture; a second attempt overlaps).</summary>
    public static async Task ContractAsync(ApiFixture api, string org = "b", string municipality = "jelgava")
    {
        using var admin = await api.SignedIn(org, Role.OrgAdmin);
        var created = await admin.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { errors { code field } } }", new
        {
            i = new { municipalityCode = municipality, terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 40, reportRecipients = new[] { "r@jelgava.example" } } },
        });
        Assert.All(created.UserErrors("createContract"), e => Assert.Equal("CONTRACT_OVERLAP", e.Code));
    }

    /// <summary>A third NGO with a coordinator, to prove it sees nothing of a transfer between A and B.</summary>
    public static async Task<Organisation> ThirdNgoAsync(ApiFixture api)
    {
        var c = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = "NGO C" }, api.Store, api.Clock, default)).Item!;
        var hasher = api.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        await PlatformBootstrap.EnsureUser(api.Store, hasher, api.Clock, c.Id, c.TenantId, ApiFixture.EmailOf("c", Role.Coordinator), "Coordinator c",
            [Role.Coordinator], ApiFixture.Password, default);
        return c;
    }

    /// <summary>NGO A's case with an active match and a logged meeting (its private note must never cross), consented to a transfer or not.</summary>
    public static async Task<(Guid ClientId, ActivePair Pair)> CaseAsync(ApiFixture api, GraphQLClient coordinator, bool transferConsent = true)
    {
        var pair = await Scenarios.ActivePairAsync(api, coordinator, $"Pārceļotājs {Guid.NewGuid():N}"[..20]);
        var clientId = Guid.Parse((await coordinator.PostAsync("query($m: ID!) { match(id: $m) { client { id } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("client").GetProperty("id").GetString()!);
        var logged = await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "m-" + Guid.NewGuid(), happenedAt = "2026-11-22T14:00:00+02:00", durationMinutes = 45, mode = "IN_PERSON",
                      topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), privateNote = "Slepeni: baidās no patversmes.", concern = "NONE" },
        });
        Assert.Empty(logged.UserErrors("logContact"));
        if (transferConsent) await ConsentAsync(coordinator, clientId, "PROCESSING", "MENTOR_CONTACT", "AGGREGATE_REPORTING", "TRANSFER_TO_ANOTHER_NGO");
        return (clientId, pair);
    }

    public static async Task ConsentAsync(GraphQLClient coordinator, Guid clientId, params string[] scopes)
    {
        var version = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await coordinator.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { errors { code field } } }", new
        {
            i = new { clientId, expectedVersion = version, scopes, givenOn = "2026-11-21", documentReference = "PK-TRANSFER-1" },
        })).UserErrors("recordConsent"));
    }

    public static object OfferInput(Guid clientId, Guid ngo, string? key = null) =>
        new { i = new { clientId, newMunicipality = "jelgava", ngoOrganisationId = ngo, reason = "Pārceļas pie māsas uz Jelgavu.", idempotencyKey = key } };

    public static JsonElement Only(JsonElement list, string id) => list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
}
