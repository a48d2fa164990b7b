using Marten;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Handovers;

/// <summary>
/// Every write of a hand-over, on the one write path (<see cref="StreamWrites"/>) plus what the social worker reads: the new
/// state is written whole as the <see cref="HandoverCase"/> in the municipality's tenant (<c>ForTenant</c>, the same
/// transaction), masked once the hand-over ends; and the hand-over itself is mailed to the worker through the outbox of the
/// municipality, in their language, naming nobody.
/// </summary>
public static class HandoverWrites
{
    public static async Task<WriteResult<Handover>> Create(IDocumentSession session, Guid id, bool retryable, Func<Handover?, Task<Decision>> decide,
        CancellationToken ct)
    {
        Decision? decided = null;
        UserAccount? worker = null;
        return await StreamWrites.Create<Handover>(session, id, retryable, async h =>
        {
            var decision = await decide(h);
            if (decision.IsAccepted && decision.Events.Count > 0 && decision.Events[0] is HandedOver e)
            {
                decided = decision;
                await using var own = session.DocumentStore.QuerySession(e.Recipient.TenantId);
                worker = await own.LoadAsync<UserAccount>(e.Recipient.UserId, ct);
            }
            return decision;
        }, HandoverDecider.Evolve, ct, before => Stage(session, before, decided!.Events, worker));
    }

    /// <param name="alsoStage">More to commit with an accepted change (the case's side of a decision).</param>
    public static async Task<WriteResult<Handover>> Handle(IDocumentSession session, Guid id, long? expectedVersion, Func<Handover?, Task<Decision>> decide,
        CancellationToken ct, Action? alsoStage = null)
    {
        Decision? decided = null;
        return await StreamWrites.Handle<Handover>(session, id, expectedVersion, async h =>
        {
            var decision = await decide(h);
            if (decision.IsAccepted) decided = decision;
            return decision;
        }, HandoverDecider.Evolve, ct, before =>
        {
            Stage(session, before, decided!.Events, null);
            alsoStage?.Invoke();
        });
    }

    /// <summary>
    /// Events for hand-overs already read (the case's own write carries them: its consent or plan changed), appended in
    /// the caller's transaction with their copies. The events were decided on <paramref name="before"/>, so they are appended
    /// at its version: a hand-over changed in between (extended, revoked) makes the whole write a conflict, not a second
    /// decision on a state nobody saw. The case's version guards the case the same way.
    /// </summary>
    public static void Append(IDocumentSession session, Handover before, IReadOnlyList<object> events)
    {
        if (events.Count == 0) return;
        session.Events.Append(before.Id, before.Version + events.Count, events.ToArray());
        Stage(session, before, events, null);
    }

    /// <summary>The hand-over after <paramref name="events"/>, as the worker's copy, and the mail a new one owes them.</summary>
    private static void Stage(IDocumentSession session, Handover? before, IReadOnlyList<object> events, UserAccount? worker) =>
        HandoverCopy.Stage(session, before, events, (state, e) =>
        {
            if (e is not HandedOver || worker is not { IsActive: true } || HandoverMail.For(state, worker) is not { } mail) return;
            var queued = mail.Queued(state.Recipient.TenantId, state.LastChangedAt) with { NotBefore = Outbox.EarliestDelivery(mail, state.LastChangedAt) };
            session.ForTenant(state.Recipient.TenantId).Events.StartStream<OutboxMessage>(mail.MessageId, queued);
        });
}

/// <summary>
/// The case's writes carry their hand-overs with them: withdrawn consent (or a consent recorded again without the
/// SHARE_WITH_SOCIAL_SERVICE scope) ends every active hand-over of the case, closing the case revokes them, and a changed plan refreshes the path the
/// social worker reads — in the case's own transaction, so the worker never reads a path the person no longer consents to.
/// </summary>
public static class HandoverFollowsCase
{
    public static async Task<Action?> PrepareAsync(IDocumentSession session, Client? before, Decision decision, Actor actor, CancellationToken ct)
    {
        if (before is null || !decision.IsAccepted || decision.Events.Count == 0) return null;
        var active = await session.Query<Handover>().Where(h => h.ClientId == before.Id && h.Status == HandoverStatus.Active).ToListAsync(ct);
        if (active.Count == 0) return null;
        var after = decision.Events.Aggregate((Client?)before, ClientDecider.Evolve)!;
        var consentGone = !after.HasConsent(ConsentScope.ShareWithSocialService);
        return () =>
        {
            foreach (var h in active)
                HandoverWrites.Append(session, h, consentGone ? HandoverDecider.ConsentGone(h, actor.At)
                    : after.Stage == ClientStage.Closed ? HandoverDecider.Decide(new RevokeHandover(actor), h).Events
                    : HandoverDecider.Refresh(h, after, actor.Today, actor.At));
        };
    }
}
