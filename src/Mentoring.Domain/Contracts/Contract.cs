namespace Mentoring.Domain.Contracts;

public enum ReportingCadence { Monthly, Quarterly }

public enum ContractStatus { Active, Terminated }

public sealed record ContractCreated(
    Guid ContractId,
    Guid NgoOrganisationId,
    string MunicipalityCode,
    IReadOnlyList<string> Territory,
    DateOnly StartDate,
    DateOnly EndDate,
    int ClientCapacity,
    IReadOnlyList<string> ReportRecipients,
    ReportingCadence Cadence,
    string? Reference,
    Guid CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>The terms changed by agreement. Carries the full new terms, so a reader never has to merge partial changes.</summary>
public sealed record ContractAmended(
    Guid ContractId,
    IReadOnlyList<string> Territory,
    DateOnly StartDate,
    DateOnly EndDate,
    int ClientCapacity,
    IReadOnlyList<string> ReportRecipients,
    ReportingCadence Cadence,
    string Reason,
    Guid AmendedBy,
    DateTimeOffset AmendedAt);

public sealed record ContractTerminated(Guid ContractId, DateOnly EffectiveDate, string Reason, Guid TerminatedBy, DateTimeOffset TerminatedAt);

/// <summary>A contract between a municipality (funder) and an NGO (provider). Marten inline snapshot of the contract stream.</summary>
public sealed record Contract(
    Guid Id,
    Guid NgoOrganisationId,
    string MunicipalityCode,
    IReadOnlyList<string> Territory,
    DateOnly StartDate,
    DateOnly EndDate,
    int ClientCapacity,
    IReadOnlyList<string> ReportRecipients,
    ReportingCadence Cadence,
    string? Reference,
    ContractStatus Status,
    DateOnly? TerminatedOn,
    DateTimeOffset CreatedAt) : Common.IVersioned
{
    public long Version { get; set; }

    /// <summary>The last day the contract is in force: its end date, or the termination date if earlier.</summary>
    public DateOnly LastDay => TerminatedOn is { } t && t < EndDate ? t : EndDate;

    public bool InForceOn(DateOnly day) => day >= StartDate && day <= LastDay;

    public static Contract Create(ContractCreated e) => new(
        e.ContractId, e.NgoOrganisationId, e.MunicipalityCode, e.Territory, e.StartDate, e.EndDate,
        e.ClientCapacity, e.ReportRecipients, e.Cadence, e.Reference, ContractStatus.Active, null, e.CreatedAt);

    public Contract Apply(ContractAmended e) => this with
    {
        Territory = e.Territory, StartDate = e.StartDate, EndDate = e.EndDate, ClientCapacity = e.ClientCapacity,
        ReportRecipients = e.ReportRecipients, Cadence = e.Cadence,
    };

    public Contract Apply(ContractTerminated e) => this with { Status = ContractStatus.Terminated, TerminatedOn = e.EffectiveDate };
}
