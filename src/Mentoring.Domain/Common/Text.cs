using System.Net.Mail;

namespace Mentoring.Domain.Common;

public static class Text
{
    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 254 && MailAddress.TryCreate(value, out var a) && a.Address == value.Trim();

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public static bool HasLength(string? value, int min, int max) =>
        value is not null && value.Trim().Length >= min && value.Trim().Length <= max;
}
