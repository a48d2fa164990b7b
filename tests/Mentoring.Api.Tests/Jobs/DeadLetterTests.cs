using System.Text.Json;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>
/// A message the mail server refuses for good stops being tried after three refusals, waits for an admin with its reason,
/// and goes out once when retried after the mailbox is fixed; one that is only refused for now is tried for ever; a
/// cancelled one never goes. Through a real SMTP server that answers 550 or 451.
/// </summary>
public sealed class DeadLetterTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    private const string Page = "query($s: NotificationStatus) { notifications(status: $s, first: 100) { nodes { id version status lastFailure failedAttempts deadLetteredAt cancelledAt } } }";
    private const string Retry = "mutation($id: ID!, $v: Long!) { retryNotification(id: $id, expectedVersion: $v) { notification { id status version } errors { code field } } }";
    private const string Cancel = "mutation($id: ID!, $v: Long!) { cancelNotification(id: $id, expectedVersion: $v) { notification { id status cancelledAt } errors { code field } } }";

    [Fact]
    public async Task Refused_for_good_three_times_it_is_a_dead_letter_that_an_admin_retries_once_the_mailbox_is_fixed()
    {
        var email = $"mailbox-{Guid.NewGuid():N}@example.lv";
        api.Smtp.Refuse(email);
        var (tenant, id) = await RecordAsync(email);

        var message = await AttemptUntilAsync(tenant, id, m => m.DeadLetteredAt is not null);
        Assert.Equal(3, message.PermanentFailures);
        Assert.Equal(DeliveryFailures.RecipientRefused, message.LastFailure);
        Assert.False(message.Pending);

        // Dead: no attempt goes out any more, by Hangfire or by the sweep, however long it waits.
        await Deliver(tenant, id);
        Assert.Equal(3, (await Load(tenant, id)).FailedAttempts);
        api.Clock.Advance(TimeSpan.FromHours(3));
        Assert.DoesNotContain(id, await api.SweptAsync());
        Assert.Empty(api.Smtp.To(email));

        // The admin sees it with its reason; a coordinator sees it but may not act; another NGO's admin cannot reach it.
        var admin = await api.SignedIn("a", Role.OrgAdmin);
        var node = Node(await admin.PostAsync(Page, new { s = "DEAD_LETTERED" }), id);
        Assert.Equal("RECIPIENT_REFUSED", node.GetProperty("lastFailure").GetString());
        Assert.Equal(3, node.GetProperty("failedAttempts").GetInt32());
        var version = node.GetProperty("version").GetInt64();
        Assert.DoesNotContain((await admin.PostAsync(Page, new { s = "FAILING" })).Data.GetProperty("notifications").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("id").GetGuid() == id);
        var coordinator = await api.SignedIn("a", Role.Coordinator);
        Assert.NotEmpty((await coordinator.PostAsync(Retry, new { id, v = version })).ErrorCodes);
        var otherAdmin = await api.SignedIn("b", Role.OrgAdmin);
        Assert.Contains(("NOT_FOUND", "id"), (await otherAdmin.PostAsync(Retry, new { id, v = version })).UserErrors("retryNotification"));
        Assert.Contains(("CONCURRENCY_CONFLICT", "expectedVersion"), (await admin.PostAsync(Retry, new { id, v = version - 1 })).UserErrors("retryNotification"));
        Assert.Equal(3, (await Load(tenant, id)).FailedAttempts);

        // Fixed mailbox, retried: handed over at once, delivered once, and retrying again is refused.
        api.Smtp.Accept(email);
        var retried = await admin.PostAsync(Retry, new { id, v = version });
        Assert.Empty(retried.UserErrors("retryNotification"));
        await api.SentAsync(tenant, $"dead-letter-test:{email}");
        await Deliver(tenant, id);
        Assert.Single(api.Smtp.To(email));
        var sent = await Load(tenant, id);
        Assert.Equal("SENT", Node(await admin.PostAsync(Page, new { s = "SENT" }), id).GetProperty("status").GetString());
        Assert.Contains(("MESSAGE_NOT_DEAD_LETTERED", "id"), (await admin.PostAsync(Retry, new { id, v = sent.Version })).UserErrors("retryNotification"));
        Assert.Contains(("MESSAGE_ALREADY_SENT", "id"), (await admin.PostAsync(Cancel, new { id, v = sent.Version })).UserErrors("cancelNotification"));
    }

    [Fact]
    public async Task A_server_that_says_try_later_is_tried_again_and_again_and_never_makes_a_dead_letter()
    {
        var email = $"{SmtpServer.Busy}{Guid.NewGuid():N}@example.lv";
        var (tenant, id) = await RecordAsync(email);

        var message = await AttemptUntilAsync(tenant, id, m => m.FailedAttempts >= 5);
        Assert.Null(message.DeadLetteredAt);
        Assert.Equal(0, message.PermanentFailures);
        Assert.Equal(DeliveryFailures.ServerBusy, message.LastFailure);
        api.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Contains(id, await api.SweptAsync()); // still owed
    }

    [Fact]
    public async Task A_cancelled_message_is_never_sent_nor_swept()
    {
        // Due tomorrow (a day's wait with Hangfire), so nothing tries it while the admin cancels.
        var email = $"tomorrow-{Guid.NewGuid():N}@example.lv";
        var (tenant, id) = await RecordAsync(email, api.Clock.GetUtcNow().AddDays(1));
        var waiting = await Load(tenant, id);
        Assert.True(waiting.Pending);

        var admin = await api.SignedIn("a", Role.OrgAdmin);
        Assert.Contains(("MESSAGE_NOT_DEAD_LETTERED", "id"), (await admin.PostAsync(Retry, new { id, v = waiting.Version })).UserErrors("retryNotification"));
        var cancelled = await admin.PostAsync(Cancel, new { id, v = waiting.Version });
        Assert.Empty(cancelled.UserErrors("cancelNotification"));
        Assert.Equal("CANCELLED", cancelled.Data.GetProperty("cancelNotification").GetProperty("notification").GetProperty("status").GetString());

        api.Clock.Advance(TimeSpan.FromDays(2));
        await Deliver(tenant, id);
        Assert.DoesNotContain(id, await api.SweptAsync());
        var after = await Load(tenant, id);
        Assert.Equal(0, after.FailedAttempts);
        Assert.Null(after.SentAt);
        Assert.Empty(api.Smtp.To(email));
        admin = await api.SignedIn("a", Role.OrgAdmin); // two days on, the session has ended
        Assert.Contains(("MESSAGE_CANCELLED", "id"), (await admin.PostAsync(Cancel, new { id, v = after.Version })).UserErrors("cancelNotification"));
        Assert.Equal("CANCELLED", Node(await admin.PostAsync(Page, new { s = "CANCELLED" }), id).GetProperty("status").GetString());
    }

    private async Task<(string Tenant, Guid Id)> RecordAsync(string email, DateTimeOffset? notBefore = null)
    {
        var message = new OutgoingMessage($"dead-letter-test:{email}", NotificationKind.Account, email, Language.En, "Test", "A test message.", NotBefore: notBefore);
        Assert.True(await Outbox.RecordAsync(api.Store, api.NgoA.TenantId, message, api.Clock.GetUtcNow(), default));
        return (api.NgoA.TenantId, message.MessageId);
    }

    /// <summary>Attempts delivery (as Hangfire's retries would, without waiting for their back-off) until the message is as asked.</summary>
    private async Task<OutboxMessage> AttemptUntilAsync(string tenant, Guid id, Func<OutboxMessage, bool> done)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var message = await Load(tenant, id);
            if (done(message)) return message;
            await Deliver(tenant, id);
        }
        throw new InvalidOperationException("the message never reached the state asked for");
    }

    private async Task Deliver(string tenant, Guid id)
    {
        try
        {
            await api.Services.GetRequiredService<OutboxDelivery>().DeliverAsync(tenant, id, default);
        }
        catch (Exception ex) when (ex is MailKit.Net.Smtp.SmtpCommandException)
        {
            // An attempt that will be tried again rethrows, for Hangfire's back-off.
        }
    }

    private async Task<OutboxMessage> Load(string tenant, Guid id)
    {
        await using var session = api.Store.QuerySession(tenant);
        return (await session.LoadAsync<OutboxMessage>(id))!;
    }

    private static JsonElement Node(GraphQLResponse page, Guid id) =>
        page.Data.GetProperty("notifications").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == id);
}
