using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Users;

/// <summary>
/// The roles; <see cref="Referrer"/> is a prison's or probation office's social worker who refers people and follows their referrals;
/// <see cref="SocialWorker"/> a municipal social service's worker who reads the cases handed over to them, one at a time, with consent.
/// </summary>
public enum Role { PlatformAdmin, OrgAdmin, Coordinator, Mentor, MunicipalityViewer, Auditor, Referrer, SocialWorker }

public static class Roles
{
    /// <summary>Which roles a member of each kind of organisation may hold.</summary>
    public static IReadOnlySet<Role> AllowedFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Platform => new HashSet<Role> { Role.PlatformAdmin, Role.Auditor },
        OrganisationKind.Ngo => new HashSet<Role> { Role.OrgAdmin, Role.Coordinator, Role.Mentor, Role.Auditor },
        OrganisationKind.Municipality => new HashSet<Role> { Role.OrgAdmin, Role.MunicipalityViewer, Role.SocialWorker },
        OrganisationKind.Prison or OrganisationKind.Probation => new HashSet<Role> { Role.OrgAdmin, Role.Referrer },
        _ => new HashSet<Role>(),
    };
}
