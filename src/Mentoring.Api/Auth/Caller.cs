using System.Security.Claims;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Auth;

/// <summary>The signed-in user as the request's claims describe them (cookie or API token).</summary>
public sealed record Caller(Guid UserId, Guid OrganisationId, string TenantId, IReadOnlySet<Role> Roles)
{
    public const string UserIdClaim = "sub";
    public const string OrganisationClaim = "org";
    public const string TenantClaim = "tenant";
    public const string StampClaim = "stamp";

    /// <summary>Sessions of anonymous callers use a tenant that holds nothing.</summary>
    public const string NoTenant = "anonymous";

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>An NGO's case workers: coordinators and admins act on every case and match of their organisation.</summary>
    public bool IsCaseWorker => Has(Role.Coordinator) || Has(Role.OrgAdmin);

    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(principal.FindFirstValue(UserIdClaim), out var userId)) return null;
        if (!Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var orgId)) return null;
        var tenant = principal.FindFirstValue(TenantClaim);
        if (string.IsNullOrEmpty(tenant)) return null;
        var roles = principal.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? r : (Role?)null)
            .OfType<Role>().ToHashSet();
        return new Caller(userId, orgId, tenant, roles);
    }

    public static ClaimsPrincipal Principal(UserAccount user, string tenantId, string scheme, string? stamp)
    {
        var claims = new List<Claim>
        {
            new(UserIdClaim, user.Id.ToString()),
            new(OrganisationClaim, user.OrganisationId.ToString()),
            new(TenantClaim, tenantId),
        };
        if (stamp is not null) claims.Add(new Claim(StampClaim, stamp));
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, UserIdClaim, ClaimTypes.Role));
    }
}
