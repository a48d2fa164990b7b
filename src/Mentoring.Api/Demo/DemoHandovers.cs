using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.Handovers;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Demo;

/// <summary>
/// Oskars, released last month and refused help for want of account statements, signs the consent to share his path with
/// Rīga's social service, and the coordinator hands it to the demo social worker (socialworker@demo.mentoring.lv) for the
/// usual 60 days. Run once, with the rest of the demo's history (<see cref="DemoScenario"/>).
/// </summary>
public static class DemoHandovers
{
    public const string SocialWorkerEmail = "socialworker@demo.mentoring.lv";
    private const string SearchName = "oskars vītols"; // Client.SearchName: the name lower-cased

    public static async Task SeedAsync(IDocumentStore store, Organisation ngo, Caller coordinator, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession(ngo.TenantId);
        var client = await session.Query<Client>().FirstOrDefaultAsync(c => c.SearchName == SearchName, ct);
        if (client is null || client.Stage == ClientStage.Closed || client.ConsentWithdrawn) return;
        var actor = new Actor(coordinator.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        if (!client.HasConsent(ConsentScope.ShareWithSocialService))
            await ClientMutations.Write(session, client.Id, null, actor,
                c => ClientDecider.Decide(new RecordConsent([.. c!.Consent, ConsentScope.ShareWithSocialService], actor.Today, "PK-2026/ss-1", actor), c), ct);

        await using var directory = store.QuerySession();
        var worker = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Email == SocialWorkerEmail, ct);
        if (worker is null) return;
        await HandoverMutations.HandOver(new HandOverToSocialServiceInput { ClientId = client.Id, SocialWorkerUserId = worker.Id, IdempotencyKey = "demo-handover" },
            coordinator, actor, session, store, ct);
    }
}
