using System.Text.Json;
using System.Text.RegularExpressions;
using Mentoring.Api.Hosting;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Organisations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentoring.Api.Tests.Http;

/// <summary>
/// A real failure (the contracts table disappears from under a running host) in each environment the app runs in: every
/// endpoint answers it the same way — application/problem+json or a GraphQL error with INTERNAL_ERROR and the trace id,
/// never an exception's type, message, stack or a file path — and the host recovers when the table is back.
/// </summary>
/// <summary>What no answer may contain: exception types and messages, database names, stack frames, file paths.</summary>
public static partial class Internals
{
    [GeneratedRegex(@"Exception|Npgsql|Postgres|POSTGRES|Marten|MARTEN|relation ""|mt_doc|   at |\.cs\b|[/\\]src[/\\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool Leak(string body) => Pattern().IsMatch(body);

    public static void AssertNone(string body) => Assert.False(Leak(body), $"The answer gives away internals: {body[..Math.Min(body.Length, 600)]}");
}

public sealed class ExceptionHandlingTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task An_unhandled_exception_is_a_clean_answer_with_a_trace_id(string environment)
    {
        await using var host = await Host.StartAsync(environment);
        using var coordinator = host.Client();
        Assert.Empty((await coordinator.LoginAsync(Host.Email, ApiFixture.Password)).UserErrors("login"));
        var csv = $"/reports/outcome/{Guid.NewGuid()}/2026-10.csv";
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Http.GetAsync(csv)).StatusCode); // the table is read once while it is there
        Assert.False((await coordinator.PostAsync("{ contracts { nodes { id } } }")).HasErrors);

        await host.ExecuteAsync("alter table {0}.mt_doc_contract rename to mt_doc_contract_gone");
        try
        {
            // A minimal-API endpoint: the central handler's problem+json.
            var failed = await coordinator.Http.GetAsync(csv);
            var body = await failed.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
            Internals.AssertNone(body);
            using (var problem = JsonDocument.Parse(body))
            {
                Assert.Equal("INTERNAL_ERROR", problem.RootElement.GetProperty("code").GetString());
                Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
                Assert.Matches("^[0-9a-f]{32}$|^[^ ]+:[0-9A-F]+$", problem.RootElement.GetProperty("traceId").GetString()!);
            }
            Assert.Equal("nosniff", failed.Headers.GetValues("X-Content-Type-Options").Single()); // security headers survive the handler
            Assert.Null(failed.Content.Headers.ContentDisposition); // nothing of the answer that failed

            // A resolver: GraphQL's error, with the neutral code instead of the exception's type (MARTEN_COMMAND, POSTGRES).
            var graphql = await coordinator.PostAsync("{ contracts { nodes { id } } }");
            Internals.AssertNone(graphql.Body.GetRawText());
            var error = graphql.Body.GetProperty("errors")[0];
            Assert.Equal("INTERNAL_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("traceId").GetString()));
            Assert.False(error.GetProperty("extensions").TryGetProperty("codes", out _));
        }
        finally
        {
            await host.ExecuteAsync("drop table if exists {0}.mt_doc_contract; alter table {0}.mt_doc_contract_gone rename to mt_doc_contract");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Http.GetAsync(csv)).StatusCode);
    }

    /// <summary>The API in the given environment, in a schema of its own, with one NGO coordinator.</summary>
    private sealed class Host : IAsyncDisposable
    {
        public const string Email = "coordinator@env.test";
        private readonly WebApplication _app;
        private readonly string _connection, _schema;

        private Host(WebApplication app, string connection, string schema) => (_app, _connection, _schema) = (app, connection, schema);

        public static async Task<Host> StartAsync(string environment)
        {
            var connection = await TestDatabase.ConnectionStringAsync();
            var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
            var app = MentoringApp.Build(["--urls", "http://127.0.0.1:0", "--environment", environment], builder =>
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Mentoring:ConnectionString"] = connection,
                    ["Mentoring:Schema"] = schema,
                    ["Mentoring:SecureCookies"] = "false",
                    ["Mentoring:Daemon"] = "Disabled",
                    ["Mentoring:Jobs:Mode"] = "Off",
                    ["Serilog:MinimumLevel:Default"] = "Fatal",
                }));
            await app.StartAsync();
            var host = new Host(app, connection, schema);
            var store = app.Services.GetRequiredService<Marten.IDocumentStore>();
            var ngo = (await CreateOrganisation.Handle(new CreateOrganisationInput { Kind = OrganisationKind.Ngo, Name = "NGO " + environment }, store,
                TimeProvider.System, default)).Item!;
            await PlatformBootstrap.EnsureUser(store, app.Services.GetRequiredService<IPasswordHasher<UserAccount>>(), TimeProvider.System, ngo.Id, ngo.TenantId,
                Email, "Coordinator", [Role.Coordinator], ApiFixture.Password, default);
            return host;
        }

        public GraphQLClient Client() =>
            new(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));

        public async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(_connection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, _schema), connection);
            await command.ExecuteNonQueryAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            await ExecuteAsync("drop schema if exists {0} cascade; drop schema if exists {0}_hangfire cascade");
        }
    }
}
