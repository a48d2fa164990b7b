using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;

namespace Mentoring.Domain.Referrals;

public sealed record SendReferral(Guid ReferralId, ReferralSender Sender, Guid NgoOrganisationId, ReferralDetails Details, Actor Actor);
public sealed record AmendReferral(ReferralDetails Details, Actor Actor);
public sealed record RequestReferralInformation(string Question, Actor Actor);
public sealed record DeclineReferral(ReferralDeclineReason Reason, string? Note, Actor Actor);
public sealed record AcceptReferral(Guid ClientId, bool NotADuplicate, Actor Actor);

/// <summary>
/// Pure decisions for the referral stream. A referral is held to the rules its case will be held to: it is checked, and on
/// acceptance turned into a case, by <see cref="ClientDecider"/> itself (refer, record consent, assess needs), so the two
/// can never disagree about what a valid person, release, consent or needs assessment is.
/// </summary>
public static class ReferralDecider
{
    public const string NgoNotServing = "NGO_NOT_SERVING";
    public const string ReferralNotOpen = "REFERRAL_NOT_OPEN";

    public static Referral? Evolve(Referral? state, object @event) => @event switch
    {
        ReferralSent e => Referral.Create(e),
        ReferralInformationRequested e when state is not null => state.Apply(e),
        ReferralAmended e when state is not null => state.Apply(e),
        ReferralAccepted e when state is not null => state.Apply(e),
        ReferralDeclined e when state is not null => state.Apply(e),
        ReferralMentorMatched e when state is not null => state.Apply(e),
        ReferralFirstMeetingHeld e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="serving">The NGOs whose contracts in force today cover the destination municipality.</param>
    public static Decision Decide(SendReferral c, Referral? state, IReadOnlyList<ReferralReceiver> serving)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This referral was already sent.", "idempotencyKey");
        var receiver = serving.FirstOrDefault(r => r.OrganisationId == c.NgoOrganisationId);
        var errors = new Checks()
            .Require(c.Sender.Kind is OrganisationKind.Prison or OrganisationKind.Probation, ErrorCodes.WrongOrganisationKind,
                "Only a prison or a probation office refers people.", "ngoOrganisationId")
            .Require(receiver is not null, NgoNotServing, "This NGO has no contract in force for the destination municipality.", "ngoOrganisationId",
                MessageParam.Municipality("municipality", c.Details.DestinationMunicipality))
            .Errors.Concat(DetailsErrors(c.Details, c.Sender, c.Actor)).ToList();
        return errors.Count > 0 ? Decision.Reject(errors) : Decision.Accept(new ReferralSent(c.ReferralId, c.Sender, receiver!, Trimmed(c.Details), c.Actor.At));
    }

    public static Decision Decide(AmendReferral c, Referral? s)
    {
        if (s is null) return NotFound;
        if (s.Status != ReferralStatus.MoreInformationRequested)
            return Decision.Reject(ReferralNotOpen, "The NGO has not asked for more information.", "referralId", Status(s));
        var errors = DetailsErrors(c.Details, s.Sender, c.Actor);
        return errors.Count == 0 ? Decision.Accept(new ReferralAmended(s.Id, Trimmed(c.Details), c.Actor.By, c.Actor.At)) : Decision.Reject(errors);
    }

