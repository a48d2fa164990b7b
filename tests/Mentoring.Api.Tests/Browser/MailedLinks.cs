using System.Text.RegularExpressions;

namespace Mentoring.Api.Tests.Browser;

/// <summary>Links the product e-mailed, followed the way a person would: from the message body, exactly as written.</summary>
public static class MailedLinks
{
    /// <summary>
    /// The newest link in a message to <paramref name="to"/> whose path starts with <paramref name="start"/> (e.g.
    /// "/invitation#inv_"). Only its origin is changed: the mail names the configured public address, the test server
    /// listens on a port of its own.
    /// </summary>
    public static async Task<string> MailedLinkAsync(this ApiFixture api, string to, string start)
    {
        var link = new Regex(@"https?://[^\s/]+" + Regex.Escape(start) + @"[A-Za-z0-9_\-]+");
        var links = (await api.MessagesToAsync(to)).Select(m => link.Match(m.TextBody)).Where(m => m.Success).Select(m => m.Value).ToList();
        Assert.True(links.Count > 0, $"no link {start}… was mailed to {to}");
        var mailed = new Uri(links[^1]);
        Assert.StartsWith(start, mailed.PathAndQuery + mailed.Fragment, StringComparison.Ordinal);
        return new Uri(api.BaseAddress, mailed.PathAndQuery + mailed.Fragment).ToString();
    }
}
