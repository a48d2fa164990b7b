using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Api.Users;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Mentoring.Api.Auth;

public sealed record LoginInput
{
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
}

public sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field(x => x.Email);
        Field(x => x.Password);
    }
}

public sealed class LoginPayloadType : PayloadType<UserAccount, UserType>
{
    public LoginPayloadType() : base("LoginPayload", "user") { this.ReadableByAnyone(); }
}

public sealed class LogoutPayloadType : ObjectGraphType<bool>
{
    public LogoutPayloadType()
    {
        Name = "LogoutPayload";
        this.ReadableByAnyone();
        Field<NonNullGraphType<BooleanGraphType>>("ok").Resolve(ctx => ctx.Source);
    }
}

public static class SignIn
{
    // Verified against when the e-mail is unknown, so that a wrong e-mail and a wrong password take equally long.
    private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(null!, "not-a-real-password-0000");

    public static void AddSignInQueries(this ObjectGraphType query)
    {
        query.AddApiTokenQueries();
        query.Field<UserType>("me")
            .Description("The signed-in user, or null.")
            .AllowAnonymous()
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
                Caller.From(http.HttpContext?.User) is { } caller
                    ? await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken)
                    : null);
    }

    public static void AddSignInMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LoginPayloadType>>("login")
            .Description("Signs in with e-mail and password and sets the session cookie. Five wrong passwords lock the account for 15 minutes.")
            .Argument<NonNullGraphType<LoginInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, IPasswordHasher<UserAccount>, TimeProvider, IHttpContextAccessor, SignInRateLimiter>()
            .ResolveAsync(async (ctx, store, hasher, clock, http, limiter) =>
            {
                if (!limiter.TryAcquire(http.HttpContext!))
                    return (object?)Payload<UserAccount>.Refused("RATE_LIMITED", "Too many sign-in attempts from this address. Wait a few minutes and try again.");
                var payload = await Login(ctx.GetArgument<LoginInput>("input"), store, hasher, clock, ctx.CancellationToken);
                if (payload.Item is { } user) await IssueCookie(http.HttpContext!, user);
                return (object?)payload;
            });

        mutation.Field<NonNullGraphType<LogoutPayloadType>>("logout")
            .Description("Ends the cookie session. (API tokens are revoked separately.)")
            .AllowAnonymous()
            .Resolve().WithService<IHttpContextAccessor>()
            .ResolveAsync(async (_, http) =>
            {
                await http.HttpContext!.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return (object?)true;
            });

        mutation.AddCreateApiToken();
        mutation.AddRevokeApiToken();
    }

    public static async Task<Payload<UserAccount>> Login(LoginInput input, IDocumentStore store, IPasswordHasher<UserAccount> hasher,
        TimeProvider clock, CancellationToken ct)
    {
        var checks = new Checks()
            .Require(Text.IsEmail(input.Email?.Trim()), ErrorCodes.Validation, "Enter your e-mail address.", "email")
            .Require(!string.IsNullOrEmpty(input.Password) && input.Password.Length <= 256, ErrorCodes.Validation, "Enter your password.", "password");
        if (checks.Failed) return Payload<UserAccount>.Refused(checks.Errors);

        var email = Text.NormaliseEmail(input.Email!);
        var now = clock.GetUtcNow();
        UserAccount? user;
        await using (var directory = store.QuerySession())
            user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Email == email, ct);

        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash, input.Password!);
            return InvalidCredentials;
        }
        if (SignInRules.IsLockedOut(user, now)) return LockedOut(user);

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, input.Password!);
        var succeeded = verdict != PasswordVerificationResult.Failed;
        var updated = succeeded ? SignInRules.Succeeded(user, now) : SignInRules.Failed(user, now);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) updated = updated with { PasswordHash = hasher.HashPassword(user, input.Password!) };

        await using var session = store.LightweightSession(user.TenantId);
        session.Update(updated);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            // Another sign-in attempt for this account landed first; refuse rather than lose its failure count.
            return Payload<UserAccount>.Refused(ErrorCodes.ConcurrencyConflict, "Another sign-in is in progress. Try again.");
        }
        if (!succeeded) return SignInRules.IsLockedOut(updated, now) ? LockedOut(updated) : InvalidCredentials;
        return Payload<UserAccount>.Ok(updated);
    }

    public static Task IssueCookie(HttpContext http, UserAccount user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Caller.Principal(user, user.TenantId, CookieAuthenticationDefaults.AuthenticationScheme, user.SecurityStamp));

    private static readonly Payload<UserAccount> InvalidCredentials =
        Payload<UserAccount>.Refused(ErrorCodes.InvalidCredentials, "The e-mail or password is wrong.");

    private static Payload<UserAccount> LockedOut(UserAccount user) =>
        Payload<UserAccount>.Refused(ErrorCodes.LockedOut, $"Too many wrong passwords. Try again after {user.LockedOutUntil:yyyy-MM-dd HH:mm} UTC.");
}
