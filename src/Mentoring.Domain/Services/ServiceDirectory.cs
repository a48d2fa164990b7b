using Mentoring.Domain.Common;

namespace Mentoring.Domain.Services;

/// <summary>
/// The directory as one NGO sees it, pure: the platform's entries with this NGO's corrections laid over them (only its
/// own: corrections are read from its tenant), plus its own entries; filtered by municipality (national services
/// belong to every one) and need domain.
/// </summary>
public static class ServiceDirectory
{
    public static IReadOnlyList<ServiceEntry> Merge(IEnumerable<ServiceEntry> platform, IEnumerable<LocalService> local)
    {
        var locals = local.ToList();
        var corrections = locals.Where(l => l.PlatformId is not null).ToDictionary(l => l.PlatformId!, StringComparer.Ordinal);
        var merged = platform.Select(p => corrections.TryGetValue(p.Id, out var c)
                ? p with { Origin = ServiceOrigin.Corrected, Details = c.Details ?? p.Details, Hidden = c.Hidden, Version = c.Version, HiddenReason = c.HiddenReason }
                : p)
            .Concat(locals.Where(l => l.PlatformId is null && l.Details is not null)
                .Select(l => new ServiceEntry(l.Id.ToString(), ServiceOrigin.Own, l.Details!, false, null, l.Hidden, l.Version) { HiddenReason = l.HiddenReason }));
        return [.. merged];
    }

    /// <summary>
    /// The entries for a municipality (null: every one) and a need domain (null: any), hidden ones only when asked: the
    /// municipality's own first, then national ones; by kind, then name.
    /// </summary>
    public static IReadOnlyList<ServiceEntry> Filter(IEnumerable<ServiceEntry> entries, string? municipality, IReadOnlyCollection<NeedDomain>? domains,
        bool includeHidden = false) =>
    [
        .. entries
            .Where(e => includeHidden || !e.Hidden)
            .Where(e => municipality is null || e.Details.Municipality == municipality || e.National)
            .Where(e => domains is null || domains.Count == 0 || e.Details.Domains.Any(domains.Contains))
            .OrderBy(e => municipality is not null && e.Details.Municipality != municipality)
            .ThenBy(e => e.Details.Kind)
            .ThenBy(e => e.Details.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Id, StringComparer.Ordinal),
    ];
}
