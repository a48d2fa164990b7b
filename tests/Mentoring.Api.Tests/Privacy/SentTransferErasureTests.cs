using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Transfers;
using Mentoring.Jobs.Erasure;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Transfers.TransferApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// Erasing a client reaches the packages their NGO sent to another NGO that never took them on: declined or withdrawn, the
/// package in the other NGO's tenant is erased with the person (events, snapshot, the sender's status copy), and that
/// NGO's audit trail says who erased it. While an offer still waits for an answer, erasing is refused and changes nothing.
/// </summary>
public sealed class SentTransferErasureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Erase = "mutation($p: ID!, $r: String!) { erasePersonData(personId: $p, reason: $r) { erasure { status } errors { code field } } }";
    private const string Decline = "mutation($i: DeclineTransferInput!) { declineTransfer(input: $i) { errors { code field } } }";
    private const string Withdraw = "mutation($i: WithdrawTransferInput!) { withdrawTransfer(input: $i) { errors { code field } } }";
    private const string DeclineNote = "Jau pie mums ar citu lietu, zvanīt Ilzei.";

    [Fact]
    public async Task Packages_never_taken_on_are_erased_in_the_other_ngo_with_the_person_and_a_waiting_offer_refuses_the_erasure()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var adminA = await api.SignedIn("a", Role.OrgAdmin);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var (clientId, pair) = await CaseAsync(api, a);
        var declined = await OfferAsync(a, clientId);
        Assert.Empty((await b.PostAsync(Decline, new { i = new { transferId = declined, expectedVersion = 1, reason = "OTHER", note = DeclineNote } })).UserErrors("declineTransfer"));
        var waiting = await OfferAsync(a, clientId);
        var version = (await a.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await a.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = version, reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        // NGO B could still take the person on from the waiting offer: refused, and nothing is erased anywhere.
        Assert.Equal([("TRANSFER_PENDING", (string?)"personId")], (await adminA.PostAsync(Erase, new { p = clientId, r = "the person asked" })).UserErrors("erasePersonData"));
        Assert.NotEmpty(await RowsNamingAsync(api.NgoB.TenantId, pair.ClientName));
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.Null(await inA.LoadAsync<ErasureRequest>(ErasureDecider.RequestIdOf(clientId)));

        Assert.Empty((await a.PostAsync(Withdraw, new { i = new { transferId = waiting, expectedVersion = 1 } })).UserErrors("withdrawTransfer"));
        Assert.Equal("COMPLETED", (await adminA.PostAsync(Erase, new { p = clientId, r = "the person asked" })).Data
            .GetProperty("erasePersonData").GetProperty("erasure").GetProperty("status").GetString());

        // No row of either NGO names the person or holds what B wrote about them; the statuses and codes stay.
        foreach (var tenant in new[] { api.NgoA.TenantId, api.NgoB.TenantId })
        {
            Assert.Empty(await RowsNamingAsync(tenant, pair.ClientName));
            Assert.Empty(await RowsNamingAsync(tenant, DeclineNote));
            Assert.Empty(await RowsNamingAsync(tenant, "Pārceļas pie māsas"));
        }
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId))
        {
            var packages = await inB.LoadManyAsync<Transfer>(declined, waiting);
            Assert.Equal([(TransferStatus.Declined, PersonalDataMasking.Erased, (TransferDeclineReason?)TransferDeclineReason.Other), (TransferStatus.Withdrawn, PersonalDataMasking.Erased, null)],
                packages.OrderBy(t => t.Id == waiting).Select(t => (t.Status, t.Package.Person.Name, t.DeclineReason)));
        }
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.All(await inA.LoadManyAsync<SentTransfer>(declined, waiting), s => Assert.Equal((PersonalDataMasking.Erased, (string?)null), (s.Reason, s.DeclineNote)));

        // B's auditor reads who erased each package, in words of their own language, from the codes.
        using var auditorB = await api.SignedIn("b", Role.Auditor);
        foreach (var package in new[] { declined, waiting })
        {
            var erased = (await auditorB.PostAsync("query($s: ID!) { auditTrail(subjectId: $s, action: PERSON_ERASED) { nodes { subjectKind bySystem purposeKind purposeParams { name value } } } }",
                new { s = package })).Data.GetProperty("auditTrail").GetProperty("nodes");
            var record = Assert.Single(erased.EnumerateArray());
            Assert.Equal(("transfer", true, "ERASED_BY_SENDER", "organisation", "NGO A"), (record.GetProperty("subjectKind").GetString(), record.GetProperty("bySystem").GetBoolean(),
                record.GetProperty("purposeKind").GetString(), record.GetProperty("purposeParams")[0].GetProperty("name").GetString(),
                record.GetProperty("purposeParams")[0].GetProperty("value").GetString()));
        }
    }

    [Fact]
    public async Task A_retention_erasure_withdraws_an_offer_still_waiting_before_erasing_its_package()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var (clientId, pair) = await CaseAsync(api, a);
        var waiting = await OfferAsync(a, clientId);
        var version = (await a.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = clientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await a.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId, expectedVersion = version, reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        // The retention rules are not refused by a waiting offer (an administrator is): the job withdraws it first.
        ErasureSubject subject;
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId)) subject = (await Erasure.FindAsync(inA, clientId, default))!;
        Assert.Equal([waiting], subject.PendingTransfers);
        var audit = new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, clientId, AuditRecord.SystemUser, [],
            AuditPurposes.Retention(RetentionRule.ClosedCase), api.Clock.GetUtcNow());
        var requested = await ErasureJob.RequestAsync(api.Store, api.NgoA.TenantId, subject, ErasureSource.Retention, audit, default);
        Assert.NotNull((await api.Services.GetRequiredService<ErasureJob>().RunAsync(api.NgoA.TenantId, requested.Result.StreamId, default))!.CompletedAt);

        // NGO B cannot take on a person who is gone, and its inbox names no one.
        Assert.Contains(("TRANSFER_NOT_OPEN", (string?)"transferId"), (await b.PostAsync(Accept, new { i = new { transferId = waiting } })).UserErrors("acceptTransfer"));
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId))
            Assert.Equal((TransferStatus.Withdrawn, PersonalDataMasking.Erased), (await inB.LoadAsync<Transfer>(waiting)) is { } t ? (t.Status, t.Package.Person.Name) : default);
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.Equal(TransferStatus.Withdrawn, (await inA.LoadAsync<SentTransfer>(waiting))!.Status);
        Assert.Empty(await RowsNamingAsync(api.NgoB.TenantId, pair.ClientName));
    }

    private async Task<Guid> OfferAsync(GraphQLClient coordinator, Guid clientId)
    {
        var offered = await coordinator.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id));
        return Guid.Parse(offered.Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString()!);
    }

    /// <summary>Every table of the test's schema whose rows of that tenant contain the text.</summary>
    private Task<List<string>> RowsNamingAsync(string tenant, string text) => DatabaseRows.ContainingAsync(api.ConnectionString, [api.Schema], text, tenant);
}
