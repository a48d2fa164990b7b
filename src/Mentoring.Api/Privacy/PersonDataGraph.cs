using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Users;

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

public sealed class PersonErasureType : ObjectGraphType<PersonErasure>
{
    public PersonErasureType()
    {
        Name = "PersonErasure";
        this.ReadableBy(Role.OrgAdmin);
        Field(x => x.Kind);
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Streams);
        Field(x => x.EventsMasked).Description("Events whose personal data was masked (dates, outcomes and counts stay).");
    }
}

public sealed class PersonExportPayloadType : PayloadType<PersonExport, PersonExportType>
{
    public PersonExportPayloadType() : base("PersonExportPayload", "export") { this.ReadableBy(Role.OrgAdmin); }
}

public sealed class PersonErasurePayloadType : PayloadType<PersonErasure, PersonErasureType>
{
    public PersonErasurePayloadType() : base("PersonErasurePayload", "erasure") { this.ReadableBy(Role.OrgAdmin); }
}

public static class PersonDataMutations
{
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
            .Description("Masks a client's or mentor's personal data in every event that names them; dates, outcomes and counts stay. The case must be closed (the mentor withdrawn). Cannot be undone. Recorded in the audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, clock, http) => (object?)await PersonData.Erase(ctx.GetArgument<Guid>("personId"), ctx.GetArgument<string>("reason"),
                Caller.From(http.HttpContext?.User)!, store, clock, ctx.CancellationToken));
    }
}
