using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Tests.Messages;

/// <summary>Given a message's events, when an attempt fails or an admin acts, then these events (or this refusal).</summary>
public sealed class OutboxDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.NewGuid();

    private static OutboxMessage Given(params object[] events) =>
        events.Aggregate((OutboxMessage?)null, OutboxDecisions.Evolve)!;

    private static readonly MessageQueued Queued = new OutgoingMessage("k", NotificationKind.Account, "a@example.lv", Language.Lv, "s", "t").Queued("ngo", Now);

    private static MessageDeliveryFailed Failure(bool permanent) => new(Queued.MessageId, "X", Now) { Permanent = permanent };

    [Fact]
    public void Passing_failures_never_make_a_dead_letter()
    {
        var message = Given([Queued, .. Enumerable.Repeat<object>(Failure(false), 20)]);
        var events = OutboxDecisions.Failed(message, DeliveryFailures.ServerBusy, permanent: false, Now);
        var failed = Assert.IsType<MessageDeliveryFailed>(Assert.Single(events));
        Assert.False(failed.Permanent);
        Assert.True(Given([Queued, .. Enumerable.Repeat<object>(Failure(false), 21)]).Pending);
    }

    [Fact]
    public void The_third_permanent_refusal_makes_a_dead_letter_whatever_passing_failures_came_between()
    {
        var message = Given(Queued, Failure(true), Failure(false), Failure(true));
        Assert.Equal(2, message.PermanentFailures);
        var events = OutboxDecisions.Failed(message, DeliveryFailures.RecipientRefused, permanent: true, Now);
        Assert.Collection(events,
            e => Assert.True(Assert.IsType<MessageDeliveryFailed>(e).Permanent),
            e => Assert.Equal(DeliveryFailures.RecipientRefused, Assert.IsType<MessageDeadLettered>(e).Reason));
        var dead = events.Aggregate((OutboxMessage?)message, OutboxDecisions.Evolve)!;
        Assert.False(dead.Pending);
        Assert.Equal(3, dead.PermanentFailures);
        Assert.Equal(4, dead.FailedAttempts);
    }

    [Fact]
    public void The_limit_is_a_setting()
    {
        Assert.IsType<MessageDeadLettered>(OutboxDecisions.Failed(Given(Queued), DeliveryFailures.InvalidAddress, true, Now, deadLetterAfter: 1)[^1]);
        Assert.Single(OutboxDecisions.Failed(Given(Queued, Failure(true)), DeliveryFailures.InvalidAddress, true, Now, deadLetterAfter: 3));
    }

    [Fact]
    public void A_retried_dead_letter_is_owed_again_at_once_with_a_fresh_count_of_refusals()
    {
        var dead = Given(Queued, Failure(true), Failure(true), Failure(true), new MessageDeadLettered(Queued.MessageId, "X", Now));
        var decision = OutboxDecisions.Retry(dead, Admin, Now.AddHours(2));
        var retried = Assert.IsType<MessageRetried>(Assert.Single(decision.Events));
        Assert.Equal(NotificationKind.Account, retried.Kind); // the hand-over picks the queue by it
        var again = OutboxDecisions.Evolve(dead, retried)!;
        Assert.True(again.Pending);
        Assert.Equal(0, again.PermanentFailures);
        Assert.Equal(Now.AddHours(2), again.NotBefore);
        Assert.Single(OutboxDecisions.Failed(again, "X", true, Now)); // three more refusals before it stops again
    }

    [Theory]
    [InlineData("waiting", OutboxDecisions.NotDeadLettered)]
    [InlineData("sent", OutboxDecisions.NotDeadLettered)]
    [InlineData("cancelled", OutboxDecisions.AlreadyCancelled)]
    [InlineData("missing", "NOT_FOUND")]
    public void Only_a_dead_letter_can_be_retried(string state, string code) =>
        Assert.Equal(code, Assert.Single(OutboxDecisions.Retry(In(state), Admin, Now).Errors).Code);

    [Theory]
    [InlineData("sent", OutboxDecisions.AlreadySent)]
    [InlineData("cancelled", OutboxDecisions.AlreadyCancelled)]
    [InlineData("missing", "NOT_FOUND")]
    public void A_sent_or_cancelled_message_cannot_be_cancelled(string state, string code) =>
        Assert.Equal(code, Assert.Single(OutboxDecisions.Cancel(In(state), Admin, Now).Errors).Code);

    [Theory]
    [InlineData("waiting")]
    [InlineData("dead")]
    public void A_waiting_or_dead_message_can_be_cancelled_and_is_owed_no_more(string state)
    {
        var decision = OutboxDecisions.Cancel(In(state), Admin, Now);
        Assert.False(OutboxDecisions.Evolve(In(state), Assert.Single(decision.Events))!.Pending);
    }

    private static OutboxMessage? In(string state) => state switch
    {
        "waiting" => Given(Queued, Failure(false)),
        "sent" => Given(Queued, new MessageSent(Queued.MessageId, Now)),
        "cancelled" => Given(Queued, new MessageCancelled(Queued.MessageId, Admin, Now)),
        "dead" => Given(Queued, new MessageDeadLettered(Queued.MessageId, "X", Now)),
        _ => null,
    };
}
