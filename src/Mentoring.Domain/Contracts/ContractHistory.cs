using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Mentoring.Domain.Contracts;

public enum ContractChange { Created, Amended, Terminated }

/// <summary>
/// One line of a contract's history: the terms after the change (or the day a termination takes effect) as data a
/// screen names in the reader's language; <see cref="Summary"/> is the same in English, for API users.
/// </summary>
public sealed record ContractHistoryEntry(DateTimeOffset At, ContractChange Change, Guid By, string Summary, string? Reason)
{
    public ContractTermsAfter? Terms { get; init; }
    public DateOnly? EffectiveDate { get; init; }
}

/// <summary>A contract's terms as they stood after a change.</summary>
public sealed record ContractTermsAfter(DateOnly StartDate, DateOnly EndDate, int ClientCapacity, IReadOnlyList<string> Territory);

/// <summary>What happened to a contract and why, oldest first. An async projection: it may lag a moment behind a write.</summary>
public sealed record ContractHistory(Guid Id, IReadOnlyList<ContractHistoryEntry> Entries);

public sealed class ContractHistoryProjection : SingleStreamProjection<ContractHistory, Guid>
{
    public static ContractHistory Create(IEvent<ContractCreated> e) => new(e.StreamId,
        [new ContractHistoryEntry(e.Data.CreatedAt, ContractChange.Created, e.Data.CreatedBy, Terms(e.Data.StartDate, e.Data.EndDate, e.Data.ClientCapacity, e.Data.Territory), null)
        { Terms = new(e.Data.StartDate, e.Data.EndDate, e.Data.ClientCapacity, e.Data.Territory) }]);

    public static ContractHistory Apply(ContractAmended e, ContractHistory history) => history with
    {
        Entries = [.. history.Entries, new ContractHistoryEntry(e.AmendedAt, ContractChange.Amended, e.AmendedBy, Terms(e.StartDate, e.EndDate, e.ClientCapacity, e.Territory), e.Reason)
        { Terms = new(e.StartDate, e.EndDate, e.ClientCapacity, e.Territory) }],
    };

    public static ContractHistory Apply(ContractTerminated e, ContractHistory history) => history with
    {
        Entries = [.. history.Entries, new ContractHistoryEntry(e.TerminatedAt, ContractChange.Terminated, e.TerminatedBy, $"Ends on {e.EffectiveDate:yyyy-MM-dd}", e.Reason)
        { EffectiveDate = e.EffectiveDate }],
    };

    private static string Terms(DateOnly start, DateOnly end, int capacity, IReadOnlyList<string> territory) =>
        $"{start:yyyy-MM-dd} – {end:yyyy-MM-dd}, {capacity} clients, territory: {string.Join(", ", territory)}";
}
