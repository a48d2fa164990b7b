using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using JasperFx.Events;
using Marten.Events;
using Mentoring.Domain.Clients;
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
    /// <summary>Logging only: documents of the checklist the person obtained at the meeting.</summary>
    public IReadOnlyList<Domain.Clients.DocumentKind>? DocumentsObtained { get; init; }
    /// <summary>Logging only: institutions the mentor went to with the person, with the result.</summary>
    public IReadOnlyList<AccompanimentInput>? Accompaniments { get; init; }

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
            Field(x => x.DocumentsObtained, type: typeof(ListGraphType<NonNullGraphType<Clients.DocumentKindType>>))
                .Description("Documents of the checklist obtained at the meeting (recorded on its day unless already ticked).");
            Field(x => x.Accompaniments, type: typeof(ListGraphType<NonNullGraphType<AccompanimentInputType>>))
                .Description("Institutions the mentor went to with the person; a REFUSED result records a refusal (with its reason) on the case.");
        }
        Field(x => x.HappenedAt);
        Field(x => x.DurationMinutes).Description("1 to 600.");
        Field(x => x.Mode, type: typeof(NonNullGraphType<ContactModeType>));
        Field(x => x.Place, nullable: true);
        Field(x => x.Topics, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>));
        Field(x => x.GoalsProgressed, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("Goals of the plan the meeting moved on; a goal not started yet becomes IN_PROGRESS.");
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
            .Description("Retracts a contact logged by mistake; it stays in the history, marked retracted, and no longer counts (nor do its accompaniments).")
            .Argument<NonNullGraphType<IdGraphType>>("matchId").Argument<NonNullGraphType<IdGraphType>>("contactId").Argument<NonNullGraphType<StringGraphType>>("reason")
            .RequireRoles(Loggers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await RetractAsync(ctx.GetArgument<Guid>("matchId"), ctx.GetArgument<Guid>("contactId"),
                ctx.GetArgument<string>("reason"), Caller.From(http.HttpContext?.User)!, session, clock, ctx.CancellationToken));

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
        // Optional on the wire: an older phone's queued meeting sends neither.
        var outcomes = new RecordMeetingOutcomes(contactId, RigaCalendar.Day(input.HappenedAt), input.GoalsProgressed, input.DocumentsObtained ?? [],
            (input.Accompaniments ?? []).Select(a => a.Details()).ToList(), actor);
        IEventStream<Client>? caseStream = null;
        Decision? onCase = null;
        // The client's consent lives on their case; the decider, reached only after the access check, applies it. What the
        // meeting moved on the case is appended to the client's stream in the same transaction, at the version read here.
        return await Write(session, caller, input.MatchId, contactId, Loggers,
            async (m, c, s) =>
            {
                onCase = null;
                caseStream = outcomes.IsEmpty ? null : await s.Events.FetchForWriting<Client>(m.ClientId, ct);
                var client = caseStream is null ? await s.LoadAsync<Client>(m.ClientId, ct) : caseStream.Aggregate;
                var logged = ContactDecider.Decide(new LogContact(contactId, input.Details(), actor, client is { IsFrozen: true }, ByCoordinator: staff), m, c);
                // Refused, or a retry of a meeting already logged (its case side was recorded with it): nothing for the case.
                if (!logged.IsAccepted || logged.Events.Count == 0 || caseStream is null) return logged;
                onCase = ClientDecider.Decide(outcomes, client);
                return onCase.IsAccepted ? logged : onCase;
            },
            (c, s) =>
            {
                Alert(c, alerted, input.MatchId, contactId, s, actor.At);
                if (onCase is { Events.Count: > 0 }) caseStream!.AppendMany(onCase.Events.ToArray());
            }, ct);
    }

    /// <summary>Retracts a contact; the accompaniments logged with it are retracted on the case in the same transaction.</summary>
    public static async Task<Payload<ContactResult>> RetractAsync(Guid matchId, Guid contactId, string reason, Caller caller, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var actor = new Actor(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        IEventStream<Client>? caseStream = null;
        Decision? onCase = null;
        return await Write(session, caller, matchId, contactId, Loggers,
            async (m, c, s) =>
            {
                onCase = null;
                var retracted = ContactDecider.Decide(new RetractContact(contactId, reason, caller.IsCaseWorker, actor), m, c);
                if (!retracted.IsAccepted || await s.LoadAsync<Client>(m.ClientId, ct) is not { } client
                    || !client.Accompaniments.Any(a => a.ContactId == contactId && !a.Retracted)) return retracted;
                caseStream = await s.Events.FetchForWriting<Client>(m.ClientId, ct);
                onCase = ClientDecider.Decide(new RetractMeetingOutcomes(contactId, reason, actor), caseStream.Aggregate);
                return retracted;
            },
            (_, _) =>
            {
                if (onCase is { Events.Count: > 0 }) caseStream!.AppendMany(onCase.Events.ToArray());
            }, ct);
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
    /// with the new events. A concurrent append (the phone's offline queue syncing several meetings at once) is retried
    /// by the write path, and the idempotent decision makes a retry of the same contact a no-op.
    /// </summary>
    private static async Task<Payload<ContactResult>> Write(IDocumentSession session, Caller caller, Guid matchId, Guid contactId, Role[] roles,
        Func<Match, ContactRecord?, IDocumentSession, Task<Decision>> decide, Action<ContactRecord?, IDocumentSession>? alsoStage, CancellationToken ct)
    {
        ContactRecord? contact = null;
        Decision? decision = null;
        var written = await StreamWrites.Handle<Match>(session, matchId, ConflictRetries,
            async (s, m) =>
            {
                if (m is null || !await MayAct(s, caller, m, roles, ct)) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
                contact = await s.LoadAsync<ContactRecord>(contactId, ct);
                return decision = await decide(m, contact, s);
            },
            MatchDecider.Evolve, ct, (s, _) => alsoStage?.Invoke(contact, s));
        var result = written.Result;
        if (!result.Succeeded) return Payload<ContactResult>.Refused(result.Errors);
        var after = decision!.Events.Aggregate(contact, ContactLog.Evolve);
        return after is null ? Payload<ContactResult>.Refused(ErrorCodes.NotFound, "No such contact.", "contactId") : Payload<ContactResult>.Ok(new ContactResult(written.State!, after));
    }

    /// <summary>How many times a write to a match stream is tried again after a concurrent append.</summary>
    public const int ConflictRetries = 4;

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
