using Marten;
using Mentoring.Api.Auth;
using Mentoring.Domain.Audit;

namespace Mentoring.Api.Audit;

/// <summary>Records accountable accesses. A read that cannot be recorded fails: there is no unaccounted access.</summary>
public static class AuditLog
{
    public static AuditRecord Entry(Caller caller, AuditAction action, string kind, Guid subject, string? purpose, TimeProvider clock) =>
        new(Guid.CreateVersion7(), action, kind, subject, caller.UserId, caller.Roles.Select(r => r.ToString()).Order().ToList(),
            AuditRecord.PurposeOf(purpose), clock.GetUtcNow());

    /// <summary>For reads: its own small transaction in the caller's tenant, committed before the data is returned.</summary>
    public static async Task RecordAsync(IDocumentStore store, Caller caller, AuditAction action, string kind, Guid subject, string? purpose,
        TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        session.Insert(Entry(caller, action, kind, subject, purpose, clock));
        await session.SaveChangesAsync(ct);
    }
}
