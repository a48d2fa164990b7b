using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Matching;

/// <summary>
/// A mentor's answer to a proposal comes back in the mentor's own shape (myMatch); staff recording the answer for the
/// mentor get the staff match. Each side is refused the other's field.
/// </summary>
public sealed class MatchAnswerPayloadType : ObjectGraphType<Payload<Match>>
{
    public MatchAnswerPayloadType()
    {
        Name = "MatchAnswerPayload";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field<MatchType>("match").Description("Staff: the match.").RequireRoles(Role.Coordinator, Role.OrgAdmin).Resolve(ctx => ctx.Source.Item);
        Field<Contacts.MyMatchType>("myMatch").Description("The mentor: the match as your phone shows it.").RequireRoles(Role.Mentor).OwnMatchOnly()
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                if (ctx.Source.Item is not { } match || await session.LoadAsync<Client>(match.ClientId, ctx.CancellationToken) is not { } client) return null;
                return Contacts.MentorView.Of(match, client, await Domain.Contacts.ContactLogQueries.LastContactAtAsync(session, match.Id, ctx.CancellationToken),
                    RigaCalendar.Today(clock), await Reminders.ReminderRulesGraph.LoadAsync(session, ctx.CancellationToken));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}

public sealed class MatchPayloadType : PayloadType<Match, MatchType>
{
    public MatchPayloadType() : base("MatchPayload", "match") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public sealed record ProposeMatchInput
{
    public Guid ClientId { get; init; }
    public Guid MentorId { get; init; }
    public Guid? ReplacesMatchId { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class ProposeMatchInputType : InputObjectGraphType<ProposeMatchInput>
{
    public ProposeMatchInputType()
    {
        Name = "ProposeMatchInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ReplacesMatchId, type: typeof(IdGraphType)).Description("For a rematch: the ended match this one follows.");
        Field(x => x.IdempotencyKey, nullable: true);
    }
}

public sealed record MatchCommandInput
{
    public Guid MatchId { get; init; }
    public long ExpectedVersion { get; init; }
    public string? Reason { get; init; }
    public string? Note { get; init; }
    public DateOnly? On { get; init; }
    public MatchEndReason? EndReason { get; init; }
    public bool? Share { get; init; }
    public NeedDomain? Domain { get; init; }
}

public sealed class MatchCommandInputType : InputObjectGraphType<MatchCommandInput>
{
    public MatchCommandInputType()
    {
        Name = "MatchCommandInput";
        Description = "One input for every match step: reason for decline/pause, on for agreement/activation/end (default today), endReason and note for endMatch.";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Reason, nullable: true);
        Field(x => x.Note, nullable: true);
        Field(x => x.On, nullable: true);
        Field(x => x.EndReason, type: typeof(MatchEndReasonType));
        Field(x => x.Share, nullable: true).Description("For shareRiskFlagsWithMentor and shareNeedNoteWithMentor: true (default) shares, false stops sharing.");
        Field(x => x.Domain, type: typeof(NeedDomainType)).Description("For shareNeedNoteWithMentor: the need whose note is shared.");
    }
}

public static class MatchMutations
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddMatchMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MatchPayloadType>>("proposeMatch")
            .Description("Proposes a mentor to a client. Refused with NOT_ELIGIBLE (every failed constraint), CAPACITY_EXCEEDED or CLIENT_ALREADY_MATCHED.")
            .Argument<NonNullGraphType<ProposeMatchInputType>>("input")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Propose(ctx.GetArgument<ProposeMatchInput>("input"),
                MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));

