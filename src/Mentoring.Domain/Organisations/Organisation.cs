namespace Mentoring.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>The platform operator; holds the platform administrators.</summary>
    Platform,
    /// <summary>A provider: recruits mentors and supports clients. Each NGO is a tenant of its own.</summary>
    Ngo,
    /// <summary>A funder: contracts NGOs for its territory and receives aggregate outcomes.</summary>
    Municipality,
    /// <summary>A referrer: refers people before release.</summary>
    Prison,
    /// <summary>A referrer: the State Probation Service's territorial units.</summary>
    Probation,
}

public sealed record OrganisationRegistered(
    Guid OrganisationId,
    OrganisationKind Kind,
    string Name,
    string TenantId,
    string? MunicipalityCode,
    string? RegistrationNumber,
    DateTimeOffset RegisteredAt);

public sealed record OrganisationRenamed(Guid OrganisationId, string Name, DateTimeOffset RenamedAt);

/// <summary>An organisation as the platform's registry knows it. Folded from its stream; a Marten inline snapshot.</summary>
public sealed record Organisation(
    Guid Id,
    OrganisationKind Kind,
    string Name,
    string TenantId,
    string? MunicipalityCode,
    string? RegistrationNumber,
    DateTimeOffset RegisteredAt)
{
    public long Version { get; set; }

    public static Organisation Create(OrganisationRegistered e) =>
        new(e.OrganisationId, e.Kind, e.Name, e.TenantId, e.MunicipalityCode, e.RegistrationNumber, e.RegisteredAt);

    public Organisation Apply(OrganisationRenamed e) => this with { Name = e.Name };
}
