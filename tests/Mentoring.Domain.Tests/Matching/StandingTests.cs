using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>Given a match's events, when its standing changes or something is shared, then exactly these events.</summary>
public sealed class StandingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), Now, new DateOnly(2026, 11, 23));
    private static readonly Guid Id = Guid.NewGuid();

    private static Match Given(params object[] events) => events.Aggregate((Match?)null, MatchDecider.Evolve)!;

    private static readonly object Proposed = new MatchProposed(Id, Guid.NewGuid(), Guid.NewGuid(), new ScoreSnapshot(0.8, []), null, Coordinator.By, Now.AddDays(-10));
    private static readonly object[] ActiveEvents =
    [
        Proposed, new MentorAcceptedMatch(Id, Coordinator.By, Now.AddDays(-9)), new ClientAgreedToMatch(Id, new DateOnly(2026, 11, 14), Coordinator.By, Now.AddDays(-9)),
        new MatchActivated(Id, new DateOnly(2026, 11, 14), Coordinator.By, Now.AddDays(-9)),
    ];

    private static Match Then(Match m, Decision d)
    {
        Assert.True(d.IsAccepted, string.Join("; ", d.Errors.Select(e => e.Code)));
        return d.Events.Aggregate((Match?)m, MatchDecider.Evolve)!;
    }

    [Fact]
    public void A_hold_pauses_an_active_match_and_takes_back_the_flags_and_every_shared_note()
    {
        var shared = Given([.. ActiveEvents, new RiskFlagsSharedWithMentor(Id, true, Coordinator.By, Now), new NeedNoteSharedWithMentor(Id, NeedDomain.Health, true, Coordinator.By, Now),
            new NeedNoteSharedWithMentor(Id, NeedDomain.Housing, true, Coordinator.By, Now)]);
        var decision = MatchDecider.Decide(new HoldMatch(PauseReason.MentorSuspended, Coordinator), shared);
        Assert.Equal([typeof(MatchPaused), typeof(RiskFlagsSharedWithMentor), typeof(NeedNoteSharedWithMentor), typeof(NeedNoteSharedWithMentor)],
            decision.Events.Select(e => e.GetType()));
        var held = Then(shared, decision);
        Assert.Equal((MatchStage.Paused, PauseReason.MentorSuspended, false, 0), (held.Stage, held.PausedBecause, held.RiskFlagsShared, held.SharedNeedNotes.Count));
        Assert.Equal(Now, held.PausedAt);
        // Held again (the mentor's withdrawal after suspension): nothing left to do.
        Assert.Empty(MatchDecider.Decide(new HoldMatch(PauseReason.MentorWithdrawn, Coordinator), held).Events);
    }

    [Fact]
    public void A_held_proposal_resumes_as_a_proposal_and_an_active_match_as_active_only_when_standing_is_restored()
    {
        var proposal = Then(Given(Proposed), MatchDecider.Decide(new HoldMatch(PauseReason.ConsentWithdrawn, Coordinator), Given(Proposed)));
        Assert.Equal(MatchStage.Paused, proposal.Stage);
        Assert.Equal([ClientDecider.CaseFrozen], MatchDecider.Decide(new ResumeMatch(Coordinator, ClientFrozen: true), proposal).Errors.Select(e => e.Code));
        Assert.Equal(MatchStage.Proposed, Then(proposal, MatchDecider.Decide(new ResumeMatch(Coordinator), proposal)).Stage);

        var active = Then(Given(ActiveEvents), MatchDecider.Decide(new HoldMatch(PauseReason.MentorLapsed, Coordinator), Given(ActiveEvents)));
        Assert.Equal([MatchDecider.MentorNotCurrent], MatchDecider.Decide(new ResumeMatch(Coordinator, MentorCurrent: false), active).Errors.Select(e => e.Code));
        var resumed = Then(active, MatchDecider.Decide(new ResumeMatch(Coordinator), active));
        Assert.Equal((MatchStage.Active, (PauseReason?)null), (resumed.Stage, resumed.PausedBecause));
    }

    [Fact]
    public void A_note_is_shared_only_when_there_is_one_never_on_a_frozen_case_or_a_paused_match_and_ending_the_match_unshares_everything()
    {
        var active = Given(ActiveEvents);
        Assert.Equal([ErrorCodes.NotFound], MatchDecider.Decide(new ShareNeedNote(NeedDomain.Health, true, ClientHasNote: false, Coordinator), active).Errors.Select(e => e.Code));
        Assert.Equal([ClientDecider.CaseFrozen],
            MatchDecider.Decide(new ShareNeedNote(NeedDomain.Health, true, true, Coordinator, ClientFrozen: true), active).Errors.Select(e => e.Code));
        var shared = Then(active, MatchDecider.Decide(new ShareNeedNote(NeedDomain.Health, true, true, Coordinator), active));
        Assert.Equal([NeedDomain.Health], shared.SharedNeedNotes);
        Assert.Equal([MatchDecider.InvalidTransition], MatchDecider.Decide(new ShareNeedNote(NeedDomain.Health, true, true, Coordinator), shared).Errors.Select(e => e.Code));

        var paused = Then(shared, MatchDecider.Decide(new PauseMatch("holiday", Coordinator), shared));
        Assert.Equal([MatchDecider.InvalidTransition], MatchDecider.Decide(new ShareRiskFlags(true, Coordinator), paused).Errors.Select(e => e.Code));
        var ended = Then(paused, MatchDecider.Decide(new EndMatch(MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 23), Coordinator), paused));
        Assert.Equal((false, 0), (ended.RiskFlagsShared, ended.SharedNeedNotes.Count));
    }

    [Fact]
    public void A_paused_match_takes_only_meetings_from_before_the_pause_and_an_ended_one_only_staff_records_up_to_its_last_day()
    {
        var active = Given(ActiveEvents);
        var paused = Then(active, MatchDecider.Decide(new PauseMatch("holiday", Coordinator), active));
        Assert.True(ContactDecider.Loggable(paused, Now.AddHours(-1), byCoordinator: false));
        Assert.False(ContactDecider.Loggable(paused, Now.AddMinutes(1), byCoordinator: false));
        var ended = Then(active, MatchDecider.Decide(new EndMatch(MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 22), Coordinator), active));
        Assert.False(ContactDecider.Loggable(ended, Now.AddDays(-2), byCoordinator: false));
        Assert.True(ContactDecider.Loggable(ended, Now.AddDays(-2), byCoordinator: true));
        Assert.False(ContactDecider.Loggable(ended, Now, byCoordinator: true)); // the day after it ended
        Assert.False(ContactDecider.Loggable(Given(Proposed), Now.AddHours(-1), byCoordinator: true));
    }

    [Fact]
    public void Withdrawn_consent_leaves_no_scope_and_a_date_and_consent_given_again_restores_both()
    {
        var at = Now;
        var client = new object[]
        {
            new ClientReferred(Id, new ClientPerson("Jānis Bērziņš", Gender.Male, 1980, ["lv"], null), "olaine", new DateOnly(2026, 12, 1), ReleaseType.EndOfSentence,
                "riga", null, "Ilze", null, null, Coordinator.By, at),
            new ConsentRecorded(Id, [ConsentScope.Processing, ConsentScope.MentorContact], new DateOnly(2026, 11, 1), "PK-1", Coordinator.By, at),
            new ConsentWithdrawn(Id, new DateOnly(2026, 11, 20), null, Coordinator.By, at),
        }.Aggregate((Client?)null, ClientDecider.Evolve)!;
        Assert.Equal((0, new DateOnly(2026, 11, 20), true), (client.Consent.Count, client.ConsentWithdrawnOn, client.IsFrozen));
        Assert.False(client.HasConsent(ConsentScope.Processing));
        var again = ClientDecider.Evolve(client, new ConsentRecorded(Id, [ConsentScope.Processing], new DateOnly(2026, 11, 22), "PK-2", Coordinator.By, at))!;
        Assert.Equal([ConsentScope.Processing], again.Consent);
        Assert.Equal(((DateOnly?)null, false), (again.ConsentWithdrawnOn, again.IsFrozen));
    }

    [Fact]
    public void A_mentor_sees_case_detail_only_on_a_proposed_or_active_match_or_one_a_coordinator_paused_and_never_without_consent()
    {
        var active = Given(ActiveEvents);
        var paused = Then(active, MatchDecider.Decide(new PauseMatch("holiday", Coordinator), active));
        var held = Then(active, MatchDecider.Decide(new HoldMatch(PauseReason.MentorSuspended, Coordinator), active));
        var ended = Then(active, MatchDecider.Decide(new EndMatch(MatchEndReason.GoalsMet, null, new DateOnly(2026, 11, 23), Coordinator), active));
        Assert.Equal((true, true, true, false, false, false),
            (Given(Proposed).ShowsCaseDetailToMentor(false), active.ShowsCaseDetailToMentor(false), paused.ShowsCaseDetailToMentor(false),
             held.ShowsCaseDetailToMentor(false), ended.ShowsCaseDetailToMentor(false), active.ShowsCaseDetailToMentor(clientFrozen: true)));
    }
}
