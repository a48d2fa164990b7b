using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Privacy;

/// <summary>
/// What names one person: a client's case and its matches, or a mentor's own stream and the public application it came
/// from; the messages that name them (tagged with their id, or addressed to them); a mentor's account.
/// </summary>
public sealed record ErasureSubject(string Kind, Guid PersonId, IReadOnlyList<Guid> Matches, IReadOnlyList<Guid> Messages)
{
    /// <summary>A mentor's public application streams (the form's double opt-in), which hold the profile as it was sent.</summary>
    public IReadOnlyList<Guid> Applications { get; init; } = [];
    public Guid? AccountId { get; init; }
    /// <summary>A client's hand-overs to the social service, which hold their path as it was handed over.</summary>
    public IReadOnlyList<Guid> Handovers { get; init; } = [];
    /// <summary>How the case came in: the referral it was accepted from and the transfer it became from, which hold the details as sent.</summary>
    public IReadOnlyList<Guid> Arrivals { get; init; } = [];
    /// <summary>
    /// The transfers this NGO offered of the case (<see cref="Transfers.SentTransfer"/>): the package of one never taken on
    /// sits in the other NGO's tenant, and is erased with the person.
    /// </summary>
    public IReadOnlyList<Guid> SentTransfers { get; init; } = [];
    /// <summary>Of those, the ones still waiting for the other NGO's answer: erasing is refused until withdrawn.</summary>
    public IReadOnlyList<Guid> PendingTransfers { get; init; } = [];

    /// <summary>The person's own streams: what the erasure masks besides the messages.</summary>
    public IReadOnlyList<Guid> OwnStreams => [PersonId, .. Matches, .. Matches.Select(Monitoring.MatchMonitoring.StreamOf), .. Applications, .. Handovers, .. Arrivals];
    public IReadOnlyList<Guid> Streams => [.. OwnStreams, .. Messages];
}

/// <summary>
/// Erasing a person from an event-sourced history, one idempotent step at a time (<see cref="ErasureStep"/>; the job that
/// runs them in order and records each is <c>Mentoring.Jobs.Erasure.ErasureJob</c>). Marten masks the personal data in
/// every event of the person's streams (<see cref="PersonalDataMasking"/>); the read models are rebuilt from the masked
/// events. The same for an administrator's request and for the retention rules.
/// </summary>
public static class Erasure
{
    public const string ClientKind = "client", MentorKind = "mentor";

