using System.Text.Json;
using Marten;

namespace Mentoring.Api.Tests.Handovers;

/// <summary>The GraphQL documents and situations the hand-over tests share: a case in NGO A, released to Rīga, with or without the scope.</summary>
internal static class HandoverApi
{
    public const string HandOver = """
        mutation($i: HandOverToSocialServiceInput!) { handOverToSocialService(input: $i) { handover { id version status expiresAt socialWorkerName municipalityName includeNotes } errors { code field } } }
        """;
    public const string Mine = "query { myHandovers { id status expiresAt ngoName name path { name goals { id standard status } refusals { reason note } needs { note } documents { kind } warnings { code } } decisions { decision reason } } }";
    public const string One = "query($id: ID!) { handover(id: $id) { id status name path { name goals { id standard status } refusals { reason } } } }";
    public const string Decide = """
        mutation($i: RecordSocialServiceDecisionInput!) { recordSocialServiceDecision(input: $i) { handover { id status decisions { decision reason } path { goals { id status } refusals { reason } } } errors { code field } } }
        """;
    public const string OfClient = "query($c: ID!) { clientHandovers(clientId: $c) { id version status expiresAt decisions { decision } } }";

    /// <summary>A case of NGO A released to Rīga with consent; the scopes say whether its path may go to the social service.</summary>
    public static async Task<(Guid Id, long Version)> CaseAsync(GraphQLClient coordinator, params string[] scopes)
    {
        var client = (await coordinator.PostAsync("mutation($i: ReferClientInput!) { referClient(input: $i) { client { id version } errors { code } } }", new
        {
            i = new { name = "Pēteris Liepa", gender = "MALE", birthYear = 1984, languages = new[] { "lv" }, prisonCode = "olaine",
                      expectedReleaseDate = "2026-11-25", releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", referrerName = "Ilze", notADuplicate = true },
        })).Data.GetProperty("referClient").GetProperty("client");
        var id = Guid.Parse(client.GetProperty("id").GetString()!);
        var consent = await coordinator.PostAsync("mutation($i: RecordConsentInput!) { recordConsent(input: $i) { client { version } errors { code field } } }", new
        {
            i = new { clientId = id, expectedVersion = client.GetProperty("version").GetInt64(), scopes = scopes.Length > 0 ? scopes : ["PROCESSING", "SHARE_WITH_SOCIAL_SERVICE"],
                      givenOn = "2026-11-20", documentReference = "PK-7" },
        });
        Assert.Empty(consent.UserErrors("recordConsent"));
        return (id, consent.Data.GetProperty("recordConsent").GetProperty("client").GetProperty("version").GetInt64());
    }

    public static async Task<Guid> SocialWorkerIdAsync(ApiFixture api, string email)
    {
        await using var directory = api.Store.QuerySession();
        return (await directory.Query<UserAccount>().Where(u => u.AnyTenant() && u.Email == email).FirstAsync()).Id;
    }

    public static JsonElement Item(GraphQLResponse r, string mutation)
    {
        Assert.False(r.HasErrors, r.Body.GetRawText());
        return r.Data.GetProperty(mutation).GetProperty("handover");
    }
}
