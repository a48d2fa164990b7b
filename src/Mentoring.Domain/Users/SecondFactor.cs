using Marten.Schema;

namespace Mentoring.Domain.Users;

/// <summary>
/// An organisation's security policy: whether its staff (admins, coordinators, auditors, referrers — the roles that read cases or
/// the trail) must sign in with a second factor. One document per tenant, changed with optimistic concurrency.
/// </summary>
public sealed record SecurityPolicy
{
    public const string PolicyId = "security-policy";
    public string Id { get; init; } = PolicyId;
    public bool RequireSecondFactor { get; init; }
    [Version] public Guid Version { get; set; }

    public static readonly SecurityPolicy Default = new();
}

public static class SecondFactorRules
{
    public const string Required = "SECOND_FACTOR_REQUIRED";
    public const string Invalid = "INVALID_SECOND_FACTOR";
    public const string Enforced = "SECOND_FACTOR_ENFORCED";
    public const string NotEnrolling = "NOT_ENROLLING";
    public const int RecoveryCodes = 10;

    /// <summary>The roles a policy's second factor covers: those who read cases or the audit trail, who administer, referrers (they send a
    /// person's release, needs and consent) and social workers (they read a handed-over case).</summary>
    public static readonly IReadOnlySet<Role> Covered = new HashSet<Role> { Role.PlatformAdmin, Role.OrgAdmin, Role.Coordinator, Role.Auditor, Role.Referrer, Role.SocialWorker };

    /// <summary>The policy asks this account for a second factor.</summary>
    public static bool RequiredFor(UserAccount user, SecurityPolicy policy) => policy.RequireSecondFactor && user.Roles.Any(Covered.Contains);

    /// <summary>Must enrol before anything else: required, not yet enrolled.</summary>
    public static bool MustEnrol(UserAccount user, SecurityPolicy policy) => RequiredFor(user, policy) && user.SecondFactorEnabledAt is null;
}
