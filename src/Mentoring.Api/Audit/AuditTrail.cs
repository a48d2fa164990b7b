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

/// <summary>A record with the names the auditor may see: the acting user's, and the subject's (see <see cref="AuditQueries.SubjectNamesAsync"/>).</summary>
public sealed record AuditEntry(AuditRecord Record, string? ByName, string? SubjectName = null);

public sealed class AuditPurposeKindType : EnumerationGraphType<AuditPurposeKind> { public AuditPurposeKindType() => Name = "AuditPurposeKind"; }

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
        Field<StringGraphType>("subjectName")
            .Description("A user's or mentor's name; a client's initials (the case itself is not the auditor's); null for an organisation or a person no longer on record.")
            .Resolve(ctx => ctx.Source.SubjectName);
        Field<NonNullGraphType<IdGraphType>>("by").Resolve(ctx => ctx.Source.Record.By);
        Field<StringGraphType>("byName").Description("The user's name now (null when the account no longer exists).").Resolve(ctx => ctx.Source.ByName);
        // Roles in one spelling everywhere: the Role enum, as every other field gives them.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Users.RoleType>>>>("byRoles").Description("The user's roles at the time.")
            .Resolve(ctx => ctx.Source.Record.ByRoles.Select(r => Enum.TryParse<Role>(r, out var role) ? (Role?)role : null).OfType<Role>().ToList());
        Field<NonNullGraphType<BooleanGraphType>>("bySystem").Description("Done by the product itself (e.g. the retention job), not by a person.")
            .Resolve(ctx => ctx.Source.Record.By == AuditRecord.SystemUser);
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("As recorded; a screen shows purposeKind, and this text only when it is STATED.")
            .Resolve(ctx => ctx.Source.Record.Purpose);
        Field<NonNullGraphType<AuditPurposeKindType>>("purposeKind").Resolve(ctx => AuditPurposes.Read(ctx.Source.Record.Action, ctx.Source.Record.Purpose).Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("purposeParams").Description("E.g. roles for ROLES_GIVEN, domain for NEED_NOTE_SHARED.")
            .Resolve(ctx => AuditPurposes.Read(ctx.Source.Record.Action, ctx.Source.Record.Purpose).Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
        Field<StringGraphType>("via").Description("The operation that returned or changed it, e.g. clients or upcomingReleases.")
            .Resolve(ctx => ctx.Source.Record.Via);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.Record.At);
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

    public static async Task<Connection<AuditEntry>> Page(IQuerySession session, DateOnly? from, DateOnly? to, AuditAction? action, Guid? subject,
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
        var users = (await session.LoadManyAsync<UserAccount>(ct, records.Select(r => r.By).Distinct())).ToDictionary(u => u.Id, u => u.DisplayName);
        // A municipal social worker reading a handed-over case has no account here: the hand-over names them.
        var strangers = records.Where(r => r.Purpose == AuditPurposes.HandoverRead && !users.ContainsKey(r.By)).Select(r => r.By).Distinct().ToList();
        if (strangers.Count > 0)
            foreach (var h in await session.Query<Domain.Handovers.Handover>().Where(h => strangers.Contains(h.Recipient.UserId)).Take(100).ToListAsync(ct))
                users.TryAdd(h.Recipient.UserId, h.Recipient.Name);
        var subjects = await SubjectNamesAsync(session, records, ct);
        var nodes = records.Select(r => new AuditEntry(r, users.GetValueOrDefault(r.By), subjects.GetValueOrDefault(r.SubjectId))).ToList();
        return Connection<AuditEntry>.Page(nodes, stats.TotalResults, "audit", offset);
    }

    /// <summary>
    /// Names for a page's subjects, one query per kind: users and mentors by name (people the auditor works with),
    /// clients and their matches by initials only, never the case.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> SubjectNamesAsync(IQuerySession session, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        Guid[] Of(string kind) => [.. records.Where(r => r.SubjectKind == kind).Select(r => r.SubjectId).Distinct()];
        var names = new Dictionary<Guid, string>();
        if (Of("user") is { Length: > 0 } userIds)
            foreach (var u in await session.LoadManyAsync<UserAccount>(ct, userIds)) names[u.Id] = u.DisplayName;
        if (Of("mentor") is { Length: > 0 } mentorIds)
            foreach (var m in await session.LoadManyAsync<Domain.Mentors.Mentor>(ct, mentorIds)) names[m.Id] = m.Profile.Name;
        var matches = Of("match") is { Length: > 0 } matchIds ? await session.LoadManyAsync<Domain.Matching.Match>(ct, matchIds) : [];
        Guid[] clientIds = [.. Of("client").Concat(matches.Select(m => m.ClientId)).Distinct()];
        if (clientIds.Length > 0)
        {
            var clients = (await session.LoadManyAsync<Domain.Clients.Client>(ct, clientIds)).ToDictionary(c => c.Id, c => Domain.Reminders.ReminderPlanner.Initials(c.Person.Name));
            foreach (var (id, initials) in clients) names[id] = initials;
            foreach (var m in matches) if (clients.TryGetValue(m.ClientId, out var initials)) names[m.Id] = initials;
        }
        return names;
    }
}

public sealed class AuditPageType() : ConnectionType<AuditEntry, AuditEntryType>("AuditConnection", Role.Auditor);
