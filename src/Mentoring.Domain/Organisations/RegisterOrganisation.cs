using System.Globalization;
using System.Text;
using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Organisations;

public sealed record RegisterOrganisation(
    Guid OrganisationId,
    OrganisationKind Kind,
    string Name,
    string? MunicipalityCode,
    string? RegistrationNumber,
    DateTimeOffset Now);

public static class RegisterOrganisationDecider
{
    /// <summary>The platform's own tenant: the organisation registry lives here.</summary>
    public const string PlatformTenant = "platform";

    /// <summary>Folds one event into the state; the same Create/Apply that Marten's inline snapshot uses.</summary>
    public static Organisation? Evolve(Organisation? state, object @event) => @event switch
    {
        OrganisationRegistered e => Organisation.Create(e),
        OrganisationRenamed e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="existing">Every organisation already registered (the registry is small: hundreds, not millions).</param>
    public static Decision Decide(RegisterOrganisation command, IReadOnlyCollection<Organisation> existing)
    {
        var name = command.Name?.Trim() ?? "";
        var checks = new Checks()
            .Require(Text.HasLength(name, 2, 200), ErrorCodes.Validation, "Name must be 2 to 200 characters.", "name")
            .Require(command.Kind != OrganisationKind.Platform, ErrorCodes.WrongOrganisationKind, "The platform organisation exists once and is not registered through the API.", "kind")
            .Require(command.RegistrationNumber is null || Text.HasLength(command.RegistrationNumber, 1, 40), ErrorCodes.Validation, "Registration number must be at most 40 characters.", "registrationNumber")
            .Require(!existing.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)), ErrorCodes.DuplicateOrganisation, $"An organisation named \"{name}\" is already registered.", "name",
                MessageParam.Text("name", name));

        if (command.Kind == OrganisationKind.Municipality)
        {
            checks.Require(Municipalities.IsKnown(command.MunicipalityCode), ErrorCodes.UnknownMunicipality, $"\"{command.MunicipalityCode}\" is not one of Latvia's 43 municipalities.", "municipalityCode")
                  .Require(!existing.Any(o => o.Kind == OrganisationKind.Municipality && o.MunicipalityCode == command.MunicipalityCode), ErrorCodes.DuplicateOrganisation, "This municipality is already registered.", "municipalityCode");
        }
        else
        {
            checks.Require(command.MunicipalityCode is null || Municipalities.IsKnown(command.MunicipalityCode), ErrorCodes.UnknownMunicipality, $"\"{command.MunicipalityCode}\" is not one of Latvia's 43 municipalities.", "municipalityCode");
        }

        return checks.Then(() => Decision.Accept(new OrganisationRegistered(
            command.OrganisationId, command.Kind, name,
            TenantIdFor(name, existing.Select(o => o.TenantId).ToHashSet(StringComparer.Ordinal)),
            command.MunicipalityCode, command.RegistrationNumber?.Trim(), command.Now)));
    }

    /// <summary>A readable, unique tenant id from the name ("Biedrība Pēc" → "biedriba-pec").</summary>
    internal static string TenantIdFor(string name, IReadOnlySet<string> taken)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = string.Join('-', ascii.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        if (slug.Length == 0 || slug == PlatformTenant) slug = "org";
        var candidate = slug;
        for (var i = 2; taken.Contains(candidate); i++) candidate = $"{slug}-{i}";
        return candidate;
    }
}
