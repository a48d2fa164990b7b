using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Transfers;
using Mentoring.Domain.Users;
using static Mentoring.Api.Transfers.TransferWrites;

namespace Mentoring.Api.Transfers;

/// <summary>
/// A case moves to another NGO with the person. Where things live, as for referrals: the transfer's stream is in the
/// <b>receiving NGO's tenant</b> (its inbox, and the case it becomes); the sender follows it through a
/// <see cref="SentTransfer"/> in its own tenant, written in the same transaction by <see cref="TransferWrites"/>. The
/// sender's writes into the receiving tenant open a session for exactly that tenant: offering to an NGO a contract in
/// force names for the new municipality, withdrawing only a transfer whose copy is in the sender's own tenant. Accepting
/// writes the sender's closure (the case closed as TRANSFERRED, the open match ended) into the sender's tenant in the
/// receiving NGO's transaction, at the versions it read.
/// </summary>
public static class TransferMutations
{
    /// <summary>A transfer becomes one case at most: its id follows from the transfer's.</summary>
    public static Guid NewClientId(Guid transferId) => DeterministicId.From("transfer-case", transferId.ToString());

    public static void AddTransferMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OutgoingTransferPayloadType>>("transferCase")
            .Description("Offers the case to an NGO serving the person's new municipality (see transferDestinations). Needs the person's consent " +
                         "TRANSFER_TO_ANOTHER_NGO (NO_TRANSFER_CONSENT); NO_NGO_SERVING, TRANSFER_TO_SAME_NGO, TRANSFER_PENDING, CASE_CLOSED otherwise.")
            .Argument<NonNullGraphType<TransferCaseInputType>>("input")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await Offer(ctx.GetArgument<TransferCaseInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, store, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<IncomingTransferPayloadType>>("acceptTransfer")
            .Description("Accepts a transfer: the package becomes a case here (plan, documents, consent, needs), and the sending NGO's case is closed " +
                         "as TRANSFERRED with its open match ended. TRANSFER_NOT_OPEN once answered; a retry with the idempotency key answers with the case made.")
            .Argument<NonNullGraphType<AcceptTransferInputType>>("input")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Accept(ctx.GetArgument<AcceptTransferInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<IncomingTransferPayloadType>>("declineTransfer")
            .Description("Declines a transfer with a reason the sending NGO reads; its case stays open there.")
            .Argument<NonNullGraphType<DeclineTransferInputType>>("input")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Decline(ctx.GetArgument<DeclineTransferInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<OutgoingTransferPayloadType>>("withdrawTransfer")
            .Description("The sending NGO takes back a transfer not yet answered.")
            .Argument<NonNullGraphType<WithdrawTransferInputType>>("input")
            .RequireRoles(TransferReaders.CaseWorkers)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) => (object?)await Withdraw(ctx.GetArgument<WithdrawTransferInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, store, ctx.CancellationToken));
    }

