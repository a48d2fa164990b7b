using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Tests.Reference;

public sealed class MunicipalitiesTests
{
    [Fact]
    public void Latvia_has_43_local_governments_7_state_cities_and_36_municipalities()
    {
        Assert.Equal(43, Municipalities.All.Count);
        Assert.Equal(7, Municipalities.All.Count(m => m.Kind == MunicipalityKind.StateCity));
        Assert.Equal(43, Municipalities.All.Select(m => m.Code).Distinct().Count());
        Assert.Equal(43, Municipalities.All.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void Codes_are_ascii_slugs_and_lookup_works()
    {
        Assert.All(Municipalities.All, m => Assert.Matches("^[a-z]+(-[a-z]+)*$", m.Code));
        Assert.Equal("Rīga", Municipalities.Find("riga")!.Name);
        Assert.False(Municipalities.IsKnown("Riga"));
        Assert.False(Municipalities.IsKnown(null));
    }
}
