using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mentoring.Api.Hosting;

/// <summary>Mentoring:ForwardedHeaders — the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the proxies in front of the API, e.g. 10.0.0.5.</summary>
    public List<string> KnownProxies { get; set; } = [];
    /// <summary>Networks they live in, in CIDR notation, e.g. 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a load balancer the socket's address is the balancer's; the client's is in X-Forwarded-For. Those headers are
/// taken only from the configured proxies — none by default (ASP.NET Core's own default trusts loopback), so without
/// configuration nobody can choose the address that rate limits count. After this, the request's address and scheme
/// are the client's: limits key on it and HSTS is sent only when the client's request was HTTPS.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddMentoringForwardedHeaders(this IServiceCollection services, ForwardedHeadersSettings settings) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // With both lists empty ASP.NET Core would believe any sender, so then the headers are not read at all
            // (this also overrides ASPNETCORE_FORWARDEDHEADERS_ENABLED, which means exactly that).
            o.ForwardedHeaders = settings.KnownProxies.Count + settings.KnownNetworks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Several proxies in a row (e.g. a balancer, then a local proxy) are walked back while each is a known one.
            o.ForwardLimit = null;
            foreach (var proxy in settings.KnownProxies)
                o.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Mentoring:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            foreach (var network in settings.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Mentoring:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation."));
        });
}
