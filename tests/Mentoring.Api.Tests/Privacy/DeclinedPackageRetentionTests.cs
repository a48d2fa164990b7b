using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Transfers;
using Mentoring.Jobs.Retention;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Transfers.TransferApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// A referral an NGO declined and a transfer it declined hold a person that NGO never took on: the retention job masks
/// their details once the period (60 days by default) has passed, in the receiving NGO's records and in the sender's
/// status copy, and audits it; the codes, dates and the sender's own case stay. A class of its own: it moves the clock on.
/// </summary>
public sealed class DeclinedPackageRetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Send = "mutation($i: ReferToNgoInput!) { referToNgo(input: $i) { referral { id } errors { code field } } }";

    [Fact]
    public async Task Declined_referrals_and_transfers_lose_the_persons_details_after_the_period_and_nothing_else()
    {
        await ContractAsync(api, "a", "riga");
        await ContractAsync(api);
        using var referrer = await api.SignedIn("prison", Role.Referrer);
        using var a = await api.SignedIn("a", Role.Coordinator);
        using var b = await api.SignedIn("b", Role.Coordinator);

        var referralId = Guid.Parse((await referrer.PostAsync(Send, new
        {
            i = new
            {
                name = "Pēteris Liepa", gender = "MALE", birthYear = 1986, languages = new[] { "lv" }, prisonCode = "olaine", expectedReleaseDate = "2026-12-21",
                releaseType = "END_OF_SENTENCE", destinationMunicipality = "riga", ngoOrganisationId = api.NgoA.Id,
                needs = new object[] { new { domain = "HOUSING", level = "HIGH", note = "Sleeps at a friend's" } },
                consentScopes = new[] { "PROCESSING", "MENTOR_CONTACT" }, consentGivenOn = "2026-11-20", consentDocumentReference = "OC-2026/78", note = "Calls only after 18:00.",
            },
        })).Data.GetProperty("referToNgo").GetProperty("referral").GetProperty("id").GetString()!);
        Assert.Empty((await a.PostAsync("mutation($i: DeclineReferralInput!) { declineReferral(input: $i) { errors { code field } } }",
            new { i = new { referralId, expectedVersion = 1, reason = "NO_CAPACITY", note = "Full until March." } })).UserErrors("declineReferral"));

        var (clientId, pair) = await CaseAsync(api, a);
        var transferId = Guid.Parse((await a.PostAsync(Offer, OfferInput(clientId, api.NgoB.Id))).Data.GetProperty("transferCase").GetProperty("transfer").GetProperty("id").GetString()!);
        Assert.Empty((await b.PostAsync("mutation($i: DeclineTransferInput!) { declineTransfer(input: $i) { errors { code field } } }",
            new { i = new { transferId, expectedVersion = 1, reason = "NO_CAPACITY", note = "No mentor speaks Latgalian." } })).UserErrors("declineTransfer"));

        var job = ActivatorUtilities.CreateInstance<RetentionJob>(api.Services);
        var days = api.Services.GetRequiredService<Mentoring.Jobs.Hosting.JobsOptions>().Retention.DeclinedPackageDays;
        api.Clock.Advance(TimeSpan.FromDays(days - 1));
        Assert.Equal(0, (await job.RunAsync(default)).DeclinedPackagesMasked);
        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
            Assert.Equal("Pēteris Liepa", (await inA.LoadAsync<Referral>(referralId))!.Details.Person.Name);

        api.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, (await job.RunAsync(default)).DeclinedPackagesMasked);

        await using (var inA = api.Store.QuerySession(api.NgoA.TenantId))
        {
            var referral = (await inA.LoadAsync<Referral>(referralId))!;
            Assert.Equal((PersonalDataMasking.Erased, (string?)null, PersonalDataMasking.Erased, (string?)null, (string?)null),
                (referral.Details.Person.Name, referral.Details.Person.Contact, referral.Details.ConsentDocumentReference, referral.Details.Note, referral.Details.Needs.Single().Note));
            Assert.Equal((ReferralStatus.Declined, ReferralDeclineReason.NoCapacity, (string?)null, 1986, "olaine"),
                (referral.Status, referral.DeclineReason, referral.DeclineNote, referral.Details.Person.BirthYear, referral.Details.PrisonCode));
            // The sender's case is theirs: untouched. Its status copy of the transfer lost the reason written about the person.
            Assert.Equal(pair.ClientName, (await inA.LoadAsync<Client>(clientId))!.Person.Name);
            var sent = (await inA.LoadAsync<SentTransfer>(transferId))!;
            Assert.Equal((PersonalDataMasking.Erased, TransferStatus.Declined, TransferDeclineReason.NoCapacity, (string?)null),
                (sent.Reason, sent.Status, sent.DeclineReason, sent.DeclineNote));
            Assert.Equal(["referral"], (await inA.Query<AuditRecord>().Where(r => r.Action == AuditAction.PersonErased).ToListAsync())
                .Select(r => { Assert.Equal(AuditPurposes.Retention(RetentionRule.DeclinedPackage), r.Purpose); return r.SubjectKind; }));
        }
        await using (var inB = api.Store.QuerySession(api.NgoB.TenantId))
        {
            var transfer = (await inB.LoadAsync<Transfer>(transferId))!;
            Assert.Equal((PersonalDataMasking.Erased, (string?)null, PersonalDataMasking.Erased, TransferStatus.Declined, (string?)null),
                (transfer.Package.Person.Name, transfer.Package.Person.Contact, transfer.Reason, transfer.Status, transfer.DeclineNote));
            var masked = (await inB.Events.FetchStreamAsync(transferId)).Select(e => e.Data).OfType<TransferOffered>().Single();
            Assert.Equal(PersonalDataMasking.Erased, masked.Package.Person.Name);
            Assert.Equal(["transfer"], (await inB.Query<AuditRecord>().Where(r => r.Action == AuditAction.PersonErased).ToListAsync()).Select(r => r.SubjectKind));
        }
        await using (var inPrison = api.Store.QuerySession(api.Prison.TenantId))
            Assert.Equal(PersonalDataMasking.Erased, (await inPrison.LoadAsync<SentReferral>(referralId))!.Details.Person.Name);

        // What was masked no longer matches: a second night does nothing.
        Assert.Equal(0, (await job.RunAsync(default)).DeclinedPackagesMasked);
    }
}
