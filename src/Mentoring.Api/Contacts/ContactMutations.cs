using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contacts;

public sealed record ContactInput
{
    public Guid MatchId { get; init; }
    public string IdempotencyKey { get; init; } = "";
    public DateTimeOffset HappenedAt { get; init; }
    public int DurationMinutes { get; init; }
    public ContactMode Mode { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<NeedDomain> Topics { get; init; } = [];
    public IReadOnlyList<Guid> GoalsProgressed { get; init; } = [];
    public string? PrivateNote { get; init; }
    public Concern Concern { get; init; }
    public Guid? ContactId { get; init; }
    public string? Reason { get; init; }

    public ContactDetails Details() => new(HappenedAt, DurationMinutes, Mode, Place, Topics, GoalsProgressed, PrivateNote, Concern);
}

public class LogContactInputType : InputObjectGraphType<ContactInput>
{
    public LogContactInputType() : this("LogContactInput", correction: false) { }

    protected LogContactInputType(string name, bool correction)
    {
        Name = name;
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        if (correction)
        {
            Field(x => x.ContactId, type: typeof(NonNullGraphType<IdGraphType>));
            Field(x => x.Reason).Description("What the correction fixes.");
        }
        else
        {
            Field(x => x.IdempotencyKey).Description("Generated on the phone once per meeting; a retry or an offline re-send with it logs nothing new.");
        }
        Field(x => x.HappenedAt);
        Field(x => x.DurationMinutes).Description("1 to 600.");
        Field(x => x.Mode, type: typeof(NonNullGraphType<ContactModeType>));
        Field(x => x.Place, nullable: true);
        Field(x => x.Topics, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>));
        Field(x => x.GoalsProgressed, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
        Field(x => x.PrivateNote, nullable: true);
        Field(x => x.Concern, type: typeof(NonNullGraphType<ConcernType>));
    }
}

public sealed class CorrectContactInputType : LogContactInputType
{
    public CorrectContactInputType() : base("CorrectContactInput", correction: true) { }
}

public sealed record ContactResult(Match Match, ContactRecord Contact);

public sealed class ContactResultType : ObjectGraphType<ContactResult>
{
    public ContactResultType()
    {
        Name = "ContactResult";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Contact, type: typeof(NonNullGraphType<ContactType>));
        Field<NonNullGraphType<LongGraphType>>("matchVersion").Resolve(c => c.Source.Match.Version);
    }
}

public sealed class ContactPayloadType : PayloadType<ContactResult, ContactResultType>
{
    public ContactPayloadType() : base("ContactPayload", "result") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly(); }
}

