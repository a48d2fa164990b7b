using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed class SupervisionKindType : EnumerationGraphType<SupervisionKind> { public SupervisionKindType() => Name = "SupervisionKind"; }
public sealed class SupervisionStateType : EnumerationGraphType<SupervisionState> { public SupervisionStateType() => Name = "SupervisionState"; }

/// <summary>A coordinator who can supervise mentors: the pickers list them.</summary>
public sealed record Supervisor(Guid Id, string Name);

public sealed class SupervisorType : ObjectGraphType<Supervisor>
{
    public SupervisorType()
    {
        Name = "Supervisor";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
    }
}

public sealed class SupervisionStandingType : ObjectGraphType<SupervisionStanding>
{
    public SupervisionStandingType()
    {
        Name = "SupervisionStanding";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "Where the mentor's supervision stands today under the vetting policy's cadence.";
        Field(x => x.State, type: typeof(NonNullGraphType<SupervisionStateType>));
        Field(x => x.DueOn, nullable: true).Description("When the next session is due; null when none is owed.");
        Field(x => x.LastOn, nullable: true);
    }
}

public sealed class AttendanceType : ObjectGraphType<Attendance>
{
    public AttendanceType()
    {
        Name = "Attendance";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Present);
    }
}

public sealed class SupervisionSessionType : ObjectGraphType<SupervisionSession>
{
    public SupervisionSessionType()
    {
        Name = "SupervisionSession";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<SupervisionKindType>));
        Field(x => x.HeldOn);
        Field(x => x.Minutes);
        Field(x => x.SupervisorUserId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Supervisor);
        Field(x => x.Attendance, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceType>>>));
    }
}

public sealed class SupervisionSessionPayloadType : PayloadType<SupervisionSession, SupervisionSessionType>
{
    public SupervisionSessionPayloadType() : base("SupervisionSessionPayload", "session") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public sealed record AttendanceInput
{
    public Guid MentorId { get; init; }
    public bool Present { get; init; }
}

public sealed class AttendanceInputType : InputObjectGraphType<AttendanceInput>
{
    public AttendanceInputType()
    {
        Name = "AttendanceInput";
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Present);
    }
}

public sealed record RecordSupervisionInput
{
    public SupervisionKind Kind { get; init; }
    public DateOnly HeldOn { get; init; }
    public int Minutes { get; init; }
    public Guid SupervisorId { get; init; }
    public IReadOnlyList<AttendanceInput> Attendance { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

public sealed class RecordSupervisionInputType : InputObjectGraphType<RecordSupervisionInput>
{
    public RecordSupervisionInputType()
    {
        Name = "RecordSupervisionInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<SupervisionKindType>));
        Field(x => x.HeldOn);
        Field(x => x.Minutes).Description("How long the session lasted (1–480).");
        Field(x => x.SupervisorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A coordinator of this organisation.");
        Field(x => x.Attendance, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceInputType>>>))
            .Description("Every mentor expected, present or not; an individual session has one.");
        Field(x => x.IdempotencyKey, nullable: true).Description("The same key again answers with the session already recorded.");
    }
}

public sealed record AssignSupervisorInput : MentorCommandInput
{
    public Guid SupervisorId { get; init; }
}

public sealed class AssignSupervisorInputType : MentorCommandInputType<AssignSupervisorInput>
{
    public AssignSupervisorInputType() : base("AssignSupervisorInput") =>
        Field(x => x.SupervisorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A coordinator of this organisation.");
}

public static class SupervisionGraph
{
    private static readonly Role[] Staff = [Role.Coordinator, Role.OrgAdmin];

    /// <summary>A refresher is listed on the monitoring view from this many days before it expires.</summary>
    public const int RefresherSoonDays = 60;

    public static void AddSupervisionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorType>>>>("supervisionAttention")
            .Description("Approved and suspended mentors whose supervision is due soon or lapsed, or a refresher expired or expiring within 60 days; soonest due first.")
            .RequireRoles(Staff)
            .Resolve().WithServices<IQuerySession, MentorReadContext>()
            .ResolveAsync(async (ctx, session, read) =>
            {
                var policy = await read.PolicyAsync(ctx.CancellationToken);
                var catalogue = await read.CatalogueAsync(ctx.CancellationToken);
                var soon = read.Today.AddDays(RefresherSoonDays);
                var mentors = await session.Query<Mentor>().Where(m => m.Stage == MentorStage.Approved || m.Stage == MentorStage.Suspended).ToListAsync(ctx.CancellationToken);
                return (object?)mentors
                    .Select(m => (m, standing: SupervisionDecider.Standing(m, policy, read.Today)))
                    .Where(x => x.standing.State is SupervisionState.DueSoon or SupervisionState.Lapsed
                                || TrainingDecider.Refreshers(x.m, catalogue, read.Today).Any(r => r.ExpiresOn <= soon))
                    .OrderBy(x => x.standing.DueOn ?? DateOnly.MaxValue).ThenBy(x => x.m.Profile.Name).Select(x => x.m).ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupervisorType>>>>("supervisors")
            .Description("The organisation's active coordinators: who may supervise mentors.")
            .RequireRoles(Staff)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)(await session.Query<UserAccount>().ToListAsync(ctx.CancellationToken))
                .Where(u => u.IsActive && u.Roles.Contains(Role.Coordinator)).OrderBy(u => u.DisplayName).Select(u => new Supervisor(u.Id, u.DisplayName)).ToList());
    }

    public static void AddSupervisionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MentorPayloadType>>("assignSupervisor")
            .Description("Names the coordinator who supervises the mentor (SUPERVISOR_NOT_COORDINATOR for anyone else).")
            .Argument<NonNullGraphType<AssignSupervisorInputType>>("input")
            .RequireRoles(Staff)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<AssignSupervisorInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var written = await MentorMutations.Write(session, input.MentorId, input.ExpectedVersion, actor, async (m, _) =>
                    SupervisionDecider.Decide(new AssignSupervisor(input.SupervisorId, await CoordinatorAsync(session, input.SupervisorId, ctx.CancellationToken) is not null, actor), m),
                    ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<Mentor>.Ok(written.State!) : Payload<Mentor>.Refused(written.Errors));
            });

