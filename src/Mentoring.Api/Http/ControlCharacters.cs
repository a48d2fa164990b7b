using System.Buffers;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Mentoring.Api.Http;

/// <summary>
/// NUL and the other C0 control characters (tab, line feed and carriage return excepted) have no place in anything a
/// person types, and NUL is refused by PostgreSQL mid-transaction. Every request's text is checked here once, in the
/// variables and in the document's string literals, before anything runs — not field by field.
/// </summary>
public static class ControlCharacters
{
    public const string Code = "CONTROL_CHARACTER";

    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray());

    public static bool In(ReadOnlySpan<char> text) => text.ContainsAny(Controls);

    /// <returns>The refusal naming where the first one is, or null when there is none.</returns>
    public static RequestProblem? Find(GraphQLDocument? document, Inputs? variables)
    {
        if (variables is not null && InValue(variables, "$", 0) is { } path)
            return Problem($"The variable {path} contains a control character");
        if (document is not null)
        {
            var literals = new LiteralScan();
            LiteralScan.Visitor.VisitAsync(document, literals).AsTask().GetAwaiter().GetResult(); // synchronous: nothing to await
            if (literals.Found is { } at)
                return Problem($"A string in the document (line {at.Line}, column {at.Column}) contains a control character");
        }
        return null;
    }

    private static RequestProblem Problem(string where) =>
        new(400, where + " (such as NUL); remove it and send the request again. Tab and line breaks are fine.", Code);

    /// <summary>The path of the first string (or object key) with a control character. JSON nesting is already limited to 64 levels.</summary>
    private static string? InValue(object? value, string path, int depth) => value switch
    {
        string text => In(text) ? path : null,
        IEnumerable<KeyValuePair<string, object?>> map => map
            .Select(p => In(p.Key) ? path : InValue(p.Value, depth == 0 ? $"{path}{p.Key}" : $"{path}.{p.Key}", depth + 1))
            .FirstOrDefault(p => p is not null),
        IEnumerable<object?> list => list.Select((item, i) => InValue(item, $"{path}[{i}]", depth + 1)).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private sealed class LiteralScan : IASTVisitorContext
    {
        public static readonly StringVisitor Visitor = new();
        public (int Line, int Column)? Found { get; set; }
        public GraphQLDocument? Document { get; set; }
        public CancellationToken CancellationToken => default;

        public sealed class StringVisitor : ASTVisitor<LiteralScan>
        {
            public override ValueTask VisitAsync(ASTNode? node, LiteralScan context)
            {
                if (node is GraphQLDocument document) context.Document = document;
                return context.Found is null ? base.VisitAsync(node, context) : default;
            }

            protected override ValueTask VisitStringValueAsync(GraphQLStringValue stringValue, LiteralScan context)
            {
                if (In(stringValue.Value.Span))
                {
                    var source = context.Document!.Source.Span;
                    var start = Math.Min(stringValue.Location.Start, source.Length);
                    var before = source[..start];
                    var line = before.Count('\n') + 1;
                    context.Found = (line, start - before.LastIndexOf('\n'));
                }
                return default;
            }
        }
    }
}