        // The mentor answers their own proposals; coordinators may record the answer for them.
        Step<MatchAnswerPayloadType>(mutation, "acceptMatch", "The mentor accepts the proposal.", (i, a, f) => MatchDecider.Decide(new AcceptMatch(a), f.Match), mentorMayAct: true);
        Step<MatchAnswerPayloadType>(mutation, "declineMatch", "The mentor declines the proposal, with a reason.",
            (i, a, f) => MatchDecider.Decide(new DeclineMatch(i.Reason ?? "", a), f.Match), mentorMayAct: true);
        Step(mutation, "recordClientAgreement", "The client agreed to the mentor.", (i, a, f) => MatchDecider.Decide(new RecordClientAgreement(i.On ?? a.Today, a), f.Match));
        Step(mutation, "activateMatch", "Starts the match once the mentor accepted and the client agreed.", (i, a, f) => MatchDecider.Decide(new ActivateMatch(i.On ?? a.Today, a), f.Match));
        // Risk flags are for coordinators only, so only a coordinator decides to show them to the mentor; so too a needs note.
        Step(mutation, "shareRiskFlagsWithMentor", "Shows the client's risk flags to this match's mentor (share: false stops it). Coordinators only; recorded in the audit trail.",
            (i, a, f) => MatchDecider.Decide(new ShareRiskFlags(i.Share ?? true, a, f.ClientFrozen), f.Match), roles: [Role.Coordinator],
            audit: i => Domain.Audit.AuditPurposes.RiskFlagsSharing(i.Share ?? true));
        Step(mutation, "shareNeedNoteWithMentor", "Shows the client's needs note of one domain to this match's mentor (share: false stops it). Coordinators only; recorded in the audit trail.",
            (i, a, f) => i.Domain is not { } domain
                ? Decision.Reject(ErrorCodes.Validation, "Name the need whose note is shared.", "domain")
                : MatchDecider.Decide(new ShareNeedNote(domain, i.Share ?? true, f.Client?.Needs.Any(n => n.Domain == domain && !string.IsNullOrWhiteSpace(n.Note)) == true, a,
                    f.ClientFrozen), f.Match),
            roles: [Role.Coordinator], audit: i => Domain.Audit.AuditPurposes.NeedNoteSharing(i.Share ?? true, i.Domain));
        Step(mutation, "pauseMatch", "Pauses an active match, with a reason.", (i, a, f) => MatchDecider.Decide(new PauseMatch(i.Reason ?? "", a), f.Match));
        Step(mutation, "resumeMatch", "Resumes a paused match: refused while the mentor is not approved and current (MENTOR_NOT_CURRENT) or consent is withdrawn (CASE_FROZEN).",
            (i, a, f) => MatchDecider.Decide(new ResumeMatch(a, f.MentorCurrent, f.ClientFrozen), f.Match));
        Step(mutation, "endMatch", "Ends a match with a reason; a rematch is a new proposal that names this one.",
            (i, a, f) => i.EndReason is not { } reason
                ? Decision.Reject(ErrorCodes.Validation, "Choose why the match ends.", "endReason")
                : MatchDecider.Decide(new EndMatch(reason, i.Note, i.On ?? a.Today, a), f.Match));
        mutation.AddBatchMatching();
    }

