using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Organisations;

public sealed class OrganisationKindType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindType() => Name = "OrganisationKind";
}

public sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        this.ReadableByAnyone();
        Description = "One of Latvia's 43 local governments.";
        Field(x => x.Code).Description("Stable code used in inputs, e.g. \"riga\" or \"ogre-novads\".");
        Field(x => x.Name).Description("Official Latvian name.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<MunicipalityKind>>));
    }
}

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        Name = "Organisation";
        this.ReadableByAnyone();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Kind, type: typeof(NonNullGraphType<OrganisationKindType>));
        Field<MunicipalityType>("municipality").Description("For a municipality: which one.")
            .Resolve(ctx => Municipalities.Find(ctx.Source.MunicipalityCode));
        Field(x => x.RegistrationNumber, nullable: true);
        Field(x => x.RegisteredAt);
        // The rule stays in the domain (AccountRules): the app offers exactly these, so it never has to guess them.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Users.RoleType>>>>("assignableRoles")
            .Description("The roles a member of this organisation can be given: those its kind allows (an NGO: OrgAdmin, Coordinator, Mentor, " +
                         "Auditor; a municipality: OrgAdmin, MunicipalityViewer; a prison or probation office: OrgAdmin; the platform: " +
                         "PlatformAdmin, Auditor). Asked by a platform admin about another organisation: OrgAdmin only, the one role they give there.")
            .Resolve().WithService<IHttpContextAccessor>()
            .Resolve((ctx, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User);
                var roles = caller is null
                    ? Roles.AllowedFor(ctx.Source.Kind)
                    : AccountRules.Grantable(caller.Roles, ctx.Source.Id == caller.OrganisationId, ctx.Source.Kind);
                return roles.Order().ToList();
            });
    }
}

public static class OrganisationQueries
{
    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Description("Reference data: Latvia's 43 municipalities.")
            .AllowAnonymous()
            .Resolve(_ => Municipalities.All);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("Platform admins see every organisation; others see their own and the municipalities, prisons and probation offices.")
            .Argument<OrganisationKindType>("kind")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var kind = ctx.GetArgument<OrganisationKind?>("kind");
                await using var registry = store.QuerySession(RegisterOrganisationDecider.PlatformTenant);
                var all = await registry.Query<Organisation>().OrderBy(o => o.Name).ToListAsync(ctx.CancellationToken);
                return all.Where(o => kind is null || o.Kind == kind)
                    .Where(o => caller.Has(Role.PlatformAdmin) || o.Id == caller.OrganisationId
                                || o.Kind is OrganisationKind.Municipality or OrganisationKind.Prison or OrganisationKind.Probation)
                    .ToList();
            });
    }
}
