using Marten;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mentoring.Api.Auth;

/// <summary>Cookie sign-in for the browser, personal API tokens for scripts, anti-forgery for cookie POSTs.</summary>
public static class AuthSetup
{
    public const string CookieName = "mentoring.auth";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";
    private const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddMentoringAuth(this IServiceCollection services, bool secureCookies, Hosting.MentoringOptions options)
    {
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                // The idle timeout; the absolute lifetime is the server-side session's (UserSessions).
                o.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionIdleMinutes);
                o.SlidingExpiration = true;
                // An API answers 401/403; it never redirects to a login page.
                o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = 403; return Task.CompletedTask; };
                o.Events.OnValidatePrincipal = ValidateStamp;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "mentoring.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization();
        services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, MentorStanding>();
        services.AddSingleton<SecondFactors>();
        MartenXmlRepository.AddSharedDataProtection(services);
        return services;
    }

    /// <summary>
    /// A cookie outlives nothing: it names a server-side session, which must still be live (not signed out, not past its
    /// absolute lifetime), and a security stamp, which must still be the account's (new password, new roles,
    /// deactivation, a suspended mentor end it). Checked on every request, on every node.
    /// </summary>
    private static async Task ValidateStamp(CookieValidatePrincipalContext ctx)
    {
        if (!await UserSessions.IsValidAsync(ctx.HttpContext, ctx.Principal)) ctx.RejectPrincipal();
    }

    /// <summary>The browser app asks for its anti-forgery token here (after start-up and after every sign-in or sign-out).</summary>
    public static void MapAntiforgeryEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/auth/antiforgery", (HttpContext ctx, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(ctx);
            ctx.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { token = tokens.RequestToken });
        });

    public static bool IsCookieAuthenticated(this HttpContext ctx) =>
        ctx.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };
}
