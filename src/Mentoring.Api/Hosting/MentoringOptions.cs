namespace Mentoring.Api.Hosting;

/// <summary>Settings under "Mentoring" (appsettings.json, or environment variables such as Mentoring__Daemon).</summary>
public sealed class MentoringOptions
{
    /// <summary>Npgsql connection string. MENTORING_DB, if set, wins over ConnectionStrings:Mentoring.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>PostgreSQL schema that holds Marten's tables; tests use one per test class.</summary>
    public string Schema { get; set; } = "mentoring";
    /// <summary>HotCold (default: one leader per shard across nodes), Solo, or Disabled.</summary>
    public string Daemon { get; set; } = "HotCold";
    public bool SeedDemo { get; set; }
    /// <summary>The built web app (web/dist). Found automatically when run from the repository.</summary>
    public string? WebRoot { get; set; }
    /// <summary>Cookies only over HTTPS. Default: on, except in the Development environment.</summary>
    public bool? SecureCookies { get; set; }
    public long MaxRequestBytes { get; set; } = 100_000;
    /// <summary>
    /// The body limit of an OrgAdmin's requests, which may carry a spreadsheet to import (base64: a 1 MiB file is about
    /// 1.4 MB). Everyone else keeps <see cref="MaxRequestBytes"/>.
    /// </summary>
    public long MaxImportRequestBytes { get; set; } = 1_500_000;
    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 5_000;
    /// <summary>Aliased fields allowed in one document.</summary>
    public int MaxAliases { get; set; } = 30;
    /// <summary>May anonymous callers introspect the schema? Default: only in the Development environment.</summary>
    public bool? AnonymousIntrospection { get; set; }
    /// <summary>Public mentor applications accepted per client address per hour.</summary>
    public int ApplicationsPerHour { get; set; } = 10;
    /// <summary>Sign-in attempts accepted per client address per 10 minutes (besides, each e-mail address waits longer after every failure beyond three).</summary>
    public int SignInAttemptsPer10Minutes { get; set; } = 30;
    /// <summary>Confirmation requests the public form e-mails to one address per day; further applications with it are answered as usual and dropped.</summary>
    public int ApplicationMailsPerAddressPerDay { get; set; } = 3;
    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto are believed (KnownProxies, KnownNetworks); none by default.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
    /// <summary>A browser session ends this long after sign-in, however active it stays.</summary>
    public double SessionHours { get; set; } = 12;
    /// <summary>…and after this long without a request.</summary>
    public double SessionIdleMinutes { get; set; } = 480;
    /// <summary>none (default), console or otlp (OTEL_EXPORTER_OTLP_ENDPOINT and friends configure it).</summary>
    public string TelemetryExporter { get; set; } = "none";
}
