using System.Diagnostics.CodeAnalysis;
using Marten.Metadata;
using Marten.Schema;

namespace Mentoring.Domain.Users;

public enum Language { Lv, En, Ru }

/// <summary>
/// A person who signs in. Stored as a Marten document in the tenant of the user's organisation; the e-mail
/// is unique across tenants because it is the sign-in name.
/// </summary>
public sealed record UserAccount : ITenanted
{
    /// <summary>Filled in by Marten from the row's tenant: the tenant of the user's organisation.</summary>
    [AllowNull] public string TenantId { get; set; } = "";
    /// <summary>Marten's optimistic-concurrency version: a stale copy cannot overwrite a newer one.</summary>
    [Version] public Guid Version { get; set; }
    public required Guid Id { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required Guid OrganisationId { get; init; }
    /// <summary>For a mentor's account: their mentor stream.</summary>
    public Guid? MentorId { get; init; }
    public required IReadOnlyList<Role> Roles { get; init; }
    public Language Language { get; init; } = Language.Lv;
    /// <summary>Kinds of message this person chose not to get by e-mail (safeguarding alerts cannot be muted).</summary>
    public IReadOnlyList<Messages.NotificationKind> Muted { get; init; } = [];
    /// <summary>Null until the invitation is accepted and a password chosen.</summary>
    public string? PasswordHash { get; init; }
    /// <summary>Changes whenever credentials or roles change, which signs out existing cookie sessions.</summary>
    public required string SecurityStamp { get; init; }
    public string? InvitationTokenHash { get; init; }
    public DateTimeOffset? InvitationExpiresAt { get; init; }
    /// <summary>How many times an invitation link was issued (each e-mail has its own key).</summary>
    public int InvitationIssues { get; init; }
    public required Guid InvitedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    /// <summary>Set by an OrgAdmin when someone leaves: no sign-in, no token, no mail until reactivated.</summary>
    public DateTimeOffset? DeactivatedAt { get; init; }
    public string? PasswordResetTokenHash { get; init; }
    /// <summary>The TOTP secret (protected with the data-protection keys), set once enrolment is confirmed.</summary>
    public string? SecondFactorSecret { get; init; }
    /// <summary>A secret shown for enrolment and not yet confirmed with a code.</summary>
    public string? PendingSecondFactorSecret { get; init; }
    public DateTimeOffset? SecondFactorEnabledAt { get; init; }
    /// <summary>The last time step a code was accepted for: a code is good once.</summary>
    public long LastSecondFactorStep { get; init; }
    /// <summary>SHA-256 hashes of the unused one-time recovery codes.</summary>
    public IReadOnlyList<string> RecoveryCodeHashes { get; init; } = [];
    public DateTimeOffset? PasswordResetExpiresAt { get; init; }

    /// <summary>Accepted the invitation and not deactivated: may sign in, use tokens and get mail.</summary>
    public bool IsActive => PasswordHash is not null && DeactivatedAt is null;
    /// <summary>Invited, not yet accepted.</summary>
    public bool IsPending => PasswordHash is null && DeactivatedAt is null;
}

/// <summary>A personal API token. Only a hash is stored; the secret is shown once when created.</summary>
public sealed record ApiToken : ITenanted
{
    [AllowNull] public string TenantId { get; set; } = "";
    public required Guid Id { get; init; }
    public required Guid UserId { get; init; }
    public required string Name { get; init; }
    public required string SecretHash { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}
