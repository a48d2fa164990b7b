using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;

namespace Mentoring.Domain.Outcomes;

public enum IssueReason { Scheduled, Resend }

/// <summary>
/// A contract's outcome summary for one period was put in the outbox: which figures (their hash), to how many
/// recipients, which messages, and whether the schedule or a person (a resend) asked for it. Never a figure, a name
/// or an address: the hash says what was sent, the outbox holds the messages.
/// </summary>
public sealed record OutcomeSummaryIssued(
    Guid SummaryId, Guid ContractId, string Period, string ContentHash, int Recipients, IReadOnlyList<Guid> MessageIds,
    IssueReason Reason, Guid? By, DateTimeOffset At);

public sealed record SummaryIssue(DateTimeOffset At, IssueReason Reason, string ContentHash, int Recipients, IReadOnlyList<Guid> MessageIds);

/// <summary>
/// Every issue of one contract's summary for one period (Marten inline snapshot).
/// Why a stream per contract and period rather than events on the contract stream: the contract stream's version is
/// what people send as expectedVersion when they amend a contract, so a summary going out must not move it; and a
/// stream whose id comes from (contract, period) makes "issue it once" a stream-creation collision that PostgreSQL
/// decides, whichever node or retry comes second.
/// </summary>
public sealed record OutcomeSummaryIssues(Guid Id, Guid ContractId, string Period, IReadOnlyList<SummaryIssue> Issues)
{
    public long Version { get; set; }

    public static Guid StreamId(Guid contractId, string period) => DeterministicId.From("outcome-summary", $"{contractId:N}:{period}");

    public static OutcomeSummaryIssues Create(OutcomeSummaryIssued e) => new(e.SummaryId, e.ContractId, e.Period, [Issue(e)]);

    public OutcomeSummaryIssues Apply(OutcomeSummaryIssued e) => this with { Issues = [.. Issues, Issue(e)] };

    private static SummaryIssue Issue(OutcomeSummaryIssued e) => new(e.At, e.Reason, e.ContentHash, e.Recipients, e.MessageIds);
}

/// <param name="Today">Riga's date now: only a period that has ended is issued.</param>
public sealed record IssueOutcomeSummary(Guid ContractId, Period Period, string ContentHash, IReadOnlyList<Guid> MessageIds, IssueReason Reason,
    Guid? By, DateOnly Today, DateTimeOffset Now);

public static class OutcomeSummaryDecider
{
    public const string AlreadyIssued = "ALREADY_ISSUED";
    public const string PeriodNotEnded = "PERIOD_NOT_ENDED";
    public const string NotIssued = "NOT_ISSUED";

    public static OutcomeSummaryIssues? Evolve(OutcomeSummaryIssues? state, object @event) => @event switch
    {
        OutcomeSummaryIssued e when state is null => OutcomeSummaryIssues.Create(e),
        OutcomeSummaryIssued e => state.Apply(e),
        _ => state,
    };

    /// <summary>The schedule issues a period once; a resend adds an issue (with messages of its own) to one that was issued.</summary>
    public static Decision Decide(IssueOutcomeSummary command, OutcomeSummaryIssues? state, Contract? contract)
    {
        if (contract is null) return Decision.Reject(ErrorCodes.NotFound, "No such contract.", "contractId");
        var checks = new Checks()
            .Require(command.Period.End < command.Today, PeriodNotEnded, $"The period {command.Period.Name} has not ended yet.", "period", MessageParam.Period("period", command.Period.Name))
            .Require(command.Period.Start <= contract.LastDay && command.Period.End >= contract.StartDate, ErrorCodes.InvalidPeriod,
                $"The contract was not in force in {command.Period.Name}.", "period", MessageParam.Period("period", command.Period.Name))
            .Require(command.Reason != IssueReason.Scheduled || state is null, AlreadyIssued, $"The summary for {command.Period.Name} was issued before.", "period", MessageParam.Period("period", command.Period.Name))
            .Require(command.Reason != IssueReason.Resend || state is not null, NotIssued,
                $"The summary for {command.Period.Name} has not been sent yet, so there is nothing to resend.", "period")
            .Require(command.MessageIds.Count > 0, ErrorCodes.Validation, "The contract names no report recipients.", "recipient");
        return checks.Then(() => Decision.Accept(new OutcomeSummaryIssued(OutcomeSummaryIssues.StreamId(contract.Id, command.Period.Name), contract.Id,
            command.Period.Name, command.ContentHash, command.MessageIds.Count, command.MessageIds, command.Reason, command.By, command.Now)));
    }
}
