using JasperFx.Events.Daemon;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Demo;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Health;
using Mentoring.Api.Http;
using Mentoring.Api.Jobs;
using Mentoring.Api.Organisations;
using Mentoring.Api.Mentors;
using Mentoring.Api.Outcomes;
using Mentoring.Domain.Marten;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace Mentoring.Api.Hosting;

/// <summary>Builds the API host. Program, the tests and the benchmark all start it through here.</summary>
public static class MentoringApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        var options = builder.Configuration.GetSection("Mentoring").Get<MentoringOptions>() ?? new MentoringOptions();
        var connectionString = ConnectionString(builder.Configuration, options);
        var jobs = JobsSetup.ReadOptions(builder.Configuration);
        var secureCookies = options.SecureCookies ?? !builder.Environment.IsDevelopment();

        builder.Host.UseSerilog((ctx, log) => log
            .ReadFrom.Configuration(ctx.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter()));

        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(ClockSetting.From(builder.Configuration, builder.Environment)); // tests register a fake clock first
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();

        var marten = builder.Services.AddMarten(o => MartenSetup.Configure(o, connectionString, options.Schema))
            .UseLightweightSessions()
            .BuildSessionsWith<TenantSessionFactory>()
            .ApplyAllDatabaseChangesOnStartup();
        MartenLogging.Use(builder.Services); // failures without the values involved
        builder.Services.AddSingleton<IConfigureMarten, Referrals.ReferralMilestonesRegistration>();
        ShardSupervisor.AddDaemon(marten, builder.Services, options);

        // The API records messages and hands them to Hangfire; it runs Quartz and a Hangfire server only in-process mode.
        builder.Services.AddMentoringJobs(jobs, connectionString, options.Schema, runEngines: jobs.Mode == JobsMode.InProcess);
        options.AnonymousIntrospection ??= builder.Environment.IsDevelopment();
        builder.Services.AddMentoringGraphQL(options);
        builder.Services.AddScoped<Mentors.MentorReadContext>();
        builder.Services.AddScoped<Audit.CaseReadAudit>();
        builder.Services.AddScoped<Services.ServiceCatalogue>();
        builder.Services.AddRateLimitCounters(options.Schema);
        builder.Services.AddSingleton<Mentors.ApplicationRateLimiter>();
        builder.Services.AddSingleton<Mentors.PublicFormServices>();
        builder.Services.AddSingleton<SignInRateLimiter>();
        builder.Services.AddMentoringForwardedHeaders(options.ForwardedHeaders);

        builder.Services.AddMentoringAuth(secureCookies, options);
        builder.Services.AddMentoringExceptionHandling();
        builder.Services.AddMentoringHealth();
        builder.Services.AddMentoringTelemetry(options.TelemetryExporter);
        if (options.SeedDemo)
        {
            builder.Services.AddHostedService<DemoData>();
            builder.Services.AddHostedService<DemoScenario>();
        }
        builder.Services.AddHostedService<PlatformBootstrap>();
        builder.Services.AddHostedService<Matching.OpenMatchMigration>();
        builder.Services.AddHostedService<Contacts.ContactLogMigration>();
        builder.Services.AddWebAppCompression();

        var app = builder.Build();
        app.UseForwardedHeaders(); // first: everything after sees the client's address and scheme
        app.UseSerilogRequestLogging();
        app.UseMentoringExceptionHandling();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAntiforgeryEndpoint();
        app.MapGraphQLEndpoint("/graphql", options.MaxRequestBytes, options.MaxImportRequestBytes);
        app.MapMentoringHealth();
        app.MapOutcomeCsv();
        app.MapVolunteerStatement();
        if (jobs.Mode != JobsMode.Off) app.MapJobsDashboard("/jobs");
        app.MapWebApp(WebRoot.Find(options.WebRoot, app.Environment.ContentRootPath));
        return app;
    }

    /// <summary>MENTORING_DB, unless Mentoring:ConnectionString is set; then ConnectionStrings:Mentoring.</summary>
    public static string ConnectionString(IConfiguration configuration, MentoringOptions options) =>
        Environment.GetEnvironmentVariable("MENTORING_DB") is { Length: > 0 } fromEnv && options.ConnectionString is null
            ? fromEnv
            : options.ConnectionString ?? configuration.GetConnectionString("Mentoring")
              ?? throw new InvalidOperationException("No database: set MENTORING_DB or ConnectionStrings:Mentoring.");
}
