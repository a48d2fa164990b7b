using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Privacy;
using Mentoring.Jobs.Retention;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Transfers.TransferApi;

namespace Mentoring.Api.Tests.Transfers;

/// <summary>
/// After a transfer the sending NGO keeps only what retention allows: its case, closed as TRANSFERRED, is a closed case
/// to the retention job, anonymised once the closed-case period has passed; the receiving NGO's open case is untouched.
/// A class of its own: it moves the fixture's clock years on.
/// </summary>
public sealed class TransferRetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_transferred_case_is_anonymised_at_the_sender_after_the_closed_case_period_and_the_receivers_case_stays()
    {
        await ContractAsync(api);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);
        var (clientId, pair) = await CaseAsync(api, a);
        var id = (await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString()!;
        var accepted = (await b.PostAsync(Accept, new { i = new { transferId = id, idempotencyKey = "k" } })).Data.GetProperty("acceptTransfer").GetProperty("transfer");
        var newClientId = Guid.Parse(accepted.GetProperty("newClientId").GetString()!);

        var job = ActivatorUtilities.CreateInstance<RetentionJob>(api.Services);
        await job.RunAsync(default);
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.Equal(pair.ClientName, (await inA.LoadAsync<Client>(clientId))!.Person.Name); // closed, but within the period

        var years = api.Services.GetRequiredService<Mentoring.Jobs.Hosting.JobsOptions>().Retention.ClosedCaseYears;
        api.Clock.Advance(TimeSpan.FromDays(365 * years + 2));
        await job.RunAsync(default);

        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var sent = (await inA.LoadAsync<Client>(clientId))!;
            Assert.Equal((PersonalDataMasking.Erased, CaseClosureReason.Transferred), (sent.Person.Name, sent.ClosureReason));
        }
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId))
        {
            var received = (await inB.LoadAsync<Client>(newClientId))!;
            // B's case went dormant over the years and the same night closed it (NO_CONTACT): its own closed-case period only begins.
            Assert.Equal(pair.ClientName, received.Person.Name);
        }
    }
}
