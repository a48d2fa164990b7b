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

public sealed class MatchPayloadType : PayloadType<Match, MatchType>
{
    public MatchPayloadType() : base("MatchPayload", "match") { }
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
        Field(x => x.Share, nullable: true).Description("For shareRiskFlagsWithMentor: true (default) shares, false stops sharing.");
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
        Step(mutation, "acceptMatch", "The mentor accepts the proposal.", (i, a, m) => MatchDecider.Decide(new AcceptMatch(a), m), mentorMayAct: true);
        Step(mutation, "declineMatch", "The mentor declines the proposal, with a reason.", (i, a, m) => MatchDecider.Decide(new DeclineMatch(i.Reason ?? "", a), m), mentorMayAct: true);
        Step(mutation, "recordClientAgreement", "The client agreed to the mentor.", (i, a, m) => MatchDecider.Decide(new RecordClientAgreement(i.On ?? a.Today, a), m));
        Step(mutation, "activateMatch", "Starts the match once the mentor accepted and the client agreed.", (i, a, m) => MatchDecider.Decide(new ActivateMatch(i.On ?? a.Today, a), m));
        // Risk flags are for coordinators only, so only a coordinator decides to show them to the mentor.
        Step(mutation, "shareRiskFlagsWithMentor", "Shows the client's risk flags to this match's mentor (share: false stops it). Coordinators only.",
            (i, a, m) => MatchDecider.Decide(new ShareRiskFlags(i.Share ?? true, a), m), roles: [Role.Coordinator]);
        Step(mutation, "pauseMatch", "Pauses an active match, with a reason.", (i, a, m) => MatchDecider.Decide(new PauseMatch(i.Reason ?? "", a), m));
        Step(mutation, "resumeMatch", "Resumes a paused match.", (i, a, m) => MatchDecider.Decide(new ResumeMatch(a), m));
        Step(mutation, "endMatch", "Ends a match with a reason; a rematch is a new proposal that names this one.",
            (i, a, m) => MatchDecider.Decide(new EndMatch(i.EndReason ?? MatchEndReason.Other, i.Note, i.On ?? a.Today, a), m));
        mutation.AddBatchMatching();
    }

    /// <summary>
    /// The mentor's places and the client's single open match are checked under advisory locks on both, inside the
    /// transaction that appends the proposal: two coordinators taking the last place at once cannot both succeed.
    /// </summary>
    public static async Task<Payload<Match>> Propose(ProposeMatchInput input, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var id = input.IdempotencyKey is { Length: > 0 } key ? DeterministicId.From("match", key) : Guid.CreateVersion7();
        if (input.IdempotencyKey is not null && await session.LoadAsync<Match>(id, ct) is { } already) return Payload<Match>.Ok(already);

        await session.BeginTransactionAsync(ct);
        foreach (var lockKey in new[] { $"match:mentor:{session.TenantId}:{input.MentorId}", $"match:client:{session.TenantId}:{input.ClientId}" }.Order(StringComparer.Ordinal))
            await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtext(?))) as locked", ct, lockKey);

        var client = await session.LoadAsync<Client>(input.ClientId, ct);
        if (client is null) return Payload<Match>.Refused(ErrorCodes.NotFound, "No such client.", "clientId");
        var load = await MatchingContext.LoadAsync(session, input.MentorId, ct);
        if (load is null) return Payload<Match>.Refused(ErrorCodes.NotFound, "No such mentor.", "mentorId");
        var clientHasOpen = await session.Query<Match>().AnyAsync(m => m.ClientId == input.ClientId
            && (m.Stage == MatchStage.Proposed || m.Stage == MatchStage.Active || m.Stage == MatchStage.Paused), ct);
        var candidate = CandidateRanking.Judge(client, load, await MatchingContext.PolicyAsync(session, ct), await MatchingContext.WeightsAsync(session, ct), actor.Today);
        var command = new ProposeMatch(id, client.Id, load.Mentor.Id, candidate, load.ActiveMatches, load.Mentor.Profile.Capacity, clientHasOpen, input.ReplacesMatchId, actor);

        // The mentor is told of the proposal through the outbox, in the proposal's own transaction, in their language.
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == load.Mentor.Id, ct);
        var result = await StreamWrites.Handle<Match>(session, id, null, m => MatchDecider.Decide(command, m), ct,
            _ => Outbox.Stage(session, Mail.MatchProposed(id, account?.Id, load.Mentor.Profile.Name, account?.Email ?? load.Mentor.Profile.Email,
                account?.Language ?? Texts.From(load.Mentor.Profile.Languages)), actor.At));
        return result.Succeeded ? Payload<Match>.Ok((await session.LoadAsync<Match>(id, ct))!) : Payload<Match>.Refused(result.Errors);
    }

    private static void Step(ObjectGraphType mutation, string name, string description, Func<MatchCommandInput, Actor, Match?, Decision> decide, bool mentorMayAct = false,
        Role[]? roles = null) =>
        mutation.Field<NonNullGraphType<MatchPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<MatchCommandInputType>>("input")
            .RequireRoles(roles ?? (mentorMayAct ? [.. Coordinators, Role.Mentor] : Coordinators))
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<MatchCommandInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                if (!caller.Has(Role.Coordinator) && !caller.Has(Role.OrgAdmin) && !await IsOwnMatch(session, caller, input.MatchId, ctx.CancellationToken))
                    return (object?)Payload<Match>.Refused(ErrorCodes.NotFound, "No such match.", "matchId"); // a mentor sees only their own
                var actor = MentorMutations.ActorOf(http, clock);
                var result = await StreamWrites.Handle<Match>(session, input.MatchId, input.ExpectedVersion, m => decide(input, actor, m), ctx.CancellationToken);
                return result.Succeeded
                    ? Payload<Match>.Ok((await session.LoadAsync<Match>(input.MatchId, ctx.CancellationToken))!)
                    : Payload<Match>.Refused(result.Errors);
            });

    private static async Task<bool> IsOwnMatch(IDocumentSession session, Caller caller, Guid matchId, CancellationToken ct)
    {
        var user = await session.LoadAsync<UserAccount>(caller.UserId, ct);
        var match = await session.LoadAsync<Match>(matchId, ct);
        return user?.MentorId is { } mentorId && match?.MentorId == mentorId;
    }
}
