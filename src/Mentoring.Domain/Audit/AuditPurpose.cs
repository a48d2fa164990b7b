using System.Text.RegularExpressions;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Audit;

/// <summary>What an audit record's purpose says, as a code a screen names in the reader's language.</summary>
public enum AuditPurposeKind
{
    /// <summary>No purpose given for a read: ordinary case work.</summary>
    CaseWork,
    /// <summary>A purpose a person typed (shown as typed).</summary>
    Stated,
    /// <summary>An account change that needs none.</summary>
    None,
    /// <summary>The roles given (parameters <c>roles</c>).</summary>
    RolesGiven,
    InvitationResent,
    SecondFactorRequired,
    SecondFactorOptional,
    RiskFlagsShared,
    RiskFlagsUnshared,
    /// <summary>A needs note shown to the mentor (parameter <c>domain</c>).</summary>
    NeedNoteShared,
    NeedNoteUnshared,
    /// <summary>Erased by a retention rule (parameter <c>rule</c>).</summary>
    Retention,
    /// <summary>Erased again from the erasure register after the database was restored.</summary>
    ErasureReapplied,
    /// <summary>Read by the municipal social worker the case was handed over to.</summary>
    SocialServiceHandover,
    /// <summary>A transfer step about the case going to another NGO (parameter <c>organisation</c>).</summary>
    TransferTo,
    /// <summary>A transfer step about a case coming from another NGO (parameter <c>organisation</c>).</summary>
    TransferFrom,
    /// <summary>A package never taken on, erased because the NGO that sent it erased the person (parameter <c>organisation</c>).</summary>
    ErasedBySender,
}

/// <summary>The retention rules that erase people (Mentoring:Jobs:Retention), named in the audit trail.</summary>
public enum RetentionRule { ClosedCase, RejectedMentor, WithdrawnMentor, DeclinedPackage }

/// <summary>An audit record's purpose read back: its kind, the typed text for <see cref="AuditPurposeKind.Stated"/>, parameters.</summary>
public sealed record AuditPurposeView(AuditPurposeKind Kind, string? Text, IReadOnlyList<MessageParam> Params);

/// <summary>
/// How the product writes the purposes it records itself, and how a stored purpose reads back. Records are never
/// rewritten, so the stored text stays as it is and is interpreted here, in one place, for every reader.
/// </summary>
public static partial class AuditPurposes
{
    public const string Resent = "resent";
    public const string RequireSecondFactor = "REQUIRE_SECOND_FACTOR";
    public const string OptionalSecondFactor = "OPTIONAL_SECOND_FACTOR";

    public const string ErasureReapplied = "ERASURE_REAPPLIED";
    /// <summary>A case read by the municipal social worker it was handed over to (recorded in both organisations' trails).</summary>
    public const string HandoverRead = "SOCIAL_SERVICE_HANDOVER";
    private const string RetentionPrefix = "RETENTION:", TransferToPrefix = "TRANSFER_TO:", TransferFromPrefix = "TRANSFER_FROM:",
        ErasedBySenderPrefix = "ERASED_BY_SENDER:";
    private static readonly AuditAction[] TransferSteps =
        [AuditAction.TransferOffered, AuditAction.TransferAccepted, AuditAction.TransferDeclined, AuditAction.TransferWithdrawn];

    public static string Retention(RetentionRule rule) => RetentionPrefix + rule;

    public static string Roles(IEnumerable<Role> roles) => string.Join(", ", roles);

    /// <summary>A transfer step in the sending NGO's trail: the NGO the case goes to, named as it calls itself.</summary>
    public static string TransferTo(string organisation) => TransferToPrefix + organisation;

    /// <summary>A transfer step in the receiving NGO's trail: the NGO the case comes from.</summary>
    public static string TransferFrom(string organisation) => TransferFromPrefix + organisation;

    /// <summary>A package erased in the receiving NGO's trail because its sender erased the person: the sender, as it calls itself.</summary>
    public static string ErasedBySender(string organisation) => ErasedBySenderPrefix + organisation;

    public static string SecondFactor(bool required) => required ? RequireSecondFactor : OptionalSecondFactor;

