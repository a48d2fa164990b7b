using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Mentors;

/// <summary>
/// What every mentor field needs to say "status" or "matchable": today's Riga date and the NGO's vetting
/// policy, loaded once per request rather than once per mentor.
/// </summary>
public sealed class MentorReadContext(IQuerySession session, TimeProvider clock)
{
    private VettingPolicy? _policy;
    private TrainingCatalogue? _catalogue;
    private IReadOnlyDictionary<Guid, Supervisor>? _supervisors;

    public DateOnly Today => RigaCalendar.Today(clock);

    public async Task<VettingPolicy> PolicyAsync(CancellationToken ct) =>
        _policy ??= await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;

    public async Task<TrainingCatalogue> CatalogueAsync(CancellationToken ct) => _catalogue ??= await TrainingGraph.CatalogueAsync(session, ct);

    /// <summary>The organisation's staff by id (a board of mentors names their supervisors from one read).</summary>
    public async Task<Supervisor?> SupervisorAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } userId) return null;
        _supervisors ??= (await session.Query<Domain.Users.UserAccount>().ToListAsync(ct)).ToDictionary(u => u.Id, u => new Supervisor(u.Id, u.DisplayName));
        return _supervisors.GetValueOrDefault(userId);
    }
}
