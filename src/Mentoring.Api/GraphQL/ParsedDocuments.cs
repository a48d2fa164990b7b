using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Mentoring.Api.GraphQL;

/// <summary>
/// Parsed documents by their exact text: the app sends the same few dozen documents over and over, so each is parsed,
/// counted (<see cref="DocumentCost"/>) and scanned for control characters once, not on every request.
/// <para>Only the parse is kept, never a validation result. A kept document passed the specification's rules once, and
/// those read nothing but the document and the schema, so for it they are skipped (<see cref="RulesForKept"/>). Every
/// rule the configuration adds runs on every request, because authorization is part of validation:
/// <see cref="RoleAuthorizationRule"/> and <see cref="IntrospectionRule"/> judge each field against the caller's identity,
/// and the depth and complexity limits are a rule too. Variables are coerced and arguments parsed on every request as well
/// (GraphQL.NET does that whatever the rules). GraphQL.NET's own MemoryDocumentCache (package GraphQL.MemoryCache, not
/// served here anyway) swaps all rules for <c>ExecutionOptions.CachedDocumentValidationRules</c>, none by default, so
/// there a document a coordinator ran once would then run for a mentor without the role check; here a rule added later
/// runs on kept documents without anyone having to remember it.</para>
/// <para>Kept: documents that passed those checks and were valid for somebody (executed), up to 16 kB of text each and
/// 4 million characters in all (least recently used go first). A flood of distinct documents can only push the app's
/// documents out, back to parsing them per request; it cannot grow the cache.</para>
/// </summary>
public sealed class ParsedDocuments : IDisposable
{
    public const int MaxDocumentLength = 16_000;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 4_000_000, CompactionPercentage = 0.25 });
    private long _parses;

    /// <summary>How many documents were parsed since start (a cache hit parses nothing).</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>
    /// The core rules a kept document still needs: only the one that reads the request's argument values (field argument
    /// validators). GraphQL.NET's configuration appends its own rules to these as it does to the full list.
    /// </summary>
    public static readonly IReadOnlyList<IValidationRule> RulesForKept = [FieldArgumentsAreValidRule.Instance];

    public GraphQLDocument? Find(string text) => _cache.TryGetValue(text, out GraphQLDocument? document) ? document : null;

    /// <exception cref="GraphQLParser.Exceptions.GraphQLSyntaxErrorException">Not a document.</exception>
    /// <exception cref="GraphQLParser.Exceptions.GraphQLMaxDepthExceededException">Nested deeper than the parser goes.</exception>
    public GraphQLDocument Parse(string text)
    {
        Interlocked.Increment(ref _parses);
        return GraphQLParser.Parser.Parse(text);
    }

    /// <summary>Keeps a document that passed every check before validation and was executed.</summary>
    public void Keep(string text, GraphQLDocument document)
    {
        if (text.Length <= MaxDocumentLength) _cache.Set(text, document, new MemoryCacheEntryOptions { Size = Math.Max(text.Length, 1) });
    }

    public void Dispose() => _cache.Dispose();
}
