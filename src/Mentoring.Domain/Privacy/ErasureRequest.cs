using System.Diagnostics.CodeAnalysis;
using Marten.Metadata;
using Marten.Schema;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// The steps of one erasure, in the order the job takes them. Each is idempotent and recorded when done, so a job that
/// dies half-way is taken up again at the first step not recorded, and a step done twice changes nothing more.
/// </summary>
public enum ErasureStep
{
    /// <summary>The erasure register outside the database (<c>restore.sh</c> re-applies it), before anything is masked.</summary>
    Register,
    /// <summary>What names the person, found while it still does: streams, messages, account. Recorded as ids.</summary>
    Scope,
    /// <summary>Unsent mail cancelled; every message that names the person masked.</summary>
    Messages,
    /// <summary>The person's own streams, their matches' and their public application masked (Marten's event data masking).</summary>
    Events,
    /// <summary>The read models built from those events rebuilt from the masked events.</summary>
    ReadModels,
    /// <summary>The notes of declared conflicts of interest blanked (the declaration itself stays: it still bars the pair).</summary>
    ConflictNotes,
    /// <summary>A mentor's account: no name, no address, no way to sign in; sessions ended, tokens revoked.</summary>
    Account,
    /// <summary>Background jobs' stored arguments and failures (Hangfire keeps a refused address in its retry reasons).</summary>
    JobState,
}

/// <summary>REQUESTED: recorded, no step done yet; IN_PROGRESS; FAILING: the last attempt stopped at a step and is tried again; COMPLETED.</summary>
public enum ErasureStatus { Requested, InProgress, Failing, Completed }

/// <summary>Who asked: an administrator (a data subject's request), the retention rules, or the register re-applied after a restore.</summary>
public enum ErasureSource { Admin, Retention, Register }

/// <summary>
/// An erasure is recorded before anything is masked, once per person (the stream id comes from the person's id). It holds
/// ids only: the reason a person gave is in the audit record written with it.
/// </summary>
public sealed record ErasureRequested(Guid RequestId, Guid PersonId, string Kind, ErasureSource Source, Guid By, DateTimeOffset At);

/// <summary>What the erasure reaches, found before anything was masked (an address stops naming anyone once masked).</summary>
public sealed record ErasureScoped(Guid RequestId, IReadOnlyList<Guid> Streams, IReadOnlyList<Guid> Messages, Guid? AccountId, DateTimeOffset At)
{
    /// <summary>The transfers of the case this NGO offered (absent from requests scoped before they were reached).</summary>
    public IReadOnlyList<Guid>? SentTransfers { get; init; }
}

/// <summary>A step is done; <see cref="Count"/> says how many things it changed (events, messages, documents, jobs).</summary>
public sealed record ErasureStepCompleted(Guid RequestId, ErasureStep Step, int Count, DateTimeOffset At);

/// <summary>An attempt stopped at a step; <see cref="Error"/> is the exception's type, never its message (it may quote data).</summary>
public sealed record ErasureStepFailed(Guid RequestId, ErasureStep Step, string Error, DateTimeOffset At);

public sealed record ErasureCompleted(Guid RequestId, DateTimeOffset At);

public sealed record ErasureStepDone(ErasureStep Step, int Count, DateTimeOffset At);

/// <summary>One erasure and how far it got (Marten inline snapshot): what an administrator sees.</summary>
public sealed record ErasureRequest(Guid Id, Guid PersonId, string Kind, ErasureSource Source, Guid By, DateTimeOffset RequestedAt) : IVersioned, ITenanted
{
    [Version] public long Version { get; set; }
    /// <summary>Filled in by Marten from the row's tenant: the sweep reads every organisation's requests at once.</summary>
    [AllowNull] public string TenantId { get; set; } = "";
    public IReadOnlyList<ErasureStepDone> Done { get; init; } = [];
    public IReadOnlyList<Guid> Streams { get; init; } = [];
    public IReadOnlyList<Guid> Messages { get; init; } = [];
    public IReadOnlyList<Guid> SentTransfers { get; init; } = [];
    public Guid? AccountId { get; init; }
    public int Failures { get; init; }
    public ErasureStep? FailedStep { get; init; }
    public string? FailedError { get; init; }
    public DateTimeOffset? FailedAt { get; init; }
    public DateTimeOffset LastProgressAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Every step, in order.</summary>
    public static IReadOnlyList<ErasureStep> Steps { get; } = Enum.GetValues<ErasureStep>();

