using System.Diagnostics;
using Testcontainers.PostgreSql;

namespace Mentoring.Api.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL for the whole test run: MENTORING_TEST_DB when set (./test.sh sets it to the project-local
/// cluster), else a Testcontainers PostgreSQL when a Docker engine answers, else the project-local cluster's
/// default address. Each test class then works in a schema of its own.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Connection = new(ResolveAsync);

    public static Task<string> ConnectionStringAsync() => Connection.Value;

    private static async Task<string> ResolveAsync()
    {
        if (Environment.GetEnvironmentVariable("MENTORING_TEST_DB") is { Length: > 0 } configured) return configured;
        if (DockerAnswers())
        {
            var container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return container.GetConnectionString();
        }
        return "Host=127.0.0.1;Port=25432;Username=postgres;Database=mentoring_test";
    }

    private static bool DockerAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (docker is null) return false;
            return docker.WaitForExit(5000) && docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
