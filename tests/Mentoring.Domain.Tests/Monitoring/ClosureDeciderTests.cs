using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Monitoring;

namespace Mentoring.Domain.Tests.Monitoring;

/// <summary>The closure step as given-events / when-command / then-events-or-refusal.</summary>
public sealed class ClosureDeciderTests
{
    private static readonly Guid MatchId = Guid.NewGuid();
    private static readonly DateOnly EndedOn = new(2027, 3, 10);

    private static Actor On(DateOnly day) => new(Guid.NewGuid(), RigaCalendar.At(day, new TimeOnly(10, 0)), day);

    private static MatchMonitoring? Given(params object[] events) => events.Aggregate((MatchMonitoring?)null, MonitoringDecider.Evolve);

    private static MatchClosureOpened Opened(MatchEndReason reason = MatchEndReason.GoalsMet) =>
        (MatchClosureOpened)ClosureDecider.Decide(new OpenClosure(MatchId, reason, EndedOn, On(EndedOn)), null).Events.Single();

    private static RecordClosingConversation Talk(CheckInParty with, DateOnly? on = null, string? note = "Someone who had been there") =>
        new(with, on ?? EndedOn, CheckInMode.InPerson, [ClosureHelp.LivedExperience, ClosureHelp.AccompanimentToOffices, ClosureHelp.LivedExperience], note,
            Recommendation.Yes, On(EndedOn.AddDays(2)));

    private static object Only(Decision d) => Assert.Single(d.Events);
    private static string[] Codes(Decision d) => [.. d.Errors.Select(e => e.Code)];

    [Theory]
    [InlineData(MatchEndReason.GoalsMet, ClosureKind.Planned)]
    [InlineData(MatchEndReason.TermCompleted, ClosureKind.Planned)]
    [InlineData(MatchEndReason.ClientDisengaged, ClosureKind.Unplanned)]
    [InlineData(MatchEndReason.MentorUnavailable, ClosureKind.Unplanned)]
    [InlineData(MatchEndReason.Reincarcerated, ClosureKind.Unplanned)]
    [InlineData(MatchEndReason.Moved, ClosureKind.Unplanned)]
    [InlineData(MatchEndReason.SafetyConcern, ClosureKind.Unplanned)]
    [InlineData(MatchEndReason.Other, ClosureKind.Unplanned)]
    public void Every_end_reason_is_planned_or_unplanned_by_one_rule(MatchEndReason reason, ClosureKind kind)
    {
        Assert.Equal(kind, ClosureRule.KindOf(reason));
        var opened = Opened(reason);
        Assert.Equal(kind, opened.Kind);
        var closure = Given(opened)!.Closure!;
        Assert.True(closure.IsOpen);
        Assert.Equal(EndedOn, closure.OpenedOn);
    }

    [Fact]
    public void Opening_twice_opens_once_and_a_match_ended_before_closure_steps_has_none()
    {
        Assert.Empty(ClosureDecider.Decide(new OpenClosure(MatchId, MatchEndReason.Moved, EndedOn, On(EndedOn)), Given(Opened())).Events);
        // A monitoring stream of a match that ended before closure steps existed: check-ins only, no closure.
        var old = Given(new StaffCheckInLogged(MatchId, Guid.NewGuid(), CheckInParty.Mentor, CheckInMode.Phone, 4, null, null, EndedOn, Guid.Empty, On(EndedOn).At));
        Assert.Null(old!.Closure);
        Assert.Equal([ClosureDecider.ClosureNotOpen], Codes(ClosureDecider.Decide(Talk(CheckInParty.Mentor), MatchId, old)));
        Assert.Equal([ClosureDecider.ClosureNotOpen], Codes(ClosureDecider.Decide(new CompleteClosure(On(EndedOn)), MatchId, old)));
    }

    [Fact]
    public void A_closing_conversation_is_recorded_with_its_feedback_and_a_repeat_records_nothing()
    {
        var given = Given(Opened());
        var talked = Assert.IsType<ClosingConversationRecorded>(Only(ClosureDecider.Decide(Talk(CheckInParty.Client), MatchId, given)));
        Assert.Equal([ClosureHelp.AccompanimentToOffices, ClosureHelp.LivedExperience], talked.Helped);
        Assert.Equal("Someone who had been there", talked.HelpedNote);
        Assert.Equal(Recommendation.Yes, talked.WouldRecommend);
        Assert.Empty(ClosureDecider.Decide(Talk(CheckInParty.Client), MatchId, Given(Opened(), talked)).Events);
        // A correction (another day) is recorded again and replaces the first.
        var corrected = Assert.IsType<ClosingConversationRecorded>(Only(ClosureDecider.Decide(Talk(CheckInParty.Client, EndedOn.AddDays(1)), MatchId, Given(Opened(), talked))));
        var closure = Given(Opened(), talked, corrected)!.Closure!;
        Assert.Equal(EndedOn.AddDays(1), Assert.Single(closure.Conversations).On);
    }