public static class ContactMutations
{
    private static readonly Role[] Loggers = [Role.Mentor, Role.Coordinator, Role.OrgAdmin];
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddContactMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ContactPayloadType>>("logContact")
            .Description("Logs a meeting. The same idempotencyKey again returns the first result and appends nothing.")
            .Argument<NonNullGraphType<LogContactInputType>>("input")
            .RequireRoles(Loggers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await LogAsync(
                ctx.GetArgument<ContactInput>("input"), Caller.From(http.HttpContext?.User)!, session, clock, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ContactPayloadType>>("correctContact")
            .Description("Records a corrected version of a contact; every earlier version is kept.")
            .Argument<NonNullGraphType<CorrectContactInputType>>("input")
            .RequireRoles(Loggers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<ContactInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var coordinator = IsCoordinator(http);
                return (object?)await Write(session, Caller.From(http.HttpContext?.User)!, input.MatchId, input.ContactId!.Value, Loggers,
                    (m, c) => ContactDecider.Decide(new CorrectContact(input.ContactId.Value, input.Details(), input.Reason ?? "", coordinator, actor), m, c), null, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ContactPayloadType>>("retractContact")
            .Description("Retracts a contact logged by mistake; it stays in the history, marked retracted, and no longer counts.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId").Argument<NonNullGraphType<IdGraphType>>("contactId").Argument<NonNullGraphType<StringGraphType>>("reason")
            .RequireRoles(Loggers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var contactId = ctx.GetArgument<Guid>("contactId");
                var actor = MentorMutations.ActorOf(http, clock);
                var coordinator = IsCoordinator(http);
                return (object?)await Write(session, Caller.From(http.HttpContext?.User)!, ctx.GetArgument<Guid>("matchId"), contactId, Loggers,
                    (m, c) => ContactDecider.Decide(new RetractContact(contactId, ctx.GetArgument<string>("reason"), coordinator, actor), m, c), null, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ContactPayloadType>>("commentOnContact")
            .Description("Coordinator feedback shown to the mentor beside the contact: supervision where the log is.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId").Argument<NonNullGraphType<IdGraphType>>("contactId").Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IdGraphType>("commentId", "Client-generated, so that a retry comments once.")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var contactId = ctx.GetArgument<Guid>("contactId");
                var actor = MentorMutations.ActorOf(http, clock);
                var commentId = ctx.GetArgument<Guid?>("commentId") ?? Guid.CreateVersion7();
                return (object?)await Write(session, Caller.From(http.HttpContext?.User)!, ctx.GetArgument<Guid>("matchId"), contactId, Coordinators,
                    (m, c) => ContactDecider.Decide(new CommentOnContact(commentId, contactId, ctx.GetArgument<string>("text"), actor), m, c), null, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ContactPayloadType>>("acknowledgeConcern")
            .Description("A coordinator takes up an urgent concern; it leaves the desk's alert list.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId").Argument<NonNullGraphType<IdGraphType>>("contactId").Argument<StringGraphType>("note")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var contactId = ctx.GetArgument<Guid>("contactId");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await Write(session, Caller.From(http.HttpContext?.User)!, ctx.GetArgument<Guid>("matchId"), contactId, Coordinators,
                    (m, c) => ContactDecider.Decide(new AcknowledgeConcern(contactId, ctx.GetArgument<string?>("note"), actor), m, c), null, ctx.CancellationToken);
            });
    }

    public static async Task<Payload<ContactResult>> LogAsync(ContactInput input, Caller caller, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (!Text.HasLength(input.IdempotencyKey, 8, 100))
            return Payload<ContactResult>.Refused(ErrorCodes.Validation, "Send an idempotency key of 8 to 100 characters.", "idempotencyKey");
        var contactId = DeterministicId.From("contact", $"{input.MatchId}:{input.IdempotencyKey}");
        var actor = new Actor(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        var alerted = input.Concern == Concern.Urgent
            ? (await session.Query<UserAccount>().ToListAsync(ct)).Where(u => u.Roles.Contains(Role.Coordinator) && u.IsActive).ToList()
            : [];
        var staff = caller.IsCaseWorker;
        // The client's consent lives on their case; the decider, reached only after the access check, applies it.
        return await Write(session, caller, input.MatchId, contactId, Loggers,
            async (m, c, s) => ContactDecider.Decide(new LogContact(contactId, input.Details(), actor,
                await s.LoadAsync<Domain.Clients.Client>(m.ClientId, ct) is { IsFrozen: true }, ByCoordinator: staff), m, c),
            (c, s) => Alert(c, alerted, input.MatchId, contactId, s, actor.At), ct);
    }

    private static bool IsCoordinator(IHttpContextAccessor http) =>
        Caller.From(http.HttpContext?.User) is { } caller && caller.IsCaseWorker;

    private static Task<Payload<ContactResult>> Write(IDocumentSession session, Caller caller, Guid matchId, Guid contactId, Role[] roles,
        Func<Match, ContactRecord?, Decision> decide, Action<ContactRecord?, IDocumentSession>? alsoStage, CancellationToken ct) =>
        Write(session, caller, matchId, contactId, roles, (m, c, _) => Task.FromResult(decide(m, c)), alsoStage, ct);

    /// <summary>
    /// Appends to the match stream at its current version, reading it once per attempt: the access check and the facts
    /// the decision needs come from the state fetched for writing and from the one contact's document in the contact log
    /// (kept in step with the stream, so the stream's version check covers it too), and the answer is that contact folded
    /// with the new events. A concurrent append (the phone's offline queue syncing several meetings at once) is retried,
    /// and the idempotent decision makes a retry of the same contact a no-op.
    /// </summary>
    private static async Task<Payload<ContactResult>> Write(IDocumentSession session, Caller caller, Guid matchId, Guid contactId, Role[] roles,
        Func<Match, ContactRecord?, IQuerySession, Task<Decision>> decide, Action<ContactRecord?, IDocumentSession>? alsoStage, CancellationToken ct)
    {
        var store = session.DocumentStore;
        for (var attempt = 0; ; attempt++)
        {
            await using var attemptSession = store.LightweightSession(session.TenantId);
            ContactRecord? contact = null;
            Decision? decision = null;
            var written = await StreamWrites.Handle<Match>(attemptSession, matchId, null,
                async m =>
                {
                    if (m is null || !await MayAct(attemptSession, caller, m, roles, ct)) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
                    contact = await attemptSession.LoadAsync<ContactRecord>(contactId, ct);
                    return decision = await decide(m, contact, attemptSession);
                },
                MatchDecider.Evolve, ct, _ => alsoStage?.Invoke(contact, attemptSession));
            var result = written.Result;
            if (result.Errors.Any(e => e.Code == ErrorCodes.ConcurrencyConflict) && attempt < 4) continue;
            if (!result.Succeeded) return Payload<ContactResult>.Refused(result.Errors);
            var after = decision!.Events.Aggregate(contact, ContactLog.Evolve);
            return after is null ? Payload<ContactResult>.Refused(ErrorCodes.NotFound, "No such contact.", "contactId") : Payload<ContactResult>.Ok(new ContactResult(written.State!, after));
        }
    }

    /// <summary>Coordinators act on every match of their NGO; a mentor only on their own (another's is "not found").</summary>
    public static async Task<bool> MayAct(IQuerySession session, Caller caller, Match match, Role[] roles, CancellationToken ct)
    {
        if (caller.IsCaseWorker && roles.Any(r => r is Role.Coordinator or Role.OrgAdmin)) return true;
        if (!caller.Has(Role.Mentor) || !roles.Contains(Role.Mentor)) return false;
        var user = await session.LoadAsync<UserAccount>(caller.UserId, ct);
        return user?.MentorId == match.MentorId;
    }

    /// <summary>
    /// An urgent concern reaches every coordinator of the NGO at once: the alert goes into the outbox in the same
    /// transaction as the contact (keys derived from the contact), and the outbox hands it to Hangfire after the commit.
    /// A retried log of the same contact (<paramref name="logged"/> before this write) records nothing.
    /// </summary>
    private static void Alert(ContactRecord? logged, IReadOnlyList<UserAccount> coordinators, Guid matchId, Guid contactId, IDocumentSession session, DateTimeOffset now)
    {
        if (logged is not null) return;
        foreach (var coordinator in coordinators)
            Outbox.Stage(session, Mail.UrgentConcern(contactId, matchId, coordinator), now);
    }
}
