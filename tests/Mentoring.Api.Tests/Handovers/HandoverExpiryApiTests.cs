using System.Text.Json;
using Marten;
using Mentoring.Domain.Handovers;
using static Mentoring.Api.Tests.Handovers.HandoverApi;

namespace Mentoring.Api.Tests.Handovers;

/// <summary>A hand-over runs out on the fake clock: readable up to its end, masked from that instant, extendable only before. A class of its own: it moves the clock.</summary>
public sealed class HandoverExpiryApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_path_is_readable_until_its_end_and_masked_from_then_on()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var (clientId, _) = await CaseAsync(coordinator);
        var made = await coordinator.PostAsync(HandOver, new { i = new { clientId, socialWorkerUserId = await SocialWorkerIdAsync(api, ApiFixture.EmailOf("riga", Role.SocialWorker)), days = 10 } });
        var id = Item(made, "handOverToSocialService").GetProperty("id").GetString()!;
        var version = Item(made, "handOverToSocialService").GetProperty("version").GetInt64();
        // Another, for one day, that nobody reads again: the sweep masks its copy at rest.
        var (unread, _) = await CaseAsync(coordinator);
        var oneDay = Item(await coordinator.PostAsync(HandOver, new { i = new { clientId = unread, socialWorkerUserId = await SocialWorkerIdAsync(api, ApiFixture.EmailOf("riga", Role.SocialWorker)), days = 1 } }),
            "handOverToSocialService").GetProperty("id").GetString()!;

        // Extended by five days before its end: now fifteen in all.
        var extended = await coordinator.PostAsync("mutation($i: ExtendHandoverInput!) { extendHandover(input: $i) { handover { expiresAt version } errors { code field } } }",
            new { i = new { handoverId = id, days = 5, expectedVersion = version } });
        Assert.Equal(ApiFixture.Start.AddDays(15), Item(extended, "extendHandover").GetProperty("expiresAt").GetDateTimeOffset());

        // Sessions end on the same clock: each step signs in afresh.
        api.Clock.Advance(TimeSpan.FromDays(15) - TimeSpan.FromSeconds(1));
        using (var before = await api.SignedIn("riga", Role.SocialWorker))
            Assert.Equal("Pēteris Liepa", (await before.PostAsync(One, new { id })).Data.GetProperty("handover").GetProperty("name").GetString());

        api.Clock.Advance(TimeSpan.FromSeconds(1));
        using var later = await api.SignedIn("riga", Role.SocialWorker);
        using var coordinatorLater = await api.SignedIn("a", Role.Coordinator);
        var read = (await later.PostAsync(One, new { id })).Data.GetProperty("handover");
        Assert.Equal("EXPIRED", read.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("path").ValueKind);
        // The expiry is recorded and the copy masked in the municipality's rows.
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId))
        {
            var stored = (await riga.LoadAsync<HandoverCase>(Guid.Parse(id)))!;
            Assert.Equal((HandoverStatus.Expired, null), (stored.Status, stored.Path));
        }
        // The sweep records what nobody read: the one-day hand-over's copy is masked now, and a second sweep finds nothing.
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId)) Assert.NotNull((await riga.LoadAsync<HandoverCase>(Guid.Parse(oneDay)))!.Path);
        Assert.Equal(1, await HandoverExpiry.SweepAsync(api.Store, api.Clock.GetUtcNow(), default));
        Assert.Equal(0, await HandoverExpiry.SweepAsync(api.Store, api.Clock.GetUtcNow(), default));
        await using (var riga = api.Store.QuerySession(api.Riga.TenantId))
            Assert.Equal((HandoverStatus.Expired, null), ((await riga.LoadAsync<HandoverCase>(Guid.Parse(oneDay)))!.Status, (await riga.LoadAsync<HandoverCase>(Guid.Parse(oneDay)))!.Path));
        var status = Assert.Single((await coordinatorLater.PostAsync(OfClient, new { c = clientId })).Data.GetProperty("clientHandovers").EnumerateArray());
        Assert.Equal("EXPIRED", status.GetProperty("status").GetString());
        var late = await coordinatorLater.PostAsync("mutation($i: ExtendHandoverInput!) { extendHandover(input: $i) { errors { code field } } }", new { i = new { handoverId = id, days = 5 } });
        Assert.Equal("HANDOVER_EXPIRED", Assert.Single(late.UserErrors("extendHandover")).Code);
        var decided = await later.PostAsync(Decide, new { i = new { handoverId = id, help = "GMI_BENEFIT", decision = "REFUSED", reason = "OTHER", decidedOn = "2026-12-08", note = "x y z" } });
        Assert.Equal("HANDOVER_EXPIRED", Assert.Single(decided.UserErrors("recordSocialServiceDecision")).Code);
    }
}
