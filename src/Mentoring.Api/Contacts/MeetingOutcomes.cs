using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Contacts;

public sealed class AccompanimentResultType : EnumerationGraphType<AccompanimentResult> { public AccompanimentResultType() => Name = "AccompanimentResult"; }
public sealed class AttemptOutcomeType : EnumerationGraphType<AttemptOutcome> { public AttemptOutcomeType() => Name = "AttemptOutcome"; }

/// <summary>An institution the mentor went to with the person, as the phone sends it with a meeting.</summary>
public sealed record AccompanimentInput
{
    public Institution Institution { get; init; }
    public HelpKind? Help { get; init; }
    public AccompanimentResult Result { get; init; }
    public RefusalReason? RefusalReason { get; init; }
    public string? Note { get; init; }

    public AccompanimentDetails Details() => new(Institution, Help, Result, Result == AccompanimentResult.Refused ? RefusalReason : null, Note);
}

public sealed class AccompanimentInputType : InputObjectGraphType<AccompanimentInput>
{
    public AccompanimentInputType()
    {
        Name = "AccompanimentInput";
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(HelpKindType)).Description("The help asked for; required when it was refused.");
        Field(x => x.Result, type: typeof(NonNullGraphType<AccompanimentResultType>));
        Field(x => x.RefusalReason, type: typeof(RefusalReasonType)).Description("Required when REFUSED; ignored otherwise.");
        Field(x => x.Note, nullable: true).Description("For a refusal: what was said (required for reason OTHER).");
    }
}

public sealed class AccompanimentType : ObjectGraphType<Accompaniment>
{
    public AccompanimentType()
    {
        Name = "Accompaniment";
        Description = "The mentor went with the person to an institution, logged with a meeting. Case data: the NGO's coordinators and admins.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.ContactId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The meeting it was logged with.");
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(HelpKindType));
        Field(x => x.Result, type: typeof(NonNullGraphType<AccompanimentResultType>));
        Field(x => x.On);
        Field(x => x.RefusalId, type: typeof(IdGraphType)).Description("For REFUSED: the refusal recorded with it.");
        Field(x => x.Retracted).Description("The meeting was retracted: it no longer counts.");
    }
}

public sealed record ContactAttemptInput
{
    public Guid MatchId { get; init; }
    public string IdempotencyKey { get; init; } = "";
    public DateTimeOffset AttemptedAt { get; init; }
    public AttemptOutcome Outcome { get; init; }
    public string? Note { get; init; }
}

public sealed class ContactAttemptInputType : InputObjectGraphType<ContactAttemptInput>
{
    public ContactAttemptInputType()
    {
        Name = "ContactAttemptInput";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.IdempotencyKey).Description("Generated on the phone once per attempt; a re-send with it logs nothing new.");
        Field(x => x.AttemptedAt);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<AttemptOutcomeType>));
        Field(x => x.Note, nullable: true).Description("Up to 1000 characters.");
    }
}

public sealed class ContactAttemptType : ObjectGraphType<ContactAttemptRecord>
{
    public ContactAttemptType()
    {
        Name = "ContactAttempt";
        Description = "A failed attempt to meet: no answer, did not come, or unreachable.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AttemptedAt);
        Field(x => x.Outcome, type: typeof(NonNullGraphType<AttemptOutcomeType>));
        Field(x => x.Note, nullable: true);
        Field(x => x.By, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed record ContactAttemptResult(Match Match, ContactAttemptRecord Attempt);

public sealed class ContactAttemptResultType : ObjectGraphType<ContactAttemptResult>
{
    public ContactAttemptResultType()
    {
        Name = "ContactAttemptResult";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Attempt, type: typeof(NonNullGraphType<ContactAttemptType>));
        Field<NonNullGraphType<LongGraphType>>("matchVersion").Resolve(c => c.Source.Match.Version);
    }
}

public sealed class ContactAttemptPayloadType : PayloadType<ContactAttemptResult, ContactAttemptResultType>
{
    public ContactAttemptPayloadType() : base("ContactAttemptPayload", "result") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly(); }
}

/// <summary>Failed attempts to meet: logged from the phone (offline too), read on the match log.</summary>
public static class ContactAttemptsGraph
{
    private static readonly Role[] Loggers = [Role.Mentor, Role.Coordinator, Role.OrgAdmin];
    /// <summary>The match log lists this many latest attempts.</summary>
    public const int Latest = 20;

    public static void AddContactAttemptMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ContactAttemptPayloadType>>("recordContactAttempt")
            .Description("Logs a failed attempt to meet (NO_ANSWER, DID_NOT_COME, UNREACHABLE). The coordinator sees it; repeated attempts escalate. " +
                         "The same idempotencyKey again returns the first result and appends nothing.")
            .Argument<NonNullGraphType<ContactAttemptInputType>>("input")
            .RequireRoles(Loggers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await RecordAsync(
                ctx.GetArgument<ContactAttemptInput>("input"), Caller.From(http.HttpContext?.User)!, session, clock, ctx.CancellationToken));

    public static void AddContactAttemptQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactAttemptType>>>>("contactAttempts")
            .Description($"A match's failed attempts to meet, newest first (the latest {Latest}). A mentor reads only their own matches.")
            .Argument<NonNullGraphType<IdGraphType>>("matchId")
            .RequireRoles(Loggers)
            .WithComplexityImpact(1, Latest)
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var match = await session.LoadAsync<Match>(ctx.GetArgument<Guid>("matchId"), ctx.CancellationToken);
                if (match is null || !await ContactMutations.MayAct(session, Caller.From(http.HttpContext?.User)!, match, Loggers, ctx.CancellationToken))
                    return (object?)Array.Empty<ContactAttemptRecord>();
                return await session.Query<ContactAttemptRecord>().Where(a => a.MatchId == match.Id)
                    .OrderByDescending(a => a.AttemptedAt).Take(Latest).ToListAsync(ctx.CancellationToken);
            });

    public static async Task<Payload<ContactAttemptResult>> RecordAsync(ContactAttemptInput input, Caller caller, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (!Text.HasLength(input.IdempotencyKey, 8, 100))
            return Payload<ContactAttemptResult>.Refused(ErrorCodes.Validation, "Send an idempotency key of 8 to 100 characters.", "idempotencyKey");
        var attemptId = DeterministicId.From("contact-attempt", $"{input.MatchId}:{input.IdempotencyKey}");
        var actor = new Actor(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        ContactAttemptRecord? existing = null;
        Decision? decision = null;
        var written = await StreamWrites.Handle<Match>(session, input.MatchId, ContactMutations.ConflictRetries,
            async (s, m) =>
            {
                if (m is null || !await ContactMutations.MayAct(s, caller, m, Loggers, ct)) return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
                existing = await s.LoadAsync<ContactAttemptRecord>(attemptId, ct);
                var frozen = await s.LoadAsync<Client>(m.ClientId, ct) is { IsFrozen: true };
                return decision = ContactAttempts.Decide(new RecordContactAttempt(attemptId, input.AttemptedAt, input.Outcome, input.Note, actor, frozen), m, existing);
            },
            MatchDecider.Evolve, ct);
        if (!written.Succeeded) return Payload<ContactAttemptResult>.Refused(written.Errors);
        var attempt = decision!.Events.OfType<ContactAttempted>().Select(ContactAttemptRecord.Create).FirstOrDefault() ?? existing;
        return attempt is null
            ? Payload<ContactAttemptResult>.Refused(ErrorCodes.NotFound, "No such attempt.", "idempotencyKey")
            : Payload<ContactAttemptResult>.Ok(new ContactAttemptResult(written.State!, attempt));
    }
}
