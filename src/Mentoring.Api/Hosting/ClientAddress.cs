using System.Net;
using System.Net.Sockets;

namespace Mentoring.Api.Hosting;

/// <summary>Whom a per-address limit counts: the client's address as forwarded headers left it (see <see cref="ForwardedHeadersSetup"/>).</summary>
public static class ClientAddress
{
    /// <summary>
    /// An IPv4 address as it is; an IPv6 address as its /64, because one subscriber is usually given a whole /64 and could
    /// otherwise step through its addresses to reset the limit. An IPv4 address mapped into IPv6 counts as the IPv4 one.
    /// </summary>
    public static string Key(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static string Key(HttpContext http) => Key(http.Connection.RemoteIpAddress);
}
