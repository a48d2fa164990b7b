using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Contracts;

/// <summary>The terms both creation and amendment must satisfy.</summary>
public sealed record ContractTerms(
    IReadOnlyList<string>? Territory,
    DateOnly StartDate,
    DateOnly EndDate,
    int ClientCapacity,
    IReadOnlyList<string> ReportRecipients,
    ReportingCadence Cadence);

public sealed record CreateContract(
    Guid ContractId,
    Guid NgoOrganisationId,
    string MunicipalityCode,
    ContractTerms Terms,
    string? Reference,
    Guid By,
    DateTimeOffset Now);

public sealed record AmendContract(Guid ContractId, ContractTerms Terms, string Reason, Guid By, DateTimeOffset Now);

public sealed record TerminateContract(Guid ContractId, DateOnly EffectiveDate, string Reason, Guid By, DateTimeOffset Now);

public static class ContractDecider
{
    public const int MaxClientCapacity = 10_000;
    public const int MaxRecipients = 20;

    /// <summary>Folds one event into the state; the same Create/Apply that Marten's inline snapshot uses.</summary>
    public static Contract? Evolve(Contract? state, object @event) => @event switch
    {
        ContractCreated e => Contract.Create(e),
        ContractAmended e when state is not null => state.Apply(e),
        ContractTerminated e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="ngoContracts">The NGO's existing contracts, for the overlap rule.</param>
    public static Decision Decide(CreateContract command, Contract? state, IReadOnlyCollection<Contract> ngoContracts)
    {
        if (state is not null)
            return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "A contract with this id already exists.", "idempotencyKey");

        var territory = Normalise(command.Terms.Territory, command.MunicipalityCode);
        var checks = new Checks()
            .Require(Municipalities.IsKnown(command.MunicipalityCode), ErrorCodes.UnknownMunicipality,
                $"\"{command.MunicipalityCode}\" is not one of Latvia's 43 municipalities.", "municipalityCode")
            .Require(command.Reference is null || Text.HasLength(command.Reference, 1, 100), ErrorCodes.Validation,
                "Reference must be at most 100 characters.", "reference");
        CheckTerms(checks, command.Terms, territory, command.MunicipalityCode);
        CheckOverlap(checks, command.MunicipalityCode, territory, command.Terms, ngoContracts, except: null);

        return checks.Then(() => Decision.Accept(new ContractCreated(
            command.ContractId, command.NgoOrganisationId, command.MunicipalityCode, territory,
            command.Terms.StartDate, command.Terms.EndDate, command.Terms.ClientCapacity,
            NormaliseRecipients(command.Terms.ReportRecipients), command.Terms.Cadence,
            command.Reference?.Trim(), command.By, command.Now)));
    }

    public static Decision Decide(AmendContract command, Contract? state, IReadOnlyCollection<Contract> ngoContracts)
    {
        if (state is null) return Decision.Reject(ErrorCodes.NotFound, "No such contract.", "contractId");
        if (state.Status == ContractStatus.Terminated)
            return Decision.Reject(ErrorCodes.ContractTerminated, "A terminated contract cannot be amended.", "contractId");

        var territory = Normalise(command.Terms.Territory, state.MunicipalityCode);
        var checks = new Checks()
            .Require(Text.HasLength(command.Reason, 3, 1000), ErrorCodes.Validation, "Say why the contract changes (3 to 1000 characters).", "reason");
        CheckTerms(checks, command.Terms, territory, state.MunicipalityCode);
        CheckOverlap(checks, state.MunicipalityCode, territory, command.Terms, ngoContracts, except: state.Id);

        return checks.Then(() => Decision.Accept(new ContractAmended(
            state.Id, territory, command.Terms.StartDate, command.Terms.EndDate, command.Terms.ClientCapacity,
            NormaliseRecipients(command.Terms.ReportRecipients), command.Terms.Cadence, command.Reason.Trim(),
            command.By, command.Now)));
    }

    public static Decision Decide(TerminateContract command, Contract? state)
    {
        if (state is null) return Decision.Reject(ErrorCodes.NotFound, "No such contract.", "contractId");
        if (state.Status == ContractStatus.Terminated)
            return Decision.Reject(ErrorCodes.ContractTerminated, "The contract is already terminated.", "contractId");

        return new Checks()
            .Require(command.EffectiveDate >= state.StartDate && command.EffectiveDate <= state.EndDate, ErrorCodes.InvalidPeriod,
                $"The termination date must fall within the contract period ({state.StartDate:yyyy-MM-dd} – {state.EndDate:yyyy-MM-dd}).", "effectiveDate")
            .Require(Text.HasLength(command.Reason, 3, 1000), ErrorCodes.Validation, "Say why the contract ends (3 to 1000 characters).", "reason")
            .Then(() => Decision.Accept(new ContractTerminated(state.Id, command.EffectiveDate, command.Reason.Trim(), command.By, command.Now)));
    }

    private static void CheckTerms(Checks checks, ContractTerms terms, IReadOnlyList<string> territory, string funder)
    {
        // An unknown funder is reported once, on its own field.
        var unknown = territory.Where(code => !Municipalities.IsKnown(code) && code != funder).ToList();
        checks
            .Require(unknown.Count == 0, ErrorCodes.UnknownMunicipality,
                $"Not Latvian municipalities: {string.Join(", ", unknown)}.", "territory")
            .Require(terms.EndDate > terms.StartDate, ErrorCodes.InvalidPeriod, "The end date must be after the start date.", "endDate")
            .Require(terms.EndDate.DayNumber - terms.StartDate.DayNumber <= 366 * 10, ErrorCodes.InvalidPeriod, "A contract runs for at most ten years.", "endDate")
            .Require(terms.ClientCapacity is >= 1 and <= MaxClientCapacity, ErrorCodes.Validation,
                $"Client capacity must be between 1 and {MaxClientCapacity}.", "clientCapacity")
            .Require(terms.ReportRecipients.Count is >= 1 and <= MaxRecipients, ErrorCodes.Validation,
                $"Name 1 to {MaxRecipients} report recipients.", "reportRecipients")
            .Require(terms.ReportRecipients.All(Text.IsEmail), ErrorCodes.Validation,
                "Every report recipient must be a valid e-mail address.", "reportRecipients");
    }

    /// <summary>
    /// One NGO cannot hold two contracts in force at the same time for the same municipality's territory:
    /// outcomes would be counted twice and capacity would be ambiguous.
    /// </summary>
    private static void CheckOverlap(Checks checks, string municipality, IReadOnlyList<string> territory, ContractTerms terms,
        IReadOnlyCollection<Contract> ngoContracts, Guid? except)
    {
        var clash = ngoContracts.FirstOrDefault(c =>
            c.Id != except
            && c.StartDate <= terms.EndDate && terms.StartDate <= c.LastDay
            && (c.MunicipalityCode == municipality || c.Territory.Intersect(territory).Any()));
        if (clash is not null)
        {
            checks.Require(false, ErrorCodes.ContractOverlap,
                $"Overlaps contract {clash.Reference ?? clash.Id.ToString()} ({clash.StartDate:yyyy-MM-dd} – {clash.LastDay:yyyy-MM-dd}) for the same territory.",
                "startDate");
        }
    }

    private static List<string> Normalise(IReadOnlyList<string>? territory, string municipality) =>
        territory is null || territory.Count == 0
            ? [municipality]
            : territory.Select(t => t.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static List<string> NormaliseRecipients(IReadOnlyList<string> recipients) =>
        recipients.Select(Text.NormaliseEmail).Distinct(StringComparer.Ordinal).ToList();
}
