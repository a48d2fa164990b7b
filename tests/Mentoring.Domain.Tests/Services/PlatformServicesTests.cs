using Mentoring.Domain.Reference;
using Mentoring.Domain.Services;

namespace Mentoring.Domain.Tests.Services;

/// <summary>The platform's reference entries: only sourced facts, each naming a real municipality (or national) and its source.</summary>
public sealed class PlatformServicesTests
{
    [Fact]
    public void Every_platform_entry_names_a_valid_municipality_and_a_source()
    {
        Assert.NotEmpty(PlatformServices.All);
        Assert.All(PlatformServices.All, s =>
        {
            Assert.True(s.National || Municipalities.IsKnown(s.Details.Municipality), $"{s.Id}: no valid municipality");
            Assert.True(s.Details.Municipality is null || Municipalities.IsKnown(s.Details.Municipality), $"{s.Id}: unknown municipality {s.Details.Municipality}");
            Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{s.Id}: no source");
            Assert.Matches("https?://", s.Source);
            Assert.NotEmpty(s.Details.Domains);
            Assert.True(ServiceDecider.Valid(s.Details, requireMunicipality: false).Errors.Count == 0, $"{s.Id} breaks the directory's own rules");
            Assert.Equal(ServiceOrigin.Platform, s.Origin);
        });
        Assert.Equal(PlatformServices.All.Count, PlatformServices.All.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Each_of_the_43_municipalities_has_its_social_service_which_the_law_requires()
    {
        var social = PlatformServices.All.Where(s => s.Details.Kind == ServiceKind.SocialService).ToList();
        Assert.Equal(Municipalities.All.Select(m => m.Code).Order(), social.Select(s => s.Details.Municipality!).Order());
        // Nothing invented: the law says a social service exists, not where it receives people or when.
        Assert.All(social, s => Assert.True(s.Details.Address is null && s.Details.Phone is null && s.Details.OpeningHours is null));
    }
}
