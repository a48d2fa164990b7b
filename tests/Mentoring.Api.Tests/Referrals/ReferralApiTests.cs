using System.Text.Json;
using Marten;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Referrals;

namespace Mentoring.Api.Tests.Referrals;

/// <summary>
/// A referral travels prison → NGO inbox → case → match → first meeting over HTTP, each participant seeing only their
/// part: the referrer the status (in their own tenant, mailed at each answer), the NGO the inbox and the case.
/// </summary>
public sealed class ReferralApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Send = """
        mutation($i: ReferToNgoInput!) { referToNgo(input: $i) { referral { id version status ngoName details { name consentDocumentReference needs { domain level } } } errors { code field } } }
        """;
    private const string Mine = "query { myReferrals { id version status ngoName question declineReason details { name note } } }";
    private const string Inbox = "query { referralInbox { id version status fromOrganisation referrerName question clientId details { name birthYear prisonName note needs { domain } } } }";

    private object Referral(string name, Guid? ngo = null, string? key = null, string document = "OC-2026/77") => new
    {
        i = new
        {
            name, gender = "MALE", birthYear = 1986, languages = new[] { "lv", "ru" }, prisonCode = "olaine", expectedReleaseDate = "2026-12-21",
            releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", ngoOrganisationId = ngo ?? api.NgoA.Id,
            needs = new object[] { new { domain = "HOUSING", level = "HIGH", note = "No declared residence" }, new { domain = "ADDICTION", level = "MEDIUM" } },
            consentScopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, consentGivenOn = "2026-11-20", consentDocumentReference = document,
            note = "Prefers meetings in Russian.", idempotencyKey = key,
        },
    };

    private async Task ContractAsync(string org, string municipality)
    {
        using var admin = await api.SignedIn(org, Role.OrgAdmin);
        var created = await admin.PostAsync("mutation($i: CreateContractInput!) { createContract(input: $i) { errors { code field } } }", new
        {
            i = new { municipalityCode = municipality, terms = new { startDate = "2026-01-01", endDate = "2027-12-31", clientCapacity = 40, reportRecipients = new[] { "r@riga.example" } } },
        });
        Assert.All(created.UserErrors("createContract"), e => Assert.Equal("CONTRACT_OVERLAP", e.Code)); // another test of the class made it
    }

    private static JsonElement Only(JsonElement list, string id) => list.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Fact]
    public async Task A_referral_travels_to_the_ngo_becomes_a_case_and_the_referrer_follows_only_its_status()
    {
        await ContractAsync("a", "riga");
        using var referrer = await api.SignedIn("prison", Role.Referrer);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        using var otherNgo = await api.SignedIn("b", Role.Coordinator);

        // Only NGOs with a contract in force for the destination are offered.
        var destinations = (await referrer.PostAsync("query { referralDestinations(municipality: \"riga\") { organisationId name } }")).Data.GetProperty("referralDestinations");
        Assert.Equal([api.NgoA.Id.ToString()], destinations.EnumerateArray().Select(d => d.GetProperty("organisationId").GetString()));

        var key = "ref-" + Guid.NewGuid();
        var sent = (await referrer.PostAsync(Send, Referral("Jānis Ozols", key: key))).Data.GetProperty("referToNgo").GetProperty("referral");
        var id = sent.GetProperty("id").GetString()!;
        Assert.Equal("RECEIVED", sent.GetProperty("status").GetString());
        Assert.Equal("NGO A", sent.GetProperty("ngoName").GetString());
        // A retry with the key answers with the same referral and sends nothing more.
        var writes = await api.CountWritesAsync();
        Assert.Equal(id, (await referrer.PostAsync(Send, Referral("Jānis Ozols", key: key))).Data.GetProperty("referToNgo").GetProperty("referral").GetProperty("id").GetString());
        Assert.Equal(writes, await api.CountWritesAsync());

        // The NGO's inbox has it; the other NGO's has nothing; the stream lives in NGO A's tenant, the copy in the prison's.
        var inbox = Only((await coordinator.PostAsync(Inbox)).Data.GetProperty("referralInbox"), id);
        Assert.Equal(("Olaines cietums", "Referrer prison", "Olaines cietums", "Prefers meetings in Russian."), (inbox.GetProperty("fromOrganisation").GetString(),
            inbox.GetProperty("referrerName").GetString(), inbox.GetProperty("details").GetProperty("prisonName").GetString(), inbox.GetProperty("details").GetProperty("note").GetString()));
        Assert.Empty((await otherNgo.PostAsync(Inbox)).Data.GetProperty("referralInbox").EnumerateArray());
        // Reading what a referral says about the person is on record, in the NGO's audit trail.
        await using (var audit = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.True(await audit.Query<Mentoring.Domain.Audit.AuditRecord>().AnyAsync(r => r.SubjectId == Guid.Parse(id) && r.SubjectKind == "referral"));
        await using (var ngoA = api.Store.QuerySession(api.NgoA.TenantId)) Assert.NotNull(await ngoA.LoadAsync<Referral>(Guid.Parse(id)));
        await using (var prison = api.Store.QuerySession(api.Prison.TenantId))
        {
            Assert.Null(await prison.LoadAsync<Referral>(Guid.Parse(id)));
            Assert.Equal(ReferralStatus.Received, (await prison.LoadAsync<SentReferral>(Guid.Parse(id)))!.Status);
        }

        // The NGO asks for more; the referrer reads the question, amends, and it is received again.
        var asked = await coordinator.PostAsync("mutation($i: RequestReferralInformationInput!) { requestReferralInformation(input: $i) { referral { status version } errors { code field } } }",
            new { i = new { referralId = id, expectedVersion = inbox.GetProperty("version").GetInt64(), question = "Where did he last declare a residence?" } });
        Assert.Empty(asked.UserErrors("requestReferralInformation"));
        var mine = Only((await referrer.PostAsync(Mine)).Data.GetProperty("myReferrals"), id);
        Assert.Equal(("MORE_INFORMATION_REQUESTED", "Where did he last declare a residence?"), (mine.GetProperty("status").GetString(), mine.GetProperty("question").GetString()));
        var amend = (Referral("Jānis Ozols") as dynamic).i;
        var amended = await referrer.PostAsync("mutation($i: AmendReferralInput!) { amendReferral(input: $i) { referral { status details { note } } errors { code } } }", new
        {
            i = new
            {
                referralId = id, expectedVersion = mine.GetProperty("version").GetInt64(), amend.name, amend.gender, amend.birthYear, amend.languages, amend.prisonCode,
                amend.expectedReleaseDate, amend.releaseType, amend.destinationMunicipality, amend.needs, amend.consentScopes, amend.consentGivenOn,
                amend.consentDocumentReference, note = "Last declared in Jelgava.",
            },
        });
        Assert.Equal("RECEIVED", amended.Data.GetProperty("amendReferral").GetProperty("referral").GetProperty("status").GetString());

        // Accepted, it becomes a case with the standard plan, the referrer's consent and the needs known.
        var version = Only((await coordinator.PostAsync(Inbox)).Data.GetProperty("referralInbox"), id).GetProperty("version").GetInt64();
        var accepted = (await coordinator.PostAsync("mutation($i: AcceptReferralInput!) { acceptReferral(input: $i) { referral { status clientId } errors { code } } }",
            new { i = new { referralId = id, expectedVersion = version } })).Data.GetProperty("acceptReferral").GetProperty("referral");
        Assert.Equal("ACCEPTED", accepted.GetProperty("status").GetString());
        var clientId = accepted.GetProperty("clientId").GetString()!;
        var client = (await coordinator.PostAsync("query($id: ID!) { client(id: $id) { name canBeMatched consent goals { standard } needs { domain } } }", new { id = clientId }))
            .Data.GetProperty("client");
        Assert.Equal("Jānis Ozols", client.GetProperty("name").GetString());
        Assert.True(client.GetProperty("canBeMatched").GetBoolean());
        Assert.Equal(7, client.GetProperty("goals").GetArrayLength()); // six standard goals and the addiction need's
        Assert.Equal("ACCEPTED", Only((await referrer.PostAsync(Mine)).Data.GetProperty("myReferrals"), id).GetProperty("status").GetString());

        // The referrer reaches nothing of the case.
        var forbidden = await referrer.PostAsync("query($id: ID!) { client(id: $id) { name } }", new { id = clientId });
        Assert.Contains("FORBIDDEN", forbidden.ErrorCodes);
        Assert.Contains("FORBIDDEN", (await referrer.PostAsync(Inbox)).ErrorCodes);

        // The NGO matches a mentor and the mentor meets the person: the referrer sees both, and nothing else.
        var pair = await Scenarios.ActivePairAsync(api, coordinator, clientId: Guid.Parse(clientId));
        Assert.Equal("MENTOR_MATCHED", Only((await referrer.PostAsync(Mine)).Data.GetProperty("myReferrals"), id).GetProperty("status").GetString());
        var logged = await pair.Mentor.PostAsync("mutation($i: LogContactInput!) { logContact(input: $i) { errors { code field } } }", new
        {
            i = new { matchId = pair.MatchId, idempotencyKey = "m-" + Guid.NewGuid(), happenedAt = "2026-11-22T14:00:00+02:00", durationMinutes = 45, mode = "PRISON_VISIT",
                      topics = new[] { "HOUSING" }, goalsProgressed = Array.Empty<Guid>(), privateNote = "Private: worried about the shelter.", concern = "NONE" },
        });
        Assert.Empty(logged.UserErrors("logContact"));
        var final = Only((await referrer.PostAsync(Mine)).Data.GetProperty("myReferrals"), id);
        Assert.Equal("FIRST_MEETING_HELD", final.GetProperty("status").GetString());
        Assert.DoesNotContain("shelter", final.GetRawText(), StringComparison.Ordinal);

        // Mailed at each answer and step, in the prison's outbox, with no free text of the NGO's and nothing of the case.
        var mail = (await api.MessagesToAsync(ApiFixture.EmailOf("prison", Role.Referrer))).Where(m => m.Key.StartsWith($"referral:{id}:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, mail.Count); // more information asked, accepted, mentor matched, first meeting
        Assert.All(mail, m => Assert.Equal((NotificationKind.ReferralUpdate, api.Prison.TenantId), (m.Kind, m.OwnerTenant)));
        Assert.All(mail, m => Assert.DoesNotContain("residence", m.TextBody, StringComparison.Ordinal));
        Assert.Contains("Jānis Ozols", mail[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("pieņēmusi", mail[1].TextBody, StringComparison.Ordinal); // the referrer's language: Latvian
    }

    [Fact]
    public async Task Bad_referrals_are_typed_errors_and_an_ngo_not_serving_the_destination_is_refused()
    {
        await ContractAsync("a", "riga");
        using var referrer = await api.SignedIn("prison", Role.Referrer);
        var before = await api.CountWritesAsync();
        var errors = (await referrer.PostAsync(Send, Referral("Jānis Ozols", ngo: api.NgoB.Id, document: ""))).UserErrors("referToNgo");
        Assert.Contains(("NGO_NOT_SERVING", "ngoOrganisationId"), errors);
        Assert.Contains(("VALIDATION", "consentDocumentReference"), errors);
        Assert.Contains(("VALIDATION", "name"), (await referrer.PostAsync(Send, Referral("X"))).UserErrors("referToNgo"));
        Assert.Equal(before, await api.CountWritesAsync());

        // A coordinator does not refer through this door, nor does a prison's admin.
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        Assert.Contains("FORBIDDEN", (await coordinator.PostAsync(Send, Referral("Jānis Ozols"))).ErrorCodes);
        using var prisonAdmin = await api.SignedIn("prison", Role.OrgAdmin);
        Assert.Contains("FORBIDDEN", (await prisonAdmin.PostAsync(Mine)).ErrorCodes);
    }

    [Fact]
    public async Task A_declined_referral_shows_its_reason_and_cannot_be_answered_again()
    {
        await ContractAsync("a", "riga");
        using var referrer = await api.SignedIn("prison", Role.Referrer);
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var id = (await referrer.PostAsync(Send, Referral("Pēteris Liepa"))).Data.GetProperty("referToNgo").GetProperty("referral").GetProperty("id").GetString()!;
        const string Decline = "mutation($i: DeclineReferralInput!) { declineReferral(input: $i) { referral { status version } errors { code field } } }";
        var declined = await coordinator.PostAsync(Decline, new { i = new { referralId = id, expectedVersion = 1, reason = "NO_CAPACITY", note = "Full until March." } });
        Assert.Equal("DECLINED", declined.Data.GetProperty("declineReferral").GetProperty("referral").GetProperty("status").GetString());
        var mine = Only((await referrer.PostAsync(Mine)).Data.GetProperty("myReferrals"), id);
        Assert.Equal(("DECLINED", "NO_CAPACITY"), (mine.GetProperty("status").GetString(), mine.GetProperty("declineReason").GetString()));
        Assert.Contains(("REFERRAL_NOT_OPEN", "referralId"),
            (await coordinator.PostAsync(Decline, new { i = new { referralId = id, expectedVersion = 2, reason = "OTHER", note = "again" } })).UserErrors("declineReferral"));
        // Amending is only an answer to a question.
        Assert.Contains(("NOT_FOUND", "referralId"), (await referrer.PostAsync("mutation($i: AmendReferralInput!) { amendReferral(input: $i) { errors { code field } } }",
            new { i = new { referralId = Guid.NewGuid(), expectedVersion = 1, name = "x", gender = "MALE", birthYear = 1980, languages = new[] { "lv" }, prisonCode = "olaine",
                            expectedReleaseDate = "2026-12-21", releaseType = "OTHER", destinationMunicipality = "riga", needs = Array.Empty<object>(),
                            consentScopes = new[] { "PROCESSING" }, consentGivenOn = "2026-11-20", consentDocumentReference = "d" } })).UserErrors("amendReferral"));
    }
}
