using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Handovers;

/// <summary>
/// ACTIVE: the social worker reads the path; EXPIRED (its time ran out), REVOKED (by the NGO) and CONSENT_WITHDRAWN (the
/// person withdrew the consent, or the scope) are final: the worker's copy is masked.
/// </summary>
public enum HandoverStatus { Active, Expired, Revoked, ConsentWithdrawn }

/// <summary>What the social service decided about help: granted, or refused with a reason.</summary>
public enum SocialServiceDecision { Granted, Refused }

/// <summary>The municipality the path is handed to, and its social worker.</summary>
public sealed record HandoverRecipient(Guid OrganisationId, string TenantId, string OrganisationName, string MunicipalityCode, Guid UserId, string Name);

/// <summary>The NGO that holds the case.</summary>
public sealed record HandoverHolder(Guid OrganisationId, string TenantId, string Name);

/// <summary>A decision of the social service, as recorded by its worker; the refusal reason comes from the survey's catalogue.</summary>
public sealed record RecordedDecision(Guid Id, Guid? GoalId, HelpKind Help, SocialServiceDecision Decision, RefusalReason? Reason, DateOnly DecidedOn, string? Note);

public sealed record HandedOver(Guid HandoverId, Guid ClientId, HandoverHolder Holder, HandoverRecipient Recipient, DateTimeOffset ExpiresAt, bool IncludeNotes,
    HandoverPath Path, Guid By, DateTimeOffset At);
/// <summary>The path as it stands after a change of the plan or a decision (the worker's copy follows it).</summary>
public sealed record HandoverPathRefreshed(Guid HandoverId, HandoverPath Path, DateTimeOffset At);
public sealed record HandoverExtended(Guid HandoverId, DateTimeOffset ExpiresAt, Guid By, DateTimeOffset At);
public sealed record HandoverRevoked(Guid HandoverId, Guid By, DateTimeOffset At);
/// <summary>Its time ran out: recorded by whoever first notices (a read, a write, the sweep), decided on the clock's time.</summary>
public sealed record HandoverExpired(Guid HandoverId, DateTimeOffset At);
/// <summary>The person withdrew their consent, or its SHARE_WITH_SOCIAL_SERVICE scope: recorded in the withdrawal's own transaction.</summary>
public sealed record HandoverConsentWithdrawn(Guid HandoverId, DateTimeOffset At);
public sealed record SocialServiceDecisionRecorded(Guid HandoverId, Guid DecisionId, Guid? GoalId, HelpKind Help, SocialServiceDecision Decision,
    RefusalReason? Reason, DateOnly DecidedOn, string? Note, Guid By, DateTimeOffset At);

/// <summary>
/// A hand-over as the NGO holds it: its stream and this inline snapshot live in the NGO's tenant, next to the case. The social
/// worker reads <see cref="HandoverCase"/>, a copy kept in the municipality's tenant.
/// </summary>
public sealed record Handover(
    Guid Id, Guid ClientId, HandoverHolder Holder, HandoverRecipient Recipient, DateTimeOffset ExpiresAt, bool IncludeNotes, HandoverPath Path,
    HandoverStatus Status, IReadOnlyList<RecordedDecision> Decisions, Guid HandedOverBy, DateTimeOffset HandedOverAt, DateTimeOffset LastChangedAt) : IVersioned
{
    public long Version { get; set; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Readable by the worker at <paramref name="now"/>: active, and its time not run out (even before the expiry is recorded).</summary>
    public bool IsReadableAt(DateTimeOffset now) => Status == HandoverStatus.Active && now < ExpiresAt;

    public static Handover Create(HandedOver e) =>
        new(e.HandoverId, e.ClientId, e.Holder, e.Recipient, e.ExpiresAt, e.IncludeNotes, e.Path, HandoverStatus.Active, [], e.By, e.At, e.At);
    public Handover Apply(HandoverPathRefreshed e) => this with { Path = e.Path, LastChangedAt = e.At };
    public Handover Apply(HandoverExtended e) => this with { ExpiresAt = e.ExpiresAt, LastChangedAt = e.At };
    public Handover Apply(HandoverRevoked e) => this with { Status = HandoverStatus.Revoked, EndedAt = e.At, LastChangedAt = e.At };
    public Handover Apply(HandoverExpired e) => this with { Status = HandoverStatus.Expired, EndedAt = e.At, LastChangedAt = e.At };
    public Handover Apply(HandoverConsentWithdrawn e) => this with { Status = HandoverStatus.ConsentWithdrawn, EndedAt = e.At, LastChangedAt = e.At };
    public Handover Apply(SocialServiceDecisionRecorded e) => this with
    {
        Decisions = [.. Decisions, new RecordedDecision(e.DecisionId, e.GoalId, e.Help, e.Decision, e.Reason, e.DecidedOn, e.Note)], LastChangedAt = e.At,
    };
}

/// <summary>
/// The hand-over as its social worker reads it, in the municipality's tenant, written whole from the <see cref="Handover"/> on
/// every change in the same transaction. Once the hand-over ends, the copy keeps only its status and dates: the path, the
/// person's name and the decisions' notes are gone from the municipality's rows.
/// </summary>
public sealed record HandoverCase(
    Guid Id, Guid SocialWorkerUserId, Guid NgoOrganisationId, string NgoTenantId, string NgoName, HandoverStatus Status, DateTimeOffset ExpiresAt,
    bool IncludeNotes, HandoverPath? Path, IReadOnlyList<RecordedDecision> Decisions, DateTimeOffset HandedOverAt, DateTimeOffset LastChangedAt)
{
    public long Version { get; init; }
    /// <summary>The case in the NGO's tenant: kept so the NGO's audit trail can name the case each read was of.</summary>
    public Guid ClientId { get; init; }

    public bool IsReadableAt(DateTimeOffset now) => Status == HandoverStatus.Active && now < ExpiresAt && Path is not null;

    public static HandoverCase Of(Handover h) => h.Status == HandoverStatus.Active
        ? new(h.Id, h.Recipient.UserId, h.Holder.OrganisationId, h.Holder.TenantId, h.Holder.Name, h.Status, h.ExpiresAt, h.IncludeNotes, h.Path, h.Decisions,
            h.HandedOverAt, h.LastChangedAt) { Version = h.Version, ClientId = h.ClientId }
        : Masked(h);

    private static HandoverCase Masked(Handover h) =>
        new(h.Id, h.Recipient.UserId, h.Holder.OrganisationId, h.Holder.TenantId, h.Holder.Name, h.Status, h.ExpiresAt, h.IncludeNotes, null, [],
            h.HandedOverAt, h.LastChangedAt) { Version = h.Version, ClientId = h.ClientId };
}
