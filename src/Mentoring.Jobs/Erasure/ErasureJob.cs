using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Privacy;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mentoring.Jobs.Erasure;

/// <summary>
/// One erasure as a resumable job. The request is recorded first (<see cref="RequestAsync"/>: one per person, with its
/// audit record, in one transaction); then <see cref="RunAsync"/> takes the steps (<see cref="ErasureStep"/>) in order,
/// each idempotent, and records each as done on the request's stream. Killed half-way, it is taken up again at the first
/// step not recorded — by the administrator's next click, the sweep (<see cref="ErasureSweep"/>) or a node's start — and a
/// run over a finished request changes nothing. Runs of one request take turns on a PostgreSQL advisory lock.
/// </summary>
public sealed class ErasureJob(IDocumentStore store, ErasureRegister register, TimeProvider clock, ILogger<ErasureJob> log)
{
    /// <summary>Who the audit trail and the cancelled messages name for what the system does itself.</summary>
    public static readonly Guid SystemUser = AuditRecord.SystemUser;

    private Actor SystemActor()
    {
        var now = clock.GetUtcNow();
        return new Actor(SystemUser, now, RigaCalendar.Day(now));
    }

    /// <summary>For tests: runs before each step; throwing here stands for the process dying at that step.</summary>
    public Func<ErasureStep, Task>? BeforeStep { get; set; }

    /// <summary>
    /// Records the request (once per person: asking again answers with the first request) and, with it, the audit record.
    /// </summary>
    public static async Task<WriteResult<ErasureRequest>> RequestAsync(IDocumentStore store, string tenant, ErasureSubject subject, ErasureSource source,
        AuditRecord audit, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        return await StreamWrites.Create<ErasureRequest>(session, ErasureDecider.RequestIdOf(subject.PersonId), retryable: true,
            state => ErasureDecider.Request(state, subject.PersonId, subject.Kind, source, audit.By, audit.At), ErasureDecider.Evolve, ct,
            _ => session.Insert(audit));
    }

