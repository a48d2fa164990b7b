using System.Text.RegularExpressions;

namespace Mentoring.Api.Tests.Http;

/// <summary>
/// Every operation the web sends (the documents codegen wrote into web/src/graphql/generated) passes the server's depth
/// and complexity limits, so no screen meets "too complex" after a field is added to it. Sent without variables, a
/// document with required variables stops at validation (nothing runs); one without runs as a read. A paged list is sent
/// with the largest page size a screen uses.
/// </summary>
public sealed partial class WebDocumentsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>The largest page size any screen of the web asks for (web/src: usePaged(…, { first })).</summary>
    private const int LargestScreenPage = 50;

    private static readonly string[] LimitCodes = ["COMPLEXITY", "TOO_COMPLEX", "TOO_DEEP", "TOO_MANY_ALIASES", "DOCUMENT_TOO_LARGE"];

    [Fact]
    public async Task Every_document_of_the_web_is_within_the_limits()
    {
        var documents = Documents().ToList();
        Assert.True(documents.Count > 50, $"only {documents.Count} documents found: has codegen's output moved?");
        using var client = await api.SignedIn("a", Role.Coordinator);
        var refused = new List<string>();
        foreach (var document in documents.Where(d => !d.TrimStart().StartsWith("fragment", StringComparison.Ordinal)))
        {
            // A mutation without variables would run for real (e.g. signing out): the limits are checked on the others.
            if (document.TrimStart().StartsWith("mutation", StringComparison.Ordinal) && !document.Contains('$', StringComparison.Ordinal)) continue;
            // A paged list is judged at the largest page a screen asks for: the cost grows with `first`.
            var response = FirstVariable().IsMatch(document) ? await client.PostAsync(document, new { first = LargestScreenPage }) : await client.PostAsync(document);
            if (response.ErrorCodes.Intersect(LimitCodes).Any()) refused.Add($"{Name(document)}: {response.FirstErrorMessage}");
        }
        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    private static IEnumerable<string> Documents()
    {
        var file = Path.Combine(Root(), "web", "src", "graphql", "generated", "graphql.ts");
        return Typed().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value);
    }

    private static string Name(string document) => OperationName().Match(document).Value;

    // A fragment's constant ends in `, {"fragmentName": …})`: the pattern allows it, so no document is swallowed by the next.
    [GeneratedRegex(@"new TypedDocumentString\(`([\s\S]*?)`(?:, \{[^}]*\})?\)")]
    private static partial Regex Typed();

    [GeneratedRegex(@"\$first\s*:\s*Int\b")]
    private static partial Regex FirstVariable();

    [GeneratedRegex(@"(query|mutation|subscription)\s+\w+")]
    private static partial Regex OperationName();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mentoring.sln not found above the test binaries.");
    }
}
