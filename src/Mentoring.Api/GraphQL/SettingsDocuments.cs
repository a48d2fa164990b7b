using JasperFx;
using Marten;
using Marten.Exceptions;
using Mentoring.Domain.Common;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// The one way a settings document is saved: validated by its own rules, then stored only if the version the admin
/// read is still the stored one (Guid.Empty: nothing was saved yet); otherwise CONCURRENCY_CONFLICT on "version".
/// </summary>
public static class SettingsDocuments
{
    public static async Task<Payload<T>> SaveAsync<T>(IDocumentSession session, T updated, Guid readVersion, IReadOnlyList<UserError> problems,
        CancellationToken ct) where T : class, ISettingsDocument
    {
        if (problems.Count > 0) return Payload<T>.Refused(problems);
        var current = await session.LoadAsync<T>(updated.Id, ct);
        if (current is null && readVersion != Guid.Empty || current is not null && current.Version != readVersion) return Conflict<T>();
        if (current is null) session.Insert(updated);
        else session.UpdateExpectedVersion(updated, readVersion);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or DocumentAlreadyExistsException)
        {
            return Conflict<T>();
        }
        return Payload<T>.Ok((await session.LoadAsync<T>(updated.Id, ct))!);
    }

    private static Payload<T> Conflict<T>() where T : class =>
        Payload<T>.Refused(ErrorCodes.ConcurrencyConflict, "Someone else saved these settings meanwhile. Reload and try again.", "version");
}
