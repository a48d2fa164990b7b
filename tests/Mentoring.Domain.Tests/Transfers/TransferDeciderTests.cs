using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Transfers;

namespace Mentoring.Domain.Tests.Transfers;

/// <summary>Given events / when command / then events or a typed refusal, for a case moving from one NGO to another.</summary>
public sealed class TransferDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Sender = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static readonly Actor Receiver = Sender with { By = Guid.NewGuid() };
    private static readonly Guid Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), NewClientId = Guid.NewGuid();
    private static readonly TransferSender NgoA = new(Guid.NewGuid(), "ngo-a", "NGO A", Sender.By, "Ilze Koordinatore");
    private static readonly TransferReceiver NgoB = new(Guid.NewGuid(), "ngo-b", "NGO B", Guid.NewGuid());

    private static IReadOnlyList<object> Step(Client? s, Decision d)
    {
        Assert.True(d.IsAccepted, string.Join(", ", d.Errors.Select(e => e.Code + " " + e.Message)));
        return d.Events;
    }

    /// <summary>A released person's case with consent, needs, a goal done, one in progress, a refused one, a document and residence facts.</summary>
    private static Client Case(params ConsentScope[] scopes)
    {
        var events = new List<object>();
        Client? s = null;
        void Do(Func<Client?, Decision> decide)
        {
            var e = Step(s, decide(s));
            events.AddRange(e);
            s = e.Aggregate(s, ClientDecider.Evolve);
        }
        Do(_ => ClientDecider.Decide(new ReferClient(ClientId, new ClientPerson("Andris Kalns", Gender.Male, 1985, ["lv", "ru"], "+371 20000000"), "olaine",
            Today.AddDays(-10), ReleaseType.EndOfSentence, "riga", null, "Ilze", null, Today.AddDays(-10), true, Sender), null, []));
        Do(c => ClientDecider.Decide(new RecordConsent(scopes.Length > 0 ? scopes : [ConsentScope.Processing, ConsentScope.MentorContact, ConsentScope.TransferToAnotherNgo],
            Today.AddDays(-12), "PK-77", Sender), c));
        Do(c => ClientDecider.Decide(new AssessNeeds([new NeedAssessment(NeedDomain.Addiction, NeedLevel.High, "Private: relapsed in 2024")], "prison", Today, Sender), c));
        Do(c => ClientDecider.Decide(new CompleteGoal(SupportPlan.StandardGoalId(ClientId, StandardGoal.IdentityDocument), Today.AddDays(-2), Sender), c));
        Do(c => ClientDecider.Decide(new SetGoalStatus(SupportPlan.StandardGoalId(ClientId, StandardGoal.Residence), GoalStatus.InProgress, Today, null, Sender), c));
        Do(c => ClientDecider.Decide(new RecordRefusal(Guid.NewGuid(), Institution.MunicipalSocialService, HelpKind.GmiBenefit, RefusalReason.Other, Today.AddDays(-1),
            "Private: the clerk was rude", SupportPlan.StandardGoalId(ClientId, StandardGoal.SocialAssistance), Sender), c));
        Do(c => ClientDecider.Decide(new DropGoal(SupportPlan.StandardGoalId(ClientId, StandardGoal.BankAccount), "Private: his sister keeps his money", Sender), c));
        Do(c => ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.ReleaseCertificate, Today.AddDays(-10), Sender), c));
        Do(c => ClientDecider.Decide(new RecordResidenceFacts("jelgava", false, Sender), c));
        return s!;
    }

    private static TransferPackage Package(Client c) => TransferPackage.Of(c, [], new MeetingCounts(4, Today.AddDays(-9), Today.AddDays(-1)), "PK-77", Today);

    private static Decision Offer(Client? client = null, IReadOnlyList<TransferReceiver>? serving = null, bool pending = false, Guid? to = null, string reason = "Moves to Jelgava")
    {
        client ??= Case();
        return TransferDecider.Decide(new OfferTransfer(Id, ClientId, NgoA, to ?? NgoB.OrganisationId, "jelgava", reason, Package(client), Sender), null, client,
            serving ?? [NgoB], pending);
    }

    private static Transfer Given(params object[] events) => events.Aggregate((Transfer?)null, TransferDecider.Evolve)!;
    private static Transfer Offered() => Given([.. Offer().Events]);

    private static void Refused(Decision decision, string code, string? field = null)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && (field is null || e.Field == field));
    }

    [Fact]
    public void With_consent_the_case_is_offered_to_the_ngo_serving_the_new_municipality_with_its_package_and_no_notes()
    {
        var offered = Assert.IsType<TransferOffered>(Assert.Single(Offer().Events));
        Assert.Equal((NgoB, ClientId, "jelgava"), (offered.Receiver, offered.ClientId, offered.NewMunicipality));
        var p = offered.Package;
        Assert.Equal(("Andris Kalns", "PK-77", 4), (p.Person.Name, p.ConsentDocumentReference, p.History.MeetingsHeld));
        Assert.Contains(p.Goals, g => g.Standard == StandardGoal.IdentityDocument && g.Status == GoalStatus.Done);
        Assert.Contains(p.Goals, g => g.Standard == StandardGoal.SocialAssistance && g.Status == GoalStatus.Refused && g.Refusal!.Reason == RefusalReason.Other);
        Assert.Single(p.Documents);
        Assert.NotEmpty(p.EligibilityWarnings); // the last residence was declared in another municipality
        Assert.Equal(1, p.History.GoalsAchieved);
        // No free text of the sender's crosses: not the needs' notes, not the refusal's.
        var everything = System.Text.Json.JsonSerializer.Serialize(offered);
        Assert.DoesNotContain("Private:", everything, StringComparison.Ordinal);
        Assert.Equal(TransferStatus.Offered, Given(offered).Status);
    }

    [Fact]
    public void Without_the_persons_consent_to_a_transfer_it_is_refused() =>
        Refused(Offer(Case(ConsentScope.Processing, ConsentScope.MentorContact)), TransferDecider.NoTransferConsent, "clientId");

    [Fact]
    public void A_municipality_no_ngo_serves_is_refused() => Refused(Offer(serving: []), TransferDecider.NoNgoServing, "newMunicipality");

    [Fact]
    public void An_ngo_not_serving_the_municipality_is_refused() =>
        Refused(Offer(to: Guid.NewGuid()), ReferralDecider.NgoNotServing, "ngoOrganisationId");

    [Fact]
    public void The_sending_ngo_cannot_receive_its_own_case() =>
        Refused(Offer(serving: [NgoB, NgoB with { OrganisationId = NgoA.OrganisationId }], to: NgoA.OrganisationId), TransferDecider.SameNgo, "ngoOrganisationId");

    [Fact]
    public void A_closed_case_is_not_transferred()
    {
        var c = Case();
        var closed = Step(c, ClientDecider.Decide(new CloseCase(CaseClosureReason.MovedAway, null, Sender), c)).Aggregate((Client?)c, ClientDecider.Evolve)!;
        Refused(Offer(closed), ClientDecider.CaseIsClosed);
    }

    [Fact]
    public void A_second_transfer_while_one_is_pending_is_refused() => Refused(Offer(pending: true), TransferDecider.TransferPending);

    [Fact]
    public void A_reason_is_required() => Refused(Offer(reason: ""), ErrorCodes.Validation, "reason");

    [Fact]
    public void Accepted_it_becomes_a_case_with_the_plan_documents_consent_and_needs_as_they_stood()
    {
        var t = Offered();
        var accepted = Assert.IsType<TransferAccepted>(Assert.Single(TransferDecider.Decide(new AcceptTransfer(NewClientId, "k1", Receiver), t).Events));
        Assert.Equal(TransferStatus.Accepted, t.Apply(accepted).Status);
        var events = Step(null, TransferCase.Events(t, NewClientId, Receiver));
        var c = events.Aggregate((Client?)null, ClientDecider.Evolve)!;
        Assert.Equal(("Andris Kalns", "jelgava", Today.AddDays(-10)), (c.Person.Name, c.DestinationMunicipality, c.ReleasedOn));
        Assert.True(c.HasConsent(ConsentScope.TransferToAnotherNgo));
        Assert.Equal(GoalStatus.Done, c.Goals.Single(g => g.Standard == StandardGoal.IdentityDocument).Status);
        Assert.Equal(GoalStatus.InProgress, c.Goals.Single(g => g.Standard == StandardGoal.Residence).Status);
        Assert.Equal(GoalStatus.Refused, c.Goals.Single(g => g.Standard == StandardGoal.SocialAssistance).Status);
        Assert.Contains(c.Goals, g => g.Kind == GoalKind.Need && g.Domain == NeedDomain.Addiction);
        Assert.Equal(t.Package.Goals.Count, c.Goals.Count);
        Assert.Equal([DocumentKind.ReleaseCertificate], c.Documents.Select(d => d.Kind));
        Assert.Null(c.Needs.Single().Note);
        Assert.Equal("jelgava", c.LastDeclaredResidenceMunicipality);
        // The sender's reasons and notes stay with the sender; the receiving case says they were carried over, as a flag the
        // reader's language renders, with no text of either NGO's in it.
        var dropped = c.Goals.Single(g => g.Standard == StandardGoal.BankAccount);
        Assert.Equal((GoalStatus.NotNeeded, (string?)null, true), (dropped.Status, dropped.DropReason, dropped.DropReasonCarriedOver));
        var refusal = c.Refusals.Single();
        Assert.Equal((RefusalReason.Other, (string?)null, true), (refusal.Reason, refusal.Note, refusal.NoteCarriedOver));
        Assert.DoesNotContain(events, e => e is GoalDropped { Reason.Length: > 0 } or RefusalRecorded { Note: not null });
    }

    [Fact]
    public void Only_a_transfer_leaves_out_the_reason_a_dropped_goal_or_an_other_refusal_needs()
    {
        var c = Case();
        var goal = SupportPlan.StandardGoalId(ClientId, StandardGoal.FamilyDoctor);
        Refused(ClientDecider.Decide(new DropGoal(goal, "", Sender), c), ErrorCodes.Validation, "reason");
        Refused(ClientDecider.Decide(new DropGoal(goal, "Carried over", Sender) { CarriedOver = true }, c), ErrorCodes.Validation, "reason");
        var other = new RecordRefusal(Guid.NewGuid(), Institution.MunicipalSocialService, HelpKind.HousingBenefit, RefusalReason.Other, Today, null, null, Sender);
        Refused(ClientDecider.Decide(other, c), ErrorCodes.Validation, "note");
        Refused(ClientDecider.Decide(other with { Note = "Sender's words", CarriedOver = true }, c), ErrorCodes.Validation, "note");
        Assert.True(ClientDecider.Decide(other with { CarriedOver = true }, c).IsAccepted);
    }

    [Fact]
    public void A_retried_acceptance_with_its_key_appends_nothing_and_any_other_second_answer_is_refused()
    {
        var t = Offered();
        var accepted = t.Apply((TransferAccepted)TransferDecider.Decide(new AcceptTransfer(NewClientId, "k1", Receiver), t).Events[0]);
        var retry = TransferDecider.Decide(new AcceptTransfer(NewClientId, "k1", Receiver), accepted);
        Assert.True(retry.IsAccepted);
        Assert.Empty(retry.Events);
        Refused(TransferDecider.Decide(new AcceptTransfer(NewClientId, "k2", Receiver), accepted), TransferDecider.TransferNotOpen, "transferId");
        Refused(TransferDecider.Decide(new DeclineTransfer(TransferDeclineReason.NoCapacity, null, Receiver), accepted), TransferDecider.TransferNotOpen);
        Refused(TransferDecider.Decide(new WithdrawTransfer(null, Sender), accepted), TransferDecider.TransferNotOpen);
    }

    [Fact]
    public void Declined_with_a_reason_and_then_not_accepted()
    {
        var t = Offered();
        Refused(TransferDecider.Decide(new DeclineTransfer(TransferDeclineReason.Other, null, Receiver), t), ErrorCodes.Validation, "note");
        var declined = Assert.IsType<TransferDeclined>(Assert.Single(TransferDecider.Decide(new DeclineTransfer(TransferDeclineReason.NoCapacity, " Full ", Receiver), t).Events));
        var s = t.Apply(declined);
        Assert.Equal((TransferStatus.Declined, TransferDeclineReason.NoCapacity, "Full"), (s.Status, s.DeclineReason, s.DeclineNote));
        Assert.Equal(TransferStatus.Declined, SentTransfer.Of(s).Status);
        Refused(TransferDecider.Decide(new AcceptTransfer(NewClientId, null, Receiver), s), TransferDecider.TransferNotOpen);
    }

    [Fact]
    public void Withdrawn_by_the_sender_it_can_no_longer_be_accepted()
    {
        var s = Offered().Apply((TransferWithdrawn)TransferDecider.Decide(new WithdrawTransfer(null, Sender), Offered()).Events[0]);
        Assert.Equal(TransferStatus.Withdrawn, s.Status);
        Refused(TransferDecider.Decide(new AcceptTransfer(NewClientId, null, Receiver), s), TransferDecider.TransferNotOpen);
    }

    [Fact]
    public void On_acceptance_the_sending_case_is_closed_as_transferred_and_its_active_match_ended_as_moved()
    {
        var c = Case() with { OpenMatchId = Guid.NewGuid(), HasActiveMatch = true };
        var match = new Match(c.OpenMatchId!.Value, ClientId, Guid.NewGuid(), null!, null, MatchStage.Active, true, Today.AddDays(-20), Today.AddDays(-20), null, null, null,
            null, Sender.By, Sender.At, Sender.At);
        var (closing, ended) = TransferCase.Closing(Id, c, match, Receiver);
        var matchEnded = Assert.IsType<MatchEnded>(Assert.Single(ended!.Events));
        Assert.Equal(MatchEndReason.Moved, matchEnded.Reason);
        Assert.IsType<ClientMatchClosed>(closing.Events[0]);
        var closed = Assert.IsType<CaseClosed>(closing.Events[1]);
        Assert.Equal(CaseClosureReason.Transferred, closed.Reason);
        Assert.Equal(ClientStage.Closed, closing.Events.Aggregate((Client?)c, ClientDecider.Evolve)!.Stage);
    }

    [Fact]
    public void Only_a_transfer_closes_a_case_as_transferred() =>
        Refused(ClientDecider.Decide(new CloseCase(CaseClosureReason.Transferred, null, Sender), Case()), ErrorCodes.Validation, "reason");
}
