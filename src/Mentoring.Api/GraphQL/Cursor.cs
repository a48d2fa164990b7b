using System.Text;

namespace Mentoring.Api.GraphQL;

/// <summary>Opaque page cursors; today offsets, so the API can move to keyset paging without a breaking change.</summary>
public static class Cursor
{
    public static string Encode(string scope, int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{scope}:{offset}"));

    public static int Decode(string scope, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(scope + ":", StringComparison.Ordinal) && int.TryParse(text[(scope.Length + 1)..], out var offset) && offset >= 0 ? offset : 0;
        }
        catch (FormatException)
        {
            return 0;
        }
    }
}
