using Mentoring.Domain.Common;
using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Tests.Organisations;

public sealed class RegisterOrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static RegisterOrganisation Register(OrganisationKind kind, string name, string? municipality = null) =>
        new(Guid.NewGuid(), kind, name, municipality, null, Now);

    private static Organisation Registered(OrganisationKind kind, string name, string? municipality = null) =>
        Organisation.Create((OrganisationRegistered)RegisterOrganisationDecider.Decide(Register(kind, name, municipality), []).Events[0]);

    [Fact]
    public void An_ngo_gets_a_readable_tenant_id_from_its_name()
    {
        var decision = RegisterOrganisationDecider.Decide(Register(OrganisationKind.Ngo, "  Biedrība Pēc Cietuma  "), []);
        var registered = Assert.IsType<OrganisationRegistered>(Assert.Single(decision.Events));
        Assert.Equal("Biedrība Pēc Cietuma", registered.Name);
        Assert.Equal("biedriba-pec-cietuma", registered.TenantId);
    }

    [Fact]
    public void Tenant_ids_stay_unique_and_never_take_the_platform_tenant()
    {
        var first = Registered(OrganisationKind.Ngo, "Sākums");
        var second = RegisterOrganisationDecider.Decide(Register(OrganisationKind.Prison, "Sakums!"), [first]);
        Assert.Equal("sakums-2", ((OrganisationRegistered)second.Events[0]).TenantId);
        var platform = RegisterOrganisationDecider.Decide(Register(OrganisationKind.Ngo, "Platform"), []);
        Assert.NotEqual(RegisterOrganisationDecider.PlatformTenant, ((OrganisationRegistered)platform.Events[0]).TenantId);
    }

    [Fact]
    public void Names_are_unique_ignoring_case()
    {
        var existing = Registered(OrganisationKind.Ngo, "Līdzgaitnieki");
        var decision = RegisterOrganisationDecider.Decide(Register(OrganisationKind.Ngo, "LĪDZGAITNIEKI"), [existing]);
        Assert.Equal(ErrorCodes.DuplicateOrganisation, Assert.Single(decision.Errors).Code);
    }

    [Fact]
    public void A_municipality_names_one_of_the_43_and_only_once()
    {
        Assert.Equal("municipalityCode", RegisterOrganisationDecider.Decide(Register(OrganisationKind.Municipality, "Nowhere"), []).Errors[0].Field);
        Assert.Equal(ErrorCodes.UnknownMunicipality, RegisterOrganisationDecider.Decide(Register(OrganisationKind.Municipality, "Xyz", "atlantis"), []).Errors[0].Code);
        var riga = Registered(OrganisationKind.Municipality, "Rīga", "riga");
        Assert.Equal(ErrorCodes.DuplicateOrganisation, RegisterOrganisationDecider.Decide(Register(OrganisationKind.Municipality, "Rīgas dome", "riga"), [riga]).Errors[0].Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    public void A_name_needs_two_characters(string name) =>
        Assert.Equal("name", RegisterOrganisationDecider.Decide(Register(OrganisationKind.Ngo, name), []).Errors[0].Field);

    [Fact]
    public void The_platform_organisation_is_not_registered_through_commands() =>
        Assert.Equal(ErrorCodes.WrongOrganisationKind, RegisterOrganisationDecider.Decide(Register(OrganisationKind.Platform, "Another platform"), []).Errors[0].Code);

    [Fact]
    public void Renaming_evolves_the_state()
    {
        var org = Registered(OrganisationKind.Ngo, "Old name");
        var renamed = RegisterOrganisationDecider.Evolve(org, new OrganisationRenamed(org.Id, "New name", Now));
        Assert.Equal("New name", renamed!.Name);
    }
}
