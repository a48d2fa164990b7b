using Marten;
using Mentoring.Api.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Api.Tests.Hosting;

/// <summary>A failed database command is logged by what it was and where, never by the values it carried (Marten's own logger writes them all).</summary>
public sealed class MartenLoggingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Email = "ilze.berzina@example.lv";

    [Fact]
    public void The_app_store_logs_through_the_logger_that_leaves_values_out() =>
        Assert.IsType<MartenLogging>(api.Store.Options.Logger());

    [Fact]
    public async Task A_failing_command_is_logged_with_its_sql_and_sqlstate_but_without_the_value_that_made_it_fail()
    {
        var lines = new List<string>();
        // A store of its own logging to the test (a session takes its store's logger when it opens), on the app's database.
        using var store = DocumentStore.For(o =>
        {
            o.Connection(api.ConnectionString);
            o.DatabaseSchemaName = api.Schema;
            o.Logger(new MartenLogging(new Capture(lines)));
        });
        await using var session = store.LightweightSession();

        // PostgreSQL's message quotes the value ("invalid input syntax for type integer: "ilze…""), and Marten's logger adds the parameter.
        session.QueueSqlCommand("select ?::int", Email);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());

        Assert.Contains(Email, failure.ToString()); // the value was there to leak
        Assert.NotEmpty(lines); // Marten reports the batch and then the save
        Assert.Contains(lines, line => line.Contains("22P02") && line.Contains("select"));
        Assert.All(lines, line => Assert.DoesNotContain("ilze", line, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class Capture(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
