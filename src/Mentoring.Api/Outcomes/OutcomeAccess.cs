using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contracts;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Api.Outcomes;

/// <summary>A contract's summary for one period, as a reader sees it: figures already suppressed, labels in their language.</summary>
public sealed record OutcomeSummaryView(Guid ContractId, Period Period, IReadOnlyList<Figure> Figures, Language Language, IReadOnlyList<SummaryIssue> Issues);

/// <summary>The contract and period a caller asked about, once they may see it, and the NGO tenant that holds its cases.</summary>
public sealed record OutcomeTarget(Contract Contract, string TenantId, Period Period);

/// <summary>
/// Who reads outcome summaries, for the GraphQL fields and the CSV download alike: the NGO's admins and coordinators
/// for its own contracts, and the viewers of the municipality that funds the contract. The municipality's read is
/// cross-tenant by design (the contract and its cases live in the NGO's tenant) and reaches aggregates only.
/// </summary>
public static class OutcomeAccess
{
    public static readonly Role[] Readers = [Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer];

    /// <returns>The target, or a typed error: INVALID_PERIOD, or NOT_FOUND for a contract the caller cannot see (whether it
    /// exists elsewhere is not told).</returns>
    public static async Task<(OutcomeTarget? Target, UserError? Error)> FindAsync(Caller caller, IQuerySession session, IDocumentStore store,
        Guid contractId, string? periodText, TimeProvider clock, CancellationToken ct)
    {
        if (Period.Parse(periodText?.Trim() ?? "") is not { } period)
            return (null, new UserError(ErrorCodes.InvalidPeriod,
                $"A period is a month (2026-11) or a quarter (2026-Q4) of a year from {Period.FirstYear} to {Period.LastYear}.", "period"));
        if (period.Start > RigaCalendar.Today(clock))
            return (null, new UserError(ErrorCodes.InvalidPeriod, $"The period {period.Name} has not started yet.", "period")
                { Params = [MessageParam.Period("period", period.Name)] });
        var contract = await ContractQueries.Find(caller, session, store, contractId, ct);
        var ngo = contract is null ? null : await store.OrganisationAsync(contract.NgoOrganisationId, ct);
        if (contract is null || ngo is null) return (null, new UserError(ErrorCodes.NotFound, "No such contract.", "contractId"));
        return (new OutcomeTarget(contract, ngo.TenantId, period), null);
    }

    public static async Task<OutcomeReport> ReportAsync(IDocumentStore store, OutcomeTarget target, CancellationToken ct)
    {
        await using var cases = store.QuerySession(target.TenantId);
        return await OutcomeReport.LoadAsync(cases, target.Contract, target.Period, ct);
    }

    public static async Task<OutcomeSummaryView> ViewAsync(Caller caller, IQuerySession session, IDocumentStore store, OutcomeTarget target,
        CancellationToken ct)
    {
        var report = await ReportAsync(store, target, ct);
        await using var ngo = store.QuerySession(target.TenantId);
        var issues = await ngo.LoadAsync<OutcomeSummaryIssues>(OutcomeSummaryIssues.StreamId(target.Contract.Id, target.Period.Name), ct);
        return new OutcomeSummaryView(target.Contract.Id, target.Period, report.Figures, await LanguageAsync(caller, session, ct), issues?.Issues ?? []);
    }

    public static async Task<Language> LanguageAsync(Caller caller, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<UserAccount>(caller.UserId, ct))?.Language ?? Language.Lv;
}
