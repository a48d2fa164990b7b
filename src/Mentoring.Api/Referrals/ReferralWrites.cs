using Marten;
using Marten.Services;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Referrals;

/// <summary>
/// Every write of a referral, on the one write path (<see cref="StreamWrites"/>) plus what the sender must see: the referral's
/// new state is written whole as the <see cref="SentReferral"/> in the sender's tenant (<c>ForTenant</c>: the sender's rows,
/// the same transaction), and each answer of the NGO is mailed to the referrer through the outbox of the sender's
/// organisation, in their language. So the referrer's copy commits or rolls back with the change, and never tells more than
/// the status.
/// </summary>
public static class ReferralWrites
{
    public static async Task<WriteResult<Referral>> Create(IDocumentSession session, Guid id, bool retryable, Func<Referral?, Decision> decide,
        CancellationToken ct)
    {
        Decision? decided = null;
        UserAccount? referrer = null;
        return await StreamWrites.Create<Referral>(session, id, retryable, async r =>
        {
            var decision = decide(r);
            if (decision.IsAccepted && decision.Events.Count > 0 && decision.Events[0] is ReferralSent sent)
            {
                decided = decision;
                referrer = await ReferrerAsync(session.DocumentStore, sent.Sender, ct);
            }
            return decision;
        }, ReferralDecider.Evolve, ct, before => Stage(session, before, decided!.Events, referrer));
    }

    /// <param name="alsoStage">More to commit with an accepted change (the case an accepted referral becomes).</param>
    public static async Task<WriteResult<Referral>> Handle(IDocumentSession session, Guid id, long? expectedVersion, Func<Referral?, Task<Decision>> decide,
        CancellationToken ct, Action? alsoStage = null)
    {
        Decision? decided = null;
        UserAccount? referrer = null;
        return await StreamWrites.Handle<Referral>(session, id, expectedVersion, async r =>
        {
            var decision = await decide(r);
            if (decision.IsAccepted)
            {
                decided = decision;
                referrer = await ReferrerAsync(session.DocumentStore, r!.Sender, ct);
            }
            return decision;
        }, ReferralDecider.Evolve, ct, before =>
        {
            Stage(session, before, decided!.Events, referrer);
            alsoStage?.Invoke();
        });
    }

    /// <summary>The referral after <paramref name="events"/>, as its sender's copy, and the mail each of them owes the referrer.</summary>
    private static void Stage(IDocumentSession session, Referral? before, IReadOnlyList<object> events, UserAccount? referrer)
    {
        var state = before;
        var version = before?.Version ?? 0;
        foreach (var e in events)
        {
            state = ReferralDecider.Evolve(state, e)!;
            state.Version = ++version;
            if (referrer is { IsActive: true } && ReferralMail.For(state, e, referrer) is { } mail)
            {
                // The message is the sender's organisation's: recorded (listed, retried) in its tenant.
                var queued = mail.Queued(state.Sender.TenantId, state.LastChangedAt) with { NotBefore = Outbox.EarliestDelivery(mail, state.LastChangedAt) };
                session.ForTenant(state.Sender.TenantId).Events.StartStream<OutboxMessage>(mail.MessageId, queued);
            }
        }
        if (state is not null) session.ForTenant(state.Sender.TenantId).Store(SentReferral.Of(state));
    }

    private static async Task<UserAccount?> ReferrerAsync(IDocumentStore store, ReferralSender sender, CancellationToken ct)
    {
        await using var own = store.QuerySession(sender.TenantId);
        return await own.LoadAsync<UserAccount>(sender.UserId, ct);
    }
}

/// <summary>
/// A referred person's mentor matched, and their first meeting: whichever feature commits a match's activation or a logged
/// meeting, this store listener sees it after the commit and records the milestone on the referral (once each, by the
/// decider), through <see cref="ReferralWrites"/> — so the sender's copy and mail follow in that transaction. The matching
/// and contact features know nothing of referrals. The one gap: a process that stops between the two commits leaves the
/// milestone unrecorded until that match's or person's next meeting is logged.
/// </summary>
public sealed class ReferralMilestones(ILogger<ReferralMilestones> log) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var events = commit.GetEvents().Where(e => e.Data is MatchActivated or ContactLogged).ToList();
        if (events.Count == 0) return;
        try
        {
            foreach (var tenant in events.GroupBy(e => e.TenantId))
                await RecordAsync(session.DocumentStore, tenant.Key, tenant.Select(e => e.Data).ToList(), token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The match or meeting is committed; the referral's milestone is the referrer's information, not worth failing it for.
            log.LogWarning("Recording a referral milestone failed ({Error})", ex.GetType().Name);
        }
    }

    private static async Task RecordAsync(IDocumentStore store, string tenant, IReadOnlyList<object> events, CancellationToken ct)
    {
        var matchIds = events.Select(e => e switch { MatchActivated a => a.MatchId, ContactLogged c => c.MatchId, _ => Guid.Empty }).Distinct().ToList();
        await using var session = store.LightweightSession(tenant);
        var matches = (await session.LoadManyAsync<Match>(ct, matchIds)).ToDictionary(m => m.Id);
        var clientIds = matches.Values.Select(m => (Guid?)m.ClientId).Distinct().ToList();
        var referrals = await session.Query<Referral>().Where(r => clientIds.Contains(r.ClientId)).ToListAsync(ct);
        foreach (var referral in referrals)
        {
            var mine = events.Where(e => e switch
            {
                MatchActivated a => matches.GetValueOrDefault(a.MatchId)?.ClientId == referral.ClientId,
                ContactLogged c => matches.GetValueOrDefault(c.MatchId)?.ClientId == referral.ClientId,
                _ => false,
            }).ToList();
            await ReferralWrites.Handle(session, referral.Id, null, r => Task.FromResult(Milestones(r, mine)), ct);
        }
    }

    /// <summary>What the committed events mean for the referral as it stands: nothing, matched, met, or both.</summary>
    private static Decision Milestones(Referral? referral, IReadOnlyList<object> events)
    {
        var appended = new List<object>();
        var state = referral;
        foreach (var e in events)
        {
            if (state is null) break;
            var next = e switch
            {
                MatchActivated a => ReferralDecider.MentorMatched(state, a.MatchId, a.At),
                ContactLogged c when c.MatchId == state.MatchId => ReferralDecider.FirstMeetingHeld(state, RigaCalendar.Day(c.Details.HappenedAt), c.At),
                _ => [],
            };
            foreach (var m in next) state = ReferralDecider.Evolve(state, m);
            appended.AddRange(next);
        }
        return appended.Count > 0 ? Decision.Accept([.. appended]) : Decision.Reject(ReferralDecider.ReferralNotOpen, "Nothing to record.");
    }
}

/// <summary>Registers <see cref="ReferralMilestones"/> on the document store.</summary>
public sealed class ReferralMilestonesRegistration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Listeners.Add(new ReferralMilestones(services.GetRequiredService<ILogger<ReferralMilestones>>()));
}
