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

    public static IServiceCollection AddMentoringAuth(this IServiceCollection services, bool secureCookies)
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
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
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
        MartenXmlRepository.AddSharedDataProtection(services);
        return services;
    }

    /// <summary>A cookie outlives nothing: a changed security stamp (new password, new roles, removed user) ends it.</summary>
    private static async Task ValidateStamp(CookieValidatePrincipalContext ctx)
    {
        var caller = Caller.From(ctx.Principal);
        var stamp = ctx.Principal?.FindFirst(Caller.StampClaim)?.Value;
        if (caller is null || stamp is null) { ctx.RejectPrincipal(); return; }
        var store = ctx.HttpContext.RequestServices.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(caller.TenantId);
        var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.HttpContext.RequestAborted);
        if (user is null || user.SecurityStamp != stamp) ctx.RejectPrincipal();
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
