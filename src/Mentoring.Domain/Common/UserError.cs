namespace Mentoring.Domain.Common;

/// <summary>A rule violation or bad input, shown to the user next to <see cref="Field"/> when it names one.</summary>
public sealed record UserError(string Code, string Message, string? Field = null);

/// <summary>Stable error codes: clients switch on these, so they never change meaning.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string UnknownMunicipality = "UNKNOWN_MUNICIPALITY";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string ContractOverlap = "CONTRACT_OVERLAP";
    public const string ContractTerminated = "CONTRACT_TERMINATED";
    public const string DuplicateOrganisation = "DUPLICATE_ORGANISATION";
    public const string WrongOrganisationKind = "WRONG_ORGANISATION_KIND";
    public const string DuplicateUser = "DUPLICATE_USER";
    public const string RoleNotAllowed = "ROLE_NOT_ALLOWED";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string LockedOut = "LOCKED_OUT";
    public const string InvalidInvitation = "INVALID_INVITATION";
    public const string WeakPassword = "WEAK_PASSWORD";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
}
