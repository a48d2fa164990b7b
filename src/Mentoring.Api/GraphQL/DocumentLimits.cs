using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Mentoring.Api.Hosting;

namespace Mentoring.Api.GraphQL;

/// <summary>Settings under "Mentoring" for <see cref="DocumentCost"/> (Mentoring__MaxSelections, Mentoring__MaxDocumentNodes).</summary>
public sealed class DocumentBudgetOptions
{
    /// <summary>Fields, fragment spreads and inline fragments in one document, a fragment counted each time it is spread.</summary>
    public int MaxSelections { get; set; } = 300;
    /// <summary>Syntax nodes (fields, arguments, values, directives, variables, operations, fragments; names not counted) in one
    /// document. Each can be a validation error of its own, and errors are what an invalid document costs: GraphiQL's
    /// introspection query has 215, the web app's largest operation 165.</summary>
    public int MaxDocumentNodes { get; set; } = 1000;
}

/// <summary>Why a document was refused before validation.</summary>
public sealed record DocumentRefusal(string Code, string Message);

/// <summary>
/// GraphQL.NET's validation compares fields that share a response name pair by pair (quadratic: 20,000 repeats of one
/// field, well inside the body limit, cost seconds of CPU), and introspection multiplies through aliases and nested
/// lists. These counts are taken on the parsed document before any of that runs, in time linear in its size, so any
/// document the body limit lets in is refused or answered cheaply. Introspection is counted like everything else;
/// GraphiQL's own introspection query (230 selections) is inside every limit.
/// </summary>
public static class DocumentCost
{
    public const string TooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooComplex = "TOO_COMPLEX";
    public const string TooDeep = "TOO_DEEP";
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <param name="MaxNesting">Selections nested in one another, fragments spread counted as a level: a chain of fragments
    /// is as deep as the fields it stands for, and GraphQL.NET's recursive validators never see a deeper one.</param>
    /// <param name="MaxIntrospectionLists">Lists nested under __schema/__type: GraphiQL's query needs three (types → fields → args);
    /// each more multiplies the answer by the schema's size (fields → type → fields → …).</param>
    /// <param name="MaxRepeats">Fields of one response name in one selection set (fragments merged in). Real documents have one or
    /// two; validation's cost grows with the square of it.</param>
    public sealed record Budget(int MaxNodes, int MaxSelections, int MaxRepeats, int MaxAliases, int MaxNesting, int MaxIntrospectionLists)
    {
        public static Budget From(MentoringOptions options, DocumentBudgetOptions budget) => new(budget.MaxDocumentNodes, budget.MaxSelections,
            MaxRepeats: 10, options.MaxAliases, MaxNesting: GraphQLSetup.MaxIntrospectionDepth + 10, MaxIntrospectionLists: 3);
    }

    public static DocumentRefusal? Check(GraphQLDocument document, Budget budget)
    {
        var counter = new NodeCounter { Limit = budget.MaxNodes };
        NodeCounter.Visitor.VisitAsync(document, counter).AsTask().GetAwaiter().GetResult(); // never awaits: every visit completes synchronously
        if (counter.Nodes > budget.MaxNodes)
            return new(TooLarge, $"The document is too large: it has more than {budget.MaxNodes} parts (fields, arguments, values, variables, fragments).");

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment); // a duplicate name is validation's to report
        var walk = new Walk(budget, fragments);
        // Operations as they would run, each fragment counted every time it is spread; then the fragments no operation
        // spreads, which validation reads all the same.
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            walk.SelectionSet(operation.SelectionSet, 0, introspectionLists: -1, expand: true);
        foreach (var (name, fragment) in fragments)
        {
            if (!walk.Spread.Contains(name)) walk.SelectionSet(fragment.SelectionSet, 0, introspectionLists: -1, expand: false);
        }
        return walk.Refusal;
    }

    private sealed class Walk(Budget budget, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly HashSet<string> _spreading = [];
        private int _selections, _aliases;
        public HashSet<string> Spread { get; } = [];
        public DocumentRefusal? Refusal { get; private set; }

        /// <summary>A field's selection set: the fields of its inline fragments and spread fragments merge into it.</summary>
        public void SelectionSet(GraphQLSelectionSet? set, int nesting, int introspectionLists, bool expand)
        {
            if (set is not null) Selections(set, new Dictionary<string, int>(StringComparer.Ordinal), nesting, introspectionLists, expand);
        }

        /// <param name="merged">How often each response name occurs in the selection set these selections merge into: validation
        /// compares the fields of one name pair by pair, so a name repeated n times costs n² comparisons.</param>
        /// <param name="introspectionLists">-1 outside introspection; inside, how many lists enclose this selection set.</param>
        private void Selections(GraphQLSelectionSet set, Dictionary<string, int> merged, int nesting, int introspectionLists, bool expand)
        {
            foreach (var selection in set.Selections)
            {
                if (Refusal is not null) return;
                if (++_selections > budget.MaxSelections)
                {
                    Refusal = new(TooComplex, $"The document is too complex: it selects more than {budget.MaxSelections} fields (a fragment counts each time it is spread).");
                    return;
                }
                if (nesting + 1 > budget.MaxNesting)
                {
                    Refusal = new(TooDeep, $"The document is nested too deeply: more than {budget.MaxNesting} levels, counting fragments.");
                    return;
                }
                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, merged, nesting, introspectionLists, expand);
                        break;
                    case GraphQLInlineFragment inline:
                        Selections(inline.SelectionSet, merged, nesting + 1, introspectionLists, expand);
                        break;
                    case GraphQLFragmentSpread spread when expand:
                        // A cycle is not followed (validation reports it); everything else is counted as often as it is spread.
                        var name = spread.FragmentName.Name.StringValue;
                        Spread.Add(name);
                        if (fragments.TryGetValue(name, out var fragment) && _spreading.Add(name))
                        {
                            Selections(fragment.SelectionSet, merged, nesting + 1, introspectionLists, expand);
                            _spreading.Remove(name);
                        }
                        break;
                }
            }
        }

        private void Field(GraphQLField field, Dictionary<string, int> merged, int nesting, int introspectionLists, bool expand)
        {
            var responseName = (field.Alias?.Name ?? field.Name).StringValue;
            var repeats = merged[responseName] = merged.GetValueOrDefault(responseName) + 1;
            if (repeats > budget.MaxRepeats)
            {
                Refusal = new(TooComplex, $"The document is too complex: '{responseName}' is selected more than {budget.MaxRepeats} times in one place.");
                return;
            }
            ReadOnlySpan<char> name = field.Name.Value.Span;
            if (introspectionLists < 0 && name is "__schema" or "__type") introspectionLists = 0;
            if (field.Alias is not null)
            {
                if (introspectionLists >= 0)
                {
                    Refusal = new(TooManyAliases, "Introspection fields cannot be aliased.");
                    return;
                }
                // Counted as the operation runs (a fragment's aliases each time it is spread).
                if (expand && ++_aliases > budget.MaxAliases)
                {
                    Refusal = new(TooManyAliases, $"The document uses more than {budget.MaxAliases} aliases.");
                    return;
                }
            }
            if (introspectionLists >= 0 && name is "types" or "fields" or "inputFields" or "interfaces" or "possibleTypes" or "enumValues" or "args" or "directives"
                && ++introspectionLists > budget.MaxIntrospectionLists)
            {
                Refusal = new(TooDeep, $"Introspection is nested too deeply: more than {budget.MaxIntrospectionLists} lists inside one another.");
                return;
            }
            SelectionSet(field.SelectionSet, nesting + 1, introspectionLists, expand);
        }
    }

    /// <summary>Counts every node once; stops descending once over the limit.</summary>
    private sealed class NodeCounter : IASTVisitorContext
    {
        public static readonly CountingVisitor Visitor = new();
        public int Limit { get; init; }
        public int Nodes { get; set; }
        public CancellationToken CancellationToken => default;

        public sealed class CountingVisitor : ASTVisitor<NodeCounter>
        {
            public override ValueTask VisitAsync(ASTNode? node, NodeCounter context) =>
                node is null || ++context.Nodes > context.Limit ? default : base.VisitAsync(node, context);
        }
    }
}

