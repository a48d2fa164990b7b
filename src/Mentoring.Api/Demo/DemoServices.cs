using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Services;

namespace Mentoring.Api.Demo;

/// <summary>
/// The demo NGO's own entries of the services directory, in Rīga where the demo people go: fictional like every other
/// demo fact (example phone numbers, a street that says it is a demo), so a mentor's phone shows tap-to-call and a map
/// link next to the platform's sourced entries. Idempotent: each has its key.
/// </summary>
internal static class DemoServices
{
    private static readonly (string Key, ServiceDetails Details)[] Entries =
    [
        ("demo-service-group", new ServiceDetails(ServiceKind.MutualHelpGroup, "Līdzgaitnieku atbalsta grupa", "riga", "Demo iela 1, Rīga", "Ceturtdienās 18:00–19:30",
            "+371 20000001", ["lv", "ru"], [NeedDomain.Addiction, NeedDomain.SocialSkillsAndLeisure], "Demo ieraksts: biedrības pašas grupa bijušajiem ieslodzītajiem.")),
        ("demo-service-soup", new ServiceDetails(ServiceKind.SoupKitchen, "Zupas virtuve (demo)", "riga", "Demo iela 5, Rīga", "Darbdienās 13:00–14:30",
            "+371 20000002", ["lv"], [NeedDomain.BasicNeeds], "Demo ieraksts: karsts ēdiens bez izziņas.")),
    ];

    public static async Task SeedAsync(IDocumentStore store, string tenantId, TimeProvider clock, CancellationToken ct)
    {
        var actor = new Actor(Guid.Empty, clock.GetUtcNow(), RigaCalendar.Today(clock));
        foreach (var (key, details) in Entries)
        {
            await using var session = store.LightweightSession(tenantId);
            var id = StreamWrites.CreationId("service", $"{tenantId}:{key}");
            var written = await StreamWrites.Create<LocalService>(session, id, true, s => ServiceDecider.Decide(new AddService(id, details, actor), s),
                ServiceDecider.Evolve, ct);
            if (!written.Succeeded) throw new InvalidOperationException($"Demo service {key}: {string.Join(", ", written.Errors.Select(e => e.Code))}");
        }
    }
}
