using Mentoring.Api.Audit;
using Mentoring.Api.Auth;
using Mentoring.Domain.Audit;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Marten.Linq;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Clients;

/// <summary>A person due for release: how many days remain and by when they need a mentor (a month before).</summary>
public sealed record UpcomingRelease(Client Client, int DaysToRelease, DateOnly NeedsMatchBy);

public sealed class UpcomingReleaseType : ObjectGraphType<UpcomingRelease>
{
    public UpcomingReleaseType()
    {
        Name = "UpcomingRelease";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Client, type: typeof(NonNullGraphType<ClientType>));
        Field(x => x.DaysToRelease);
        Field(x => x.NeedsMatchBy).Description("Release date minus 30 days: support is planned about a month before release.");
    }
}

/// <summary>A person whose social-assistance application is not filed, with its one-month deadline and the days left (negative once passed).</summary>
public sealed record ApplicationDeadline(Client Client, DateOnly Deadline, int DaysLeft);

public sealed class ApplicationDeadlineType : ObjectGraphType<ApplicationDeadline>
{
    public ApplicationDeadlineType()
    {
        Name = "ApplicationDeadline";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Client, type: typeof(NonNullGraphType<ClientType>));
        Field(x => x.Deadline).Description("One month after the (expected or actual) release date.");
        Field(x => x.DaysLeft).Description("Days to the deadline: 0 on the day, negative once it has passed.");
    }
}

public sealed record ClientFilter
{
    public ClientStage? Stage { get; init; }
    public string? Municipality { get; init; }
    public string? Prison { get; init; }
    public string? Search { get; init; }
    public DateOnly? ReleaseFrom { get; init; }
    public DateOnly? ReleaseTo { get; init; }
}

public sealed class ClientFilterType : InputObjectGraphType<ClientFilter>
{
    public ClientFilterType()
    {
        Name = "ClientFilter";
        Field(x => x.Stage, type: typeof(ClientStageType));
        Field(x => x.Municipality, nullable: true).Description("Destination municipality code.");
        Field(x => x.Prison, nullable: true).Description("Prison code.");
        Field(x => x.Search, nullable: true).Description("Part of the name.");
        Field(x => x.ReleaseFrom, nullable: true).Description("Expected release on or after.");
        Field(x => x.ReleaseTo, nullable: true).Description("Expected release on or before.");
    }
}


