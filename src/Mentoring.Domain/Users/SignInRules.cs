namespace Mentoring.Domain.Users;

/// <summary>Lockout: after <see cref="MaxFailedAttempts"/> wrong passwords in a row the account is locked for a while.</summary>
public static class SignInRules
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 12;

    public static bool IsLockedOut(UserAccount user, DateTimeOffset now) => user.LockedOutUntil is { } until && until > now;

    public static UserAccount Failed(UserAccount user, DateTimeOffset now)
    {
        var failures = user.FailedSignIns + 1;
        return failures >= MaxFailedAttempts
            ? user with { FailedSignIns = 0, LockedOutUntil = now + LockoutDuration }
            : user with { FailedSignIns = failures };
    }

    public static UserAccount Succeeded(UserAccount user, DateTimeOffset now) =>
        user with { FailedSignIns = 0, LockedOutUntil = null, LastSignInAt = now };

    /// <summary>Null when the password is acceptable, else why not.</summary>
    public static string? PasswordProblem(string? password, string email)
    {
        if (password is null || password.Length < MinPasswordLength) return $"Use at least {MinPasswordLength} characters.";
        if (password.Length > 256) return "Use at most 256 characters.";
        if (password.Distinct().Count() < 5) return "Use more different characters.";
        if (password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase)) return "Do not use your e-mail name in the password.";
        return null;
    }
}