    /// <summary>
    /// The mentor's places and the client's single open match are checked under advisory locks on both, inside the
    /// transaction that appends the proposal: two coordinators taking the last place at once cannot both succeed.
    /// </summary>
    public static async Task<Payload<Match>> Propose(ProposeMatchInput input, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var id = StreamWrites.CreationId("match", input.IdempotencyKey);
        Action stage = () => { };
        var written = await StreamWrites.Create<Match>(session, id, input.IdempotencyKey is { Length: > 0 }, async m =>
        {
            await session.BeginTransactionAsync(ct);
            foreach (var lockKey in new[] { $"match:mentor:{session.TenantId}:{input.MentorId}", $"match:client:{session.TenantId}:{input.ClientId}" }.Order(StringComparer.Ordinal))
                await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtext(?))) as locked", ct, lockKey);

            // Fetched for writing, so the case's version moves with the event (and a concurrent change to it conflicts).
            var clientStream = await session.Events.FetchForWriting<Client>(input.ClientId, ct);
            if (clientStream.Aggregate is not { } client) return Decision.Reject(ErrorCodes.NotFound, "No such client.", "clientId");
            var load = await MatchingContext.LoadAsync(session, input.MentorId, ct);
            if (load is null) return Decision.Reject(ErrorCodes.NotFound, "No such mentor.", "mentorId");
            var clientHasOpen = await session.Query<Match>().AnyAsync(x => x.ClientId == input.ClientId && x.Stage.IsOneOf(Match.OpenStages), ct);
            var candidate = CandidateRanking.Judge(client, load, await MatchingContext.PolicyAsync(session, ct), await MatchingContext.WeightsAsync(session, ct), actor.Today);
            // The mentor is told of the proposal through the outbox, in the proposal's own transaction, in their language.
            var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == load.Mentor.Id, ct);
            stage = () =>
            {
                Outbox.Stage(session, Mail.MatchProposed(id, account?.Id, load.Mentor.Profile.Name, account?.Email ?? load.Mentor.Profile.Email,
                    account?.Language ?? Texts.From(load.Mentor.Profile.Languages)) with { Mentions = [load.Mentor.Id] }, actor.At);
                // The person's case knows it has a mentor (asked): off the "no mentor yet" lists, in the same transaction.
                clientStream.AppendOne(new ClientMatchOpened(client.Id, id, actor.At));
            };
            return MatchDecider.Decide(new ProposeMatch(id, client.Id, load.Mentor.Id, candidate, load.ActiveMatches, load.Mentor.Profile.Capacity,
                clientHasOpen, input.ReplacesMatchId, actor), m);
        }, MatchDecider.Evolve, ct, _ => stage());
        return written.Succeeded ? Payload<Match>.Ok(written.State!) : Payload<Match>.Refused(written.Errors);
    }

    /// <summary>What a step decides on: the match, and the standing of its mentor and client (read only for the steps that need them).</summary>
    private sealed record StepFacts(Match? Match, Client? Client, bool MentorCurrent, bool ClientFrozen);

    private static void Step(ObjectGraphType mutation, string name, string description, Func<MatchCommandInput, Actor, StepFacts, Decision> decide,
        bool mentorMayAct = false, Role[]? roles = null, Func<MatchCommandInput, string>? audit = null) =>
        Step<MatchPayloadType>(mutation, name, description, decide, mentorMayAct, roles, audit);

    private static void Step<TPayload>(ObjectGraphType mutation, string name, string description, Func<MatchCommandInput, Actor, StepFacts, Decision> decide,
        bool mentorMayAct = false, Role[]? roles = null, Func<MatchCommandInput, string>? audit = null) where TPayload : IGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<MatchCommandInputType>>("input")
            .RequireRoles(roles ?? (mentorMayAct ? [.. Coordinators, Role.Mentor] : Coordinators))
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<MatchCommandInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var actor = MentorMutations.ActorOf(http, clock);
                var ct = ctx.CancellationToken;
                // One read of the match: access (a mentor acts only on their own; another's is "not found") and the facts
                // the decision needs come from the state fetched for writing, and the answer is that state after the step.
                var written = await WriteStep(session, input.MatchId, input.ExpectedVersion, actor, async m =>
                        !caller.IsCaseWorker && !await IsOwnMatch(session, caller, m, ct)
                            ? Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId")
                            : decide(input, actor, await FactsAsync(session, m, actor.Today, ct)),
                    ct, m =>
                    {
                        // Sharing with a mentor is an access decision: it goes on the audit trail with the change itself.
                        if (audit is not null)
                            session.Insert(Audit.AuditLog.Entry(caller, Domain.Audit.AuditAction.SharedWithMentor, "client", m.ClientId, audit(input), clock) with { Via = name });
                    });
                return (object?)(written.Result.Succeeded ? Payload<Match>.Ok(written.State!) : Payload<Match>.Refused(written.Result.Errors));
            });

    /// <summary>
    /// One step on a match stream, for the mutations above and the demo data alike, on one read of the match. A step that
    /// declines or ends the match leaves the person without a mentor, so their case is told in the same transaction.
    /// </summary>
    internal static Task<WriteResult<Match>> WriteStep(IDocumentSession session, Guid matchId, long? expectedVersion, Actor actor,
        Func<Match, Task<Decision>> decide, CancellationToken ct, Action<Match>? alsoStage = null) =>
        StreamWrites.Handle<Match>(session, matchId, expectedVersion, async m =>
        {
            if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
            var decision = await decide(m);
            if (decision.IsAccepted && decision.Events.Any(e => e is MentorDeclinedMatch or MatchEnded))
                (await session.Events.FetchForWriting<Client>(m.ClientId, ct)).AppendOne(new ClientMatchClosed(m.ClientId, m.Id, actor.At));
            // Ending a match opens its closure step, on the match's monitoring stream (never the match's own: the phone syncs meetings there).
            if (decision.IsAccepted && decision.Events.OfType<MatchEnded>().FirstOrDefault() is { } ended)
            {
                var monitoring = await session.Events.FetchForWriting<Domain.Monitoring.MatchMonitoring>(Domain.Monitoring.MatchMonitoring.StreamOf(m.Id), ct);
                monitoring.AppendMany(Domain.Monitoring.ClosureDecider.Decide(
                    new Domain.Monitoring.OpenClosure(m.Id, ended.Reason, ended.EndedOn, actor), monitoring.Aggregate).Events);
            }
            return decision;
        }, MatchDecider.Evolve, ct, m => { if (m is not null) alsoStage?.Invoke(m); });

    private static async Task<StepFacts> FactsAsync(IDocumentSession session, Match match, DateOnly today, CancellationToken ct)
    {
        var client = await session.LoadAsync<Client>(match.ClientId, ct);
        var mentor = await session.LoadAsync<Mentor>(match.MentorId, ct);
        var current = mentor is not null && mentor.IsMatchable(today, await MatchingContext.PolicyAsync(session, ct));
        return new StepFacts(match, client, current, client?.IsFrozen == true);
    }

    private static async Task<bool> IsOwnMatch(IDocumentSession session, Caller caller, Match match, CancellationToken ct) =>
        (await session.LoadAsync<UserAccount>(caller.UserId, ct))?.MentorId is { } mentorId && match.MentorId == mentorId;
}