    [Fact]
    public void A_conversation_in_the_future_or_long_before_the_end_or_with_a_long_note_is_refused()
    {
        var given = Given(Opened());
        Assert.Equal([ClosureDecider.ConversationInFuture], Codes(ClosureDecider.Decide(Talk(CheckInParty.Mentor, EndedOn.AddDays(3)), MatchId, given)));
        Assert.Equal([ClosureDecider.ConversationBeforeMatchEnd], Codes(ClosureDecider.Decide(Talk(CheckInParty.Mentor, EndedOn.AddDays(-31)), MatchId, given)));
        Assert.Empty(ClosureDecider.Decide(Talk(CheckInParty.Mentor, EndedOn.AddDays(-30)), MatchId, given).Errors);
        Assert.Equal([ErrorCodes.Validation], Codes(ClosureDecider.Decide(Talk(CheckInParty.Mentor, note: new string('x', 2001)), MatchId, given)));
    }

    [Fact]
    public void Completing_needs_both_sides_settled_and_the_rematch_decided()
    {
        var opened = Opened(MatchEndReason.ClientDisengaged);
        var refused = ClosureDecider.Decide(new CompleteClosure(On(EndedOn)), MatchId, Given(opened));
        Assert.Equal([ClosureDecider.SideNotSettled, ClosureDecider.SideNotSettled, ClosureDecider.RematchNotDecided], Codes(refused));
        Assert.Equal(["mentor", "client", "rematch"], refused.Errors.Select(e => e.Field));

        var mentor = (ClosingConversationRecorded)Only(ClosureDecider.Decide(Talk(CheckInParty.Mentor), MatchId, Given(opened)));
        var unreached = (ClosingSideUnreached)Only(ClosureDecider.Decide(new RecordSideUnreached(CheckInParty.Client, UnreachedReason.NoResponse, On(EndedOn)),
            MatchId, Given(opened, mentor)));
        Assert.Equal([ClosureDecider.RematchNotDecided], Codes(ClosureDecider.Decide(new CompleteClosure(On(EndedOn)), MatchId, Given(opened, mentor, unreached))));

        Assert.Equal([ClosureDecider.NoRematchReasonRequired],
            Codes(ClosureDecider.Decide(new DecideRematch(RematchChoice.NoRematch, null, On(EndedOn)), MatchId, Given(opened, mentor, unreached))));
        var rematch = (RematchDecided)Only(ClosureDecider.Decide(new DecideRematch(RematchChoice.NoRematch, NoRematchReason.Unreachable, On(EndedOn)), MatchId,
            Given(opened, mentor, unreached)));
        var completed = Assert.IsType<MatchClosureCompleted>(Only(ClosureDecider.Decide(new CompleteClosure(On(EndedOn.AddDays(5))), MatchId,
            Given(opened, mentor, unreached, rematch))));
        Assert.Equal(EndedOn.AddDays(5), completed.On);

        var closed = Given(opened, mentor, unreached, rematch, completed);
        Assert.False(closed!.Closure!.IsOpen);
        // Completing again is a retry: nothing new. Changing anything now is refused.
        Assert.Empty(ClosureDecider.Decide(new CompleteClosure(On(EndedOn.AddDays(6))), MatchId, closed).Events);
        Assert.Equal([ClosureDecider.ClosureCompleted], Codes(ClosureDecider.Decide(Talk(CheckInParty.Client), MatchId, closed)));
        Assert.Equal([ClosureDecider.ClosureCompleted],
            Codes(ClosureDecider.Decide(new DecideRematch(RematchChoice.Rematch, null, On(EndedOn)), MatchId, closed)));
    }

    [Fact]
    public void Both_sides_cannot_be_unreached_and_a_later_conversation_replaces_unreached()
    {
        var opened = Opened();
        var unreached = (ClosingSideUnreached)Only(ClosureDecider.Decide(new RecordSideUnreached(CheckInParty.Mentor, UnreachedReason.Moved, On(EndedOn)), MatchId, Given(opened)));
        Assert.Equal([ClosureDecider.BothSidesUnreached],
            Codes(ClosureDecider.Decide(new RecordSideUnreached(CheckInParty.Client, UnreachedReason.NoResponse, On(EndedOn)), MatchId, Given(opened, unreached))));
        Assert.Empty(ClosureDecider.Decide(new RecordSideUnreached(CheckInParty.Mentor, UnreachedReason.Moved, On(EndedOn)), MatchId, Given(opened, unreached)).Events);
        var talked = (ClosingConversationRecorded)Only(ClosureDecider.Decide(Talk(CheckInParty.Mentor), MatchId, Given(opened, unreached)));
        var closure = Given(opened, unreached, talked)!.Closure!;
        Assert.Empty(closure.Unreached);
        Assert.True(closure.Settled(CheckInParty.Mentor));
        Assert.False(closure.Settled(CheckInParty.Client));
    }

    [Fact]
    public void An_open_step_is_overdue_from_the_fifteenth_day_after_it_opened()
    {
        var closure = Given(Opened())!.Closure!;
        Assert.False(closure.IsOverdue(EndedOn.AddDays(ClosureRule.OverdueAfterDays)));
        Assert.True(closure.IsOverdue(EndedOn.AddDays(ClosureRule.OverdueAfterDays + 1)));
    }
}
