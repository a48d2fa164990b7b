using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Referrals;

/// <summary>
/// Referrals from a prison or probation office to an NGO. Where they live, and why:
/// <list type="bullet">
/// <item>The referral's stream is in the <b>receiving NGO's tenant</b>: it is the NGO's inbox and becomes the NGO's case, so
/// the coordinators' tenant sessions read and answer it like any other record of theirs.</item>
/// <item>The sender follows it through a <see cref="SentReferral"/> document in the <b>sender's tenant</b>, written whole by
/// <see cref="ReferralWrites"/> in the same transaction as every change of the referral: the NGO's answers, and the match
/// and first meeting recorded on it by <see cref="ReferralMilestones"/> when the NGO commits them. The referrer's sessions
/// never open the NGO's tenant to read.</item>
/// <item>The two writes a referrer makes into the NGO's tenant (sending, amending) open a session for exactly that tenant:
/// sending to an NGO that a contract in force names for the destination, amending only a referral whose copy is in the
/// referrer's own tenant under their own user id.</item>
/// </list>
/// Isolation is the store's tenancy throughout, never a filter on a shared query.
/// </summary>
public static class ReferralMutations
{
    public static void AddReferralMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SentReferralPayloadType>>("referToNgo")
            .Description("A prison or probation social worker refers a person before release to an NGO serving the destination municipality " +
                         "(see referralDestinations). Checked by the rules a case is held to; NGO_NOT_SERVING when no contract in force names that NGO for it.")
            .Argument<NonNullGraphType<ReferToNgoInputType>>("input")
            .RequireRoles(Role.Referrer)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await Send(ctx.GetArgument<ReferToNgoInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, store, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<SentReferralPayloadType>>("amendReferral")
            .Description("The referrer answers the NGO's request for more information with the referral in full; it is RECEIVED again.")
            .Argument<NonNullGraphType<AmendReferralInputType>>("input")
            .RequireRoles(Role.Referrer)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await Amend(ctx.GetArgument<AmendReferralInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, store, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<IncomingReferralPayloadType>>("acceptReferral")
            .Description("Accepts a referral: it becomes a case with the standard plan (as referClient makes one), the referrer's consent and the needs known. " +
                         "LIKELY_DUPLICATE unless notADuplicate is set.")
            .Argument<NonNullGraphType<AcceptReferralInputType>>("input")
            .RequireRoles(ReferralReaders.Ngo)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Accept(ctx.GetArgument<AcceptReferralInput>("input"),
                MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));

        Answer<DeclineReferralInput, DeclineReferralInputType>(mutation, "declineReferral", "Declines a referral with a reason the referrer reads.",
            (i, a, r) => ReferralDecider.Decide(new DeclineReferral(i.Reason, i.Note, a), r));
        Answer<RequestReferralInformationInput, RequestReferralInformationInputType>(mutation, "requestReferralInformation",
            "Asks the referrer for more information; they amend the referral and it comes back RECEIVED.",
            (i, a, r) => ReferralDecider.Decide(new RequestReferralInformation(i.Question, a), r));
    }