    public static string RiskFlagsSharing(bool share) => $"{(share ? "share" : "unshare")}:RISK_FLAGS";

    public static string NeedNoteSharing(bool share, NeedDomain? domain) =>
        $"{(share ? "share" : "unshare")}:NEED_NOTE:{(domain is { } d ? MessageParam.Enum("domain", d).Value : "")}";

    private static readonly AuditAction[] AccountChanges = [AuditAction.InvitationRevoked, AuditAction.UserDeactivated, AuditAction.UserReactivated];

    public static AuditPurposeView Read(AuditAction action, string stored)
    {
        var isDefault = stored == AuditRecord.DefaultPurpose;
        if (AccountChanges.Contains(action)) return isDefault ? Of(AuditPurposeKind.None) : Typed(stored);
        if (action == AuditAction.SecurityPolicyChanged)
            return stored switch
            {
                RequireSecondFactor => Of(AuditPurposeKind.SecondFactorRequired),
                OptionalSecondFactor => Of(AuditPurposeKind.SecondFactorOptional),
                _ => Typed(stored),
            };
        if (action == AuditAction.UserInvited && stored == Resent) return Of(AuditPurposeKind.InvitationResent);
        if (action is AuditAction.UserInvited or AuditAction.RolesChanged)
        {
            if (isDefault) return Of(AuditPurposeKind.None);
            var names = stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var roles = names.Select(n => Enum.TryParse<Role>(n, out var r) ? (Role?)r : null).ToList();
            return roles.All(r => r is not null)
                ? new(AuditPurposeKind.RolesGiven, null, [.. roles.Select(r => MessageParam.Enum("roles", r!.Value))])
                : Typed(stored);
        }
        if (action == AuditAction.PersonErased)
        {
            if (stored == ErasureReapplied) return Of(AuditPurposeKind.ErasureReapplied);
            if (stored.StartsWith(RetentionPrefix, StringComparison.Ordinal) && Enum.TryParse<RetentionRule>(stored[RetentionPrefix.Length..], out var rule))
                return new(AuditPurposeKind.Retention, null, [MessageParam.Enum("rule", rule)]);
            if (stored.StartsWith(ErasedBySenderPrefix, StringComparison.Ordinal))
                return new(AuditPurposeKind.ErasedBySender, null, [MessageParam.Text("organisation", stored[ErasedBySenderPrefix.Length..])]);
        }
        if (TransferSteps.Contains(action))
        {
            if (stored.StartsWith(TransferToPrefix, StringComparison.Ordinal))
                return new(AuditPurposeKind.TransferTo, null, [MessageParam.Text("organisation", stored[TransferToPrefix.Length..])]);
            if (stored.StartsWith(TransferFromPrefix, StringComparison.Ordinal))
                return new(AuditPurposeKind.TransferFrom, null, [MessageParam.Text("organisation", stored[TransferFromPrefix.Length..])]);
        }
        if (isDefault) return Of(AuditPurposeKind.CaseWork);
        if (action == AuditAction.CaseRead && stored == HandoverRead) return Of(AuditPurposeKind.SocialServiceHandover);
        if (action == AuditAction.SharedWithMentor && Sharing().Match(stored) is { Success: true } m)
        {
            var share = m.Groups[1].Value == "share";
            if (m.Groups[2].Value == "RISK_FLAGS") return Of(share ? AuditPurposeKind.RiskFlagsShared : AuditPurposeKind.RiskFlagsUnshared);
            return new(share ? AuditPurposeKind.NeedNoteShared : AuditPurposeKind.NeedNoteUnshared, null,
                m.Groups[3].Success ? [new MessageParam("domain", m.Groups[3].Value, ParamKind.Enum, nameof(NeedDomain))] : []);
        }
        return Typed(stored);
    }

    private static AuditPurposeView Of(AuditPurposeKind kind) => new(kind, null, []);
    private static AuditPurposeView Typed(string text) => new(AuditPurposeKind.Stated, text, []);

    [GeneratedRegex("^(share|unshare):(RISK_FLAGS|NEED_NOTE)(?::([A-Z_]+))?$")]
    private static partial Regex Sharing();
}
