using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Services;

namespace Mentoring.Api.Services;

/// <summary>
/// The caller's NGO's directory for one request: the platform's entries (reference data, in memory) merged with the
/// NGO's own entries and corrections, read from its tenant's session — so another NGO's are never even loaded.
/// </summary>
public sealed class ServiceCatalogue(IQuerySession session)
{
    private static readonly string[] NationalIds = [.. PlatformServices.All.Where(s => s.National).Select(s => s.Id)];
    private Task<IReadOnlyList<ServiceEntry>>? _all;

    /// <summary>The stream holding this NGO's corrections of a platform entry (one per tenant and entry).</summary>
    public static Guid CorrectionId(string tenantId, string platformId) => DeterministicId.From("service-correction", $"{tenantId}:{platformId}");

    /// <summary>The entries of one municipality (with the national ones), or of all when null.</summary>
    public async Task<IReadOnlyList<ServiceEntry>> MergedAsync(string? municipality, CancellationToken ct)
    {
        if (municipality is null) return await AllAsync(ct);
        var local = await session.Query<LocalService>()
            .Where(l => l.Municipality == municipality || l.PlatformId.IsOneOf(NationalIds))
            .ToListAsync(ct);
        return ServiceDirectory.Merge(PlatformServices.All, local);
    }

    /// <summary>Every entry of this NGO's directory, loaded once per request (an NGO's own entries and corrections are few).</summary>
    public Task<IReadOnlyList<ServiceEntry>> AllAsync(CancellationToken ct) => _all ??= LoadAll(ct);

    private async Task<IReadOnlyList<ServiceEntry>> LoadAll(CancellationToken ct) =>
        ServiceDirectory.Merge(PlatformServices.All, await session.Query<LocalService>().ToListAsync(ct));

    public async Task<ServiceEntry?> FindAsync(string id, CancellationToken ct)
    {
        if (Guid.TryParse(id, out var own))
            return await session.LoadAsync<LocalService>(own, ct) is { PlatformId: null, Details: not null } l
                ? ServiceDirectory.Merge([], [l]).Single()
                : null;
        if (PlatformServices.Find(id) is not { } platform) return null;
        var correction = await session.LoadAsync<LocalService>(CorrectionId(session.TenantId, id), ct);
        return ServiceDirectory.Merge([platform], correction is null ? [] : [correction]).Single();
    }

    /// <summary>The entries with these ids, in their order; ids no longer in the directory are left out.</summary>
    public async Task<IReadOnlyList<ServiceEntry>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var all = (await AllAsync(ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. ids.Select(id => all.GetValueOrDefault(id)).OfType<ServiceEntry>()];
    }
}