    /// <summary>Takes every step not done yet. Null when there is no such request; throws when a step fails (it is recorded first).</summary>
    public async Task<ErasureRequest?> RunAsync(string tenant, Guid requestId, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        if (!await TryLockAsync(connection, requestId, ct)) return await LoadAsync(tenant, requestId, ct); // another node is on it
        try
        {
            while (true)
            {
                var request = await LoadAsync(tenant, requestId, ct);
                if (request?.Next is not { } step) return request;
                try
                {
                    if (BeforeStep is not null) await BeforeStep(step);
                    var (count, scope) = await TakeAsync(step, tenant, request, connection, ct);
                    await RecordAsync(tenant, requestId, r => ErasureDecider.StepDone(r, step, count, clock.GetUtcNow(), scope), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError("Erasure {RequestId} stopped at {Step} ({Error}); it is taken up again from there", requestId, step, ex.GetType().Name);
                    try
                    {
                        await RecordAsync(tenant, requestId, r => ErasureDecider.StepFailed(r, step, ex, clock.GetUtcNow()), CancellationToken.None);
                    }
                    catch (Exception recording) when (recording is not OperationCanceledException)
                    {
                        // The database itself failed: there is nowhere to record it. The steps done stay recorded.
                    }
                    throw;
                }
            }
        }
        finally
        {
            try
            {
                await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", LockKey(requestId));
                await unlock.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // A broken connection: the server released the session's lock with it.
            }
        }
    }

    private async Task<(int Count, ErasureScoped? Scope)> TakeAsync(ErasureStep step, string tenant, ErasureRequest request, NpgsqlConnection connection,
        CancellationToken ct)
    {
        switch (step)
        {
            case ErasureStep.Register:
                await register.AppendAsync(new ErasureRegisterEntry(store.Options.DatabaseSchemaName, tenant, request.PersonId, request.Kind, request.Id,
                    request.RequestedAt), ct);
                return (1, null);
            case ErasureStep.Scope:
            {
                await using var session = store.QuerySession(tenant);
                var subject = await Domain.Privacy.Erasure.FindAsync(session, request.PersonId, ct);
                var scope = new ErasureScoped(request.Id, subject?.OwnStreams ?? [request.PersonId], subject?.Messages ?? [], subject?.AccountId, clock.GetUtcNow())
                {
                    SentTransfers = subject?.SentTransfers ?? [],
                };
                return (scope.Streams.Count + scope.Messages.Count + scope.SentTransfers.Count, scope);
            }
            case ErasureStep.Messages:
                return (await EraseMessagesAsync(tenant, request, ct), null);
            case ErasureStep.Events:
                return (await Domain.Privacy.Erasure.MaskStreamsAsync(store, tenant, request.Streams, ct)
                        + await Domain.Privacy.SentTransferErasure.MaskAsync(store, tenant, request.SentTransfers, SystemActor(), ct), null);
            case ErasureStep.ReadModels:
                return (await Domain.Privacy.Erasure.RebuildReadModelsAsync(store, tenant, request, ct)
                        + await Domain.Privacy.SentTransferErasure.RebuildAsync(store, tenant, request.SentTransfers, ErasureJob.SystemUser, clock.GetUtcNow(), ct), null);
            case ErasureStep.ConflictNotes:
                return (await Domain.Privacy.Erasure.BlankConflictNotesAsync(store, tenant, request.PersonId, ct), null);
            case ErasureStep.Account:
                return (request.AccountId is { } account ? await Domain.Privacy.Erasure.ScrubAccountAsync(store, tenant, account, ct) : 0, null);
            case ErasureStep.JobState:
                return (await JobState.ScrubAsync(connection, JobsSetup.HangfireSchema(store.Options.DatabaseSchemaName),
                    [request.PersonId, .. request.Streams, .. await MessagesOfAsync(tenant, request, ct)], ct), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    /// <summary>
    /// The messages found when the erasure began, and any tagged with the person since. An unsent one is cancelled first,
    /// under the lock its delivery takes (so it is either sent already or never), then every one is masked.
    /// </summary>
    private async Task<int> EraseMessagesAsync(string tenant, ErasureRequest request, CancellationToken ct)
    {
        var messages = await MessagesOfAsync(tenant, request, ct);
        foreach (var id in messages)
        {
            await using (var session = store.LightweightSession(tenant))
            {
                await session.BeginTransactionAsync(ct);
                await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", ct, OutboxDelivery.LockKey(id));
                var message = await session.LoadAsync<OutboxMessage>(id, ct);
                if (message is { Pending: true } && OutboxDecisions.Cancel(message, SystemUser, clock.GetUtcNow()) is { IsAccepted: true } cancel)
                    session.Events.Append(id, cancel.Events.ToArray());
                await session.SaveChangesAsync(ct);
            }
            await Domain.Privacy.Erasure.MaskStreamsAsync(store, tenant, [id], ct);
            await using (var session = store.LightweightSession(tenant))
            {
                if (await session.Events.AggregateStreamAsync<OutboxMessage>(id, token: ct) is { } masked) session.Store(masked);
                await session.SaveChangesAsync(ct);
            }
        }
        return messages.Count;
    }

    private async Task<IReadOnlyList<Guid>> MessagesOfAsync(string tenant, ErasureRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var since = await Domain.Privacy.Erasure.MessagesNamingAsync(session, request.PersonId, request.AccountId, null, ct);
        return [.. request.Messages.Union(since)];
    }

    private async Task<ErasureRequest?> LoadAsync(string tenant, Guid requestId, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        return await session.LoadAsync<ErasureRequest>(requestId, ct);
    }

    private static async Task RecordAsync(IDocumentStore store, string tenant, Guid requestId, Func<ErasureRequest, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var stream = await session.Events.FetchForWriting<ErasureRequest>(requestId, ct);
        if (stream.Aggregate is null) return;
        var events = decide(stream.Aggregate);
        if (events.Count == 0) return;
        stream.AppendMany(events.ToArray());
        await session.SaveChangesAsync(ct);
    }

    private Task RecordAsync(string tenant, Guid requestId, Func<ErasureRequest, IReadOnlyList<object>> decide, CancellationToken ct) =>
        RecordAsync(store, tenant, requestId, decide, ct);

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, Guid requestId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey(requestId));
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    // The id's last eight bytes; the outbox's delivery lock takes a message id's first eight.
    private static long LockKey(Guid requestId) => BitConverter.ToInt64(requestId.ToByteArray(), 8);
}
