using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Organisations;

/// <summary>
/// At start-up: makes sure the platform organisation exists, and, on a new installation, creates the first
/// platform admin from MENTORING_ADMIN_EMAIL / MENTORING_ADMIN_PASSWORD (nobody else could invite them).
/// </summary>
public sealed class PlatformBootstrap(IDocumentStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock, ILogger<PlatformBootstrap> log)
    : IHostedService
{
    public static readonly Guid PlatformOrganisationId = DeterministicId.From("organisation", "platform");

    public async Task StartAsync(CancellationToken ct)
    {
        await EnsurePlatformOrganisation(store, clock, ct);
        var email = Environment.GetEnvironmentVariable("MENTORING_ADMIN_EMAIL");
        var password = Environment.GetEnvironmentVariable("MENTORING_ADMIN_PASSWORD");
        if (!string.IsNullOrEmpty(email) && !string.IsNullOrEmpty(password))
        {
            var created = await EnsureUser(store, hasher, clock, PlatformOrganisationId, RegisterOrganisationDecider.PlatformTenant,
                email, "Platform admin", [Role.PlatformAdmin], password, ct);
            if (created) log.LogInformation("Created the first platform admin from MENTORING_ADMIN_EMAIL");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public static async Task EnsurePlatformOrganisation(IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.LightweightSession(RegisterOrganisationDecider.PlatformTenant);
        if (await session.LoadAsync<Organisation>(PlatformOrganisationId, ct) is not null) return;
        session.Events.StartStream<Organisation>(PlatformOrganisationId, new OrganisationRegistered(
            PlatformOrganisationId, OrganisationKind.Platform, "Mentoring platform", RegisterOrganisationDecider.PlatformTenant, null, null, clock.GetUtcNow()));
        try { await session.SaveChangesAsync(ct); }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException) { } // another node did it
    }

    /// <summary>Creates an active user with a password unless the e-mail exists. Returns whether it created one.</summary>
    public static async Task<bool> EnsureUser(IDocumentStore store, IPasswordHasher<UserAccount> hasher, TimeProvider clock, Guid organisationId,
        string tenantId, string email, string displayName, IReadOnlyList<Role> roles, string password, CancellationToken ct)
    {
        var normalised = Text.NormaliseEmail(email);
        await using var session = store.LightweightSession(tenantId);
        await using (var directory = store.QuerySession())
        {
            if (await directory.Query<UserAccount>().AnyAsync(u => u.AnyTenant() && u.Email == normalised, ct)) return false;
        }
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(), Email = normalised, DisplayName = displayName, OrganisationId = organisationId, Roles = roles,
            SecurityStamp = Guid.NewGuid().ToString("N"), InvitedBy = Guid.Empty, CreatedAt = clock.GetUtcNow(),
        };
        session.Insert(user with { PasswordHash = hasher.HashPassword(user, password) });
        await session.SaveChangesAsync(ct);
        return true;
    }
}
