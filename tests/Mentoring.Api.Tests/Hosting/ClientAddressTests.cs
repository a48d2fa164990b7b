using System.Net;
using Mentoring.Api.Hosting;

namespace Mentoring.Api.Tests.Hosting;

public sealed class ClientAddressTests
{
    private static string Key(string address) => ClientAddress.Key(IPAddress.Parse(address));

    [Fact]
    public void An_ipv6_client_counts_as_its_64_prefix()
    {
        Assert.Equal("2001:db8:1:2::/64", Key("2001:db8:1:2:aaaa:bbbb:cccc:1"));
        Assert.Equal(Key("2001:db8:1:2::1"), Key("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        Assert.NotEqual(Key("2001:db8:1:2::1"), Key("2001:db8:1:3::1"));
        Assert.Equal("fe80::/64", Key("fe80::1%2")); // a scope id does not make another key
    }

    [Fact]
    public void An_ipv4_client_counts_as_itself_also_when_it_arrives_mapped_into_ipv6()
    {
        Assert.Equal("203.0.113.7", Key("203.0.113.7"));
        Assert.NotEqual(Key("203.0.113.7"), Key("203.0.113.8"));
        Assert.Equal("203.0.113.7", Key("::ffff:203.0.113.7"));
        Assert.Equal("unknown", ClientAddress.Key((IPAddress?)null));
    }
}
