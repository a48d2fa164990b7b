using System.Text.RegularExpressions;
using Marten;
using Mentoring.Domain.Messages;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>What the product e-mailed, read from its outbox: tests follow the links people get, as they would.</summary>
public static partial class Mailbox
{
    /// <summary>Every message recorded for an address, in any organisation, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> MessagesToAsync(this ApiFixture api, string to)
    {
        await using var session = api.Store.QuerySession();
        return (await session.Query<OutboxMessage>().Where(m => m.AnyTenant() && m.To == to).ToListAsync())
            .OrderBy(m => m.QueuedAt).ThenBy(m => Issue(m.Key)).ToList();
    }

    /// <summary>The secret of the newest link with this prefix mailed to the address (e.g. "inv_", "rst_").</summary>
    public static async Task<string> LinkSecretAsync(this ApiFixture api, string to, string prefix)
    {
        var secrets = (await api.MessagesToAsync(to)).Select(m => Regex.Match(m.TextBody, Regex.Escape(prefix) + "[A-Za-z0-9_-]+")).Where(m => m.Success).ToList();
        Assert.True(secrets.Count > 0, $"no link with {prefix} was mailed to {to}");
        return secrets[^1].Value;
    }

    /// <summary>Keys of re-issued messages end in their issue number.</summary>
    private static int Issue(string key) => int.TryParse(key[(key.LastIndexOf(':') + 1)..], out var n) ? n : 0;
}
