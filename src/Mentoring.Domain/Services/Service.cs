using Mentoring.Domain.Common;

namespace Mentoring.Domain.Services;

/// <summary>
/// What a place of help is (issue 18): the municipal social service, a shelter or night shelter, a soup kitchen or food
/// bank, an NVA (State Employment Agency) or PMLP (Office of Citizenship and Migration Affairs) office, a rehabilitation
/// provider, a mutual-help group (AA and the like), legal aid.
/// </summary>
public enum ServiceKind { SocialService, Shelter, NightShelter, SoupKitchen, FoodBank, Nva, Pmlp, Rehabilitation, MutualHelpGroup, LegalAid, Other }

/// <summary>Where an entry of the directory comes from: the platform's reference data, that entry as this NGO corrected it, or the NGO's own.</summary>
public enum ServiceOrigin { Platform, Corrected, Own }

/// <summary>What the directory says about a service. Nothing here is personal data.</summary>
/// <param name="Municipality">The municipality code it is in (a national service: where it receives people, if known).</param>
/// <param name="Languages">ISO 639 codes of the languages it serves in; empty when not known.</param>
/// <param name="Domains">The need domains it helps with: what the mentor's person needs selects it.</param>
public sealed record ServiceDetails(ServiceKind Kind, string Name, string? Municipality, string? Address, string? OpeningHours, string? Phone,
    IReadOnlyList<string> Languages, IReadOnlyList<NeedDomain> Domains, string? Note)
{
    /// <summary>Two details are the same service text (the lists compared by content, not by reference).</summary>
    public bool SameAs(ServiceDetails other) =>
        this with { Languages = [], Domains = [] } == other with { Languages = [], Domains = [] }
        && Languages.SequenceEqual(other.Languages) && Domains.SequenceEqual(other.Domains);
}

/// <summary>
/// One entry of the merged directory an NGO sees: a platform entry (possibly as the NGO corrected it) or the NGO's own.
/// <see cref="Id"/> is the platform entry's code or the own entry's stream id; <see cref="Version"/> is what an edit sends
/// as its expected version (0: a platform entry this NGO has not corrected yet).
/// </summary>
public sealed record ServiceEntry(string Id, ServiceOrigin Origin, ServiceDetails Details, bool National, string? Source, bool Hidden, long Version)
{
    public string? HiddenReason { get; init; }
}