    public static async Task<Payload<SentTransfer>> Offer(TransferCaseInput input, Caller caller, Actor actor, IDocumentSession own, IDocumentStore store,
        CancellationToken ct)
    {
        var organisation = await store.OrganisationAsync(caller.OrganisationId, ct);
        var user = await own.LoadAsync<UserAccount>(caller.UserId, ct);
        if (organisation is null || user is null) return Payload<SentTransfer>.Refused(ErrorCodes.NotFound, "Your organisation is not in the registry.", "clientId");
        var sender = new TransferSender(organisation.Id, organisation.TenantId, organisation.Name, user.Id, user.DisplayName);
        var client = await own.LoadAsync<Client>(input.ClientId, ct);
        var package = client is null ? null : await TransferQueries.PackageAsync(own, client, actor.Today, ct);
        var serving = (await Referrals.ReferralQueries.ServingAsync(store, input.NewMunicipality, actor.Today, ct))
            .Select(r => new TransferReceiver(r.OrganisationId, r.TenantId, r.Name, r.ContractId)).ToList();
        var pending = await own.Query<SentTransfer>().AnyAsync(t => t.ClientId == input.ClientId && t.Status == TransferStatus.Offered, ct);
        var receiver = serving.FirstOrDefault(r => r.OrganisationId == input.NgoOrganisationId && r.OrganisationId != caller.OrganisationId);
        // The stream goes to the receiving NGO's tenant; refused without one, it is decided (and writes nothing) in the sender's own.
        await using var session = store.LightweightSession(receiver?.TenantId ?? caller.TenantId);
        var id = StreamWrites.CreationId($"transfer:{caller.OrganisationId}", input.IdempotencyKey);
        var written = await TransferWrites.Create(session, id, input.IdempotencyKey is { Length: > 0 },
            t => TransferDecider.Decide(new OfferTransfer(id, input.ClientId, sender, input.NgoOrganisationId, input.NewMunicipality, input.Reason, package, actor),
                t, client, serving, pending),
            t => [
                new(Entry(caller, AuditAction.TransferOffered, "client", t.SendingClientId, AuditPurposes.TransferTo(t.Receiver.Name), actor, "transferCase"), t.Sender.TenantId),
                new(Entry(caller, AuditAction.TransferOffered, "transfer", t.Id, AuditPurposes.TransferFrom(t.Sender.OrganisationName), actor, "transferCase"), t.Receiver.TenantId),
            ], ct,
            // The "already pending" check read the sender's list of transfers; this append, at the case's version as read, makes
            // two offers made at once meet on the case's stream, so the second fails as a conflict instead of both passing.
            () => session.ForTenant(sender.TenantId).Events.Append(client!.Id, client.Version + 1, new ClientTransferOffered(client.Id, id, actor.At)));
        return written.Succeeded ? Payload<SentTransfer>.Ok(SentTransfer.Of(written.State!)) : Payload<SentTransfer>.Refused(written.Errors);
    }

    /// <summary>
    /// The acceptance, the case it becomes, and the sending NGO's closure, in one transaction. The sender's case and match
    /// are appended at the versions read here: a change on the sending side in between is a CONCURRENCY_CONFLICT, not lost.
    /// </summary>
    public static async Task<Payload<Transfer>> Accept(AcceptTransferInput input, Caller caller, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var clientId = NewClientId(input.TransferId);
        var key = string.IsNullOrWhiteSpace(input.IdempotencyKey) ? null : input.IdempotencyKey;
        var staged = new List<Action>();
        var written = await TransferWrites.Handle(session, input.TransferId, key is null ? input.ExpectedVersion : null, async t =>
        {
            var accepted = TransferDecider.Decide(new AcceptTransfer(clientId, key, actor), t);
            if (!accepted.IsAccepted || accepted.Events.Count == 0) return accepted;
            var becomes = TransferCase.Events(t!, clientId, actor);
            if (!becomes.IsAccepted) return becomes;
            staged.Add(() => session.Events.StartStream<Client>(clientId, [.. becomes.Events]));

            await using var sending = session.DocumentStore.QuerySession(t!.Sender.TenantId);
            var client = await sending.LoadAsync<Client>(t.SendingClientId, ct);
            var match = client?.OpenMatchId is { } matchId ? await sending.LoadAsync<Match>(matchId, ct) : null;
            var (closing, ended) = TransferCase.Closing(t.Id, client, match, actor);
            if (!closing.IsAccepted) return closing;
            var theirs = session.ForTenant(t.Sender.TenantId).Events;
            if (ended is { Events.Count: > 0 })
            {
                staged.Add(() => theirs.Append(match!.Id, match.Version + ended.Events.Count, [.. ended.Events]));
                // The sending NGO closes its match by the book too: its closure step opens with the end.
                var end = ended.Events.OfType<MatchEnded>().Single();
                var monitoring = await sending.LoadAsync<Domain.Monitoring.MatchMonitoring>(Domain.Monitoring.MatchMonitoring.StreamOf(match!.Id), ct);
                var opened = Domain.Monitoring.ClosureDecider.Decide(new Domain.Monitoring.OpenClosure(match.Id, end.Reason, end.EndedOn, actor), monitoring).Events;
                if (opened.Count > 0) staged.Add(() => theirs.Append(Domain.Monitoring.MatchMonitoring.StreamOf(match.Id), [.. opened]));
            }
            if (client is not null && closing.Events.Count > 0)
                staged.Add(() => theirs.Append(client.Id, client.Version + closing.Events.Count, [.. closing.Events]));
            return accepted;
        }, t => [
            new(Entry(caller, AuditAction.TransferAccepted, "client", clientId, AuditPurposes.TransferFrom(t.Sender.OrganisationName), actor, "acceptTransfer"), t.Receiver.TenantId),
            new(Entry(caller, AuditAction.TransferAccepted, "client", t.SendingClientId, AuditPurposes.TransferTo(t.Receiver.Name), actor, "acceptTransfer"), t.Sender.TenantId),
        ], ct, () => staged.ForEach(stage => stage()));
        return written.Succeeded ? Payload<Transfer>.Ok(written.State!) : Payload<Transfer>.Refused(written.Errors);
    }

