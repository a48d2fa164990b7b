using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Audit;

public sealed record AuditEntry(AuditRecord Record, string? ByName);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Nodes, long TotalCount, string? EndCursor, bool HasNextPage);

public sealed class AuditActionType : EnumerationGraphType<AuditAction> { public AuditActionType() => Name = "AuditAction"; }

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        this.ReadableBy(Role.Auditor);
        Description = "One accountable access: who, when, what, and why. Nothing in the API changes or removes one.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Record.Id);
        Field<NonNullGraphType<AuditActionType>>("action").Resolve(ctx => ctx.Source.Record.Action);
        Field<NonNullGraphType<StringGraphType>>("subjectKind").Description("client, match, mentor or user").Resolve(ctx => ctx.Source.Record.SubjectKind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(ctx => ctx.Source.Record.SubjectId);
        Field<NonNullGraphType<IdGraphType>>("by").Resolve(ctx => ctx.Source.Record.By);
        Field<StringGraphType>("byName").Description("The user's name now (null when the account no longer exists).").Resolve(ctx => ctx.Source.ByName);
        // Roles in one spelling everywhere: the Role enum, as every other field gives them.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Users.RoleType>>>>("byRoles").Description("The user's roles at the time.")
            .Resolve(ctx => ctx.Source.Record.ByRoles.Select(r => Enum.TryParse<Role>(r, out var role) ? (Role?)role : null).OfType<Role>().ToList());
        Field<NonNullGraphType<BooleanGraphType>>("bySystem").Description("Done by the product itself (e.g. the retention job), not by a person.")
            .Resolve(ctx => ctx.Source.Record.ByRoles.Contains("System"));
        Field<NonNullGraphType<StringGraphType>>("purpose").Resolve(ctx => ctx.Source.Record.Purpose);
        Field<StringGraphType>("via").Description("The operation that returned or changed it, e.g. clients or upcomingReleases.")
            .Resolve(ctx => ctx.Source.Record.Via);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.Record.At);
    }
}

public sealed class AuditPageType : ObjectGraphType<AuditPage>
{
    public AuditPageType()
    {
        Name = "AuditConnection";
        this.ReadableBy(Role.Auditor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field(x => x.TotalCount);
        Field(x => x.EndCursor, nullable: true);
        Field(x => x.HasNextPage);
    }
}

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AuditPageType>>("auditTrail")
            .Description("Who read, exported, erased or changed permissions, newest first, in the auditor's organisation (Riga dates, inclusive).")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Argument<AuditActionType>("action").Argument<IdGraphType>("subjectId")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 50).").Argument<StringGraphType>("after")
            .RequireRoles(Role.Auditor)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await Page(session, ctx.GetArgument<DateOnly?>("from"),
                ctx.GetArgument<DateOnly?>("to"), ctx.GetArgument<AuditAction?>("action"), ctx.GetArgument<Guid?>("subjectId"),
                ctx.GetArgument<int?>("first") ?? 50, ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }

    public static async Task<AuditPage> Page(IQuerySession session, DateOnly? from, DateOnly? to, AuditAction? action, Guid? subject,
        int first, string? after, CancellationToken ct)
    {
        first = Math.Clamp(first, 1, 100);
        var offset = Cursor.Decode("audit", after);
        IQueryable<AuditRecord> query = session.Query<AuditRecord>().Stats(out QueryStatistics stats);
        if (from is { } f) { var start = RigaCalendar.At(f, TimeOnly.MinValue); query = query.Where(r => r.At >= start); }
        if (to is { } t) { var end = RigaCalendar.At(t.AddDays(1), TimeOnly.MinValue); query = query.Where(r => r.At < end); }
        if (action is { } a) query = query.Where(r => r.Action == a);
        if (subject is { } s) query = query.Where(r => r.SubjectId == s);
        var records = await query.OrderByDescending(r => r.At).ThenBy(r => r.Id).Skip(offset).Take(first).ToListAsync(ct);
        var users = (await session.LoadManyAsync<UserAccount>(ct, records.Select(r => r.By).Distinct())).ToDictionary(u => u.Id);
        var nodes = records.Select(r => new AuditEntry(r, users.GetValueOrDefault(r.By)?.DisplayName)).ToList();
        return new AuditPage(nodes, stats.TotalResults, nodes.Count == 0 ? null : Cursor.Encode("audit", offset + nodes.Count), offset + nodes.Count < stats.TotalResults);
    }
}
