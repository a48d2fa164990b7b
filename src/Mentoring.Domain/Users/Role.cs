using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Users;

public enum Role { PlatformAdmin, OrgAdmin, Coordinator, Mentor, MunicipalityViewer, Auditor }

public static class Roles
{
    /// <summary>Which roles a member of each kind of organisation may hold.</summary>
    public static IReadOnlySet<Role> AllowedFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Platform => new HashSet<Role> { Role.PlatformAdmin, Role.Auditor },
        OrganisationKind.Ngo => new HashSet<Role> { Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.Auditor },
        OrganisationKind.Municipality => new HashSet<Role> { Role.OrgAdmin, Role.MunicipalityViewer },
        OrganisationKind.Prison or OrganisationKind.Probation => new HashSet<Role> { Role.OrgAdmin },
        _ => new HashSet<Role>(),
    };
}
