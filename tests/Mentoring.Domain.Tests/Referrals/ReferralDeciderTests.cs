using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Referrals;

namespace Mentoring.Domain.Tests.Referrals;

/// <summary>Given events / when command / then events or a typed refusal, for a referral from a prison to an NGO.</summary>
public sealed class ReferralDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Referrer = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static readonly Actor Coordinator = Referrer with { By = Guid.NewGuid() };
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly ReferralSender Prison = new(Guid.NewGuid(), OrganisationKind.Prison, "olaines-cietums", "Olaines cietums", Referrer.By, "Ilze Sociālā");
    private static readonly ReferralReceiver Ngo = new(Guid.NewGuid(), "ngo-a", "NGO A", Guid.NewGuid());

    private static ReferralDetails Details(string name = "Andris Kalns", IReadOnlyList<ConsentScope>? scopes = null, string document = "CIET-2026/114") =>
        new(new ClientPerson(name, Gender.Male, 1985, ["lv", "ru"], null), "olaine", Today.AddDays(40), ReleaseType.EndOfSentence, "riga",
            [new NeedAssessment(NeedDomain.Housing, NeedLevel.High, "no declared residence"), new NeedAssessment(NeedDomain.Addiction, NeedLevel.Medium, null)],
            scopes ?? [ConsentScope.Processing, ConsentScope.MentorContact], Today.AddDays(-2), document, "Prefers a mentor who speaks Russian.");

    private static Decision Send(ReferralDetails? details = null, ReferralSender? sender = null, IReadOnlyList<ReferralReceiver>? serving = null) =>
        ReferralDecider.Decide(new SendReferral(Id, sender ?? Prison, Ngo.OrganisationId, details ?? Details(), Referrer), null, serving ?? [Ngo]);

    private static Referral Given(params object[] events) => events.Aggregate((Referral?)null, ReferralDecider.Evolve)!;

    private static Referral Sent() => Given([.. Send().Events]);

    private static void Refused(Decision decision, string code, string? field = null)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && (field is null || e.Field == field));
    }

    [Fact]
    public void A_referral_to_an_ngo_serving_the_destination_is_received()
    {
        var sent = Assert.IsType<ReferralSent>(Assert.Single(Send().Events));
        Assert.Equal(Ngo, sent.Receiver);
        var referral = Given(sent);
        Assert.Equal(ReferralStatus.Received, referral.Status);
        Assert.True(referral.IsOpen);
        Assert.Equal("Prefers a mentor who speaks Russian.", referral.Details.Note);
        Assert.Equal("NGO A", SentReferral.Of(referral).NgoName);
    }

    [Fact]
    public void An_ngo_without_a_contract_for_the_destination_is_refused() =>
        Refused(Send(serving: []), ReferralDecider.NgoNotServing, "ngoOrganisationId");

    [Fact]
    public void Only_a_prison_or_probation_office_refers() =>
        Refused(Send(sender: Prison with { Kind = OrganisationKind.Ngo }), ErrorCodes.WrongOrganisationKind);

    [Fact]
    public void The_referral_is_held_to_the_rules_of_the_case_and_its_consent()
    {
        var decision = Send(Details(name: "A", scopes: [ConsentScope.MentorContact], document: ""));
        Refused(decision, ErrorCodes.Validation, "name");
        // Consent's rules are the case's own, named for the referral's fields.
        Refused(Send(Details(scopes: [ConsentScope.MentorContact])), ErrorCodes.Validation, "consentScopes");
        Refused(Send(Details(document: "")), ErrorCodes.Validation, "consentDocumentReference");
        Refused(Send(Details() with { PrisonCode = "nowhere" }), ClientDecider.UnknownPrison, "prisonCode");
        Refused(Send(Details() with { ExpectedReleaseDate = Today.AddDays(-1) }), ErrorCodes.InvalidPeriod, "expectedReleaseDate");
    }

    [Fact]
    public void Sending_the_same_referral_twice_is_refused_by_its_stream() =>
        Refused(ReferralDecider.Decide(new SendReferral(Id, Prison, Ngo.OrganisationId, Details(), Referrer), Sent(), [Ngo]), ErrorCodes.IdempotencyKeyReused);

    [Fact]
    public void More_information_asked_then_amended_comes_back_received()
    {
        var asked = ReferralDecider.Decide(new RequestReferralInformation("  Which municipality did he last declare a residence in?  ", Coordinator), Sent());
        var questioned = Given([.. Send().Events, .. asked.Events]);
        Assert.Equal(ReferralStatus.MoreInformationRequested, questioned.Status);
        Assert.Equal("Which municipality did he last declare a residence in?", questioned.Question);

        var amended = ReferralDecider.Decide(new AmendReferral(Details() with { Note = "Last declared in Jelgava." }, Referrer), questioned);
        var back = Given([.. Send().Events, .. asked.Events, .. amended.Events]);
        Assert.Equal(ReferralStatus.Received, back.Status);
        Assert.Equal("Last declared in Jelgava.", back.Details.Note);
    }

    [Fact]
    public void A_referral_is_amended_only_when_the_ngo_asked() =>
        Refused(ReferralDecider.Decide(new AmendReferral(Details(), Referrer), Sent()), ReferralDecider.ReferralNotOpen);

    [Fact]
    public void A_decline_carries_its_reason_and_other_needs_a_note()
    {
        Refused(ReferralDecider.Decide(new DeclineReferral(ReferralDeclineReason.Other, null, Coordinator), Sent()), ErrorCodes.Validation, "note");
        var declined = Given([.. Send().Events, .. ReferralDecider.Decide(new DeclineReferral(ReferralDeclineReason.NoCapacity, " ", Coordinator), Sent()).Events]);
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        Assert.Equal(ReferralDeclineReason.NoCapacity, declined.DeclineReason);
        Assert.Null(declined.DeclineNote);
        // An answered referral is answered for good.
        Refused(ReferralDecider.Decide(new RequestReferralInformation("Anything else?", Coordinator), declined), ReferralDecider.ReferralNotOpen);
        Refused(ReferralDecider.Decide(new AcceptReferral(Guid.NewGuid(), false, Coordinator), declined), ReferralDecider.ReferralNotOpen);
    }

    [Fact]
    public void Accepted_it_becomes_the_case_referClient_makes_with_the_referrers_consent_and_needs()
    {
        var clientId = Guid.NewGuid();
        var referral = Sent();
        var becomes = ReferralDecider.CaseEvents(referral, clientId, [], false, Coordinator);
        var client = becomes.Events.Aggregate((Client?)null, ClientDecider.Evolve)!;
        // The same case referClient makes: the standard plan from the release date …
        var direct = ClientDecider.Decide(new ReferClient(clientId, referral.Details.Person, "olaine", Today.AddDays(40), ReleaseType.EndOfSentence, "riga",
            Prison.OrganisationId, "Ilze Sociālā", "Olaines cietums", null, false, Coordinator) { ReferringOrganisationKind = OrganisationKind.Prison }, null, []);
        Assert.Equal(direct.Events.OfType<GoalAdded>().Select(g => (g.GoalId, g.Standard)), becomes.Events.OfType<GoalAdded>().Take(6).Select(g => (g.GoalId, g.Standard)));
        Assert.Equal(Prison.OrganisationId, client.ReferringOrganisationId);
        // … with the consent the referrer recorded, so the person can be matched at once, and the needs known (housing is the standard plan's; addiction became a goal).
        Assert.True(client.CanBeMatched);
        Assert.Equal(Today.AddDays(-2), client.ConsentGivenOn);
        Assert.Equal([NeedDomain.Housing, NeedDomain.Addiction], client.Needs.Select(n => n.Domain));
        Assert.Equal(7, client.Goals.Count);

        var accepted = Given([.. Send().Events, .. ReferralDecider.Decide(new AcceptReferral(clientId, false, Coordinator), referral).Events]);
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        Assert.Equal(clientId, accepted.ClientId);
    }

    [Fact]
    public void A_likely_duplicate_stops_the_acceptance_until_confirmed()
    {
        var duplicate = new PossibleDuplicate(Guid.NewGuid(), "Andris Kalns", 1985, "olaine");
        Refused(ReferralDecider.CaseEvents(Sent(), Guid.NewGuid(), [duplicate], false, Coordinator), ClientDecider.LikelyDuplicate);
        Assert.True(ReferralDecider.CaseEvents(Sent(), Guid.NewGuid(), [duplicate], true, Coordinator).IsAccepted);
    }

    [Fact]
    public void The_mentor_matched_and_the_first_meeting_are_recorded_once_each_in_order()
    {
        var at = Referrer.At;
        var matchId = Guid.NewGuid();
        var accepted = Given([.. Send().Events, new ReferralAccepted(Id, Guid.NewGuid(), Coordinator.By, at)]);
        Assert.Empty(ReferralDecider.FirstMeetingHeld(accepted, Today, at)); // no mentor yet
        var matched = Given([.. Send().Events, new ReferralAccepted(Id, Guid.NewGuid(), Coordinator.By, at), .. ReferralDecider.MentorMatched(accepted, matchId, at)]);
        Assert.Equal(ReferralStatus.MentorMatched, matched.Status);
        Assert.Empty(ReferralDecider.MentorMatched(matched, Guid.NewGuid(), at)); // once
        var met = ReferralDecider.Evolve(matched, Assert.Single(ReferralDecider.FirstMeetingHeld(matched, Today, at)))!;
        Assert.Equal(ReferralStatus.FirstMeetingHeld, met.Status);
        Assert.Empty(ReferralDecider.FirstMeetingHeld(met, Today, at));
        Assert.Empty(ReferralDecider.MentorMatched(Sent(), matchId, at)); // not accepted: nothing to say
    }
}
