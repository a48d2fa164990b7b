using System.Text.Encodings.Web;
using Marten;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mentoring.Api.Auth;

/// <summary><c>Authorization: Bearer mtk_…</c> with a personal API token; looked up by its hash.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDocumentStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenPrefix = "mtk_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
            return AuthenticateResult.Fail("Malformed API token.");

        var hash = Secrets.Hash(secret);
        await using var registry = store.QuerySession();
        var token = await registry.Query<ApiToken>()
            .Where(t => t.AnyTenant() && t.SecretHash == hash)
            .FirstOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");

        await using var session = store.QuerySession(token.TenantId);
        var user = await session.LoadAsync<UserAccount>(token.UserId, Context.RequestAborted);
        if (user is null || !user.IsActive) return AuthenticateResult.Fail("The token's user no longer exists.");

        var principal = Caller.Principal(user, token.TenantId, SchemeName, stamp: null);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
