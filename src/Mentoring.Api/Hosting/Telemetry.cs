using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mentoring.Api.Hosting;

/// <summary>OpenTelemetry traces and metrics: off unless an exporter is chosen (console, or otlp configured by OTEL_* variables).</summary>
public static class Telemetry
{
    public static IServiceCollection AddMentoringTelemetry(this IServiceCollection services, string exporter)
    {
        if (string.Equals(exporter, "none", StringComparison.OrdinalIgnoreCase)) return services;
        var otlp = string.Equals(exporter, "otlp", StringComparison.OrdinalIgnoreCase);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("mentoring"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.RecordException = false) // exception messages may carry personal data
                    .AddSource("Marten").AddSource("Npgsql");
                if (otlp) t.AddOtlpExporter(); else t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddMeter("Marten").AddMeter("Npgsql");
                if (otlp) m.AddOtlpExporter(); else m.AddConsoleExporter();
            });
        return services;
    }
}
