using Marten;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// The streams that name one person: a client's case and its matches, or a mentor's own stream and the messages
/// sent to them.
/// </summary>
public sealed record ErasureSubject(string Kind, Guid PersonId, IReadOnlyList<Guid> Matches, IReadOnlyList<Guid> Messages)
{
    public IReadOnlyList<Guid> Streams => [PersonId, .. Matches, .. Messages];
}

/// <summary>
/// Erases a person from an event-sourced history: Marten masks the personal data in every event of the person's
/// streams (<see cref="PersonalDataMasking"/>), then the read models built from those events are rebuilt, a
/// mentor's account is disabled, and the erasure is recorded — the same for an administrator's request and for
/// the retention job.
/// </summary>
public static class Erasure
{
    public static async Task<ErasureSubject?> FindAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Client>(id, ct) is not null)
            return new ErasureSubject("client", id, await session.Query<Match>().Where(m => m.ClientId == id).Select(m => m.Id).ToListAsync(ct), []);
        if (await session.LoadAsync<Mentor>(id, ct) is not { } mentor) return null;
        // Not the mentor's matches: the meetings there are about the clients. But the mail sent to them (confirmation,
        // invitation, proposals, digests) carries their address and name. Mail not yet sent is left to go out first.
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == id, ct);
        var email = mentor.Profile.Email;
        var accountId = account?.Id;
        var messages = await session.Query<OutboxMessage>()
            .Where(m => m.SentAt != null && (m.To == email || (accountId != null && m.RecipientUserId == accountId)))
            .Select(m => m.Id).ToListAsync(ct);
        return new ErasureSubject("mentor", id, [], messages);
    }

    public const string ErasureNotAllowed = "ERASURE_NOT_ALLOWED";

    /// <summary>
    /// Erasure is for people whose support is over: an open case, or a mentor still at work, would lose its record
    /// mid-way. The reason is what the audit trail keeps.
    /// </summary>
    public static IReadOnlyList<UserError> Refusals(ErasureSubject subject, Client? client, Mentor? mentor, string reason)
    {
        var checks = new Checks().Require(Text.HasLength(reason, 3, 500), ErrorCodes.Validation, "Say why (3 to 500 characters).", "reason");
        if (subject.Kind == "client")
            checks.Require(client is { Stage: ClientStage.Closed }, ErasureNotAllowed, "Close the case before erasing the person's data.", "personId");
        else
            checks.Require(mentor is { Stage: MentorStage.Withdrawn or MentorStage.Rejected }, ErasureNotAllowed,
                "Record that the mentor withdrew (or was rejected) before erasing their data.", "personId");
        return checks.Errors;
    }

    /// <returns>How many events were masked (every event of the streams; only personal members change).</returns>
    public static async Task<int> EraseAsync(IDocumentStore store, string tenant, ErasureSubject subject, AuditRecord record, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var events = 0;
        foreach (var stream in subject.Streams)
        {
            events += (await session.Events.FetchStreamAsync(stream, token: ct)).Count;
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                x.IncludeStream(stream);
                x.ForTenant(tenant);
            }, ct);
        }

        // Masking rewrites the events, not the read models built from them: rebuild those from the masked events.
        if (subject.Kind == "client") session.Store((await session.Events.AggregateStreamAsync<Client>(subject.PersonId, token: ct))!);
        else session.Store((await session.Events.AggregateStreamAsync<Mentor>(subject.PersonId, token: ct))!);
        foreach (var match in subject.Matches)
        {
            session.Store((await session.Events.AggregateStreamAsync<Match>(match, token: ct))!);
            // The contact log keeps each meeting's place and note: its documents are folded again from the masked events.
            var masked = await session.Events.FetchStreamAsync(match, token: ct);
            foreach (var contact in Contacts.ContactLog.Fold(masked.Select(e => e.Data))) session.Store(contact);
            // So do the failed attempts to meet, with their notes.
            foreach (var attempt in masked.Select(e => e.Data).OfType<Contacts.ContactAttempted>()) session.Store(Contacts.ContactAttemptRecord.Create(attempt));
        }
        foreach (var message in subject.Messages) session.Store((await session.Events.AggregateStreamAsync<OutboxMessage>(message, token: ct))!);
        if (subject.Kind == "mentor" && await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == subject.PersonId, ct) is { } account)
        {
            // The account cannot sign in any more and no longer names the person.
            session.Update(account with
            {
                Email = $"erased-{account.Id:N}@invalid", DisplayName = PersonalDataMasking.Erased, PasswordHash = null,
                InvitationTokenHash = null, SecurityStamp = Guid.NewGuid().ToString("N"),
            });
        }
        session.Insert(record);
        await session.SaveChangesAsync(ct);
        return events;
    }
}
