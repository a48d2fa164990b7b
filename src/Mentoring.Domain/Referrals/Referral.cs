using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Referrals;

/// <summary>
/// Where a referral stands, as its sender follows it: received by the NGO, more information asked for (the referrer can
/// amend it), accepted (a case exists), declined with a reason, a mentor matched, the first meeting held. Nothing else of
/// the case reaches the referrer.
/// </summary>
public enum ReferralStatus { Received, MoreInformationRequested, Accepted, Declined, MentorMatched, FirstMeetingHeld }

/// <summary>Why an NGO declines a referral: a code the referrer reads in their own language, with an optional note.</summary>
public enum ReferralDeclineReason { NoCapacity, OutsideTerritory, NeedsNotServed, NoConsent, AlreadySupported, Other }

/// <summary>
/// What the referrer knows and sends: the person, their release, the destination, the needs known so far, and the consent
/// the referrer recorded (its scopes, date and the signed document's reference).
/// </summary>
public sealed record ReferralDetails(
    ClientPerson Person, string PrisonCode, DateOnly ExpectedReleaseDate, ReleaseType ReleaseType, string DestinationMunicipality,
    IReadOnlyList<NeedAssessment> Needs, IReadOnlyList<ConsentScope> ConsentScopes, DateOnly ConsentGivenOn, string ConsentDocumentReference,
    string? Note);

/// <summary>Who sent a referral: the prison or probation office (a tenant of its own), and the referrer in it.</summary>
public sealed record ReferralSender(Guid OrganisationId, Organisations.OrganisationKind Kind, string TenantId, string OrganisationName, Guid UserId, string Name);

/// <summary>The receiving NGO, as an active contract shows it serving the destination.</summary>
public sealed record ReferralReceiver(Guid OrganisationId, string TenantId, string Name, Guid ContractId);

/// <summary>What an erasure or the retention of a declined referral leaves of its details: codes and dates, no name, contact or notes.</summary>
public static class ReferralMasking
{
    public static ReferralDetails Masked(ReferralDetails d) => d with
    {
        Person = d.Person with { Name = Privacy.PersonalDataMasking.Erased, Contact = null },
        Needs = [.. d.Needs.Select(n => n with { Note = null })],
        ConsentDocumentReference = Privacy.PersonalDataMasking.Erased,
        Note = null,
    };
}

public sealed record ReferralSent(Guid ReferralId, ReferralSender Sender, ReferralReceiver Receiver, ReferralDetails Details, DateTimeOffset At);
public sealed record ReferralInformationRequested(Guid ReferralId, string Question, Guid By, DateTimeOffset At);
public sealed record ReferralAmended(Guid ReferralId, ReferralDetails Details, Guid By, DateTimeOffset At);
public sealed record ReferralAccepted(Guid ReferralId, Guid ClientId, Guid By, DateTimeOffset At);
public sealed record ReferralDeclined(Guid ReferralId, ReferralDeclineReason Reason, string? Note, Guid By, DateTimeOffset At);
/// <summary>A match for the referred person became active (the mentor accepted, the person agreed).</summary>
public sealed record ReferralMentorMatched(Guid ReferralId, Guid MatchId, DateTimeOffset At);
/// <summary>The mentor logged their first meeting with the person.</summary>
public sealed record ReferralFirstMeetingHeld(Guid ReferralId, DateOnly HeldOn, DateTimeOffset At);

/// <summary>
/// A referral as the receiving NGO holds it: its stream and this inline snapshot live in the NGO's tenant, next to the
/// case it may become. The sender follows it through <see cref="SentReferral"/>, a copy of the status kept in the
/// sender's own tenant (see <c>ReferralWrites</c> in the API).
/// </summary>
public sealed record Referral(
    Guid Id, ReferralSender Sender, ReferralReceiver Receiver, ReferralDetails Details, ReferralStatus Status,
    DateTimeOffset SentAt, DateTimeOffset LastChangedAt) : IVersioned
{
    public long Version { get; set; }
    public ReferralDeclineReason? DeclineReason { get; init; }
    public string? DeclineNote { get; init; }
    /// <summary>The NGO's last request for more information (kept after the amendment, for the record).</summary>
    public string? Question { get; init; }
    public Guid? ClientId { get; init; }
    public Guid? MatchId { get; init; }
    public DateOnly? FirstMeetingOn { get; init; }

    /// <summary>Still waiting for the NGO's answer: it may be accepted, declined or questioned.</summary>
    public bool IsOpen => Status is ReferralStatus.Received or ReferralStatus.MoreInformationRequested;

    public static Referral Create(ReferralSent e) => new(e.ReferralId, e.Sender, e.Receiver, e.Details, ReferralStatus.Received, e.At, e.At);
    public Referral Apply(ReferralInformationRequested e) => this with { Status = ReferralStatus.MoreInformationRequested, Question = e.Question, LastChangedAt = e.At };
    public Referral Apply(ReferralAmended e) => this with { Details = e.Details, Status = ReferralStatus.Received, LastChangedAt = e.At };
    public Referral Apply(ReferralAccepted e) => this with { Status = ReferralStatus.Accepted, ClientId = e.ClientId, LastChangedAt = e.At };
    public Referral Apply(ReferralDeclined e) => this with { Status = ReferralStatus.Declined, DeclineReason = e.Reason, DeclineNote = e.Note, LastChangedAt = e.At };
    public Referral Apply(ReferralMentorMatched e) => this with { Status = ReferralStatus.MentorMatched, MatchId = e.MatchId, LastChangedAt = e.At };
    public Referral Apply(ReferralFirstMeetingHeld e) => this with { Status = ReferralStatus.FirstMeetingHeld, FirstMeetingOn = e.HeldOn, LastChangedAt = e.At };
}

/// <summary>
/// A referral as its sender sees it, in the sender's tenant: what they sent, to whom, and its status — never the case.
/// Written whole from the <see cref="Referral"/> on every change, in the same transaction.
/// </summary>
public sealed record SentReferral(
    Guid Id, Guid ReferrerUserId, Guid NgoOrganisationId, string NgoTenantId, string NgoName, ReferralDetails Details, ReferralStatus Status,
    ReferralDeclineReason? DeclineReason, string? DeclineNote, string? Question, DateTimeOffset SentAt, DateTimeOffset LastChangedAt)
{
    public long Version { get; init; }

    public static SentReferral Of(Referral r) => new(r.Id, r.Sender.UserId, r.Receiver.OrganisationId, r.Receiver.TenantId, r.Receiver.Name, r.Details, r.Status,
        r.DeclineReason, r.DeclineNote, r.Question, r.SentAt, r.LastChangedAt) { Version = r.Version };
}
