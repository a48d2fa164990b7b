using Mentoring.Api.Audit;
using Mentoring.Domain.Audit;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contacts;

public sealed record ContactPage(IReadOnlyList<ContactRecord> Nodes, int TotalCount, string? EndCursor, bool HasNextPage);

public sealed class ContactPageType : ObjectGraphType<ContactPage>
{
    public ContactPageType()
    {
        Name = "ContactConnection";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Nodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>));
        Field(x => x.TotalCount);
        Field(x => x.EndCursor, nullable: true);
        Field(x => x.HasNextPage);
    }
}

public static class ContactQueries
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    /// <summary>An ended match stays on the mentor's phone, read-only, this long.</summary>
    public const int RecentlyEndedDays = 30;

    public static async Task<Guid?> MentorIdAsync(IQuerySession session, IHttpContextAccessor http, CancellationToken ct) =>
        Caller.From(http.HttpContext?.User) is { } caller && await session.LoadAsync<UserAccount>(caller.UserId, ct) is { MentorId: { } id } ? id : null;

    public static void AddContactQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyMatchType>>>>("myMatches")
            .Description("The signed-in mentor's people, with what is due; most urgent first. Matches that ended in the last 30 days are listed read-only.")
            .RequireRoles(Role.Mentor)
            // Open matches are at most the mentor's capacity; those ended in the last 30 days are a few more.
            .WithComplexityImpact(1, Domain.Mentors.MentorDecider.MaxCapacity * 2)
            .Resolve().WithServices<IQuerySession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var mentorId = await MentorIdAsync(session, http, ctx.CancellationToken);
                if (mentorId is null) return (object?)Array.Empty<MyMatch>();
                var today = RigaCalendar.Today(clock);
                var recent = today.AddDays(-RecentlyEndedDays);
                var rules = await Reminders.ReminderRulesGraph.LoadAsync(session, ctx.CancellationToken);
                var matches = (await session.Query<Match>().Where(m => m.MentorId == mentorId).ToListAsync(ctx.CancellationToken))
                    .Where(m => m.IsOpen || (m.Stage == MatchStage.Ended && m.EndedOn >= recent)).ToList();
                var clients = await ClientsOf(session, matches, ctx.CancellationToken);
                var lastContacts = await ContactLogQueries.LastContactAtAsync(session, matches.Select(m => m.Id).ToList(), ctx.CancellationToken);
                return matches.Where(m => clients.ContainsKey(m.ClientId))
                    .Select(m => MentorView.Of(m, clients[m.ClientId], lastContacts.TryGetValue(m.Id, out var last) ? last : null, today, rules))
                    .OrderBy(x => x.Stage == MatchStage.Ended).ThenByDescending(x => x.Cadence).ThenBy(x => x.NextContactDue).ToList();
            });

        query.Field<NonNullGraphType<ContactPageType>>("contactTimeline")
            .Description("A match's contacts, newest first, with versions, feedback and retractions; paged. Recorded in the audit trail. " +
                         "A mentor reads only their own matches, and private notes only while the match shows case detail.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 20).")
            .Argument<StringGraphType>("after")
            .RequireRoles([Role.Mentor, .. Coordinators])
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor, CaseReadAudit>()
            .ResolveAsync(async (ctx, session, http, audit) =>
            {
                var match = await session.LoadAsync<Match>(ctx.GetArgument<Guid>("matchId"), ctx.CancellationToken);
                var caller = Caller.From(http.HttpContext?.User)!;
                if (match is null || !await ContactMutations.MayAct(session, caller, match, [Role.Mentor, .. Coordinators], ctx.CancellationToken))
                    return (object?)new ContactPage([], 0, null, false);
                audit.Read(ctx, AuditAction.ContactsRead, "match", match.Id);
                var staff = caller.IsCaseWorker;
                var detail = staff || (await session.LoadAsync<Client>(match.ClientId, ctx.CancellationToken) is { } client && MentorView.ShowsCaseDetail(match, client));
                var first = Math.Clamp(ctx.GetArgument<int?>("first") ?? 20, 1, 100);
                var offset = Cursor.Decode("contacts", ctx.GetArgument<string?>("after"));
                // Only the page is read from the contact log, however long the match's history.
                var contacts = await session.Query<ContactRecord>().Stats(out QueryStatistics stats).Where(c => c.MatchId == match.Id)
                    .OrderByDescending(c => c.HappenedAt).ThenBy(c => c.Id).Skip(offset).Take(first).ToListAsync(ctx.CancellationToken);
                var page = contacts.Select(c => staff ? c : MentorView.ForMentor(c, detail)).ToList();
                var total = (int)stats.TotalResults;
                return new ContactPage(page, total, page.Count == 0 ? null : Cursor.Encode("contacts", offset + page.Count), offset + page.Count < total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EngagementEntryType>>>>("engagement")
            .Description("Every open match's contact rhythm for the coordinator: overdue first, then due, then on track.")
            .Argument<CadenceStatusType>("cadence")
            .Argument<IdGraphType>("mentorId")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) =>
            {
                var today = RigaCalendar.Today(clock);
                var rules = await Reminders.ReminderRulesGraph.LoadAsync(session, ctx.CancellationToken);
                var query = session.Query<Match>().Where(m => m.Stage == MatchStage.Active || m.Stage == MatchStage.Paused);
                if (ctx.GetArgument<Guid?>("mentorId") is { } mentorId) query = query.Where(m => m.MentorId == mentorId);
                var matches = await query.ToListAsync(ctx.CancellationToken);
                var clients = await ClientsOf(session, matches, ctx.CancellationToken);
                var ids = matches.Select(m => m.Id).ToList();
                var lastContacts = await ContactLogQueries.LastContactAtAsync(session, ids, ctx.CancellationToken);
                var recent = await ContactLogQueries.RecentAsync(session, ids, clock.GetUtcNow().AddDays(-28), ctx.CancellationToken);
                var concerns = await ContactLogQueries.WithOpenConcernAsync(session, ids, ctx.CancellationToken);
                var cadence = ctx.GetArgument<CadenceStatus?>("cadence");
                return (object?)matches.Where(m => clients.ContainsKey(m.ClientId)).Select(m =>
                    {
                        var client = clients[m.ClientId];
                        DateTimeOffset? last = lastContacts.TryGetValue(m.Id, out var at) ? at : null;
                        var due = Cadence.NextDue(last, m.ActiveFrom, client.ReleaseDate, today, rules);
                        var counted = recent.GetValueOrDefault(m.Id) ?? new RecentContacts(0, 0);
                        return new EngagementEntry(m, client.Person.Name, last, due, Cadence.StatusOn(due, today, rules), counted.Contacts, counted.Minutes,
                            concerns.Contains(m.Id));
                    })
                    .Where(e => cadence is null || e.Cadence == cadence)
                    .OrderByDescending(e => e.OpenUrgentConcern).ThenByDescending(e => e.Cadence).ThenBy(e => e.NextContactDue).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolunteerMonthType>>>>("volunteerHours")
            .Description("A mentor's contacts and hours per month (Riga time) between two dates, for recognition letters. Retracted contacts do not count.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                // The months of the volunteer statement (one counting rule) that had meetings.
                var statement = await Domain.Mentors.VolunteerStatement.LoadAsync(session, ctx.GetArgument<Guid>("mentorId"),
                    ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.CancellationToken);
                return (object?)statement.Months.Where(m => m.Meetings > 0).Select(m => new VolunteerMonth(m.Month, m.Meetings, m.MeetingMinutes)).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpenConcernType>>>>("openConcerns")
            .Description("Urgent concerns not yet acknowledged: shown on the coordinator's desk until acknowledgeConcern.")
            .RequireRoles(Coordinators)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var open = await session.Query<ContactRecord>().Where(c => c.OpenUrgentConcern).OrderBy(c => c.HappenedAt).ToListAsync(ctx.CancellationToken);
                var matches = open.Count == 0 ? [] : (await session.LoadManyAsync<Match>(ctx.CancellationToken, open.Select(c => c.MatchId).Distinct()))
                    .ToDictionary(m => m.Id);
                return (object?)open.Where(c => matches.ContainsKey(c.MatchId)).Select(c => new OpenConcern(matches[c.MatchId], c)).ToList();
            });
    }

    public static async Task<Dictionary<Guid, Client>> ClientsOf(IQuerySession session, IReadOnlyCollection<Match> matches, CancellationToken ct) =>
        matches.Count == 0
            ? []
            : (await session.LoadManyAsync<Client>(ct, matches.Select(m => m.ClientId).Distinct().ToArray())).ToDictionary(c => c.Id);
}
