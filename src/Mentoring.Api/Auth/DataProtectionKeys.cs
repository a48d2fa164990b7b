using System.Xml.Linq;
using Marten;
using Mentoring.Domain.Organisations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Mentoring.Api.Auth;

/// <summary>A data-protection key ring entry (cookie and anti-forgery keys), shared by every API node.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// Keeps the key ring in PostgreSQL, so a cookie issued by one node is valid on every other one behind the load
/// balancer. Keys are stored unencrypted in the platform tenant: protect the database as you protect the data.
/// </summary>
public sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
        return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession(RegisterOrganisationDecider.PlatformTenant);
        session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        // IXmlRepository is synchronous; keys are written rarely (every 90 days), so blocking here is harmless.
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }

    public static IServiceCollection AddSharedDataProtection(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("mentoring");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new MartenXmlRepository(sp.GetRequiredService<IDocumentStore>())));
        return services;
    }
}