    public static async Task<Payload<Transfer>> Decline(DeclineTransferInput input, Caller caller, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var written = await TransferWrites.Handle(session, input.TransferId, input.ExpectedVersion,
            t => Task.FromResult(TransferDecider.Decide(new DeclineTransfer(input.Reason, input.Note, actor), t)),
            t => [
                new(Entry(caller, AuditAction.TransferDeclined, "transfer", t.Id, AuditPurposes.TransferFrom(t.Sender.OrganisationName), actor, "declineTransfer"), t.Receiver.TenantId),
                new(Entry(caller, AuditAction.TransferDeclined, "client", t.SendingClientId, AuditPurposes.TransferTo(t.Receiver.Name), actor, "declineTransfer"), t.Sender.TenantId),
            ], ct);
        return written.Succeeded ? Payload<Transfer>.Ok(written.State!) : Payload<Transfer>.Refused(written.Errors);
    }

    public static async Task<Payload<SentTransfer>> Withdraw(WithdrawTransferInput input, Caller caller, Actor actor, IDocumentSession own, IDocumentStore store,
        CancellationToken ct)
    {
        // Only a transfer this NGO offered: its copy is in the caller's own tenant.
        if (await own.LoadAsync<SentTransfer>(input.TransferId, ct) is not { } sent)
            return Payload<SentTransfer>.Refused(ErrorCodes.NotFound, "No such transfer.", "transferId");
        await using var session = store.LightweightSession(sent.NgoTenantId);
        var written = await TransferWrites.Handle(session, input.TransferId, input.ExpectedVersion,
            t => Task.FromResult(TransferDecider.Decide(new WithdrawTransfer(input.Note, actor), t)),
            t => [
                new(Entry(caller, AuditAction.TransferWithdrawn, "client", t.SendingClientId, AuditPurposes.TransferTo(t.Receiver.Name), actor, "withdrawTransfer"), t.Sender.TenantId),
                new(Entry(caller, AuditAction.TransferWithdrawn, "transfer", t.Id, AuditPurposes.TransferFrom(t.Sender.OrganisationName), actor, "withdrawTransfer"), t.Receiver.TenantId),
            ], ct);
        return written.Succeeded ? Payload<SentTransfer>.Ok(SentTransfer.Of(written.State!)) : Payload<SentTransfer>.Refused(written.Errors);
    }

    private static AuditRecord Entry(Caller caller, AuditAction action, string kind, Guid subject, string purpose, Actor actor, string via) =>
        new AuditRecord(Guid.CreateVersion7(), action, kind, subject, caller.UserId, caller.Roles.Select(r => r.ToString()).Order().ToList(), purpose, actor.At)
        {
            Via = via,
        };
}