    public static Decision Decide(RequestReferralInformation c, Referral? s) => Open(s) ?? new Checks()
        .Require(Text.HasLength(c.Question, 3, 1000), ErrorCodes.Validation, "Say what you need to know (3 to 1000 characters).", "question")
        .Then(() => Decision.Accept(new ReferralInformationRequested(s!.Id, c.Question.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(DeclineReferral c, Referral? s) => Open(s) ?? new Checks()
        .Require(c.Reason != ReferralDeclineReason.Other || Text.HasLength(c.Note, 3, 1000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
        .Require(c.Note is null || c.Note.Length <= 1000, ErrorCodes.Validation, "The note is too long (1000 characters at most).", "note")
        .Then(() => Decision.Accept(new ReferralDeclined(s!.Id, c.Reason, string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(), c.Actor.By, c.Actor.At)));

    /// <summary>The referral's own event; the case's events come from <see cref="CaseEvents"/>, decided on the same facts.</summary>
    public static Decision Decide(AcceptReferral c, Referral? s) => Open(s) ?? Decision.Accept(new ReferralAccepted(s!.Id, c.ClientId, c.Actor.By, c.Actor.At));

    /// <summary>
    /// The case an accepted referral becomes, exactly as <c>referClient</c> makes one (the standard plan from the release
    /// date), with the referrer's consent and the needs known so far recorded on it.
    /// </summary>
    public static Decision CaseEvents(Referral referral, Guid clientId, IReadOnlyList<PossibleDuplicate> duplicates, bool notADuplicate, Actor actor) =>
        CaseRules(referral.Details, referral.Sender, clientId, duplicates, notADuplicate, actor);

    /// <summary>The mentor of the referred person's case is matched: once, after acceptance.</summary>
    public static IReadOnlyList<object> MentorMatched(Referral s, Guid matchId, DateTimeOffset at) =>
        s.Status == ReferralStatus.Accepted ? [new ReferralMentorMatched(s.Id, matchId, at)] : [];

    /// <summary>The first meeting with the mentor: once, after a match.</summary>
    public static IReadOnlyList<object> FirstMeetingHeld(Referral s, DateOnly heldOn, DateTimeOffset at) =>
        s.Status == ReferralStatus.MentorMatched ? [new ReferralFirstMeetingHeld(s.Id, heldOn, at)] : [];

    /// <summary>The details as a case would take them (no duplicate check: that is the NGO's, on acceptance), and the note's length.</summary>
    private static IReadOnlyList<UserError> DetailsErrors(ReferralDetails d, ReferralSender sender, Actor actor) =>
        new Checks().Require(d.Note is null || d.Note.Length <= 2000, ErrorCodes.Validation, "The note is too long (2000 characters at most).", "note").Errors
            .Concat(CaseRules(d, sender, Guid.Empty, [], true, actor).Errors).ToList();

    /// <summary>Refer → record consent → assess needs, through the case's own decider, folding as it goes.</summary>
    private static Decision CaseRules(ReferralDetails d, ReferralSender sender, Guid clientId, IReadOnlyList<PossibleDuplicate> duplicates, bool notADuplicate, Actor actor)
    {
        var refer = ClientDecider.Decide(new ReferClient(clientId, d.Person, d.PrisonCode, d.ExpectedReleaseDate, d.ReleaseType, d.DestinationMunicipality,
            sender.OrganisationId, sender.Name, sender.OrganisationName, null, notADuplicate, actor) { ReferringOrganisationKind = sender.Kind }, null, duplicates);
        if (!refer.IsAccepted) return refer;
        var events = refer.Events.ToList();
        var client = events.Aggregate((Client?)null, ClientDecider.Evolve);
        var consent = ClientDecider.Decide(new RecordConsent(d.ConsentScopes, d.ConsentGivenOn, d.ConsentDocumentReference ?? "", actor), client);
        if (!consent.IsAccepted) return Decision.Reject(consent.Errors.Select(e => e with { Field = ConsentField(e.Field) }));
        events.AddRange(consent.Events);
        client = consent.Events.Aggregate(client, ClientDecider.Evolve);
        if (d.Needs.Count > 0)
        {
            var needs = ClientDecider.Decide(new AssessNeeds(d.Needs, sender.OrganisationName, actor.Today, actor), client);
            if (!needs.IsAccepted) return needs;
            events.AddRange(needs.Events);
        }
        return Decision.Accept(events.ToArray());
    }

    /// <summary>The consent's fields are named for the referral's form.</summary>
    private static string? ConsentField(string? field) => field switch
    {
        "scopes" => "consentScopes",
        "givenOn" => "consentGivenOn",
        "documentReference" => "consentDocumentReference",
        _ => field,
    };

    private static ReferralDetails Trimmed(ReferralDetails d) => d with
    {
        Person = d.Person with { Name = d.Person.Name.Trim(), Languages = d.Person.Languages.Distinct().ToList(), Contact = d.Person.Contact?.Trim() },
        ConsentScopes = d.ConsentScopes.Distinct().ToList(),
        ConsentDocumentReference = d.ConsentDocumentReference.Trim(),
        Note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim(),
    };

    private static MessageParam Status(Referral s) => MessageParam.Enum("status", s.Status);

    private static readonly Decision NotFound = Decision.Reject(ErrorCodes.NotFound, "No such referral.", "referralId");

    private static Decision? Open(Referral? s) => s switch
    {
        null => NotFound,
        { IsOpen: false } => Decision.Reject(ReferralNotOpen, "The referral was already answered.", "referralId", Status(s)),
        _ => null,
    };
}
