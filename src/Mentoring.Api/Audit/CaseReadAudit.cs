using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Domain.Audit;

namespace Mentoring.Api.Audit;

/// <summary>
/// Every read of a person's file is on record, whichever operation returned it: fields that carry case data are marked
/// (<see cref="AuditedReads.AuditedAs{T}"/>) and note what they show here while the request runs; the GraphQL endpoint
/// writes the notes once, at the end of the request, before the answer leaves — one record per person, action and
/// purpose, however many nested fields showed them. A read that cannot be recorded is not answered.
/// </summary>
public sealed class CaseReadAudit(IDocumentStore store, TimeProvider clock, IHttpContextAccessor http)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(AuditAction Action, string Kind, Guid Subject, string Purpose), (string Via, int Order)> _reads = [];
    private readonly Dictionary<string, string?> _purposes = [];

    public bool HasReads { get { lock (_gate) return _reads.Count > 0; } }

    /// <summary>The purpose the caller gave for one root field (e.g. client(id, purpose)); its nested reads share it.</summary>
    public void Purpose(IResolveFieldContext context, string? purpose)
    {
        lock (_gate) _purposes[RootKey(context)] = purpose;
    }

    public void Read(IResolveFieldContext context, AuditAction action, string kind, Guid subject)
    {
        var key = RootKey(context);
        lock (_gate)
        {
            var purpose = AuditRecord.PurposeOf(_purposes.GetValueOrDefault(key));
            // Recorded under the operation's first root field that showed it, in the document's order: batched fields
            // (BatchLoader) resolve after the other root fields, so the order of reading is not the document's.
            var (via, order) = Root(context, key);
            if (!_reads.TryGetValue((action, kind, subject, purpose), out var noted) || order < noted.Order)
                _reads[(action, kind, subject, purpose)] = (via, order);
        }
    }

    /// <summary>Inserts the request's records in one transaction of the caller's tenant.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        List<KeyValuePair<(AuditAction Action, string Kind, Guid Subject, string Purpose), (string Via, int Order)>> reads;
        lock (_gate)
        {
            reads = [.. _reads];
            _reads.Clear();
        }
        if (reads.Count == 0 || Caller.From(http.HttpContext?.User) is not { } caller) return;
        await using var session = store.LightweightSession(caller.TenantId);
        foreach (var (read, (via, _)) in reads)
            session.Insert(AuditLog.Entry(caller, read.Action, read.Kind, read.Subject, read.Purpose, clock) with { Via = via });
        await session.SaveChangesAsync(ct);
    }

    private static string RootKey(IResolveFieldContext context) => context.Path.FirstOrDefault() as string ?? context.FieldDefinition.Name;

    /// <summary>The operation's field name behind a response key (which may be an alias), and its place among the root fields.</summary>
    private static (string Name, int Order) Root(IResolveFieldContext context, string key)
    {
        var selections = context.Operation.SelectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is GraphQLField f && (f.Alias?.Name.StringValue ?? f.Name.StringValue) == key) return (f.Name.StringValue, i);
        }
        return (key, int.MaxValue);
    }
}

/// <summary>What a marked field records when it is read: the action, the kind of subject, and how to find the subject's id.</summary>
public sealed record AuditedRead(AuditAction Action, string Kind, Func<object?, Guid?> SubjectOf);

/// <summary>Marks fields that carry case data, and wraps their resolvers when the schema is built so that reading them is noted.</summary>
public sealed class AuditedReads : BaseSchemaNodeVisitor
{
    private const string Key = "mentoring:audit";

    /// <summary>Every field of the type except the summary ones (a name and dates a list shows) notes a read of its source.</summary>
    public static void AuditedAs<T>(ComplexGraphType<T> type, AuditAction action, string kind, Func<T, Guid> subject, params string[] summary)
    {
        // Names declared from expressions (Field(x => x.Id)) are camel-cased only when the schema is built.
        foreach (var field in type.Fields.Where(f => !summary.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
            field.Metadata[Key] = new AuditedRead(action, kind, source => source is T s ? subject(s) : null);
    }

    public static bool IsAudited(FieldType field) => field.HasMetadata(Key);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetMetadata<AuditedRead?>(Key) is not { } audited) return;
        var inner = field.Resolver ?? NameFieldResolver.Instance;
        field.Resolver = new FuncFieldResolver<object?>(context =>
        {
            if (audited.SubjectOf(context.Source) is { } subject)
                context.RequestServices!.GetRequiredService<CaseReadAudit>().Read(context, audited.Action, audited.Kind, subject);
            return inner.ResolveAsync(context);
        });
    }
}