public static class ClientQueries
{
    public const int MatchLeadDays = 30;
    private static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];

    public static void AddClientQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrisonType>>>>("prisons")
            .Description("Reference data: Latvia's prisons.").AllowAnonymous().Resolve(_ => Prisons.All);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpcomingReleaseType>>>>("upcomingReleases")
            .Description("People still in prison whose expected release is within the given days, soonest first.")
            .Argument<IntGraphType>("withinDays", "Default 60, at most 366.")
            .Argument<StringGraphType>("municipality")
            .Argument<BooleanGraphType>("unmatchedOnly")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await Upcoming(session, RigaCalendar.Today(clock),
                Math.Clamp(ctx.GetArgument<int?>("withinDays") ?? 60, 0, 366), ctx.GetArgument<string?>("municipality"),
                ctx.GetArgument<bool?>("unmatchedOnly") ?? false, ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpenRefusalType>>>>("openRefusals")
            .Description("Refusals of help waiting on the coordinator's desk, oldest first: each until an appeal or retry is planned " +
                         "(planRefusalFollowUp) or it is closed (closeRefusal). Closed and frozen cases are left out.")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await OpenRefusals(session, RigaCalendar.Today(clock), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationDeadlineType>>>>("applicationDeadlines")
            .Description("People whose social-assistance application is not filed (its standard goal not done, refused or not needed) and " +
                         "whose one-month deadline is within the reminder rules' applicationDeadlineDaysAhead days or has passed, earliest " +
                         "deadline first. Closed and frozen cases are left out.")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await ApplicationDeadlines(session, RigaCalendar.Today(clock), ctx.CancellationToken));

        query.Field<ClientType>("client")
            .Description("A person's case. Every read is recorded in the audit trail with its purpose.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("purpose", "Why the case is opened (default: case work).")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IQuerySession, CaseReadAudit>()
            .ResolveAsync(async (ctx, session, audit) =>
            {
                var client = await session.LoadAsync<Client>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                audit.Purpose(ctx, ctx.GetArgument<string?>("purpose"));
                if (client is not null) audit.Read(ctx, AuditAction.CaseRead, "client", client.Id);
                return client;
            });

        query.Field<NonNullGraphType<ClientPageType>>("clients")
            .Description("The NGO's clients, newest referral first, filtered; cursor-paged.")
            .Argument<ClientFilterType>("filter")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 20).")
            .Argument<StringGraphType>("after")
            .RequireRoles(CaseWorkers)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await Page(session, ctx.GetArgument<ClientFilter?>("filter") ?? new ClientFilter(),
                ctx.GetArgument<int?>("first") ?? 20, ctx.GetArgument<string?>("after"), ctx.CancellationToken));
    }

    public static async Task<IReadOnlyList<UpcomingRelease>> Upcoming(IQuerySession session, DateOnly today, int withinDays, string? municipality,
        bool unmatchedOnly, CancellationToken ct)
    {
        var until = today.AddDays(withinDays);
        var query = session.Query<Client>()
            .Where(c => c.Stage == ClientStage.Referred && c.ExpectedReleaseDate >= today && c.ExpectedReleaseDate <= until);
        if (municipality is not null) query = query.Where(c => c.DestinationMunicipality == municipality);
        if (unmatchedOnly) query = query.Where(c => !c.HasActiveMatch);
        var clients = await query.OrderBy(c => c.ExpectedReleaseDate).ThenBy(c => c.SearchName).Take(1000).ToListAsync(ct);
        return clients.Select(c => new UpcomingRelease(c, c.ExpectedReleaseDate.DayNumber - today.DayNumber, c.ExpectedReleaseDate.AddDays(-MatchLeadDays))).ToList();
    }

    public static async Task<IReadOnlyList<OpenRefusal>> OpenRefusals(IQuerySession session, DateOnly today, CancellationToken ct)
    {
        var clients = await session.Query<Client>().Where(c => c.HasOpenRefusal && c.Stage != ClientStage.Closed).Take(1000).ToListAsync(ct);
        return clients.Where(c => !c.IsFrozen)
            .SelectMany(c => c.Refusals.Where(r => r.IsOpen).Select(r => new OpenRefusal(c, r, today.DayNumber - r.RefusedOn.DayNumber)))
            .OrderBy(r => r.Refusal.RefusedOn).ThenBy(r => r.Client.SearchName).ToList();
    }

    public static async Task<IReadOnlyList<ApplicationDeadline>> ApplicationDeadlines(IQuerySession session, DateOnly today, CancellationToken ct)
    {
        var rules = await Reminders.ReminderRulesGraph.LoadAsync(session, ct);
        var until = today.AddDays(rules.ApplicationDeadlineDaysAhead);
        // ApplicationDueOn is indexed and null once the application is filed or the case closed: only those still due are read.
        var clients = await session.Query<Client>().Where(c => c.ApplicationDueOn <= until)
            .OrderBy(c => c.ApplicationDueOn).ThenBy(c => c.SearchName).Take(1000).ToListAsync(ct);
        return clients.Where(c => !c.IsFrozen)
            .Select(c => new ApplicationDeadline(c, c.ApplicationDueOn!.Value, c.ApplicationDueOn!.Value.DayNumber - today.DayNumber)).ToList();
    }

    public static async Task<Connection<Client>> Page(IQuerySession session, ClientFilter filter, int first, string? after, CancellationToken ct)
    {
        first = Math.Clamp(first, 1, 100);
        var offset = Cursor.Decode("clients", after);
        IQueryable<Client> query = session.Query<Client>().Stats(out QueryStatistics stats);
        if (filter.Stage is { } stage) query = query.Where(c => c.Stage == stage);
        if (filter.Municipality is { } municipality) query = query.Where(c => c.DestinationMunicipality == municipality);
        if (filter.Prison is { } prison) query = query.Where(c => c.PrisonCode == prison);
        if (filter.Search is { Length: > 0 } search)
        {
            var needle = search.Trim().ToLowerInvariant();
            query = query.Where(c => c.SearchName.Contains(needle));
        }
        if (filter.ReleaseFrom is { } from) query = query.Where(c => c.ExpectedReleaseDate >= from);
        if (filter.ReleaseTo is { } to) query = query.Where(c => c.ExpectedReleaseDate <= to);
        var nodes = await query.OrderByDescending(c => c.ReferredAt).ThenBy(c => c.Id).Skip(offset).Take(first).ToListAsync(ct);
        return Connection<Client>.Page(nodes, stats.TotalResults, "clients", offset);
    }
}

public sealed class ClientPageType() : ConnectionType<Client, ClientType>("ClientConnection", Role.Coordinator, Role.OrgAdmin);
