using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Users;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType() => Name = "Role";
}

public enum UserStatus { Invited, Active, Deactivated }

public sealed class UserStatusType : EnumerationGraphType<UserStatus>
{
    public UserStatusType() => Name = "UserStatus";
}

public sealed class LanguageType : EnumerationGraphType<Language>
{
    public LanguageType() => Name = "Language";
}

public sealed class UserType : ObjectGraphType<UserAccount>
{
    public UserType()
    {
        Name = "User";
        this.ReadableByAnyone();
        Description = "A person who signs in: staff of an organisation, or a mentor.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Email);
        Field(x => x.DisplayName);
        Field(x => x.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>));
        Field(x => x.Language, type: typeof(NonNullGraphType<LanguageType>));
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("May sign in: invitation accepted and not deactivated.")
            .Resolve(ctx => ctx.Source.IsActive);
        Field<NonNullGraphType<UserStatusType>>("status").Description("INVITED until the invitation is accepted (or withdrawn), ACTIVE, DEACTIVATED.")
            .Resolve(ctx => ctx.Source.DeactivatedAt is not null ? UserStatus.Deactivated : ctx.Source.IsPending ? UserStatus.Invited : UserStatus.Active);
        Field(x => x.InvitationExpiresAt, nullable: true).Description("For an invitation: until when its e-mailed link works.");
        Field(x => x.DeactivatedAt, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.LastSignInAt, nullable: true);
        Field<Mentors.MentorStatusType>("mentorStanding")
            .Description("For a mentor's account: APPROVED while they may act as a mentor; SUSPENDED, LAPSED or WITHDRAWN while their mentor access is paused. Null for other accounts. Also answered by login, so the app knows at once.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((ctx, related) => ctx.Source.MentorId is { } mentorId ? related.MentorStandings.Load((ctx.Source.TenantId, mentorId)) : null);
        Field<NonNullGraphType<BooleanGraphType>>("secondFactorEnabled").Resolve(ctx => ctx.Source.SecondFactorEnabledAt is not null);
        Field<NonNullGraphType<BooleanGraphType>>("secondFactorRequired").Description("The organisation requires a second factor of this account's roles.")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((ctx, related) => related.SecurityPolicies.Load(ctx.Source.TenantId)
                .Then(policy => SecondFactorRules.RequiredFor(ctx.Source, policy ?? SecurityPolicy.Default)));
        Field<OrganisationType>("organisation")
            .Resolve().WithService<RelatedDocuments>()
            .Resolve((ctx, related) => related.Organisations.Load(ctx.Source.OrganisationId));
    }
}

public static class UserQueries
{
    public static void AddUserQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserType>>>>("users")
            .Description("The users of the caller's organisation; platform admins may name another organisation.")
            .Argument<IdGraphType>("organisationId")
            .RequireRoles(Role.OrgAdmin, Role.PlatformAdmin)
            .Resolve().WithServices<IDocumentStore, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var tenant = caller.TenantId;
                if (ctx.GetArgument<Guid?>("organisationId") is { } orgId && orgId != caller.OrganisationId)
                {
                    if (!caller.Has(Role.PlatformAdmin)) return Array.Empty<UserAccount>();
                    var org = await store.OrganisationAsync(orgId, ctx.CancellationToken);
                    if (org is null) return Array.Empty<UserAccount>();
                    tenant = org.TenantId;
                }
                await using var session = store.QuerySession(tenant);
                return (object)await session.Query<UserAccount>().OrderBy(u => u.DisplayName).ToListAsync(ctx.CancellationToken);
            });
}
