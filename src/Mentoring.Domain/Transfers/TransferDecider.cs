using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Transfers;

/// <param name="Package">The case as it stands, built by the handler from the sending NGO's records (null: no such case).</param>
public sealed record OfferTransfer(Guid TransferId, Guid ClientId, TransferSender Sender, Guid NgoOrganisationId, string NewMunicipality, string Reason,
    TransferPackage? Package, Actor Actor);
public sealed record AcceptTransfer(Guid NewClientId, string? IdempotencyKey, Actor Actor);
public sealed record DeclineTransfer(TransferDeclineReason Reason, string? Note, Actor Actor);
public sealed record WithdrawTransfer(string? Note, Actor Actor);

/// <summary>
/// Pure decisions for the transfer stream. The case a transfer becomes, and the closing of the case it leaves, are
/// decided by <see cref="ClientDecider"/> and <see cref="MatchDecider"/> themselves (<see cref="TransferCase"/>), so a
/// transferred case is held to the same rules as any other.
/// </summary>
public static class TransferDecider
{
    public const string NoTransferConsent = "NO_TRANSFER_CONSENT";
    public const string NoNgoServing = "NO_NGO_SERVING";
    public const string SameNgo = "TRANSFER_TO_SAME_NGO";
    public const string TransferPending = "TRANSFER_PENDING";
    public const string TransferNotOpen = "TRANSFER_NOT_OPEN";

    public static Transfer? Evolve(Transfer? state, object @event) => @event switch
    {
        TransferOffered e => Transfer.Create(e),
        TransferAccepted e when state is not null => state.Apply(e),
        TransferDeclined e when state is not null => state.Apply(e),
        TransferWithdrawn e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="client">The case in the sending NGO's tenant.</param>
    /// <param name="serving">The NGOs whose contracts in force today cover the new municipality.</param>
    /// <param name="pending">Another transfer of this case waits for an answer.</param>
    public static Decision Decide(OfferTransfer c, Transfer? state, Client? client, IReadOnlyList<TransferReceiver> serving, bool pending)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This transfer was already offered.", "idempotencyKey");
        if (ClientDecider.Open(client, allowFrozen: true) is { } closed) return closed;
        if (client!.IsFrozen || !client.HasConsent(ConsentScope.TransferToAnotherNgo) || c.Package is null)
            return Decision.Reject(NoTransferConsent, "The person has not consented to a transfer to another NGO: record that consent first.", "clientId");
        if (pending) return Decision.Reject(TransferPending, "A transfer of this case already waits for an answer: withdraw it first.", "clientId");
        if (!Municipalities.IsKnown(c.NewMunicipality))
            return Decision.Reject(ErrorCodes.UnknownMunicipality, $"\"{c.NewMunicipality}\" is not one of Latvia's 43 municipalities.", "newMunicipality");
        if (serving.Count == 0)
            return Decision.Reject(NoNgoServing, "No NGO has a contract in force for this municipality.", "newMunicipality",
                MessageParam.Municipality("municipality", c.NewMunicipality));
        if (c.NgoOrganisationId == c.Sender.OrganisationId)
            return Decision.Reject(SameNgo, "The case is already with this NGO.", "ngoOrganisationId");
        var receiver = serving.FirstOrDefault(r => r.OrganisationId == c.NgoOrganisationId);
        var errors = new Checks()
            .Require(receiver is not null, Referrals.ReferralDecider.NgoNotServing, "This NGO has no contract in force for the municipality.", "ngoOrganisationId",
                MessageParam.Municipality("municipality", c.NewMunicipality))
            .Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the case moves (3 to 1000 characters).", "reason")
            .Errors.ToList();
        if (errors.Count > 0) return Decision.Reject(errors);
        var offered = new TransferOffered(c.TransferId, client.Id, c.Sender, receiver!, c.NewMunicipality, c.Reason.Trim(), c.Package, c.Actor.At);
        // What the receiving NGO will accept must make a valid case there: checked now, while the sender can still mend it.
        var becomes = TransferCase.Events(Transfer.Create(offered), Guid.Empty, c.Actor);
        return becomes.IsAccepted ? Decision.Accept(offered) : becomes;
    }

    /// <summary>
    /// The transfer's own event; the case's come from <see cref="TransferCase.Events"/>. A retry of an acceptance with its
    /// key is answered with nothing to append.
    /// </summary>
    public static Decision Decide(AcceptTransfer c, Transfer? s)
    {
        if (s is { Status: TransferStatus.Accepted } && c.IdempotencyKey is { Length: > 0 } key && s.AcceptKey == key) return Decision.Accept();
        return Open(s) ?? Decision.Accept(new TransferAccepted(s!.Id, c.NewClientId, c.IdempotencyKey, c.Actor.By, c.Actor.At));
    }

    public static Decision Decide(DeclineTransfer c, Transfer? s) => Open(s) ?? new Checks()
        .Require(c.Reason != TransferDeclineReason.Other || Text.HasLength(c.Note, 3, 1000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
        .Require(c.Note is null || c.Note.Length <= 1000, ErrorCodes.Validation, "The note is too long (1000 characters at most).", "note")
        .Then(() => Decision.Accept(new TransferDeclined(s!.Id, c.Reason, Trimmed(c.Note), c.Actor.By, c.Actor.At)));

    public static Decision Decide(WithdrawTransfer c, Transfer? s) => Open(s) ?? new Checks()
        .Require(c.Note is null || c.Note.Length <= 1000, ErrorCodes.Validation, "The note is too long (1000 characters at most).", "note")
        .Then(() => Decision.Accept(new TransferWithdrawn(s!.Id, Trimmed(c.Note), c.Actor.By, c.Actor.At)));

    private static string? Trimmed(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static Decision? Open(Transfer? s) => s switch
    {
        null => Decision.Reject(ErrorCodes.NotFound, "No such transfer.", "transferId"),
        { IsOpen: false } => Decision.Reject(TransferNotOpen, "The transfer was already answered or withdrawn.", "transferId", MessageParam.Enum("status", s.Status)),
        _ => null,
    };
}