        mutation.Field<NonNullGraphType<SupervisionSessionPayloadType>>("recordSupervision")
            .Description("Records an individual or group supervision session once; each mentor present has it on their record.")
            .Argument<NonNullGraphType<RecordSupervisionInputType>>("input")
            .RequireRoles(Staff)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<RecordSupervisionInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var ct = ctx.CancellationToken;
                var id = StreamWrites.CreationId("supervision-session", input.IdempotencyKey);
                var supervisor = await CoordinatorAsync(session, input.SupervisorId, ct);
                var mentors = await AttendeesAsync(session, input.Attendance.Select(a => a.MentorId), ct);
                var command = new RecordSupervision(id, input.Kind, input.HeldOn, input.Minutes, supervisor is null ? null : (supervisor.Id, supervisor.DisplayName),
                    [.. input.Attendance.Select(a => new Attendance(a.MentorId, a.Present))], mentors, actor);
                var written = await SessionWrites.Create<SupervisionSession>(session, id, input.IdempotencyKey is { Length: > 0 },
                    s => SupervisionDecider.Decide(command, s), SupervisionDecider.Evolve, ct);
                return (object?)(written.Succeeded ? Payload<SupervisionSession>.Ok(written.State!) : Payload<SupervisionSession>.Refused(written.Errors));
            });
    }

    /// <summary>The user, when they are an active coordinator of the caller's organisation (the session is the tenant's).</summary>
    internal static async Task<UserAccount?> CoordinatorAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        await session.LoadAsync<UserAccount>(userId, ct) is { IsActive: true } user && user.Roles.Contains(Role.Coordinator) ? user : null;

    /// <summary>The listed mentors as this organisation knows them (another NGO's mentor is simply not found).</summary>
    internal static async Task<IReadOnlyDictionary<Guid, Mentor?>> AttendeesAsync(IQuerySession session, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var found = (await session.LoadManyAsync<Mentor>(ct, wanted)).ToDictionary(m => m.Id);
        return wanted.ToDictionary(id => id, id => found.GetValueOrDefault(id));
    }
}

/// <summary>
/// A session's write: its own stream is created (idempotently, by key) with the session's event, and the attendees' events
/// are appended to their own mentor streams in the same transaction, so every mentor's state folds from their stream alone.
/// </summary>
internal static class SessionWrites
{
    public static Task<WriteResult<TState>> Create<TState>(IDocumentSession session, Guid id, bool retryable, Func<TState?, Decision> decide,
        Func<TState?, object, TState?> evolve, CancellationToken ct) where TState : class
    {
        Decision? full = null;
        return StreamWrites.Create<TState>(session, id, retryable, s =>
        {
            full = decide(s);
            // The session's stream takes its own event; the mentors' events are staged below on theirs.
            return Task.FromResult(full.IsAccepted ? Decision.Accept(full.Events[0]) : full);
        }, evolve, ct, _ =>
        {
            foreach (var group in full!.Events.Skip(1).GroupBy(MentorOf))
                session.Events.Append(group.Key, [.. group]);
        });
    }

    private static Guid MentorOf(object e) => e switch
    {
        SupervisionSessionRecorded s => s.MentorId,
        TrainingModuleCompleted t => t.MentorId,
        _ => throw new InvalidOperationException($"A session does not write {e.GetType().Name} to a mentor."),
    };
}
