using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>What a logged meeting moves on the person's path: goals progressed, documents obtained, accompaniments and refusals met there.</summary>
public sealed class MeetingOutcomeTests
{
    private static readonly DateOnly Today = new(2027, 1, 20);
    private static readonly Actor Mentor = On(Today);

    private static Client Released() => Referred(Today, new DateOnly(2027, 1, 2), released: new DateOnly(2027, 1, 2));

    private static RecordMeetingOutcomes Meeting(Guid contactId, IReadOnlyList<Guid>? goals = null, IReadOnlyList<DocumentKind>? documents = null,
        params AccompanimentDetails[] accompaniments) =>
        new(contactId, Today.AddDays(-1), goals ?? [], documents ?? [], accompaniments, Mentor);

    private static AccompanimentDetails Refused(RefusalReason? reason = RefusalReason.NoAccountStatements, HelpKind? help = HelpKind.GmiBenefit, string? note = null) =>
        new(Institution.MunicipalSocialService, help, AccompanimentResult.Refused, reason, note);

    [Fact]
    public void A_progressed_goal_not_started_is_in_progress_and_one_already_moving_or_done_is_left()
    {
        var client = Released();
        var bank = Goal(client, StandardGoal.BankAccount).Id;
        var doctor = Goal(client, StandardGoal.FamilyDoctor).Id;
        var nva = Goal(client, StandardGoal.EmploymentAgency).Id;
        client = Then(client, ClientDecider.Decide(new SetGoalStatus(doctor, GoalStatus.InProgress, Today, null, Mentor), client));
        client = Then(client, ClientDecider.Decide(new CompleteGoal(nva, Today, Mentor), client));

        var decision = ClientDecider.Decide(Meeting(Guid.NewGuid(), [bank, doctor, nva, bank]), client);

        var changed = Assert.Single(decision.Events.OfType<GoalStatusChanged>());
        Assert.Equal((bank, GoalStatus.InProgress), (changed.GoalId, changed.Status));
        client = Then(client, decision);
        Assert.Equal(GoalStatus.Done, Goal(client, StandardGoal.EmploymentAgency).Status);
    }

    [Fact]
    public void An_unknown_goal_is_not_found()
    {
        var client = Released();
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), [Guid.NewGuid()]), client), ErrorCodes.NotFound, "goalsProgressed");
    }

    [Fact]
    public void A_document_obtained_is_recorded_on_the_meetings_day_unless_already_ticked()
    {
        var client = Released();
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today.AddDays(-10), Mentor), client));
        var decision = ClientDecider.Decide(Meeting(Guid.NewGuid(), documents: [DocumentKind.IdentityDocument, DocumentKind.NvaRegistration]), client);
        var obtained = Assert.Single(decision.Events.OfType<DocumentObtained>());
        Assert.Equal((DocumentKind.NvaRegistration, Today.AddDays(-1)), (obtained.Kind, obtained.ObtainedOn));
        client = Then(client, decision);
        Assert.Equal(Today.AddDays(-10), client.Documents.Single(d => d.Kind == DocumentKind.IdentityDocument).ObtainedOn);
    }

    [Fact]
    public void A_refused_accompaniment_records_its_refusal_first_and_points_to_it()
    {
        var client = Released();
        var contact = Guid.NewGuid();
        var granted = new AccompanimentDetails(Institution.Nva, null, AccompanimentResult.HelpGranted, null, null);

        var decision = ClientDecider.Decide(Meeting(contact, accompaniments: [granted, Refused()]), client);

        Assert.Equal([typeof(AccompaniedToInstitution), typeof(RefusalRecorded), typeof(AccompaniedToInstitution)], decision.Events.Select(e => e.GetType()));
        var refusal = decision.Events.OfType<RefusalRecorded>().Single();
        var accompaniments = decision.Events.OfType<AccompaniedToInstitution>().ToList();
        Assert.Equal((AccompanimentResult.HelpGranted, (Guid?)null), (accompaniments[0].Result, accompaniments[0].RefusalId));
        Assert.Equal((AccompanimentResult.Refused, (Guid?)refusal.RefusalId), (accompaniments[1].Result, accompaniments[1].RefusalId));
        Assert.Equal(ClientDecider.RefusalIdOf(contact, 1), refusal.RefusalId);
        Assert.Equal((RefusalReason.NoAccountStatements, HelpKind.GmiBenefit, Today.AddDays(-1)), (refusal.Reason, refusal.Help, refusal.RefusedOn));
        client = Then(client, decision);
        Assert.True(client.HasOpenRefusal); // on the coordinator's desk, as recordRefusal leaves it
        Assert.Equal(2, client.Accompaniments.Count);
    }

    [Fact]
    public void The_same_meeting_again_records_nothing()
    {
        var client = Released();
        var contact = Guid.NewGuid();
        var meeting = Meeting(contact, accompaniments: Refused());
        client = Then(client, ClientDecider.Decide(meeting, client));
        Unchanged(ClientDecider.Decide(meeting, client));
        Assert.Single(client.Refusals);
    }

    [Fact]
    public void A_refusal_needs_its_reason_and_help_and_other_needs_a_note()
    {
        var client = Released();
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: Refused(reason: null)), client), ClientDecider.RefusalNeedsReason,
            "accompaniments.refusalReason");
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: Refused(help: null)), client), ErrorCodes.Validation, "accompaniments.help");
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: Refused(RefusalReason.Other)), client), ErrorCodes.Validation, "accompaniments.note");
        Then(client, ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: Refused(RefusalReason.Other, note: "Atteica mutiski")), client));
        var six = Enumerable.Repeat(new AccompanimentDetails(Institution.Nva, null, AccompanimentResult.Pending, null, null), 6).ToArray();
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: six), client), ErrorCodes.Validation, "accompaniments");
    }

    [Fact]
    public void A_closed_case_takes_no_outcomes_but_a_meeting_without_any_asks_nothing_of_it()
    {
        var client = Then(Released(), ClientDecider.Decide(new CloseCase(CaseClosureReason.MovedAway, null, Mentor), Released()));
        Case.Refused(ClientDecider.Decide(Meeting(Guid.NewGuid(), accompaniments: Refused()), client), ClientDecider.CaseIsClosed);
        Unchanged(ClientDecider.Decide(Meeting(Guid.NewGuid()), client));
    }

    [Fact]
    public void Retracting_the_meeting_retracts_its_accompaniments_and_closes_the_refusal_still_open()
    {
        var client = Released();
        var contact = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(Meeting(contact, accompaniments: [Refused(),
            new AccompanimentDetails(Institution.Nva, HelpKind.Other, AccompanimentResult.HelpGranted, null, null)]), client));

        var decision = ClientDecider.Decide(new RetractMeetingOutcomes(contact, "Ierakstīts kļūdas pēc", Mentor), client);

        Assert.Equal([typeof(AccompanimentRetracted), typeof(RefusalClosed)], decision.Events.Select(e => e.GetType()));
        client = Then(client, decision);
        Assert.All(client.Accompaniments, a => Assert.True(a.Retracted));
        Assert.False(client.HasOpenRefusal);
        Unchanged(ClientDecider.Decide(new RetractMeetingOutcomes(contact, "Vēlreiz", Mentor), client));
        Unchanged(ClientDecider.Decide(new RetractMeetingOutcomes(Guid.NewGuid(), "Cita tikšanās", Mentor), client));
    }
}
