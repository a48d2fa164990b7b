using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Api.Auth;

/// <summary>Random secrets (API tokens, invitation links) and their stored form: only a SHA-256 hash is kept.</summary>
public static class Secrets
{
    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
