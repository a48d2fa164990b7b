using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Users;

/// <summary>The roles; <see cref="Referrer"/> is a prison's or probation office's social worker who refers people and follows their referrals.</summary>
public enum Role { PlatformAdmin, OrgAdmin, Coordinator, Mentor, MunicipalityViewer, Auditor, Referrer }

public static class Roles
{
    /// <summary>Which roles a member of each kind of organisation may hold.</summary>
    public static IReadOnlySet<Role> AllowedFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Platform => new HashSet<Role> { Role.PlatformAdmin, Role.Auditor },
        OrganisationKind.Ngo => new HashSet<Role> { Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.Auditor },
        OrganisationKind.Municipality => new HashSet<Role> { Role.OrgAdmin, Role.MunicipalityViewer },
        OrganisationKind.Prison or OrganisationKind.Probation => new HashSet<Role> { Role.OrgAdmin, Role.Referrer },
        _ => new HashSet<Role>(),
    };
}