    private static void Answer<TInput, TInputType>(ObjectGraphType mutation, string name, string description, Func<TInput, Actor, Referral?, Decision> decide)
        where TInput : ReferralAnswerInput
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<IncomingReferralPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(ReferralReaders.Ngo)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var written = await ReferralWrites.Handle(session, input.ReferralId, input.ExpectedVersion, r => Task.FromResult(decide(input, actor, r)),
                    ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<Referral>.Ok(written.State!) : Payload<Referral>.Refused(written.Errors));
            });

    public static async Task<Payload<SentReferral>> Send(ReferToNgoInput input, Caller caller, Actor actor, IDocumentSession own, IDocumentStore store,
        CancellationToken ct)
    {
        var sender = await SenderAsync(caller, own, store, ct);
        if (sender is null) return Payload<SentReferral>.Refused(ErrorCodes.NotFound, "Your organisation is not in the registry.", "ngoOrganisationId");
        var serving = await ReferralQueries.ServingAsync(store, input.DestinationMunicipality, actor.Today, ct);
        var receiver = serving.FirstOrDefault(r => r.OrganisationId == input.NgoOrganisationId);
        // The stream goes to the receiving NGO's tenant; refused without one, it is decided (and writes nothing) in the sender's own.
        await using var session = store.LightweightSession(receiver?.TenantId ?? caller.TenantId);
        var id = StreamWrites.CreationId($"referral:{caller.UserId}", input.IdempotencyKey);
        var written = await ReferralWrites.Create(session, id, input.IdempotencyKey is { Length: > 0 },
            r => ReferralDecider.Decide(new SendReferral(id, sender, input.NgoOrganisationId, input.Details(), actor), r, serving), ct);
        return written.Succeeded ? Payload<SentReferral>.Ok(SentReferral.Of(written.State!)) : Payload<SentReferral>.Refused(written.Errors);
    }

    public static async Task<Payload<SentReferral>> Amend(AmendReferralInput input, Caller caller, Actor actor, IDocumentSession own, IDocumentStore store,
        CancellationToken ct)
    {
        // Only a referral this referrer sent: its copy is in their tenant, under their user id.
        if (await own.LoadAsync<SentReferral>(input.ReferralId, ct) is not { } sent || sent.ReferrerUserId != caller.UserId)
            return Payload<SentReferral>.Refused(ErrorCodes.NotFound, "No such referral.", "referralId");
        await using var session = store.LightweightSession(sent.NgoTenantId);
        var written = await ReferralWrites.Handle(session, input.ReferralId, input.ExpectedVersion,
            r => Task.FromResult(ReferralDecider.Decide(new AmendReferral(input.Details(), actor), r)), ct);
        return written.Succeeded ? Payload<SentReferral>.Ok(SentReferral.Of(written.State!)) : Payload<SentReferral>.Refused(written.Errors);
    }

    /// <summary>
    /// The referral's acceptance and the case it becomes, in one transaction of the NGO's tenant. The case's id comes from
    /// the referral's, so a referral can only ever become one case.
    /// </summary>
    public static async Task<Payload<Referral>> Accept(AcceptReferralInput input, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var clientId = DeterministicId.From("referral-case", input.ReferralId.ToString());
        object[] caseEvents = [];
        var written = await ReferralWrites.Handle(session, input.ReferralId, input.ExpectedVersion, async r =>
        {
            var accepted = ReferralDecider.Decide(new AcceptReferral(clientId, input.NotADuplicate, actor), r);
            if (!accepted.IsAccepted) return accepted;
            var person = r!.Details.Person;
            var becomes = ReferralDecider.CaseEvents(r, clientId,
                await ClientMutations.PossibleDuplicatesAsync(session, person.Name, person.BirthYear, r.Details.PrisonCode, ct), input.NotADuplicate, actor);
            if (!becomes.IsAccepted) return becomes;
            caseEvents = [.. becomes.Events];
            return accepted;
        }, ct, () => session.Events.StartStream<Client>(clientId, caseEvents));
        return written.Succeeded ? Payload<Referral>.Ok(written.State!) : Payload<Referral>.Refused(written.Errors);
    }

    /// <summary>The referrer and their organisation, as the registry and their own account name them.</summary>
    private static async Task<ReferralSender?> SenderAsync(Caller caller, IDocumentSession own, IDocumentStore store, CancellationToken ct)
    {
        var organisation = await store.OrganisationAsync(caller.OrganisationId, ct);
        var user = await own.LoadAsync<UserAccount>(caller.UserId, ct);
        return organisation is null || user is null ? null
            : new ReferralSender(organisation.Id, organisation.Kind, organisation.TenantId, organisation.Name, user.Id, user.DisplayName);
    }
}
