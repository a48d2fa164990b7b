using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Auth;

public sealed record CreateApiTokenInput
{
    public string Name { get; init; } = "";
    public int? ExpiresInDays { get; init; }
}

/// <summary>The stored token and its secret, which exists only in this response.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);

public sealed class CreateApiTokenInputType : InputObjectGraphType<CreateApiTokenInput>
{
    public CreateApiTokenInputType()
    {
        Name = "CreateApiTokenInput";
        Field(x => x.Name).Description("What the token is for, e.g. \"reporting script\".");
        Field(x => x.ExpiresInDays, nullable: true).Description("1 to 365 days; default 90.");
    }
}

public sealed class ApiTokenType : ObjectGraphType<ApiToken>
{
    public ApiTokenType()
    {
        Name = "ApiToken";
        this.ReadableBySignedIn();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.CreatedAt);
        Field(x => x.ExpiresAt, nullable: true);
        Field(x => x.RevokedAt, nullable: true);
    }
}

public sealed class CreatedApiTokenType : ObjectGraphType<CreatedApiToken>
{
    public CreatedApiTokenType()
    {
        Name = "CreatedApiToken";
        this.ReadableBySignedIn();
        Field(x => x.Token, type: typeof(NonNullGraphType<ApiTokenType>));
        Field(x => x.Secret).Description("Send as \"Authorization: Bearer <secret>\". Shown once; only its hash is stored.");
    }
}

public sealed class CreateApiTokenPayloadType : PayloadType<CreatedApiToken, CreatedApiTokenType>
{
    public CreateApiTokenPayloadType() : base("CreateApiTokenPayload", "apiToken") { this.ReadableBySignedIn(); }
}

public sealed class RevokeApiTokenPayloadType : PayloadType<ApiToken, ApiTokenType>
{
    public RevokeApiTokenPayloadType() : base("RevokeApiTokenPayload", "apiToken") { this.ReadableBySignedIn(); }
}

public static class CreateApiToken
{
    public const int DefaultDays = 90;

    public static void AddApiTokenQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenType>>>>("apiTokens")
            .Description("The signed-in user's own API tokens (never their secrets).")
            .RequireSignIn()
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                return (object)await session.Query<ApiToken>().Where(t => t.UserId == caller.UserId)
                    .OrderByDescending(t => t.CreatedAt).ToListAsync(ctx.CancellationToken);
            });

    public static void AddRevokeApiToken(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RevokeApiTokenPayloadType>>("revokeApiToken")
            .Description("Stops one of your API tokens from working, at once.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var token = await session.LoadAsync<ApiToken>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                // Someone else's token is "not found": its existence is not disclosed.
                if (token is null || token.UserId != caller.UserId) return (object?)Payload<ApiToken>.Refused(ErrorCodes.NotFound, "No such token.", "id");
                if (token.RevokedAt is not null) return Payload<ApiToken>.Ok(token);
                var revoked = token with { RevokedAt = clock.GetUtcNow() };
                session.Update(revoked);
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<ApiToken>.Ok(revoked);
            });

    public static void AddCreateApiToken(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateApiTokenPayloadType>>("createApiToken")
            .Description("A personal API token acting as the signed-in user, with the same roles.")
            .Argument<NonNullGraphType<CreateApiTokenInputType>>("input")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Handle(
                ctx.GetArgument<CreateApiTokenInput>("input"), Caller.From(http.HttpContext?.User)!, session, clock, ctx.CancellationToken));

    public static async Task<Payload<CreatedApiToken>> Handle(CreateApiTokenInput input, Caller caller, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var days = input.ExpiresInDays ?? DefaultDays;
        var checks = new Checks()
            .Require(Text.HasLength(input.Name, 1, 100), ErrorCodes.Validation, "Name the token (1 to 100 characters).", "name")
            .Require(days is >= 1 and <= 365, ErrorCodes.Validation, "A token expires after 1 to 365 days.", "expiresInDays");
        if (checks.Failed) return Payload<CreatedApiToken>.Refused(checks.Errors);

        var now = clock.GetUtcNow();
        var secret = Secrets.New(ApiTokenAuthenticationHandler.TokenPrefix);
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(), UserId = caller.UserId, Name = input.Name.Trim(), SecretHash = Secrets.Hash(secret),
            CreatedAt = now, ExpiresAt = now.AddDays(days), TenantId = caller.TenantId,
        };
        session.Insert(token);
        await session.SaveChangesAsync(ct);
        return Payload<CreatedApiToken>.Ok(new CreatedApiToken(token, secret));
    }
}
