using Marten;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Organisations;

namespace Mentoring.Api.Contacts;

/// <summary>
/// Databases written before the contact log had documents of its own (until then each match's state carried its whole
/// log) hold their contacts only as events. At start-up every NGO whose logged contacts outnumber its contact documents
/// gets the missing ones folded from its match streams (<see cref="ContactLog.Fold"/>, the projection's own steps);
/// documents that exist are left alone, so a contact changed meanwhile is never overwritten with an older fold. Running
/// it again finds nothing to do. To rebuild the whole projection instead (after changing it), see
/// <see cref="ContactLogProjection"/>.
/// </summary>
public sealed class ContactLogMigration(IDocumentStore store, ILogger<ContactLogMigration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            var built = await RunAsync(store, ct);
            if (built > 0) log.LogInformation("Built {Contacts} contact log documents from the match streams", built);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError("Contact log migration failed ({ExceptionType}); it runs again at the next start", ex.GetType().FullName);
        }
    }

    /// <returns>How many contact documents were built.</returns>
    public static async Task<int> RunAsync(IDocumentStore store, CancellationToken ct)
    {
        List<string> tenants;
        await using (var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant))
            tenants = (await registry.Query<Organisation>().Where(o => o.Kind == OrganisationKind.Ngo).Select(o => o.TenantId).ToListAsync(ct)).ToList();
        var built = 0;
        foreach (var tenant in tenants)
        {
            List<(Guid MatchId, Guid ContactId)> missing;
            await using (var query = store.QuerySession(tenant))
            {
                // Each contact has its own id; equal counts of logged contacts and documents mean nothing is missing.
                var contacts = query.Events.QueryRawEventDataOnly<ContactLogged>().Select(e => e.ContactId).Distinct();
                if (await contacts.CountAsync(ct) == await query.Query<ContactRecord>().CountAsync(ct)) continue;
                var existing = (await query.Query<ContactRecord>().Select(c => c.Id).ToListAsync(ct)).ToHashSet();
                missing = (await query.Events.QueryRawEventDataOnly<ContactLogged>().Select(e => new { e.MatchId, e.ContactId }).ToListAsync(ct))
                    .Where(e => !existing.Contains(e.ContactId)).Select(e => (e.MatchId, e.ContactId)).ToList();
            }
            foreach (var match in missing.GroupBy(e => e.MatchId))
            {
                var ids = match.Select(e => e.ContactId).ToHashSet();
                await using var session = store.LightweightSession(tenant);
                var contacts = ContactLog.Fold((await session.Events.FetchStreamAsync(match.Key, token: ct)).Select(e => e.Data)).Where(c => ids.Contains(c.Id)).ToList();
                session.InsertObjects(contacts);
                try
                {
                    await session.SaveChangesAsync(ct);
                    built += contacts.Count;
                }
                catch (JasperFx.DocumentAlreadyExistsException)
                {
                    // A request wrote one of them meanwhile: its document comes from the whole stream, so it stands.
                }
            }
        }
        return built;
    }
}
