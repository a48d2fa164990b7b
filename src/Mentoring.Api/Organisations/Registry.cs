using Marten;
using Mentoring.Domain.Organisations;

namespace Mentoring.Api.Organisations;

/// <summary>The organisation registry lives in the platform tenant; every feature looks organisations up here.</summary>
public static class Registry
{
    public static async Task<Organisation?> OrganisationAsync(this IDocumentStore store, Guid id, CancellationToken ct)
    {
        await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return await registry.LoadAsync<Organisation>(id, ct);
    }
}
