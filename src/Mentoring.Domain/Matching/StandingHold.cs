using JasperFx.Events;
using Marten;
using Marten.Events;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Matching;

/// <summary>
/// What follows when a mentor's standing (suspension, withdrawal, lapsed vetting) or a client's consent changes: their
/// open matches are put on hold and whatever was shared with the mentor is taken back; for a mentor, their API tokens
/// are revoked and their sessions end. Everything is staged in the session of the change that caused it, so the change
/// and its consequences commit together or not at all. Fetched for writing: a concurrent change to a match conflicts.
/// </summary>
public sealed class StandingHold
{
    private readonly IReadOnlyList<IEventStream<Match>> _matches;
    private readonly IReadOnlyList<UserAccount> _accounts;
    private readonly IReadOnlyList<ApiToken> _tokens;

    private StandingHold(IReadOnlyList<IEventStream<Match>> matches, IReadOnlyList<UserAccount> accounts, IReadOnlyList<ApiToken> tokens) =>
        (_matches, _accounts, _tokens) = (matches, accounts, tokens);

    public static async Task<StandingHold> ForMentorAsync(IDocumentSession session, Guid mentorId, CancellationToken ct)
    {
        var matches = await OpenAsync(session, await session.Query<Match>().Where(m => m.MentorId == mentorId && m.Stage.IsOneOf(Match.OpenStages)).Select(m => m.Id).ToListAsync(ct), ct);
        var accounts = await session.Query<UserAccount>().Where(u => u.MentorId == mentorId).ToListAsync(ct);
        var userIds = accounts.Select(u => u.Id).ToArray();
        var tokens = userIds.Length == 0 ? [] : await session.Query<ApiToken>().Where(t => t.UserId.IsOneOf(userIds) && t.RevokedAt == null).ToListAsync(ct);
        return new StandingHold(matches, accounts, tokens);
    }

    public static async Task<StandingHold> ForClientAsync(IDocumentSession session, Guid clientId, CancellationToken ct) =>
        new(await OpenAsync(session, await session.Query<Match>().Where(m => m.ClientId == clientId && m.Stage.IsOneOf(Match.OpenStages)).Select(m => m.Id).ToListAsync(ct), ct), [], []);

    /// <summary>The mentor's standing after the events a decision would append (null: it does not change their access).</summary>
    public static PauseReason? MentorReason(IEnumerable<object> events) => events.Select(e => e switch
    {
        MentorSuspended => PauseReason.MentorSuspended,
        MentorWithdrew => PauseReason.MentorWithdrawn,
        _ => (PauseReason?)null,
    }).LastOrDefault(r => r is not null);

    /// <summary>Stages the holds, the revocations and the new security stamps in <paramref name="session"/>.</summary>
    public int Stage(IDocumentSession session, PauseReason because, Actor actor)
    {
        var held = 0;
        foreach (var stream in _matches)
        {
            var decision = MatchDecider.Decide(new HoldMatch(because, actor), stream.Aggregate);
            if (decision.Events.Count == 0) continue;
            stream.AppendMany(decision.Events.ToArray());
            held++;
        }
        // A new stamp ends every cookie session at its next request; a revoked token fails at once.
        foreach (var account in _accounts) session.Store(account with { SecurityStamp = Guid.NewGuid().ToString("N") });
        foreach (var token in _tokens) session.Store(token with { RevokedAt = actor.At });
        return held;
    }

    private static async Task<IReadOnlyList<IEventStream<Match>>> OpenAsync(IDocumentSession session, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var streams = new List<IEventStream<Match>>();
        foreach (var id in ids)
        {
            var stream = await session.Events.FetchForWriting<Match>(id, ct);
            if (stream.Aggregate is { IsOpen: true }) streams.Add(stream);
        }
        return streams;
    }
}
