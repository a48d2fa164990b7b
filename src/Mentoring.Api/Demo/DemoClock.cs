namespace Mentoring.Api.Demo;

/// <summary>
/// A clock stopped at one instant. Each step of the demo's history runs through the real handlers with the clock of the
/// moment it happened, so the handlers decide as they did then ("a release cannot be in the future") and the events carry
/// that moment in their own dates and <c>At</c> fields — which is what the outcome projections read. (Marten's own
/// event timestamp stays the moment the row was written; only the GDPR export shows it, as "recorded at".)
/// Only the demo seeding uses it; tests use FakeTimeProvider.
/// </summary>
internal sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
