using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace Mentoring.Api.Http;

/// <summary>Serves the built browser app (web/dist) and the GraphiQL page, with security headers on every answer.</summary>
public static class WebApp
{
    public static void UseSecurityHeaders(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        // Set as the answer starts, so that they are on every answer, also one the exception handler wrote after clearing the first.
        ctx.Response.OnStarting(() => { Apply(ctx); return Task.CompletedTask; });
        return next();
    });

    private static void Apply(HttpContext ctx)
    {
        var headers = ctx.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
            "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (ctx.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
    }

    /// <summary>Brotli or gzip for the app's files (only those: answers that carry secrets are never compressed — BREACH).</summary>
    public static IServiceCollection AddWebAppCompression(this IServiceCollection services) => services.AddResponseCompression(o =>
    {
        o.EnableForHttps = true;
        o.Providers.Add<BrotliCompressionProvider>();
        o.Providers.Add<GzipCompressionProvider>();
        o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/manifest+json", "image/svg+xml"]);
    });

    /// <summary>Not the app's files: the API, sign-in, reports, jobs and health answers.</summary>
    private static bool IsServerRoute(PathString path) =>
        path.StartsWithSegments("/graphql") || path.StartsWithSegments("/health") || path.StartsWithSegments("/auth")
        || path.StartsWithSegments("/reports") || path.StartsWithSegments("/jobs");

    public static void MapWebApp(this WebApplication app, string? webRoot)
    {
        if (webRoot is null)
        {
            app.Logger.LogWarning("web/dist not found: the browser app is not served (build it with npm run build in web/)");
            return;
        }
        var files = new PhysicalFileProvider(webRoot);
        app.UseWhen(ctx => !IsServerRoute(ctx.Request.Path), b => b.UseResponseCompression());
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Hashed file names never change content: cache them for a year. Everything else (index.html, the service
            // worker, the manifest) is revalidated, so a new deployment is picked up at once.
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl =
                f.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.MapGet("/graphql/ui", () => Results.File(Path.Combine(webRoot, "graphiql.html"), "text/html; charset=utf-8"));
        // Client-side routes of the single-page app.
        app.MapFallback(ctx =>
        {
            if (IsServerRoute(ctx.Request.Path))
            {
                ctx.Response.StatusCode = 404;
                return Task.CompletedTask;
            }
            ctx.Response.ContentType = "text/html; charset=utf-8";
            ctx.Response.Headers.CacheControl = "no-cache";
            return ctx.Response.SendFileAsync(Path.Combine(webRoot, "index.html"));
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])); // other methods keep routing's 405
    }
}

public static class WebRoot
{
    /// <summary>The configured folder, else web/dist found by walking up from the content root (repository layout).</summary>
    public static string? Find(string? configured, string contentRoot)
    {
        if (!string.IsNullOrEmpty(configured)) return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }
        return null;
    }
}
