using System.Linq.Expressions;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed record MentorFilter
{
    public MentorStatus? Status { get; init; }
    public string? Municipality { get; init; }
    public string? Language { get; init; }
    public NeedDomain? Speciality { get; init; }
    public bool? Matchable { get; init; }
    public string? Search { get; init; }
}

public sealed class MentorFilterType : InputObjectGraphType<MentorFilter>
{
    public MentorFilterType()
    {
        Name = "MentorFilter";
        Field(x => x.Status, type: typeof(MentorStatusType));
        Field(x => x.Municipality, nullable: true).Description("A municipality code the mentor serves.");
        Field(x => x.Language, nullable: true).Description("An ISO 639 code the mentor speaks.");
        Field(x => x.Speciality, type: typeof(NeedDomainType));
        Field(x => x.Matchable, nullable: true);
        Field(x => x.Search, nullable: true).Description("Part of the name or e-mail.");
    }
}


public sealed record VettingQueueEntry(Mentor Mentor, int WaitingDays, IReadOnlyList<ChecklistItem> Missing);

public sealed class VettingQueueEntryType : ObjectGraphType<VettingQueueEntry>
{
    public VettingQueueEntryType()
    {
        Name = "VettingQueueEntry";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Mentor, type: typeof(NonNullGraphType<MentorType>));
        Field(x => x.WaitingDays).Description("Days since the application.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemType>>>>("missing").Description("The vetting steps still missing.")
            .Resolve(ctx => ctx.Source.Missing);
    }
}

public enum ExpiringItem { BackgroundCheck, RefresherTraining }

public sealed record ExpiringMentor(Mentor Mentor, ExpiringItem What, DateOnly On);

public sealed class ExpiringMentorType : ObjectGraphType<ExpiringMentor>
{
    public ExpiringMentorType()
    {
        Name = "ExpiringMentor";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Mentor, type: typeof(NonNullGraphType<MentorType>));
        Field(x => x.What, type: typeof(NonNullGraphType<EnumerationGraphType<ExpiringItem>>));
        Field(x => x.On).Description("The last day it is valid.");
    }
}

public static class MentorQueries
{
    private static readonly Role[] Readers = [Role.Coordinator, Role.OrgAdmin];
    public const int MaxPageSize = 100;

