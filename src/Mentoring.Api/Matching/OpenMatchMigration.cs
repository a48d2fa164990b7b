using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Organisations;

namespace Mentoring.Api.Matching;

/// <summary>
/// Cases recorded before a case knew its open match get it told once, at start-up: for every open match whose client
/// does not name it, a <see cref="ClientMatchOpened"/> is appended (and for a client naming a match that is no longer
/// open, a <see cref="ClientMatchClosed"/>). Running it again finds nothing to do; two nodes racing append twice at
/// worst, which folds to the same state.
/// </summary>
public sealed class OpenMatchMigration(IDocumentStore store, TimeProvider clock, ILogger<OpenMatchMigration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            var fixedCases = await RunAsync(store, clock.GetUtcNow(), ct);
            if (fixedCases > 0) log.LogInformation("Told {Cases} cases of their open match", fixedCases);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError("Open-match migration failed ({ExceptionType}); it runs again at the next start", ex.GetType().FullName);
        }
    }

    public static async Task<int> RunAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        List<string> tenants;
        await using (var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant))
            tenants = (await registry.Query<Organisation>().Where(o => o.Kind == OrganisationKind.Ngo).Select(o => o.TenantId).ToListAsync(ct)).ToList();
        var changed = 0;
        foreach (var tenant in tenants)
        {
            await using var session = store.LightweightSession(tenant);
            var open = (await session.Query<Match>().Where(m => m.Stage.IsOneOf(Match.OpenStages))
                .Select(m => new { m.Id, m.ClientId }).ToListAsync(ct)).ToDictionary(m => m.ClientId, m => m.Id);
            var flagged = await session.Query<Client>().Where(c => c.HasActiveMatch).Select(c => new { c.Id, c.OpenMatchId }).ToListAsync(ct);
            foreach (var (clientId, matchId) in open)
                if (!flagged.Any(c => c.Id == clientId && c.OpenMatchId == matchId))
                {
                    (await session.Events.FetchForWriting<Client>(clientId, ct)).AppendOne(new ClientMatchOpened(clientId, matchId, now));
                    changed++;
                }
            foreach (var stale in flagged.Where(c => !open.ContainsKey(c.Id)))
            {
                (await session.Events.FetchForWriting<Client>(stale.Id, ct)).AppendOne(new ClientMatchClosed(stale.Id, stale.OpenMatchId ?? Guid.Empty, now));
                changed++;
            }
            await session.SaveChangesAsync(ct);
        }
        return changed;
    }
}
