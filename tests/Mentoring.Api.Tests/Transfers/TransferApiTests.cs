using System.Text.Json;
using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Transfers;
using static Mentoring.Api.Tests.Transfers.TransferApi;

namespace Mentoring.Api.Tests.Transfers;

/// <summary>
/// A case moves from NGO A to NGO B with the person, over HTTP on PostgreSQL: consent first, B sees only what a referral
/// shows until it accepts and then only the package (no notes, no meetings' contents, no mentor), a third NGO sees
/// nothing, an acceptance retried never makes two cases, A's case is closed as TRANSFERRED with its match ended, and
/// both audit trails and outboxes record it.
/// </summary>
public sealed class TransferApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_consented_case_moves_to_the_ngo_serving_the_new_municipality_and_each_side_sees_only_its_part()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var ngoC = await ThirdNgoAsync(api);
        using var c = await api.SignedIn("c", Role.Coordinator);
        var (clientId, pair) = await CaseAsync(api, a);

        // Only the other NGOs whose contract in force covers the municipality are offered.
        var destinations = (await a.PostAsync("query { transferDestinations(municipality: \"jelgava\") { organisationId name } }")).Data.GetProperty("transferDestinations");
        Assert.Equal([api.NgoB.Id.ToString()], destinations.EnumerateArray().Select(d => d.GetProperty("organisationId").GetString()));

        var key = "tr-" + Guid.NewGuid();
        var offered = (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id, key))).Data.GetProperty("transferCase");
        Assert.Empty(offered.GetProperty("errors").EnumerateArray());
        var id = offered.GetProperty("transfer").GetProperty("id").GetString()!;
        Assert.Equal(("OFFERED", "NGO B"), (offered.GetProperty("transfer").GetProperty("status").GetString(), offered.GetProperty("transfer").GetProperty("ngoName").GetString()));
        // Retried with its key: the same transfer, nothing written; a second offer while it waits is refused.
        var writes = await api.CountWritesAsync();
        Assert.Equal(id, (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id, key))).Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString());
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Contains(("TRANSFER_PENDING", "clientId"), (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).UserErrors("transferCase"));

        // The stream is in B's tenant, the status copy in A's; C has neither and cannot answer it.
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId)) Assert.NotNull(await inB.LoadAsync<Transfer>(Guid.Parse(id)));
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
        {
            Assert.Null(await inA.LoadAsync<Transfer>(Guid.Parse(id)));
            Assert.Equal(TransferStatus.Offered, (await inA.LoadAsync<SentTransfer>(Guid.Parse(id)))!.Status);
        }
        var cInbox = await c.PostAsync(Inbox);
        Assert.True(!cInbox.HasErrors, cInbox.Body.GetRawText());
        Assert.Empty(cInbox.Data.GetProperty("transferInbox").EnumerateArray());
        var cReads = await c.PostAsync("query($id: ID!) { incomingTransfer(id: $id) { id name } }", new { id });
        Assert.True(!cReads.HasErrors, cReads.Body.GetRawText());
        Assert.Equal(JsonValueKind.Null, cReads.Data.GetProperty("incomingTransfer").ValueKind);
        Assert.Contains(("NOT_FOUND", "transferId"), (await c.PostAsync(Accept, new { i = new { transferId = id, idempotencyKey = "c" } })).UserErrors("acceptTransfer"));
        Assert.Empty((await c.PostAsync("query($id: ID!) { outgoingTransfers(clientId: $id) { id } }", new { id = clientId })).Data.GetProperty("outgoingTransfers").EnumerateArray());
        Assert.Contains(("NOT_FOUND", "transferId"), (await c.PostAsync("mutation($i: WithdrawTransferInput!) { withdrawTransfer(input: $i) { errors { code field } } }",
            new { i = new { transferId = id, expectedVersion = 1 } })).UserErrors("withdrawTransfer"));

        // Before accepting, B sees what a referral shows: the person, the release, the needs' levels; not the package.
        var incoming = Only((await b.PostAsync(Inbox)).Data.GetProperty("transferInbox"), id);
        Assert.Equal(("NGO A", "jelgava", pair.ClientName), (incoming.GetProperty("fromOrganisation").GetString(), incoming.GetProperty("newMunicipality").GetString(),
            incoming.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, incoming.GetProperty("package").ValueKind);

        // Accepted with a key, twice: one case.
        var acceptKey = "acc-" + Guid.NewGuid();
        var accepted = (await b.PostAsync(Accept, new { i = new { transferId = id, expectedVersion = incoming.GetProperty("version").GetInt64(), idempotencyKey = acceptKey } }))
            .Data.GetProperty("acceptTransfer");
        Assert.Empty(accepted.GetProperty("errors").EnumerateArray());
        var newClientId = accepted.GetProperty("transfer").GetProperty("newClientId").GetString()!;
        writes = await api.CountWritesAsync();
        var retried = (await b.PostAsync(Accept, new { i = new { transferId = id, expectedVersion = 1, idempotencyKey = acceptKey } })).Data.GetProperty("acceptTransfer");
        Assert.Equal(newClientId, retried.GetProperty("transfer").GetProperty("newClientId").GetString());
        Assert.Equal(writes, await api.CountWritesAsync());
        Assert.Contains(("TRANSFER_NOT_OPEN", "transferId"), (await b.PostAsync(Accept, new { i = new { transferId = id } })).UserErrors("acceptTransfer"));
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId)) Assert.Equal(1, await inB.Query<Client>().CountAsync(x => x.Person.Name == pair.ClientName));

        // B's case: the plan, consent and documents as they stood; the package now readable, and never a note, a meeting's content or the mentor.
        var read = await b.PostAsync("query($id: ID!) { client(id: $id) { name stage destinationMunicipality { code } consent goals { standard status } } }", new { id = newClientId });
        Assert.True(!read.HasErrors, read.Body.GetRawText());
        var client = read.Data.GetProperty("client");
        Assert.Equal((pair.ClientName, "jelgava"), (client.GetProperty("name").GetString(), client.GetProperty("destinationMunicipality").GetProperty("code").GetString()));
        Assert.Contains("TRANSFER_TO_ANOTHER_NGO", client.GetProperty("consent").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(6, client.GetProperty("goals").GetArrayLength());
        var inbox = await b.PostAsync(Inbox);
        var package = Only(inbox.Data.GetProperty("transferInbox"), id).GetProperty("package");
        Assert.Equal(("PK-TRANSFER-1", 1), (package.GetProperty("consentDocumentReference").GetString(), package.GetProperty("history").GetProperty("meetingsHeld").GetInt32()));
        Assert.Equal("2026-11-20", package.GetProperty("history").GetProperty("matchPeriods")[0].GetProperty("from").GetString());
        var everythingBSees = inbox.Body.GetRawText() + client.GetRawText();
        Assert.DoesNotContain("Slepeni", everythingBSees, StringComparison.Ordinal);
        Assert.DoesNotContain(pair.MentorEmail, everythingBSees, StringComparison.Ordinal);
        Assert.DoesNotContain(pair.MentorId.ToString(), everythingBSees, StringComparison.Ordinal);
        // A's own case stays A's: B's tenant has no such record.
        Assert.Equal(JsonValueKind.Null, (await b.PostAsync("query($id: ID!) { client(id: $id) { name } }", new { id = clientId })).Data.GetProperty("client").ValueKind);

        // A's case: closed as TRANSFERRED, its match ended as MOVED, the transfer's status ACCEPTED.
        var closed = (await a.PostAsync("query($id: ID!, $m: ID!) { client(id: $id) { stage closureReason } match(id: $m) { stage endReason } outgoingTransfers(clientId: $id) { status } }",
            new { id = clientId, m = pair.MatchId })).Data;
        Assert.Equal(("CLOSED", "TRANSFERRED"), (closed.GetProperty("client").GetProperty("stage").GetString(), closed.GetProperty("client").GetProperty("closureReason").GetString()));
        Assert.Equal(("ENDED", "MOVED"), (closed.GetProperty("match").GetProperty("stage").GetString(), closed.GetProperty("match").GetProperty("endReason").GetString()));
        Assert.Equal("ACCEPTED", closed.GetProperty("outgoingTransfers")[0].GetProperty("status").GetString());

        // Both audit trails: A who offered and that it was accepted, B what it received and who accepted.
        await using (var trailA = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var records = await trailA.Query<AuditRecord>().Where(r => r.SubjectId == clientId && (r.Action == AuditAction.TransferOffered || r.Action == AuditAction.TransferAccepted)).ToListAsync();
            Assert.Equal([AuditAction.TransferOffered, AuditAction.TransferAccepted], records.OrderBy(r => r.At).ThenBy(r => r.Id).Select(r => r.Action));
        }
        await using (var trailB = api.Store.QuerySession(api.NgoB.TenantId))
        {
            Assert.True(await trailB.Query<AuditRecord>().AnyAsync(r => r.SubjectId == Guid.Parse(id) && r.Action == AuditAction.TransferOffered));
            Assert.True(await trailB.Query<AuditRecord>().AnyAsync(r => r.SubjectId == Guid.Parse(newClientId) && r.Action == AuditAction.TransferAccepted));
        }
        await using (var trailC = api.Store.QuerySession(ngoC.TenantId)) Assert.False(await trailC.Query<AuditRecord>().AnyAsync(r => r.SubjectId == Guid.Parse(id)));

        // Mail: B's coordinators told of the offer without the person's name; A's coordinator of the acceptance, in Latvian.
        var toB = (await api.MessagesToAsync(ApiFixture.EmailOf("b", Role.Coordinator))).Where(m => m.Key.StartsWith($"transfer:{id}:", StringComparison.Ordinal)).ToList();
        Assert.Equal((NotificationKind.TransferUpdate, api.NgoB.TenantId), (Assert.Single(toB).Kind, toB[0].OwnerTenant));
        Assert.DoesNotContain(pair.ClientName, toB[0].TextBody, StringComparison.Ordinal);
        var toA = (await api.MessagesToAsync(ApiFixture.EmailOf("a", Role.Coordinator))).Where(m => m.Key.StartsWith($"transfer:{id}:", StringComparison.Ordinal)).ToList();
        Assert.Contains("pieņēmusi", Assert.Single(toA).TextBody, StringComparison.Ordinal);
        Assert.Equal(api.NgoA.TenantId, toA[0].OwnerTenant);
    }

    [Fact]
    public async Task Without_consent_nothing_moves_and_the_refusals_are_typed()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        var (clientId, _) = await CaseAsync(api, a, transferConsent: false);
        var before = await api.CountWritesAsync();
        Assert.Contains(("NO_TRANSFER_CONSENT", "clientId"), (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).UserErrors("transferCase"));
        Assert.Equal(before, await api.CountWritesAsync());

        await ConsentAsync(a, clientId, "PROCESSING", "MENTOR_CONTACT", "TRANSFER_TO_ANOTHER_NGO");
        var ventspils = new { i = new { clientId, newMunicipality = "ventspils", ngoOrganisationId = api.NgoB.Id, reason = "Pārceļas." } };
        Assert.Contains(("NO_NGO_SERVING", "newMunicipality"), (await a.PostAsync(Offer, ventspils)).UserErrors("transferCase"));
        Assert.Contains(("NGO_NOT_SERVING", "ngoOrganisationId"), (await a.PostAsync(Offer, OfferInput(clientId, Guid.NewGuid()))).UserErrors("transferCase"));
        // A mentor, a municipality and a referrer do not transfer cases.
        foreach (var (org, role) in new[] { ("a", Role.Mentor), ("riga", Role.MunicipalityViewer), ("prison", Role.Referrer) })
        {
            using var other = await api.SignedIn(org, role);
            Assert.Contains("FORBIDDEN", (await other.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).ErrorCodes);
            Assert.Contains("FORBIDDEN", (await other.PostAsync(Inbox)).ErrorCodes);
        }
    }

    [Fact]
    public async Task A_declined_transfer_leaves_the_case_open_with_the_sender_and_a_withdrawn_one_cannot_be_accepted()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var (clientId, _) = await CaseAsync(api, a);
        var id = (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString()!;
        const string Decline = "mutation($i: DeclineTransferInput!) { declineTransfer(input: $i) { transfer { status } errors { code field } } }";
        Assert.Equal("DECLINED", (await b.PostAsync(Decline, new { i = new { transferId = id, expectedVersion = 1, reason = "NO_CAPACITY" } }))
            .Data.GetProperty("declineTransfer").GetProperty("transfer").GetProperty("status").GetString());
        Assert.Contains(("TRANSFER_NOT_OPEN", "transferId"), (await b.PostAsync(Decline, new { i = new { transferId = id, expectedVersion = 2, reason = "NO_CAPACITY" } })).UserErrors("declineTransfer"));
        var state = (await a.PostAsync("query($id: ID!) { client(id: $id) { stage } outgoingTransfers(clientId: $id) { status declineReason } }", new { id = clientId })).Data;
        Assert.NotEqual("CLOSED", state.GetProperty("client").GetProperty("stage").GetString());
        Assert.Equal(("DECLINED", "NO_CAPACITY"), (state.GetProperty("outgoingTransfers")[0].GetProperty("status").GetString(),
            state.GetProperty("outgoingTransfers")[0].GetProperty("declineReason").GetString()));
        Assert.Contains("nav brīvu vietu", (await api.MessagesToAsync(ApiFixture.EmailOf("a", Role.Coordinator)))
            .Single(m => m.Key.StartsWith($"transfer:{id}:", StringComparison.Ordinal)).TextBody, StringComparison.Ordinal);

        // Offered again, then withdrawn by A: B can no longer accept it.
        var again = (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).Data.GetProperty("transferCase").GetProperty("transfer");
        var withdrawn = await a.PostAsync("mutation($i: WithdrawTransferInput!) { withdrawTransfer(input: $i) { transfer { status } errors { code field } } }",
            new { i = new { transferId = again.GetProperty("id").GetString(), expectedVersion = again.GetProperty("version").GetInt64() } });
        Assert.Equal("WITHDRAWN", withdrawn.Data.GetProperty("withdrawTransfer").GetProperty("transfer").GetProperty("status").GetString());
        Assert.Contains(("TRANSFER_NOT_OPEN", "transferId"), (await b.PostAsync(Accept, new { i = new { transferId = again.GetProperty("id").GetString() } })).UserErrors("acceptTransfer"));
        Assert.NotEqual("CLOSED", (await a.PostAsync("query($id: ID!) { client(id: $id) { stage } }", new { id = clientId })).Data.GetProperty("client").GetProperty("stage").GetString());
    }

    /// <summary>
    /// Two coordinators offer the same case at once, each with their own key: however the two requests interleave, one
    /// transfer is pending and the other offer is refused (TRANSFER_PENDING when it read the first, CONCURRENCY_CONFLICT when
    /// both read the case before either wrote: the offer appends to the case's stream at the version it read).
    /// </summary>
    [Fact]
    public async Task Two_offers_of_one_case_at_once_leave_one_pending_transfer()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var colleague = await api.SignedIn("a", Role.Coordinator);
        for (var round = 0; round < 3; round++)
        {
            var (clientId, _) = await CaseAsync(api, a);
            var version = (await a.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
            var answers = await Task.WhenAll(a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id, $"k1-{round}")), colleague.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id, $"k2-{round}")));
            var errors = answers.Select(r => r.UserErrors("transferCase")).ToList();
            Assert.Single(errors, e => e.Count == 0);
            Assert.Single(errors, e => e.Count == 1 && e[0] is ("TRANSFER_PENDING", _) or ("CONCURRENCY_CONFLICT", _));
            var state = (await a.PostAsync("query($id: ID!) { client(id: $id) { version } outgoingTransfers(clientId: $id) { status } }", new { id = clientId })).Data;
            Assert.Equal(["OFFERED"], state.GetProperty("outgoingTransfers").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
            // The offer is on the case's own stream: a coordinator's edit made against the version before it is a conflict.
            Assert.Equal(version + 1, state.GetProperty("client").GetProperty("version").GetInt64());
        }
    }
}
