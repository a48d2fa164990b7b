using System.Text.RegularExpressions;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Services;

/// <summary>Pure decisions for an NGO's directory entries and corrections. A rule broken is a user error; nothing is appended.</summary>
public static partial class ServiceDecider
{
    public const string InvalidPhone = "INVALID_PHONE";

    public static LocalService? Evolve(LocalService? state, object @event) => @event switch
    {
        ServiceAdded e => LocalService.Create(e),
        PlatformServiceCorrectionOpened e => LocalService.Create(e),
        ServiceDetailsChanged e when state is not null => state.Apply(e),
        ServiceHidden e when state is not null => state.Apply(e),
        ServiceShown e when state is not null => state.Apply(e),
        _ => state,
    };

    public static Decision Decide(AddService c, LocalService? s)
    {
        if (s is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This service was already added.", "idempotencyKey");
        return Valid(c.Details, requireMunicipality: true).Then(() => Decision.Accept(new ServiceAdded(c.ServiceId, Normalised(c.Details), c.Actor.By, c.Actor.At)));
    }

    /// <summary>An own entry takes the new details; a platform entry gets them as this NGO's correction (the first one opens it).</summary>
    public static Decision Decide(EditService c, LocalService? s)
    {
        if (Missing(s, c.Platform) is { } missing) return missing;
        // A correction keeps the platform entry's place: a service that moved is hidden here and added as the NGO's own.
        var details = c.Platform is { } p ? c.Details with { Municipality = p.Details.Municipality } : c.Details;
        return Valid(details, requireMunicipality: c.Platform is null).Then(() =>
        {
            var normalised = Normalised(details);
            var current = s?.Details ?? c.Platform?.Details;
            if (current is not null && current.SameAs(normalised)) return Decision.Accept(); // already so
            return Decision.Accept([.. Opening(c.ServiceId, s, c.Platform, c.Actor), new ServiceDetailsChanged(c.ServiceId, normalised, c.Actor.By, c.Actor.At)]);
        });
    }

    public static Decision Decide(SetServiceHidden c, LocalService? s)
    {
        if (Missing(s, c.Platform) is { } missing) return missing;
        return new Checks()
            .Require(c.Reason is null || c.Reason.Length <= 500, ErrorCodes.Validation, "The reason is too long (500 characters at most).", "reason")
            .Then(() =>
            {
                if ((s?.Hidden ?? false) == c.Hidden) return Decision.Accept(); // already so
                object change = c.Hidden ? new ServiceHidden(c.ServiceId, Trimmed(c.Reason), c.Actor.By, c.Actor.At) : new ServiceShown(c.ServiceId, c.Actor.By, c.Actor.At);
                return Decision.Accept([.. Opening(c.ServiceId, s, c.Platform, c.Actor), change]);
            });
    }

    private static Decision? Missing(LocalService? s, ServiceEntry? platform) =>
        s is null && platform is null ? Decision.Reject(ErrorCodes.NotFound, "No such service.", "serviceId") : null;

    private static IEnumerable<object> Opening(Guid id, LocalService? s, ServiceEntry? platform, Actor actor) =>
        s is null && platform is not null ? [new PlatformServiceCorrectionOpened(id, platform.Id, platform.Details.Municipality, actor.By, actor.At)] : [];

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{3,28}[0-9]$")]
    private static partial Regex PhonePattern();

    /// <summary>A phone a mentor can tap to call: digits, spaces, brackets and dashes, an optional leading +.</summary>
    public static bool IsPhone(string? phone) => phone is not null && PhonePattern().IsMatch(phone.Trim());

    public static Checks Valid(ServiceDetails d, bool requireMunicipality)
    {
        var unknownLanguages = d.Languages.Where(l => !LanguageCodes.IsKnown(l)).ToList();
        return new Checks()
            .Require(Text.HasLength(d.Name, 2, 200), ErrorCodes.Validation, "Name the service (2 to 200 characters).", "name")
            .Require(requireMunicipality ? Municipalities.IsKnown(d.Municipality) : d.Municipality is null || Municipalities.IsKnown(d.Municipality),
                ErrorCodes.UnknownMunicipality, $"\"{d.Municipality}\" is not one of Latvia's 43 municipalities.", "municipality")
            .Require(d.Address is null || d.Address.Length <= 300, ErrorCodes.Validation, "The address is too long (300 characters at most).", "address")
            .Require(d.OpeningHours is null || d.OpeningHours.Length <= 300, ErrorCodes.Validation, "The opening hours are too long (300 characters at most).", "openingHours")
            .Require(string.IsNullOrWhiteSpace(d.Phone) || IsPhone(d.Phone), InvalidPhone, "Enter a phone number: digits, spaces and dashes, an optional leading +.", "phone")
            .Require(d.Note is null || d.Note.Length <= 1000, ErrorCodes.Validation, "The note is too long (1000 characters at most).", "note")
            .Require(d.Domains.Count > 0, ErrorCodes.Validation, "Name at least one need domain the service helps with.", "domains")
            .Require(unknownLanguages.Count == 0, MentorDecider.UnknownLanguage, $"Unknown language code(s): {string.Join(", ", unknownLanguages)}.", "languages",
                [.. unknownLanguages.Select(l => MessageParam.Text("languages", l))]);
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ServiceDetails Normalised(ServiceDetails d) => d with
    {
        Name = d.Name.Trim(), Address = Trimmed(d.Address), OpeningHours = Trimmed(d.OpeningHours), Phone = Trimmed(d.Phone),
        Note = Trimmed(d.Note), Languages = [.. d.Languages.Distinct()], Domains = [.. d.Domains.Distinct().Order()],
    };
}
