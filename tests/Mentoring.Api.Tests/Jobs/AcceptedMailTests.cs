using Mentoring.Domain.Messages;
using Mentoring.Jobs.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>
/// The one moment at-least-once delivery can copy a mail: the SMTP server has kept it, and recording that fails. Losing
/// the database connection there must not send it again (a SIGKILL there still can: docs/reliability.md).
/// </summary>
public sealed class AcceptedMailTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    [Fact]
    public async Task A_message_the_server_accepted_while_the_database_connection_was_lost_is_recorded_sent_and_not_sent_again()
    {
        var email = $"held-{Guid.NewGuid():N}@example.lv";
        api.Smtp.Hold(email);
        var mentorId = await ApplyAsync(api.Client(), api.NgoA.Id, email);
        var key = $"application-received:{mentorId}";
        var messageId = OutgoingMessage.IdOf(key);

        // The server has stored the mail and holds back its "250"; the delivery's transaction (and the message's lock)
        // is open on one database connection. That connection is cut, then the server answers.
        await Eventually.TrueAsync(() => Task.FromResult(api.Smtp.To(email).Count == 1), "the mail never reached the server");
        var cut = await TerminateLockHolderAsync(OutboxDelivery.LockKey(messageId));
        Assert.Equal(1, cut);
        api.Smtp.Release(email);

        await api.SentAsync(api.NgoA.TenantId, key);
        // Whatever comes after (Hangfire's retry, the sweep, a second copy of the job) finds it sent.
        await api.Services.GetRequiredService<OutboxDelivery>().DeliverAsync(api.NgoA.TenantId, messageId, default);
        api.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await api.SweepAsync());
        var copies = api.Smtp.To(email);
        Assert.Single(copies);
        Assert.Equal($"{messageId:N}@mentoring", copies[0].MessageId);
    }

    /// <summary>pg_terminate_backend on the session holding this advisory lock (a bigint key: classid high, objid low).</summary>
    private async Task<int> TerminateLockHolderAsync(long key)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from (select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and objsubid = 1 " +
            "and classid::bigint = @high and objid::bigint = @low) as cut", connection);
        command.Parameters.AddWithValue("high", (long)(uint)(key >> 32));
        command.Parameters.AddWithValue("low", (long)(uint)key);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