    /// <summary>The first step not done yet; null once complete.</summary>
    public ErasureStep? Next => CompletedAt is not null ? null : Steps.Cast<ErasureStep?>().FirstOrDefault(s => Done.All(d => d.Step != s));

    public bool IsDone(ErasureStep step) => Done.Any(d => d.Step == step);

    public int CountOf(ErasureStep step) => Done.FirstOrDefault(d => d.Step == step)?.Count ?? 0;

    public ErasureStatus Status => this switch
    {
        { CompletedAt: not null } => ErasureStatus.Completed,
        { FailedStep: not null } => ErasureStatus.Failing,
        { Done.Count: > 0 } => ErasureStatus.InProgress,
        _ => ErasureStatus.Requested,
    };

    public static ErasureRequest Create(ErasureRequested e) =>
        new(e.RequestId, e.PersonId, e.Kind, e.Source, e.By, e.At) { LastProgressAt = e.At };

    public ErasureRequest Apply(ErasureScoped e) => this with { Streams = e.Streams, Messages = e.Messages, AccountId = e.AccountId, SentTransfers = e.SentTransfers ?? [] };
    public ErasureRequest Apply(ErasureStepCompleted e) => this with
    {
        Done = [.. Done, new ErasureStepDone(e.Step, e.Count, e.At)], LastProgressAt = e.At, FailedStep = null, FailedError = null, FailedAt = null,
    };
    public ErasureRequest Apply(ErasureStepFailed e) => this with { Failures = Failures + 1, FailedStep = e.Step, FailedError = e.Error, FailedAt = e.At };
    public ErasureRequest Apply(ErasureCompleted e) => this with { CompletedAt = e.At, LastProgressAt = e.At };
}

/// <summary>The erasure request's rules, pure.</summary>
public static class ErasureDecider
{
    /// <summary>One request per person, whoever asks and however often: the second request is the first one.</summary>
    public static Guid RequestIdOf(Guid personId) => DeterministicId.From("erasure", personId.ToString());

    public static Decision Request(ErasureRequest? state, Guid personId, string kind, ErasureSource source, Guid by, DateTimeOffset at) =>
        state is not null ? Decision.Accept() : Decision.Accept(new ErasureRequested(RequestIdOf(personId), personId, kind, source, by, at));

    /// <summary>The events that record <paramref name="step"/> as done (none when it already was), and the completion after the last step.</summary>
    public static IReadOnlyList<object> StepDone(ErasureRequest state, ErasureStep step, int count, DateTimeOffset at, ErasureScoped? scope = null)
    {
        if (state.CompletedAt is not null || state.IsDone(step)) return [];
        var events = new List<object>();
        if (scope is not null) events.Add(scope);
        events.Add(new ErasureStepCompleted(state.Id, step, count, at));
        if (ErasureRequest.Steps.All(s => s == step || state.IsDone(s))) events.Add(new ErasureCompleted(state.Id, at));
        return events;
    }

    /// <summary>An attempt stopped: recorded for the administrator's screen, unless the step was done meanwhile (by another runner).</summary>
    public static IReadOnlyList<object> StepFailed(ErasureRequest state, ErasureStep step, Exception error, DateTimeOffset at) =>
        state.CompletedAt is not null || state.IsDone(step) ? [] : [new ErasureStepFailed(state.Id, step, error.GetType().Name, at)];

    public static ErasureRequest? Evolve(ErasureRequest? state, object e) => (state, e) switch
    {
        (null, ErasureRequested r) => ErasureRequest.Create(r),
        (null, _) => null,
        (_, ErasureScoped x) => state.Apply(x),
        (_, ErasureStepCompleted x) => state.Apply(x),
        (_, ErasureStepFailed x) => state.Apply(x),
        (_, ErasureCompleted x) => state.Apply(x),
        _ => state,
    };
}
