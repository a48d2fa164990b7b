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

    public DateOnly Today => RigaCalendar.Today(clock);

    public async Task<VettingPolicy> PolicyAsync(CancellationToken ct) =>
        _policy ??= await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ct) ?? VettingPolicy.Default;
}
