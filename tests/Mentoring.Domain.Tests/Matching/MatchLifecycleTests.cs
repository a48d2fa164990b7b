using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Matching;

/// <summary>
/// The match lifecycle as given-events / when-command / then-events-or-refusal: every command in every stage, so each
/// allowed transition yields exactly its event and each other one is refused with its code (and appends nothing).
/// </summary>
public sealed class MatchLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), Now, Today);
    private static readonly Guid Id = Guid.NewGuid();

    private static readonly object Proposed = new MatchProposed(Id, Guid.NewGuid(), Guid.NewGuid(), new ScoreSnapshot(0.8, []), null, Coordinator.By, Now.AddDays(-10));
    private static readonly object Accepted = new MentorAcceptedMatch(Id, Coordinator.By, Now.AddDays(-9));
    private static readonly object Agreed = new ClientAgreedToMatch(Id, Today.AddDays(-9), Coordinator.By, Now.AddDays(-9));
    private static readonly object Activated = new MatchActivated(Id, Today.AddDays(-8), Coordinator.By, Now.AddDays(-8));
    private static readonly object Paused = new MatchPaused(Id, "holiday", Coordinator.By, Now.AddDays(-2));
    private static readonly object Declined = new MentorDeclinedMatch(Id, "too far", Coordinator.By, Now.AddDays(-9));
    private static readonly object Ended = new MatchEnded(Id, MatchEndReason.GoalsMet, null, Today.AddDays(-1), Coordinator.By, Now.AddDays(-1));

    /// <summary>The stages a match can be in, as the events that led there.</summary>
    private static readonly Dictionary<string, object[]> Stages = new()
    {
        ["proposed"] = [Proposed],
        ["accepted"] = [Proposed, Accepted],
        ["agreed"] = [Proposed, Accepted, Agreed],
        ["active"] = [Proposed, Accepted, Agreed, Activated],
        ["paused"] = [Proposed, Accepted, Agreed, Activated, Paused],
        ["declined"] = [Proposed, Declined],
        ["ended"] = [Proposed, Accepted, Agreed, Activated, Ended],
    };

    private static readonly Dictionary<string, Func<Match?, Decision>> Commands = new()
    {
        ["accept"] = m => MatchDecider.Decide(new AcceptMatch(Coordinator), m),
        ["decline"] = m => MatchDecider.Decide(new DeclineMatch("too far away", Coordinator), m),
        ["agree"] = m => MatchDecider.Decide(new RecordClientAgreement(Today, Coordinator), m),
        ["activate"] = m => MatchDecider.Decide(new ActivateMatch(Today, Coordinator), m),
        ["pause"] = m => MatchDecider.Decide(new PauseMatch("the mentor is ill", Coordinator), m),
        ["resume"] = m => MatchDecider.Decide(new ResumeMatch(Coordinator), m),
        ["end"] = m => MatchDecider.Decide(new EndMatch(MatchEndReason.ClientDisengaged, null, Today, Coordinator), m),
    };

    /// <summary>What each command does in each stage: an event's name, or the refusal's code.</summary>
    public static TheoryData<string, string, string> Table => new()
    {
        { "proposed", "accept", nameof(MentorAcceptedMatch) }, { "proposed", "decline", nameof(MentorDeclinedMatch) },
        { "proposed", "agree", nameof(ClientAgreedToMatch) }, { "proposed", "activate", MatchDecider.InvalidTransition }, // nobody has said yes
        { "proposed", "pause", MatchDecider.InvalidTransition }, { "proposed", "resume", MatchDecider.InvalidTransition },
        { "proposed", "end", nameof(MatchEnded) },
        { "accepted", "accept", MatchDecider.InvalidTransition }, { "accepted", "activate", MatchDecider.InvalidTransition }, // the client has not agreed
        { "accepted", "agree", nameof(ClientAgreedToMatch) },
        { "agreed", "activate", nameof(MatchActivated) }, { "agreed", "decline", nameof(MentorDeclinedMatch) },
        { "active", "accept", MatchDecider.InvalidTransition }, { "active", "decline", MatchDecider.InvalidTransition },
        { "active", "agree", MatchDecider.InvalidTransition }, { "active", "activate", MatchDecider.InvalidTransition },
        { "active", "pause", nameof(MatchPaused) }, { "active", "resume", MatchDecider.InvalidTransition }, { "active", "end", nameof(MatchEnded) },
        { "paused", "pause", MatchDecider.InvalidTransition }, { "paused", "resume", nameof(MatchResumed) }, { "paused", "end", nameof(MatchEnded) },
        { "paused", "activate", MatchDecider.InvalidTransition }, { "paused", "accept", MatchDecider.InvalidTransition },
        { "declined", "accept", MatchDecider.InvalidTransition }, { "declined", "agree", MatchDecider.InvalidTransition },
        { "declined", "activate", MatchDecider.InvalidTransition }, { "declined", "end", MatchDecider.InvalidTransition },
        { "declined", "resume", MatchDecider.InvalidTransition },
        { "ended", "accept", MatchDecider.InvalidTransition }, { "ended", "pause", MatchDecider.InvalidTransition },
        { "ended", "resume", MatchDecider.InvalidTransition }, { "ended", "end", MatchDecider.InvalidTransition },
        { "ended", "activate", MatchDecider.InvalidTransition },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Given_a_stage_when_a_command_then_its_event_or_its_refusal(string stage, string command, string expected)
    {
        var given = Stages[stage].Aggregate((Match?)null, MatchDecider.Evolve);
        var decision = Commands[command](given);
        if (expected.Any(char.IsLower)) // an event's name; a refusal's code is CONSTANT_CASE
        {
            Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => $"{e.Code}: {e.Message}")));
            Assert.Equal(expected, Assert.Single(decision.Events).GetType().Name);
        }
        else
        {
            Assert.Empty(decision.Events);
            Assert.Equal([expected], decision.Errors.Select(e => e.Code).Distinct());
        }
    }

    [Fact]
    public void A_refused_transition_names_the_stage_it_is_in()
    {
        var ended = Stages["ended"].Aggregate((Match?)null, MatchDecider.Evolve);
        var error = Assert.Single(MatchDecider.Decide(new PauseMatch("holiday", Coordinator), ended).Errors);
        Assert.Equal(("stage", "ENDED", "MatchStage"), (error.Params[0].Name, error.Params[0].Value, error.Params[0].EnumType));
    }

    [Fact]
    public void The_whole_way_from_proposal_to_end_and_the_state_after_each_step()
    {
        var m = Stages["proposed"].Aggregate((Match?)null, MatchDecider.Evolve)!;
        m = Apply(m, Commands["accept"](m));
        Assert.Equal((MatchStage.Proposed, true), (m.Stage, m.MentorAccepted));
        m = Apply(m, Commands["agree"](m));
        Assert.Equal(Today, m.ClientAgreedOn);
        m = Apply(m, Commands["activate"](m));
        Assert.Equal((MatchStage.Active, (DateOnly?)Today), (m.Stage, m.ActiveFrom));
        Assert.True(m.IsOpen);
        m = Apply(m, Commands["pause"](m));
        Assert.Equal((MatchStage.Paused, PauseReason.Coordinator), (m.Stage, m.PausedBecause));
        m = Apply(m, Commands["resume"](m));
        Assert.Equal((MatchStage.Active, (PauseReason?)null), (m.Stage, m.PausedBecause));
        m = Apply(m, Commands["end"](m));
        Assert.Equal((MatchStage.Ended, MatchEndReason.ClientDisengaged, (DateOnly?)Today), (m.Stage, m.EndReason, m.EndedOn));
        Assert.False(m.IsOpen);
    }

    [Fact]
    public void Bad_input_is_refused_at_its_field()
    {
        var proposed = Stages["proposed"].Aggregate((Match?)null, MatchDecider.Evolve);
        Assert.Equal([(ErrorCodes.Validation, "reason")], MatchDecider.Decide(new DeclineMatch("", Coordinator), proposed).Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal([(ErrorCodes.Validation, "agreedOn")],
            MatchDecider.Decide(new RecordClientAgreement(Today.AddDays(1), Coordinator), proposed).Errors.Select(e => (e.Code, e.Field)));
        var agreed = Stages["agreed"].Aggregate((Match?)null, MatchDecider.Evolve);
        Assert.Equal([(ErrorCodes.Validation, "activeFrom")],
            MatchDecider.Decide(new ActivateMatch(Today.AddDays(61), Coordinator), agreed).Errors.Select(e => (e.Code, e.Field)));
        var active = Stages["active"].Aggregate((Match?)null, MatchDecider.Evolve);
        Assert.Equal([(ErrorCodes.Validation, "note")],
            MatchDecider.Decide(new EndMatch(MatchEndReason.Other, null, Today, Coordinator), active).Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal([(ErrorCodes.Validation, "endedOn")],
            MatchDecider.Decide(new EndMatch(MatchEndReason.GoalsMet, null, Today.AddDays(1), Coordinator), active).Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal([(ErrorCodes.NotFound, "matchId")], MatchDecider.Decide(new AcceptMatch(Coordinator), null).Errors.Select(e => (e.Code, e.Field)));
    }

    private static Match Apply(Match m, Decision d)
    {
        Assert.True(d.IsAccepted, string.Join("; ", d.Errors.Select(e => e.Code)));
        return d.Events.Aggregate((Match?)m, MatchDecider.Evolve)!;
    }
}