    public static async Task<ErasureSubject?> FindAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Client>(id, ct) is not null)
        {
            var matches = await session.Query<Match>().Where(m => m.ClientId == id).Select(m => m.Id).ToListAsync(ct);
            var handovers = await session.Query<Handovers.Handover>().Where(h => h.ClientId == id).Select(h => h.Id).ToListAsync(ct);
            var referrals = await session.Query<Referrals.Referral>().Where(r => r.ClientId == id).Select(r => r.Id).ToListAsync(ct);
            var transfers = await session.Query<Transfers.Transfer>().Where(t => t.NewClientId == id).Select(t => t.Id).ToListAsync(ct);
            var sent = await session.Query<Transfers.SentTransfer>().Where(t => t.ClientId == id).Select(t => new { t.Id, t.Status }).ToListAsync(ct);
            return new ErasureSubject(ClientKind, id, matches, await MessagesNamingAsync(session, id, null, null, ct))
            {
                Handovers = handovers, Arrivals = [.. referrals, .. transfers], SentTransfers = [.. sent.Select(t => t.Id)],
                PendingTransfers = [.. sent.Where(t => t.Status == Transfers.TransferStatus.Offered).Select(t => t.Id)],
            };
        }
        if (await session.LoadAsync<Mentor>(id, ct) is not { } mentor) return null;
        // Not the mentor's matches: the meetings there are about the clients. But the mail to them (confirmation,
        // invitation, proposals, digests) carries their address and name, and their public application their profile.
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == id, ct);
        var applications = await session.Events.QueryRawEventDataOnly<MentorApplicationConfirmed>()
            .Where(e => e.MentorId == id).Select(e => e.ApplicationId).ToListAsync(ct);
        return new ErasureSubject(MentorKind, id, [], await MessagesNamingAsync(session, id, account?.Id, mentor.Profile.Email, ct))
        {
            Applications = [.. applications.Distinct()], AccountId = account?.Id,
        };
    }

    /// <summary>
    /// Messages tagged with the person (<see cref="MessageQueued.Mentions"/>), sent to their account, or to their address
    /// (messages recorded before tags existed).
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> MessagesNamingAsync(IQuerySession session, Guid personId, Guid? accountId, string? email, CancellationToken ct)
    {
        var ids = (await session.Query<OutboxMessage>().Where(m => m.Mentions.Contains(personId)).Select(m => m.Id).ToListAsync(ct)).ToHashSet();
        if (accountId is { } account) ids.UnionWith(await session.Query<OutboxMessage>().Where(m => m.RecipientUserId == account).Select(m => m.Id).ToListAsync(ct));
        if (email is { Length: > 0 }) ids.UnionWith(await session.Query<OutboxMessage>().Where(m => m.To == email).Select(m => m.Id).ToListAsync(ct));
        return [.. ids.Order()];
    }

    public const string ErasureNotAllowed = "ERASURE_NOT_ALLOWED";

    /// <summary>
    /// Erasure is for people whose support is over: an open case, or a mentor still at work, would lose its record
    /// mid-way. The reason is what the audit trail keeps.
    /// </summary>
    public static IReadOnlyList<UserError> Refusals(ErasureSubject subject, Client? client, Mentor? mentor, string reason)
    {
        var checks = new Checks().Require(Text.HasLength(reason, 3, 500), ErrorCodes.Validation, "Say why (3 to 500 characters).", "reason");
        if (subject.Kind == ClientKind)
        {
            checks.Require(client is { Stage: ClientStage.Closed }, ErasureNotAllowed, "Close the case before erasing the person's data.", "personId");
            // The other NGO could still take the person on from the package it holds: the offer is answered or withdrawn first.
            checks.Require(subject.PendingTransfers.Count == 0, Transfers.TransferDecider.TransferPending,
                "A transfer of this case waits for the other NGO's answer: withdraw it before erasing.", "personId");
        }
        else
            checks.Require(mentor is { Stage: MentorStage.Withdrawn or MentorStage.Rejected }, ErasureNotAllowed,
                "Record that the mentor withdrew (or was rejected) before erasing their data.", "personId");
        return checks.Errors;
    }

    /// <summary>Masks every event of <paramref name="streams"/> (only personal members change). Returns how many events there are.</summary>
    public static async Task<int> MaskStreamsAsync(IDocumentStore store, string tenant, IEnumerable<Guid> streams, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenant);
        var events = 0;
        foreach (var stream in streams)
        {
            events += (await session.Events.FetchStreamStateAsync(stream, ct))?.Version is { } version ? (int)version : 0;
            await store.Advanced.ApplyEventDataMasking(x =>
            {
                x.IncludeStream(stream);
                x.ForTenant(tenant);
            }, ct);
        }
        return events;
    }

    /// <summary>
    /// Masking rewrites the events, not the read models built from them: each is stored again as folded from the masked
    /// events, in one transaction. Returns how many documents were written.
    /// </summary>
    public static async Task<int> RebuildReadModelsAsync(IDocumentStore store, string tenant, ErasureRequest request, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var written = 0;
        void Store<T>(T? document) where T : notnull
        {
            if (document is null) return;
            session.Store(document);
            written++;
        }
        if (request.Kind == ClientKind)
        {
            Store(await session.Events.AggregateStreamAsync<Client>(request.PersonId, token: ct));
            // The outcome figures keep the goals' titles (built by the daemon): folded again too, if the daemon built them already.
            if (await session.LoadAsync<Outcomes.ClientOutcome>(request.PersonId, ct) is not null)
                Store(await session.Events.AggregateStreamAsync<Outcomes.ClientOutcome>(request.PersonId, token: ct));
        }
        else Store(await session.Events.AggregateStreamAsync<Mentor>(request.PersonId, token: ct));

        foreach (var stream in request.Streams.Where(s => s != request.PersonId))
        {
            // A hand-over: folded again from its masked events, and the social worker's copy in the municipality's tenant gone.
            if (await session.LoadAsync<Handovers.Handover>(stream, ct) is { } handover)
            {
                Store(await session.Events.AggregateStreamAsync<Handovers.Handover>(stream, token: ct));
                session.ForTenant(handover.Recipient.TenantId).Delete<Handovers.HandoverCase>(handover.Id);
                written++;
                continue;
            }
            // The referral or transfer the case came in by: folded again, and the sender's status copy with it.
            if (await session.LoadAsync<Referrals.Referral>(stream, ct) is not null)
            {
                var referral = (await session.Events.AggregateStreamAsync<Referrals.Referral>(stream, token: ct))!;
                Store(referral);
                session.ForTenant(referral.Sender.TenantId).Store(Referrals.SentReferral.Of(referral));
                continue;
            }
            if (await session.LoadAsync<Transfers.Transfer>(stream, ct) is not null)
            {
                var transfer = (await session.Events.AggregateStreamAsync<Transfers.Transfer>(stream, token: ct))!;
                Store(transfer);
                session.ForTenant(transfer.Sender.TenantId).Store(Transfers.SentTransfer.Of(transfer));
                continue;
            }
            if (await session.Events.AggregateStreamAsync<Match>(stream, token: ct) is not { } match) continue; // an application stream: no read model
            Store(match);
            // The contact log keeps each meeting's place and note: its documents are folded again from the masked events.
            var masked = (await session.Events.FetchStreamAsync(stream, token: ct)).Select(e => e.Data).ToList();
            foreach (var contact in ContactLog.Fold(masked)) Store(contact);
            // So do the failed attempts to meet, with their notes.
            foreach (var attempt in masked.OfType<ContactAttempted>()) Store(ContactAttemptRecord.Create(attempt));
            // The staff's check-ins keep their concerns and agreed actions: folded again from the masked monitoring stream.
            Store(await session.Events.AggregateStreamAsync<Monitoring.MatchMonitoring>(Monitoring.MatchMonitoring.StreamOf(match.Id), token: ct));
        }
        await session.SaveChangesAsync(ct);
        return written;
    }

    /// <summary>A declared conflict of interest stays (it still bars the pair); its note, which may say anything about either, goes.</summary>
    public static async Task<int> BlankConflictNotesAsync(IDocumentStore store, string tenant, Guid personId, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var noted = await session.Query<ConflictOfInterest>()
            .Where(c => (c.MentorId == personId || c.ClientId == personId) && c.Note != null).ToListAsync(ct);
        foreach (var conflict in noted) session.Update(conflict with { Note = null });
        await session.SaveChangesAsync(ct);
        return noted.Count;
    }

    /// <summary>
    /// The account cannot sign in any more and no longer names the person; its sessions end and its tokens go. Written only
    /// while it still names them, so a second run changes nothing.
    /// </summary>
    public static async Task<int> ScrubAccountAsync(IDocumentStore store, string tenant, Guid accountId, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        var changed = 0;
        if (await session.LoadAsync<UserAccount>(accountId, ct) is { } account && account.Email != ErasedEmail(account.Id))
        {
            session.Update(account with
            {
                Email = ErasedEmail(account.Id), DisplayName = PersonalDataMasking.Erased, PasswordHash = null, InvitationTokenHash = null,
                InvitationExpiresAt = null, PasswordResetTokenHash = null, PasswordResetExpiresAt = null, SecondFactorSecret = null,
                PendingSecondFactorSecret = null, RecoveryCodeHashes = [], SecurityStamp = Guid.NewGuid().ToString("N"),
            });
            changed++;
        }
        var sessions = await session.Query<UserSession>().Where(s => s.UserId == accountId).Select(s => s.Id).ToListAsync(ct);
        var tokens = await session.Query<ApiToken>().Where(t => t.UserId == accountId).Select(t => t.Id).ToListAsync(ct);
        foreach (var id in sessions) session.Delete<UserSession>(id);
        foreach (var id in tokens) session.Delete<ApiToken>(id);
        await session.SaveChangesAsync(ct);
        return changed + sessions.Count + tokens.Count;
    }

    public static string ErasedEmail(Guid accountId) => $"erased-{accountId:N}@invalid";
}
