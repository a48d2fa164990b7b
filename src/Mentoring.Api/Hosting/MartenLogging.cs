using Marten;
using Marten.Services;
using Npgsql;

namespace Mentoring.Api.Hosting;

/// <summary>
/// Marten's failure log without the data. Marten's own logger writes every parameter of a failed command next to its
/// SQL — an e-mail address in a sign-in query, a name in a search — and the exception's message, which PostgreSQL fills
/// with the values involved ("invalid input syntax …: "<value>""). This one writes the SQL text (the schema's shape, never
/// a value: Marten always sends values as parameters), the exception's type and the SQLSTATE code, which say what broke
/// and where without saying about whom.
/// </summary>
public sealed class MartenLogging(ILogger log) : IMartenLogger, IMartenSessionLogger
{
    public static void Use(IServiceCollection services) =>
        services.ConfigureMarten((sp, o) => o.Logger(new MartenLogging(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Marten"))));

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => log.LogInformation("Schema change applied ({Length} characters of DDL)", sql.Length);

    public void LogFailure(NpgsqlCommand command, Exception ex) => Failed(command.CommandText, ex);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        Failed(string.Join(";\n", batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText)), ex);

    public void LogFailure(Exception ex, string message) => Failed(null, ex);

    private void Failed(string? sql, Exception ex) =>
        log.LogError("Marten command failed: {ExceptionType} {SqlState} in {Sql}", ex.GetType().FullName, (ex as PostgresException)?.SqlState,
            sql ?? "(no command)");

    // Successful commands are not logged: their volume would drown the failures, and their parameters are people's data.
    public void LogSuccess(NpgsqlCommand command) { }
    public void LogSuccess(NpgsqlBatch batch) { }
    public void OnBeforeExecute(NpgsqlCommand command) { }
    public void OnBeforeExecute(NpgsqlBatch batch) { }
    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }
}