/// <summary>
/// Outside development the schema is described only to signed-in callers: anonymous visitors get the public
/// operations' answers, not a map of everything else. (GraphiQL works for anyone signed in to the app.)
/// </summary>
public sealed class IntrospectionRule(bool anonymousAllowed) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(anonymousAllowed || context.User?.Identity?.IsAuthenticated == true ? null : new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
                ctx.ReportError(new ValidationError(ctx.Document.Source, "authorization", "Sign in to read the schema.", field) { Code = FieldAccess.Unauthenticated });
        }));
}

/// <summary>
/// Validation's "Did you mean …?" names the fields, arguments and types next to the one asked for: a map of the schema,
/// a probe at a time, even where introspection is closed — and the string distances that find the hints are the costliest
/// part of validating a document full of unknown names. Where the schema is not open to everyone (outside development)
/// these stand in for GraphQL.NET's three rules that make hints: the same errors, codes and numbers, without the hint.
/// Signed-in developers get their hints from GraphiQL, which has read the schema.
/// </summary>
public static class SchemaHints
{
    public static IEnumerable<IValidationRule> Removed(IEnumerable<IValidationRule> rules) =>
        rules.Select(rule => rule switch
        {
            FieldsOnCorrectType => new WithoutHints(UnknownField),
            KnownArgumentNames => new WithoutHints(UnknownArgument),
            KnownTypeNames => new WithoutHints(UnknownType),
            _ => rule,
        }).ToList();

    private sealed class WithoutHints(INodeVisitor visitor) : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(visitor);
    }

    private static readonly INodeVisitor UnknownField = new MatchingNodeVisitor<GraphQLField>((node, context) =>
    {
        if (context.TypeInfo.GetParentType()?.GetNamedType() is { } type && context.TypeInfo.GetFieldDef() is null)
            context.ReportError(new FieldsOnCorrectTypeError(context, node, type, [], []));
    });

    private static readonly INodeVisitor UnknownArgument = new MatchingNodeVisitor<GraphQLArgument>((node, context) =>
    {
        var message = context.TypeInfo.GetAncestor(2) switch
        {
            GraphQLField when context.TypeInfo.GetFieldDef() is { } field && field.Arguments?.Find(node.Name) is null =>
                $"Unknown argument '{node.Name}' on field '{field.Name}' of type '{context.TypeInfo.GetParentType()}'.",
            GraphQLDirective when context.TypeInfo.GetDirective() is { } directive && directive.Arguments?.Find(node.Name) is null =>
                $"Unknown argument '{node.Name}' on directive '{directive.Name}'.",
            _ => null,
        };
        if (message is not null) context.ReportError(new ValidationError(context.Document.Source, "5.4.1", message, node) { Code = "KNOWN_ARGUMENT_NAMES" });
    });

    private static readonly INodeVisitor UnknownType = new MatchingNodeVisitor<GraphQLNamedType>(leave: (node, context) =>
    {
        if (context.Schema.AllTypes[node.Name] is null) context.ReportError(new KnownTypeNamesError(context, node, []));
    });
}
