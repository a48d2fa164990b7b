using Mentoring.Domain.Common;

namespace Mentoring.Domain.Transfers;

/// <summary>Where a transfer stands: offered to the receiving NGO, accepted (a case exists there), declined, or withdrawn by the sender.</summary>
public enum TransferStatus { Offered, Accepted, Declined, Withdrawn }

/// <summary>Why the receiving NGO declines a transfer: a code the sender reads in their own language, with an optional note.</summary>
public enum TransferDeclineReason { NoCapacity, OutsideTerritory, NeedsNotServed, AlreadySupported, Other }

/// <summary>The NGO that offers the case, and the coordinator in it who offered it.</summary>
public sealed record TransferSender(Guid OrganisationId, string TenantId, string OrganisationName, Guid UserId, string Name);

/// <summary>The receiving NGO, as an active contract shows it serving the new municipality.</summary>
public sealed record TransferReceiver(Guid OrganisationId, string TenantId, string Name, Guid ContractId);

/// <param name="ClientId">The case in the sending NGO's tenant (an id only: the receiving NGO never reads it).</param>
public sealed record TransferOffered(Guid TransferId, Guid ClientId, TransferSender Sender, TransferReceiver Receiver, string NewMunicipality, string Reason,
    TransferPackage Package, DateTimeOffset At);
/// <param name="NewClientId">The case the transfer became in the receiving NGO's tenant.</param>
/// <param name="IdempotencyKey">The key the acceptance was sent with: a retry with it is answered, not refused.</param>
public sealed record TransferAccepted(Guid TransferId, Guid NewClientId, string? IdempotencyKey, Guid By, DateTimeOffset At);
public sealed record TransferDeclined(Guid TransferId, TransferDeclineReason Reason, string? Note, Guid By, DateTimeOffset At);
public sealed record TransferWithdrawn(Guid TransferId, string? Note, Guid By, DateTimeOffset At);

/// <summary>
/// A transfer as the receiving NGO holds it: its stream and this inline snapshot live in the receiving NGO's tenant (its
/// inbox), like a referral. The sending NGO follows it through <see cref="SentTransfer"/>, a copy of the status written
/// into its own tenant in the same transaction as every change.
/// </summary>
public sealed record Transfer(
    Guid Id, Guid SendingClientId, TransferSender Sender, TransferReceiver Receiver, string NewMunicipality, string Reason, TransferPackage Package,
    TransferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset LastChangedAt) : IVersioned
{
    public long Version { get; set; }
    public TransferDeclineReason? DeclineReason { get; init; }
    public string? DeclineNote { get; init; }
    public string? WithdrawNote { get; init; }
    public Guid? NewClientId { get; init; }
    public string? AcceptKey { get; init; }

    public bool IsOpen => Status == TransferStatus.Offered;

    public static Transfer Create(TransferOffered e) =>
        new(e.TransferId, e.ClientId, e.Sender, e.Receiver, e.NewMunicipality, e.Reason, e.Package, TransferStatus.Offered, e.At, e.At);
    public Transfer Apply(TransferAccepted e) => this with { Status = TransferStatus.Accepted, NewClientId = e.NewClientId, AcceptKey = e.IdempotencyKey, LastChangedAt = e.At };
    public Transfer Apply(TransferDeclined e) => this with { Status = TransferStatus.Declined, DeclineReason = e.Reason, DeclineNote = e.Note, LastChangedAt = e.At };
    public Transfer Apply(TransferWithdrawn e) => this with { Status = TransferStatus.Withdrawn, WithdrawNote = e.Note, LastChangedAt = e.At };
}

/// <summary>
/// A transfer as the sending NGO sees it, in its own tenant: to whom, why, and where it stands — ids, codes and dates,
/// no copy of the package (the sending NGO has the case itself until retention anonymises it).
/// </summary>
public sealed record SentTransfer(
    Guid Id, Guid ClientId, Guid OfferedBy, Guid NgoOrganisationId, string NgoTenantId, string NgoName, string NewMunicipality, string Reason,
    TransferStatus Status, TransferDeclineReason? DeclineReason, string? DeclineNote, DateTimeOffset OfferedAt, DateTimeOffset LastChangedAt)
{
    public long Version { get; init; }

    public static SentTransfer Of(Transfer t) => new(t.Id, t.SendingClientId, t.Sender.UserId, t.Receiver.OrganisationId, t.Receiver.TenantId, t.Receiver.Name,
        t.NewMunicipality, t.Reason, t.Status, t.DeclineReason, t.DeclineNote, t.OfferedAt, t.LastChangedAt) { Version = t.Version };
}
