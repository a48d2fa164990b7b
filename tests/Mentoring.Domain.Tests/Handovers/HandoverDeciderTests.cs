using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Tests.Clients;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Handovers;

/// <summary>Given events / when command / then events or a typed refusal, for a path handed over to a municipal social worker.</summary>
public sealed class HandoverDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = Case.On(Today);
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly HandoverHolder Ngo = new(Guid.NewGuid(), "ngo-a", "NGO A");
    private static readonly Organisation Riga = new(Guid.NewGuid(), OrganisationKind.Municipality, "Rīgas valstspilsētas pašvaldība", "riga-muni", "riga", null, Coordinator.At);
    private static readonly SocialWorkerFacts Worker = new(Guid.NewGuid(), "Laura Sociālā", true, new HashSet<Role> { Role.SocialWorker }, Riga);

    private static Client Consented(params ConsentScope[] scopes)
    {
        var client = Case.Referred(Today, Today.AddDays(20));
        return Case.Then(client, ClientDecider.Decide(new RecordConsent(scopes.Length > 0 ? scopes : [ConsentScope.Processing, ConsentScope.ShareWithSocialService],
            Today, "DOC-1", Coordinator), client));
    }

    private static Decision Start(Client? client, SocialWorkerFacts? worker = null, int days = HandoverDecider.DefaultDays, IReadOnlyList<Handover>? active = null,
        bool notes = false) =>
        HandoverDecider.Decide(new StartHandover(Id, client?.Id ?? Guid.NewGuid(), Ngo, worker ?? Worker, days, notes, Coordinator), null, client, active ?? []);

    private static Handover Given(params object[] events) => events.Aggregate((Handover?)null, HandoverDecider.Evolve)!;

    private static Handover HandedOver(Client client, bool notes = false) => Given([.. Start(client, notes: notes).Events]);

    private static Actor At(DateTimeOffset at) => new(Worker.UserId, at, RigaCalendar.Day(at));

    private static RecordSocialServiceDecision Refusal(Client client, DateTimeOffset at, Guid? goal = null) => new(Guid.NewGuid(), goal, HelpKind.GmiBenefit,
        SocialServiceDecision.Refused, RefusalReason.NoIncomeDocuments, RigaCalendar.Day(at), "Nav konta izrakstu.", At(at));

    [Fact]
    public void With_the_scope_the_path_is_handed_over_for_sixty_days()
    {
        var client = Consented();
        var e = Assert.IsType<HandedOver>(Assert.Single(Start(client).Events));
        Assert.Equal(Coordinator.At.AddDays(60), e.ExpiresAt);
        Assert.Equal("riga", e.Recipient.MunicipalityCode);
        Assert.Equal(client.Goals.Count, e.Path.Goals.Count);
        Assert.Equal(Enum.GetValues<DocumentKind>().Length, e.Path.Documents.Count);
        Assert.NotEmpty(e.Path.Warnings);
        var handover = Given(e);
        Assert.True(handover.IsReadableAt(Coordinator.At));
        Assert.Equal("Andris Kalns", HandoverCase.Of(handover).Path!.Name);
    }

    [Fact]
    public void Without_the_scope_nothing_is_handed_over() =>
        Case.Refused(Start(Consented(ConsentScope.Processing, ConsentScope.MentorContact)), ClientDecider.NoConsent, "clientId");

    [Fact]
    public void After_consent_is_withdrawn_nothing_is_handed_over()
    {
        var client = Consented();
        client = Case.Then(client, ClientDecider.Decide(new WithdrawConsent(Today, null, Coordinator), client));
        Case.Refused(Start(client), ClientDecider.NoConsent);
    }

    [Fact]
    public void Only_to_a_social_worker_account_of_a_municipality()
    {
        Case.Refused(Start(Consented(), Worker with { Roles = new HashSet<Role> { Role.MunicipalityViewer } }), HandoverDecider.NotASocialWorker, "socialWorkerUserId");
        Case.Refused(Start(Consented(), Worker with { IsActive = false }), HandoverDecider.NotASocialWorker);
        Case.Refused(Start(Consented(), Worker with { Organisation = Riga with { Kind = OrganisationKind.Ngo } }), HandoverDecider.NotASocialWorker);
        var client = Consented();
        Case.Refused(HandoverDecider.Decide(new StartHandover(Id, client.Id, Ngo, null, 60, false, Coordinator), null, client, []), HandoverDecider.NotASocialWorker);
    }

    [Fact]
    public void Only_to_the_municipality_the_person_is_released_to() =>
        Case.Refused(Start(Consented(), Worker with { Organisation = Riga with { MunicipalityCode = "jelgava" } }), HandoverDecider.WrongMunicipality);

    [Theory]
    [InlineData(0)]
    [InlineData(181)]
    public void The_time_stays_within_bounds(int days) => Case.Refused(Start(Consented(), days: days), ErrorCodes.Validation, "days");

    [Fact]
    public void A_second_active_hand_over_to_the_same_worker_is_refused()
    {
        var client = Consented();
        Case.Refused(Start(client, active: [HandedOver(client)]), HandoverDecider.AlreadyHandedOver);
    }

    [Fact]
    public void A_retry_with_the_same_key_is_refused_by_the_stream() =>
        Case.Refused(HandoverDecider.Decide(new StartHandover(Id, Guid.NewGuid(), Ngo, Worker, 60, false, Coordinator), HandedOver(Consented()), Consented(), []),
            ErrorCodes.IdempotencyKeyReused);

    [Fact]
    public void Notes_leave_the_ngo_only_when_chosen()
    {
        var client = Consented();
        client = Case.Then(client, ClientDecider.Decide(new AssessNeeds([new NeedAssessment(NeedDomain.Addiction, NeedLevel.High, "relapse in 2024")], "NGO", Today, Coordinator), client));
        Assert.Null(HandedOver(client).Path.Needs.Single().Note);
        Assert.Equal("relapse in 2024", HandedOver(client, notes: true).Path.Needs.Single().Note);
    }

    [Fact]
    public void Expiry_follows_the_clock_not_a_timer()
    {
        var handover = HandedOver(Consented());
        Assert.Empty(HandoverDecider.Expire(handover, handover.ExpiresAt.AddSeconds(-1)));
        Assert.True(handover.IsReadableAt(handover.ExpiresAt.AddSeconds(-1)));
        Assert.False(handover.IsReadableAt(handover.ExpiresAt));
        var expired = Given([.. Start(Consented()).Events, .. HandoverDecider.Expire(handover, handover.ExpiresAt)]);
        Assert.Equal(HandoverStatus.Expired, expired.Status);
        Assert.Null(HandoverCase.Of(expired).Path);
        Assert.Empty(HandoverDecider.Expire(expired, handover.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void An_expired_hand_over_takes_no_decision_and_no_extension_even_before_its_expiry_is_recorded()
    {
        var client = Consented();
        var handover = HandedOver(client);
        Case.Refused(HandoverDecider.Decide(Refusal(client, handover.ExpiresAt), handover, client), HandoverDecider.Expired);
        Case.Refused(HandoverDecider.Decide(new ExtendHandover(10, At(handover.ExpiresAt)), handover), HandoverDecider.Expired);
    }

    [Fact]
    public void Extending_adds_days_but_never_beyond_the_maximum_from_today()
    {
        var handover = HandedOver(Consented());
        var extended = Assert.IsType<HandoverExtended>(Assert.Single(HandoverDecider.Decide(new ExtendHandover(30, Coordinator), handover).Events));
        Assert.Equal(handover.ExpiresAt.AddDays(30), extended.ExpiresAt);
        Case.Refused(HandoverDecider.Decide(new ExtendHandover(121, Coordinator), handover), ErrorCodes.Validation, "days");
    }

    [Fact]
    public void A_revoked_hand_over_is_masked_and_refuses_everything()
    {
        var client = Consented();
        var handover = HandedOver(client);
        var revoked = Given([.. Start(client).Events, .. HandoverDecider.Decide(new RevokeHandover(Coordinator), handover).Events]);
        Assert.Equal(HandoverStatus.Revoked, revoked.Status);
        Assert.Null(HandoverCase.Of(revoked).Path);
        Case.Refused(HandoverDecider.Decide(new RevokeHandover(Coordinator), revoked), HandoverDecider.Revoked);
        Case.Refused(HandoverDecider.Decide(Refusal(client, Coordinator.At), revoked, client), HandoverDecider.Revoked);
        Case.Refused(HandoverDecider.Decide(new ExtendHandover(5, Coordinator), revoked), HandoverDecider.Revoked);
    }

    [Fact]
    public void Consent_withdrawn_ends_the_hand_over_and_refuses_decisions()
    {
        var client = Consented();
        var handover = HandedOver(client);
        var withdrawn = Case.Then(client, ClientDecider.Decide(new WithdrawConsent(Today, null, Coordinator), client));
        Case.Refused(HandoverDecider.Decide(Refusal(withdrawn, Coordinator.At), handover, withdrawn), HandoverDecider.ConsentWithdrawn);
        var ended = Given([.. Start(client).Events, .. HandoverDecider.ConsentGone(handover, Coordinator.At)]);
        Assert.Equal(HandoverStatus.ConsentWithdrawn, ended.Status);
        Assert.Null(HandoverCase.Of(ended).Path);
        Assert.Empty(HandoverDecider.ConsentGone(ended, Coordinator.At));
    }

    [Fact]
    public void A_refusal_flows_into_the_plan_with_its_reason_through_the_case_rules()
    {
        var client = Consented();
        var handover = HandedOver(client);
        var goal = client.Goals.Single(g => g.Standard == StandardGoal.SocialAssistance).Id;
        var command = Refusal(client, Coordinator.At.AddDays(3), goal);
        var decided = HandoverDecider.Decide(command, handover, client);
        Assert.True(decided.IsAccepted);
        var recorded = Assert.IsType<SocialServiceDecisionRecorded>(decided.Events[0]);
        Assert.Equal(RefusalReason.NoIncomeDocuments, recorded.Reason);
        var refreshed = Assert.IsType<HandoverPathRefreshed>(decided.Events[1]);
        Assert.Equal(GoalStatus.Refused, refreshed.Path.Goals.Single(g => g.Id == goal).Status);
        Assert.Contains(refreshed.Path.Refusals, r => r.Reason == RefusalReason.NoIncomeDocuments && r.Institution == Institution.MunicipalSocialService);

        var onCase = Assert.IsType<RefusalRecorded>(Assert.Single(HandoverDecider.CaseEvents(command, client).Events));
        Assert.Equal(goal, onCase.GoalId);
        var after = Case.Then(client, HandoverDecider.CaseEvents(command, client));
        Assert.True(after.HasOpenRefusal);
    }

    [Fact]
    public void Granted_help_completes_its_goal()
    {
        var client = Consented();
        var goal = client.Goals.Single(g => g.Standard == StandardGoal.SocialAssistance).Id;
        var command = new RecordSocialServiceDecision(Guid.NewGuid(), goal, HelpKind.GmiBenefit, SocialServiceDecision.Granted, null, Today, null, Coordinator);
        var achieved = Assert.IsType<GoalAchieved>(Assert.Single(HandoverDecider.CaseEvents(command, client).Events));
        Assert.Equal(goal, achieved.GoalId);
        Assert.True(HandoverDecider.Decide(command, HandedOver(client), client).IsAccepted);
    }

    [Fact]
    public void A_decision_is_complete_and_once()
    {
        var client = Consented();
        var handover = HandedOver(client);
        var goal = client.Goals[0].Id;
        Case.Refused(HandoverDecider.Decide(Refusal(client, Coordinator.At) with { Reason = null }, handover, client), ErrorCodes.Validation, "reason");
        Case.Refused(HandoverDecider.Decide(Refusal(client, Coordinator.At) with { Decision = SocialServiceDecision.Granted, Reason = null }, handover, client),
            ErrorCodes.Validation, "goalId");
        Case.Refused(HandoverDecider.Decide(Refusal(client, Coordinator.At) with { DecidedOn = Today.AddDays(1) }, handover, client), ErrorCodes.Validation, "decidedOn");
        Case.Refused(HandoverDecider.Decide(Refusal(client, Coordinator.At) with { Reason = RefusalReason.Other, Note = null }, handover, client),
            ErrorCodes.Validation, "note");
        var once = Refusal(client, Coordinator.At, goal);
        var decided = Given([.. Start(client).Events, .. HandoverDecider.Decide(once, handover, client).Events]);
        Case.Refused(HandoverDecider.Decide(once, decided, client), ErrorCodes.IdempotencyKeyReused);
    }

    [Fact]
    public void A_change_of_the_plan_refreshes_the_path_and_an_unchanged_plan_does_not()
    {
        var client = Consented();
        var handover = HandedOver(client);
        Assert.Empty(HandoverDecider.Refresh(handover, client, Today, Coordinator.At));
        var changed = Case.Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today, Coordinator), client));
        var refreshed = Assert.IsType<HandoverPathRefreshed>(Assert.Single(HandoverDecider.Refresh(handover, changed, Today, Coordinator.At)));
        Assert.Equal(Today, refreshed.Path.Documents.Single(d => d.Kind == DocumentKind.IdentityDocument).ObtainedOn);
    }
}
