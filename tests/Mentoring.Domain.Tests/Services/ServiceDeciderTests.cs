using Mentoring.Domain.Common;
using Mentoring.Domain.Services;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Services;

/// <summary>An NGO's own entries and its corrections of platform entries: given events, when a command, then events or a typed error.</summary>
public sealed class ServiceDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Mentoring.Domain.Mentors.Actor Staff = On(Today);

    private static ServiceDetails Shelter(string? phone = "+371 6700 0000", string municipality = "jelgava") =>
        new(ServiceKind.NightShelter, " Naktspatversme Pilssalas ielā ", municipality, "Pilssalas iela 1", "20:00–08:00", phone, ["lv", "ru"],
            [NeedDomain.Housing, NeedDomain.BasicNeeds], null);

    private static LocalService Then(LocalService? state, Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => $"{e.Code} {e.Field}")));
        return decision.Events.Aggregate(state, ServiceDecider.Evolve)!;
    }

    [Fact]
    public void An_own_entry_is_added_trimmed_and_edited()
    {
        var id = Guid.NewGuid();
        var added = ServiceDecider.Decide(new AddService(id, Shelter(), Staff), null);
        var entry = Then(null, added);
        Assert.Equal(("Naktspatversme Pilssalas ielā", "jelgava", (string?)null), (entry.Details!.Name, entry.Municipality, entry.PlatformId));

        var changed = ServiceDecider.Decide(new EditService(id, Shelter() with { OpeningHours = "19:00–07:00" }, null, Staff), entry);
        entry = Then(entry, changed);
        Assert.Equal("19:00–07:00", entry.Details!.OpeningHours);
        // The same details again change nothing.
        Unchanged(ServiceDecider.Decide(new EditService(id, Shelter() with { OpeningHours = "19:00–07:00" }, null, Staff), entry));
        Refused(ServiceDecider.Decide(new AddService(id, Shelter(), Staff), entry), ErrorCodes.IdempotencyKeyReused, "idempotencyKey");
    }

    [Fact]
    public void Bad_details_are_typed_errors_each_on_its_field()
    {
        var bad = new ServiceDetails(ServiceKind.Other, "x", "atlantis", new string('a', 301), null, "call me", ["xx"], [], null);
        var decision = ServiceDecider.Decide(new AddService(Guid.NewGuid(), bad, Staff), null);
        Assert.False(decision.IsAccepted);
        Assert.Equal(["VALIDATION name", "UNKNOWN_MUNICIPALITY municipality", "VALIDATION address", "INVALID_PHONE phone", "VALIDATION domains",
            "UNKNOWN_LANGUAGE languages"], decision.Errors.Select(e => $"{e.Code} {e.Field}"));
        Assert.True(ServiceDecider.IsPhone("80001801"));
        Assert.True(ServiceDecider.IsPhone("+371 67 000 000"));
        Assert.False(ServiceDecider.IsPhone("tel:123"));
    }

    [Fact]
    public void A_correction_of_a_platform_entry_opens_its_stream_and_keeps_the_entrys_municipality()
    {
        var platform = PlatformServices.Find("social-service-jelgava")!;
        var id = Guid.NewGuid();
        var corrected = ServiceDecider.Decide(new EditService(id, platform.Details with { OpeningHours = "P–Pk 8:30–17:00", Municipality = "riga" }, platform, Staff), null);
        Assert.Equal([typeof(PlatformServiceCorrectionOpened), typeof(ServiceDetailsChanged)], corrected.Events.Select(e => e.GetType()));
        var correction = Then(null, corrected);
        Assert.Equal(("social-service-jelgava", "jelgava", "jelgava"), (correction.PlatformId, correction.Municipality, correction.Details!.Municipality));

        // Merged, the NGO sees the corrected entry under the platform's id; another NGO (no correction) sees the platform's.
        var mine = ServiceDirectory.Merge(PlatformServices.All, [correction with { Version = 2 }]).Single(e => e.Id == platform.Id);
        Assert.Equal((ServiceOrigin.Corrected, "P–Pk 8:30–17:00", 2L), (mine.Origin, mine.Details.OpeningHours, mine.Version));
        Assert.Null(ServiceDirectory.Merge(PlatformServices.All, []).Single(e => e.Id == platform.Id).Details.OpeningHours);
    }

    [Fact]
    public void Hiding_a_platform_entry_hides_it_only_where_corrected_and_it_can_be_shown_again()
    {
        var platform = PlatformServices.Find("social-service-riga")!;
        var id = Guid.NewGuid();
        var hidden = Then(null, ServiceDecider.Decide(new SetServiceHidden(id, true, "Pārcēlies", platform, Staff), null));
        Assert.True(hidden.Hidden);
        Assert.Null(hidden.Details); // the platform's details still stand
        Unchanged(ServiceDecider.Decide(new SetServiceHidden(id, true, null, platform, Staff), hidden));

        var merged = ServiceDirectory.Merge(PlatformServices.All, [hidden]);
        Assert.DoesNotContain(ServiceDirectory.Filter(merged, "riga", null), e => e.Id == platform.Id);
        var shownToStaff = ServiceDirectory.Filter(merged, "riga", null, includeHidden: true).Single(e => e.Id == platform.Id);
        Assert.Equal((true, "Pārcēlies", platform.Details.Name), (shownToStaff.Hidden, shownToStaff.HiddenReason, shownToStaff.Details.Name));

        var shown = Then(hidden, ServiceDecider.Decide(new SetServiceHidden(id, false, null, platform, Staff), hidden));
        Assert.False(shown.Hidden);
        Refused(ServiceDecider.Decide(new SetServiceHidden(Guid.NewGuid(), true, null, null, Staff), null), ErrorCodes.NotFound, "serviceId");
        Refused(ServiceDecider.Decide(new EditService(Guid.NewGuid(), Shelter(), null, Staff), null), ErrorCodes.NotFound, "serviceId");
    }

    [Fact]
    public void The_directory_filters_by_municipality_with_national_services_and_by_need_domain()
    {
        var own = Then(null, ServiceDecider.Decide(new AddService(Guid.NewGuid(), Shelter(), Staff), null));
        var merged = ServiceDirectory.Merge(PlatformServices.All, [own]);

        var jelgava = ServiceDirectory.Filter(merged, "jelgava", null);
        Assert.Equal("social-service-jelgava", jelgava[0].Id); // the municipality's own first, by kind
        Assert.Contains(jelgava, e => e.Id == own.Id.ToString());
        Assert.Contains(jelgava, e => e.Id == "legal-aid-administration"); // national
        Assert.DoesNotContain(jelgava, e => e.Details.Municipality is { } m && m != "jelgava" && !e.National);

        var housing = ServiceDirectory.Filter(merged, "jelgava", [NeedDomain.Housing]);
        Assert.Equal(["social-service-jelgava", own.Id.ToString()], housing.Select(e => e.Id));
        Assert.Equal(["legal-aid-administration"], ServiceDirectory.Filter(merged, "jelgava", [NeedDomain.LegalAid]).Select(e => e.Id));
        Assert.DoesNotContain(ServiceDirectory.Filter(merged, "riga", [NeedDomain.Housing]), e => e.Id == own.Id.ToString());
    }
}
