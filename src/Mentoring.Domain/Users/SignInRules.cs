namespace Mentoring.Domain.Users;

/// <summary>Password rules. (Throttling of failed sign-ins: <see cref="SignInThrottling"/>.)</summary>
public static class SignInRules
{
    public const int MinPasswordLength = 12;
    public static readonly TimeSpan ResetValidity = TimeSpan.FromHours(1);

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