    public static void AddMentorQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MentorPageType>>("mentors")
            .Description("The NGO's mentors and applicants, newest application first, filtered; cursor-paged.")
            .Argument<MentorFilterType>("filter")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 20).")
            .Argument<StringGraphType>("after")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, MentorReadContext>()
            .ResolveAsync(async (ctx, session, read) => (object?)await Page(session, read,
                ctx.GetArgument<MentorFilter?>("filter") ?? new MentorFilter(), ctx.GetArgument<int?>("first") ?? 20,
                ctx.GetArgument<string?>("after"), ctx.CancellationToken));

        query.Field<MentorType>("mentor")
            .Description("A mentor's profile and vetting. Every read is recorded in the audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, Audit.CaseReadAudit>()
            .ResolveAsync(async (ctx, session, audit) =>
            {
                var mentor = await session.LoadAsync<Mentor>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                if (mentor is not null) audit.Read(ctx, Domain.Audit.AuditAction.MentorRead, "mentor", mentor.Id);
                return mentor;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VettingQueueEntryType>>>>("vettingQueue")
            .Description("Applicants still in vetting, oldest first, with what each is waiting for.")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, MentorReadContext>()
            .ResolveAsync(async (ctx, session, read) =>
            {
                var policy = await read.PolicyAsync(ctx.CancellationToken);
                var waiting = await session.Query<Mentor>()
                    .Where(m => m.Stage == MentorStage.Applied || m.Stage == MentorStage.InVetting)
                    .OrderBy(m => m.AppliedAt).Take(500).ToListAsync(ctx.CancellationToken);
                return (object?)waiting.Select(m => new VettingQueueEntry(m,
                    read.Today.DayNumber - RigaCalendar.Day(m.AppliedAt).DayNumber,
                    MentorDecider.Checklist(m, policy, read.Today).Where(i => !i.Done).ToList())).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpiringMentorType>>>>("mentorsExpiringSoon")
            .Description("Approved mentors whose background check or refresher training runs out within the given days, soonest first.")
            .Argument<NonNullGraphType<IntGraphType>>("days")
            .RequireRoles(Readers)
            .Resolve().WithServices<IQuerySession, MentorReadContext>()
            .ResolveAsync(async (ctx, session, read) =>
            {
                var days = Math.Clamp(ctx.GetArgument<int>("days"), 1, 365);
                var policy = await read.PolicyAsync(ctx.CancellationToken);
                var today = read.Today;
                var horizon = today.AddDays(days);
                var approved = await session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved).ToListAsync(ctx.CancellationToken);
                var expiring = new List<ExpiringMentor>();
                foreach (var m in approved.Where(m => !m.HasLapsed(today, policy)))
                {
                    if (m.BackgroundCheckExpiresOn is { } check && check <= horizon) expiring.Add(new(m, ExpiringItem.BackgroundCheck, check));
                    if (policy.RefresherTrainingMonths is { } months && m.LastTrainingOn?.AddMonths(months) is { } due && due <= horizon)
                        expiring.Add(new(m, ExpiringItem.RefresherTraining, due));
                }
                return (object?)expiring.OrderBy(e => e.On).ToList();
            });

        query.AddVettingPolicyQuery();
        query.AddSupervisionQueries();  // supervisors
        query.AddTrainingQueries();     // trainingCatalogue
    }

    /// <summary>Every filter, the derived status included, is a database predicate: a page never loads more than it shows.</summary>
    public static async Task<Connection<Mentor>> Page(IQuerySession session, MentorReadContext read, MentorFilter filter, int first, string? after, CancellationToken ct)
    {
        first = Math.Clamp(first, 1, MaxPageSize);
        var offset = Cursor.Decode("mentors", after);
        var policy = await read.PolicyAsync(ct);
        var today = read.Today;

        IQueryable<Mentor> query = session.Query<Mentor>().Stats(out QueryStatistics stats);
        if (filter.Municipality is { } municipality) query = query.Where(m => m.Profile.Municipalities.Contains(municipality));
        if (filter.Language is { } language) query = query.Where(m => m.Profile.Languages.Contains(language));
        if (filter.Speciality is { } speciality) query = query.Where(m => m.Profile.Specialities.Contains(speciality));
        if (filter.Search is { Length: > 0 } search)
        {
            var needle = search.Trim().ToLowerInvariant();
            query = query.Where(m => m.SearchText.Contains(needle));
        }
        var current = MentorInDate.Matchable(today, policy);
        if (filter.Matchable is true) query = query.Where(current);
        if (filter.Matchable is false) query = query.Where(Not(current));
        query = filter.Status switch
        {
            null => query,
            MentorStatus.Approved => query.Where(current),
            MentorStatus.Lapsed => query.Where(m => m.Stage == MentorStage.Approved).Where(Not(current)),
            var status => query.Where(m => m.Stage == StageOf(status.Value)),
        };

        var nodes = await query.OrderByDescending(m => m.AppliedAt).ThenBy(m => m.Id).Skip(offset).Take(first).ToListAsync(ct);
        return Connection<Mentor>.Page(nodes, stats.TotalResults, "mentors", offset);
    }

    private static MentorStage StageOf(MentorStatus status) => status switch
    {
        MentorStatus.Applied => MentorStage.Applied,
        MentorStatus.InVetting => MentorStage.InVetting,
        MentorStatus.Suspended => MentorStage.Suspended,
        MentorStatus.Rejected => MentorStage.Rejected,
        _ => MentorStage.Withdrawn,
    };

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}

public sealed class MentorPageType() : ConnectionType<Mentor, MentorType>("MentorConnection", Role.Coordinator, Role.OrgAdmin);
