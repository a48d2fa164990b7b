using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentoring.Domain.Common;

/// <summary>
/// A rule violation or bad input, shown to the user next to <see cref="Field"/> when it names one. Screens name it
/// in the reader's language from <see cref="Code"/> and <see cref="Params"/>; <see cref="Message"/> is English for
/// API users and logs of the caller's own tools, never for a screen.
/// </summary>
public sealed record UserError(string Code, string Message, string? Field = null)
{
    /// <summary>The values the reader's sentence needs (counts, dates, the status it is in), by name.</summary>
    public IReadOnlyList<MessageParam> Params { get; init; } = [];
}

/// <summary>How a client renders a parameter: a number to format, a date, a code to look up in its catalogue.</summary>
public enum ParamKind { Number, Date, Text, Enum, Language, Constraint, Period }

/// <summary>
/// One value a message is built from. A list is several parameters with the same name. For <see cref="ParamKind.Enum"/>,
/// <see cref="EnumType"/> is the schema's enum type and <see cref="Value"/> its value as the schema spells it.
/// </summary>
public sealed record MessageParam(string Name, string Value, ParamKind Kind, string? EnumType = null)
{
    public static MessageParam Number(string name, double value) => new(name, value.ToString(CultureInfo.InvariantCulture), ParamKind.Number);
    public static MessageParam Date(string name, DateOnly value) => new(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ParamKind.Date);
    public static MessageParam Text(string name, string value) => new(name, value, ParamKind.Text);
    public static MessageParam Language(string name, string code) => new(name, code, ParamKind.Language);
    /// <summary>A municipality by its official name, which is the same in every language.</summary>
    public static MessageParam Municipality(string name, string code) => Text(name, Reference.Municipalities.Find(code)?.Name ?? code);
    public static MessageParam Constraint(string name, string code) => new(name, code, ParamKind.Constraint);
    public static MessageParam Period(string name, string period) => new(name, period, ParamKind.Period);

    /// <summary>An enum value as the schema spells it (<c>IdentityDocuments</c> → <c>IDENTITY_DOCUMENTS</c>).</summary>
    public static MessageParam Enum<T>(string name, T value, string? schemaType = null) where T : struct, System.Enum =>
        new(name, ConstantCase(value.ToString()), ParamKind.Enum, schemaType ?? typeof(T).Name);

    private static string ConstantCase(string name) => Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])", "_").ToUpperInvariant();
}

/// <summary>A code and its parameters: why a factor scored as it did, what a checklist step's state is.</summary>
public sealed record Reason(string Code, IReadOnlyList<MessageParam> Params)
{
    public static Reason Of(string code, params MessageParam[] parameters) => new(code, parameters);
}

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
    /// <summary>A role the organisation may hold but the caller may not give there (its own admin gives it).</summary>
    public const string RoleNotGrantable = "ROLE_NOT_GRANTABLE";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string LockedOut = "LOCKED_OUT";
    public const string InvalidInvitation = "INVALID_INVITATION";
    public const string WeakPassword = "WEAK_PASSWORD";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
}
