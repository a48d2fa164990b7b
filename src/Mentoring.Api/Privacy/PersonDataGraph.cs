using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Privacy;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Erasure;

namespace Mentoring.Api.Privacy;

public sealed class PersonExportType : ObjectGraphType<PersonExport>
{
    public PersonExportType()
    {
        Name = "PersonExport";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Kind).Description("client or mentor");
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Streams).Description("Event streams that name the person.");
        Field(x => x.Events);
        Field(x => x.Json).Description("Everything stored about the person, as JSON.");
    }
}

public sealed class ErasureStepType : EnumerationGraphType<ErasureStep> { public ErasureStepType() => Name = "ErasureStep"; }
public sealed class ErasureStatusType : EnumerationGraphType<ErasureStatus> { public ErasureStatusType() => Name = "ErasureStatus"; }
public sealed class ErasureSourceType : EnumerationGraphType<ErasureSource> { public ErasureSourceType() => Name = "ErasureSource"; }

public sealed class ErasureStepStateType : ObjectGraphType<ErasureStepDone>
{
    public ErasureStepStateType()
    {
        Name = "ErasureStepDone";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Step, type: typeof(NonNullGraphType<ErasureStepType>));
        Field(x => x.Count).Description("How many things the step changed: events, messages, documents or jobs.");
        Field(x => x.At);
    }
}

/// <summary>One erasure and how far it got: ids, steps and dates only (the reason is in the audit trail).</summary>
public sealed class PersonErasureType : ObjectGraphType<ErasureRequest>
{
    public PersonErasureType()
    {
        Name = "PersonErasure";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind).Description("client or mentor");
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ErasureStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Source, type: typeof(NonNullGraphType<ErasureSourceType>)).Description("ADMIN: a data subject's request; RETENTION: a retention rule; REGISTER: re-applied after a restore.");
        Field(x => x.RequestedAt);
        Field(x => x.CompletedAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErasureStepStateType>>>>("steps").Description("The steps done, in order.").Resolve(ctx => ctx.Source.Done);
        Field<NonNullGraphType<IntGraphType>>("stepCount").Description("How many steps an erasure takes.").Resolve(_ => ErasureRequest.Steps.Count);
        Field<ErasureStepType>("failedStep").Description("Where the last attempt stopped, while it is taken up again.").Resolve(ctx => ctx.Source.FailedStep);
        Field(x => x.FailedAt, nullable: true);
        Field<NonNullGraphType<IntGraphType>>("streams").Description("The person's own event streams (the case or profile, matches, application).")
            .Resolve(ctx => ctx.Source.Streams.Count);
        Field<NonNullGraphType<IntGraphType>>("messages").Description("Messages that name the person: unsent ones cancelled, all masked.")
            .Resolve(ctx => ctx.Source.Messages.Count);
        Field<NonNullGraphType<IntGraphType>>("eventsMasked").Description("Events whose personal data was masked (dates, outcomes and counts stay).")
            .Resolve(ctx => ctx.Source.CountOf(ErasureStep.Events));
    }
}

public sealed class PersonErasureConnectionType : ConnectionType<ErasureRequest, PersonErasureType>
{
    public PersonErasureConnectionType() : base("PersonErasureConnection", Role.OrgAdmin) { }
}

public sealed class PersonExportPayloadType : PayloadType<PersonExport, PersonExportType>
{
    public PersonExportPayloadType() : base("PersonExportPayload", "export") { this.ReadableBy(Role.OrgAdmin); }
}

public sealed class PersonErasurePayloadType : PayloadType<ErasureRequest, PersonErasureType>
{
    public PersonErasurePayloadType() : base("PersonErasurePayload", "erasure") { this.ReadableBy(Role.OrgAdmin); }
}

public static class PersonDataMutations
{
    public static void AddPersonDataQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<PersonErasureConnectionType>>("erasures")
            .Description("The organisation's erasures, newest first, with how far each got: an administrator's, the retention rules', and any re-applied after a restore.")
            .Argument<IdGraphType>("personId", "Only this person's erasure.")
            .Argument<ErasureStatusType>("status")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 50).")
            .Argument<StringGraphType>("after")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var first = Math.Clamp(ctx.GetArgument("first", 50), 1, 100);
                var offset = Cursor.Decode("erasures", ctx.GetArgument<string?>("after"));
                var person = ctx.GetArgument<Guid?>("personId");
                var q = session.Query<ErasureRequest>().Where(r => person == null || r.PersonId == person);
                q = ctx.GetArgument<ErasureStatus?>("status") switch
                {
                    ErasureStatus.Completed => q.Where(r => r.CompletedAt != null),
                    ErasureStatus.Failing => q.Where(r => r.CompletedAt == null && r.FailedStep != null),
                    ErasureStatus.InProgress => q.Where(r => r.CompletedAt == null && r.FailedStep == null && r.Done.Any()),
                    ErasureStatus.Requested => q.Where(r => r.CompletedAt == null && r.FailedStep == null && !r.Done.Any()),
                    _ => q,
                };
                var total = await q.CountAsync(ctx.CancellationToken);
                var nodes = await q.OrderByDescending(r => r.RequestedAt).Skip(offset).Take(first).ToListAsync(ctx.CancellationToken);
                return (object?)Connection<ErasureRequest>.Page(nodes, total, "erasures", offset);
            });

    public static void AddPersonDataMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PersonExportPayloadType>>("exportPersonData")
            .Description("Everything stored about one client or mentor, as JSON (a data-subject access request). Recorded in the audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<StringGraphType>("purpose", "E.g. the request's reference.")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, clock, http) => (object?)await PersonData.Export(ctx.GetArgument<Guid>("personId"), ctx.GetArgument<string?>("purpose"),
                Caller.From(http.HttpContext?.User)!, store, clock, ctx.CancellationToken));

        mutation.Field<NonNullGraphType<PersonErasurePayloadType>>("erasePersonData")
            .Description("Masks a client's or mentor's personal data in every event, read model and message that names them, cancels mail not yet sent to or about them, and keeps the erasure in the register a restore re-applies; dates, outcomes and counts stay. The case must be closed (the mentor withdrawn or rejected). Recorded first and run as a resumable job: the answer says how far it got, and asking again for the same person answers with the same erasure. Cannot be undone. Recorded in the audit trail. Refused: NOT_FOUND, ERASURE_NOT_ALLOWED, VALIDATION.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentStore, ErasureJob, TimeProvider, IHttpContextAccessor, ILogger<PersonErasureType>>()
            .ResolveAsync(async (ctx, store, job, clock, http, log) => (object?)await PersonData.Erase(ctx.GetArgument<Guid>("personId"), ctx.GetArgument<string>("reason"),
                Caller.From(http.HttpContext?.User)!, store, job, clock, log, ctx.CancellationToken));
    }
}
