using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Handovers;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Handovers;

/// <summary>
/// Hand-overs of one person's path to the municipal social service, with their consent. Where they live, and why:
/// <list type="bullet">
/// <item>The hand-over's stream is in the <b>NGO's tenant</b>, next to the case: the coordinators make, extend and revoke it
/// there, and the case's own writes end it (consent withdrawn) or refresh its path (<see cref="HandoverFollowsCase"/>).</item>
/// <item>The social worker reads a <see cref="HandoverCase"/> document in the <b>municipality's tenant</b>, written whole by
/// <see cref="HandoverWrites"/> with every change, masked once the hand-over ends. Their queries never open the NGO's tenant.</item>
/// <item>The one write a social worker makes into the NGO's tenant, a decision, opens a session for exactly the tenant their
/// own copy names, for a hand-over whose copy is theirs; the decision and its effect on the plan commit together.</item>
/// </list>
/// </summary>
public static class HandoverMutations
{
    public static void AddHandoverMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HandoverPayloadType>>("handOverToSocialService")
            .Description("Hands the person's path (plan, deadlines, documents, warnings; notes only when chosen) to a social worker of the municipality " +
                         "they are released to, for a limited time. NO_CONSENT without the SHARE_WITH_SOCIAL_SERVICE scope.")
            .Argument<NonNullGraphType<HandOverToSocialServiceInputType>>("input")
            .RequireRoles(HandoverReaders.Ngo)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await HandOver(ctx.GetArgument<HandOverToSocialServiceInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, store, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<HandoverPayloadType>>("extendHandover")
            .Description("Gives the social worker more days to read the path.")
            .Argument<NonNullGraphType<ExtendHandoverInputType>>("input")
            .RequireRoles(HandoverReaders.Ngo)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<ExtendHandoverInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)Answer(await HandoverWrites.Handle(session, input.HandoverId, input.ExpectedVersion,
                    h => Task.FromResult(HandoverDecider.Decide(new ExtendHandover(input.Days, actor), h)), ctx.CancellationToken));
            });

        mutation.Field<NonNullGraphType<HandoverPayloadType>>("revokeHandover")
            .Description("Ends the hand-over now: the social worker's copy of the path is masked.")
            .Argument<NonNullGraphType<RevokeHandoverInputType>>("input")
            .RequireRoles(HandoverReaders.Ngo)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<RevokeHandoverInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)Answer(await HandoverWrites.Handle(session, input.HandoverId, input.ExpectedVersion,
                    h => Task.FromResult(HandoverDecider.Decide(new RevokeHandover(actor), h)), ctx.CancellationToken));
            });

        mutation.Field<NonNullGraphType<HandoverCasePayloadType>>("recordSocialServiceDecision")
            .Description("The social worker records the social service's decision: granted help completes its goal, a refusal shows on the path with its reason.")
            .Argument<NonNullGraphType<RecordSocialServiceDecisionInputType>>("input")
            .RequireRoles(Role.SocialWorker)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, own, store, clock, http) => (object?)await Decide(ctx.GetArgument<RecordSocialServiceDecisionInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), own, store, ctx.CancellationToken));
    }

    private static Payload<Handover> Answer(WriteResult<Handover> written) =>
        written.Succeeded ? Payload<Handover>.Ok(written.State!) : Payload<Handover>.Refused(written.Errors);

    public static async Task<Payload<Handover>> HandOver(HandOverToSocialServiceInput input, Caller caller, Actor actor, IDocumentSession session,
        IDocumentStore store, CancellationToken ct)
    {
        var ngo = await store.OrganisationAsync(caller.OrganisationId, ct);
        if (ngo is null) return Payload<Handover>.Refused(ErrorCodes.NotFound, "Your organisation is not in the registry.", "clientId");
        var client = await session.LoadAsync<Client>(input.ClientId, ct);
        var worker = await WorkerAsync(store, input.SocialWorkerUserId, ct);
        var active = await session.Query<Handover>().Where(h => h.ClientId == input.ClientId && h.Status == HandoverStatus.Active).ToListAsync(ct);
        var id = StreamWrites.CreationId($"handover:{caller.TenantId}", input.IdempotencyKey);
        var command = new StartHandover(id, input.ClientId, new HandoverHolder(ngo.Id, ngo.TenantId, ngo.Name), worker, input.Days ?? HandoverDecider.DefaultDays,
            input.IncludeNotes, actor);
        return Answer(await HandoverWrites.Create(session, id, input.IdempotencyKey is { Length: > 0 },
            h => Task.FromResult(HandoverDecider.Decide(command, h, client, active)), ct));
    }

    /// <summary>
    /// The decision, and its effect on the plan decided by the case's rules, in one transaction of the NGO's tenant that the
    /// worker's own copy names. Only a hand-over whose copy is in the worker's tenant under their user id.
    /// </summary>
    public static async Task<Payload<HandoverCase>> Decide(RecordSocialServiceDecisionInput input, Caller caller, Actor actor, IDocumentSession own,
        IDocumentStore store, CancellationToken ct)
    {
        if (await own.LoadAsync<HandoverCase>(input.HandoverId, ct) is not { } copy || copy.SocialWorkerUserId != caller.UserId)
            return Payload<HandoverCase>.Refused(ErrorCodes.NotFound, "No such hand-over.", "handoverId");
        await using var session = store.LightweightSession(copy.NgoTenantId);
        var decisionId = StreamWrites.CreationId($"handover-decision:{input.HandoverId}", input.IdempotencyKey);
        var command = new RecordSocialServiceDecision(decisionId, input.GoalId, input.Help, input.Decision, input.Reason, input.DecidedOn, input.Note, actor);
        var retry = false;
        object[] caseEvents = [];
        JasperFx.Events.IEventStream<Client>? onCase = null;
        var written = await HandoverWrites.Handle(session, input.HandoverId, null, async h =>
        {
            // A retry of a decision already recorded answers with the hand-over as it is.
            if (h is not null && input.IdempotencyKey is { Length: > 0 } && h.Decisions.Any(d => d.Id == decisionId))
            {
                retry = true;
                return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This decision was already recorded.", "idempotencyKey");
            }
            // The case is fetched for writing too: a concurrent change of the plan conflicts instead of being decided past.
            onCase = h is null ? null : await session.Events.FetchForWriting<Client>(h.ClientId, ct);
            var decided = HandoverDecider.Decide(command, h, onCase?.Aggregate);
            if (decided.IsAccepted) caseEvents = [.. HandoverDecider.CaseEvents(command, onCase!.Aggregate!).Events];
            return decided;
        }, ct, () => onCase!.AppendMany(caseEvents));
        if (retry) return Payload<HandoverCase>.Ok(await own.LoadAsync<HandoverCase>(input.HandoverId, ct) ?? copy);
        if (!written.Succeeded && written.Errors.Any(e => e.Code == HandoverDecider.Expired)) await HandoverExpiry.RecordAsync(store, copy.NgoTenantId, copy.Id, actor.At, ct);
        return written.Succeeded ? Payload<HandoverCase>.Ok(HandoverCase.Of(written.State!)) : Payload<HandoverCase>.Refused(written.Errors);
    }

    /// <summary>
    /// The account a path would go to, wherever it is: a deliberate read across tenants of one staff account by id (its
    /// name, roles, organisation), so that a wrong choice is refused with its reason rather than "not found".
    /// </summary>
    private static async Task<SocialWorkerFacts?> WorkerAsync(IDocumentStore store, Guid userId, CancellationToken ct)
    {
        await using var directory = store.QuerySession();
        var user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Id == userId, ct);
        if (user is null || await store.OrganisationAsync(user.OrganisationId, ct) is not { } organisation) return null;
        return new SocialWorkerFacts(user.Id, user.DisplayName, user.IsActive, user.Roles.ToHashSet(), organisation);
    }
}
