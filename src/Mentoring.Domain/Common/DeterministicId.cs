using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Domain.Common;

/// <summary>
/// Stream ids derived from a client's idempotency key: a retried create names the same stream, so the second
/// attempt collides with the first instead of creating a duplicate.
/// </summary>
public static class DeterministicId
{
    public static Guid From(string scope, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + key));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5-style marker, so these ids are recognisable
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
