namespace Mentoring.Domain.Audit;

public enum AuditAction { CaseRead, ContactsRead, MentorRead, PersonExported, PersonErased, RolesChanged, UserInvited, SharedWithMentor, UserDeactivated, UserReactivated, InvitationRevoked, SecurityPolicyChanged,
    /// <summary>A case's transfer package sent to another NGO (sender's trail) or a transfer answered (receiver's trail; the sender's too on acceptance).</summary>
    TransferOffered, TransferAccepted, TransferDeclined, TransferWithdrawn }

/// <summary>
/// One accountable access: who (user and their roles then), when, what (action and subject), and why. Stored in the
/// organisation's tenant, inserted once and never updated: no operation of the API changes or deletes one.
/// </summary>
public sealed record AuditRecord(
    Guid Id, AuditAction Action, string SubjectKind, Guid SubjectId, Guid By, IReadOnlyList<string> ByRoles, string Purpose, DateTimeOffset At)
{
    public const string DefaultPurpose = "case work";

    /// <summary>Who a record names for what the product does itself (retention, erasure, the register re-applied): no user.</summary>
    public static readonly Guid SystemUser = Guid.Empty;

    /// <summary>The operation that returned or changed it (e.g. clients, upcomingReleases, shareRiskFlagsWithMentor).</summary>
    public string? Via { get; init; }

    /// <summary>A purpose as given, trimmed and bounded; none given means ordinary case work.</summary>
    public static string PurposeOf(string? given) =>
        string.IsNullOrWhiteSpace(given) ? DefaultPurpose : given.Trim()[..Math.Min(given.Trim().Length, 200)];
}
