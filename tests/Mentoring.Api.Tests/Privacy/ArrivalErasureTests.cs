using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Transfers;
using Mentoring.Jobs.Erasure;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Transfers.TransferApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// Erasing a person reaches the record the case came in by: a case the NGO took over by a transfer is erased with the
/// transfer's package (its events and the NGO's copy) and the reason in the sender's status copy.
/// </summary>
public sealed class ArrivalErasureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Erasing_a_transferred_in_case_masks_the_transfer_it_came_by()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var (clientId, pair) = await CaseAsync(api, a);
        var transferId = Guid.Parse((await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString()!);
        var newClientId = Guid.Parse((await b.PostAsync(Accept, new { i = new { transferId, idempotencyKey = "k" } }))
            .Data.GetProperty("acceptTransfer").GetProperty("transfer").GetProperty("newClientId").GetString()!);
        var version = (await b.PostAsync("query($id: ID!) { client(id: $id) { version } }", new { id = newClientId })).Data.GetProperty("client").GetProperty("version").GetInt64();
        Assert.Empty((await b.PostAsync("mutation($i: CloseCaseInput!) { closeCase(input: $i) { errors { code } } }",
            new { i = new { clientId = newClientId, expectedVersion = version, reason = "MOVED_AWAY" } })).UserErrors("closeCase"));

        ErasureSubject subject;
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId)) subject = (await Erasure.FindAsync(inB, newClientId, default))!;
        Assert.Equal([transferId], subject.Arrivals);
        var audit = new AuditRecord(Guid.CreateVersion7(), AuditAction.PersonErased, subject.Kind, newClientId, Guid.NewGuid(), ["OrgAdmin"], "the person asked", api.Clock.GetUtcNow());
        var requested = await ErasureJob.RequestAsync(api.Store, api.NgoB.TenantId, subject, ErasureSource.Admin, audit, default);
        Assert.NotNull((await api.Services.GetRequiredService<ErasureJob>().RunAsync(api.NgoB.TenantId, requested.Result.StreamId, default))!.CompletedAt);

        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId))
        {
            Assert.Equal(PersonalDataMasking.Erased, (await inB.LoadAsync<Client>(newClientId))!.Person.Name);
            var transfer = (await inB.LoadAsync<Transfer>(transferId))!;
            Assert.Equal((PersonalDataMasking.Erased, PersonalDataMasking.Erased, TransferStatus.Accepted, newClientId),
                (transfer.Package.Person.Name, transfer.Reason, transfer.Status, transfer.NewClientId));
            Assert.All((await inB.Events.FetchStreamAsync(transferId)).Select(e => e.Data).OfType<TransferOffered>(),
                e => Assert.Equal(PersonalDataMasking.Erased, e.Package.Person.Name));
        }
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
        {
            Assert.Equal(PersonalDataMasking.Erased, (await inA.LoadAsync<SentTransfer>(transferId))!.Reason);
            // The sender's own case is the sender's to erase, under its own rules.
            Assert.Equal(pair.ClientName, (await inA.LoadAsync<Client>(clientId))!.Person.Name);
        }
    }
}
