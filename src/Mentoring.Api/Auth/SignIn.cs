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
    /// <summary>For an account with a second factor: the app's current code, or one of the recovery codes.</summary>
    public string? Code { get; init; }
}

public sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field(x => x.Email);
        Field(x => x.Password);
        Field(x => x.Code, nullable: true).Description("With a second factor: the authenticator app's code or a recovery code (SECOND_FACTOR_REQUIRED asks for it).");
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
            .Description("Signs in with e-mail and password and starts a session (cookie). The answer is the same for an unknown address, a wrong password and an address that must wait after repeated failures.")
            .Argument<NonNullGraphType<LoginInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, IPasswordHasher<UserAccount>, TimeProvider, IHttpContextAccessor, SignInRateLimiter>()
            .ResolveAsync(async (ctx, store, hasher, clock, http, limiter) =>
            {
                if (!await limiter.TryAcquireAsync(http.HttpContext!, ctx.CancellationToken))
                    return (object?)Payload<UserAccount>.Refused("RATE_LIMITED", "Too many sign-in attempts from this address. Wait a few minutes and try again.");
                var factors = ctx.RequestServices!.GetRequiredService<SecondFactors>();
                var payload = await Login(ctx.GetArgument<LoginInput>("input"), store, hasher, clock, factors, ctx.CancellationToken);
                if (payload.Item is { } user) await UserSessions.StartAsync(http.HttpContext!, user, ctx.CancellationToken);
                return (object?)payload;
            });

        mutation.AddSessionMutations();
        mutation.AddCreateApiToken();
        mutation.AddRevokeApiToken();
    }

    /// <summary>
    /// Checks e-mail and password with the same answer and the same work whatever the case: unknown address, wrong
    /// password, deactivated or invited-only account, or an address that must still wait after repeated failures (the
    /// wait doubles per failure, per address, whether or not an account has it — a delay nobody can turn into a lock).
    /// </summary>
    public static async Task<Payload<UserAccount>> Login(LoginInput input, IDocumentStore store, IPasswordHasher<UserAccount> hasher,
        TimeProvider clock, SecondFactors factors, CancellationToken ct)
    {
        var checks = new Checks()
            .Require(Text.IsEmail(input.Email?.Trim()), ErrorCodes.Validation, "Enter your e-mail address.", "email")
            .Require(!string.IsNullOrEmpty(input.Password) && input.Password.Length <= 256, ErrorCodes.Validation, "Enter your password.", "password");
        if (checks.Failed) return Payload<UserAccount>.Refused(checks.Errors);

        var email = Text.NormaliseEmail(input.Email!);
        var now = clock.GetUtcNow();
        var throttleId = Secrets.Hash("signin:" + email);
        UserAccount? user;
        SignInThrottle? throttle;
        await using (var directory = store.QuerySession())
            user = await directory.Query<UserAccount>().FirstOrDefaultAsync(u => u.AnyTenant() && u.Email == email, ct);
        await using (var platform = store.QuerySession(Domain.Organisations.RegisterOrganisationDecider.PlatformTenant))
            throttle = await platform.LoadAsync<SignInThrottle>(throttleId, ct);

        // One password check on every path, so that no path answers faster than another.
        var waiting = SignInThrottling.Waiting(throttle, now);
        var candidate = !waiting && user is { IsActive: true } ? user : null;
        var verdict = hasher.VerifyHashedPassword(candidate!, candidate?.PasswordHash ?? DummyHash, input.Password!);
        var passwordRight = candidate is not null && verdict != PasswordVerificationResult.Failed;
        // With a second factor on, the right password alone signs nobody in: it asks for the code (only now, so the
        // question itself says nothing to someone who does not know the password).
        var missingCode = passwordRight && candidate!.SecondFactorEnabledAt is not null && string.IsNullOrWhiteSpace(input.Code);
        var checkedAccount = passwordRight && candidate!.SecondFactorEnabledAt is not null && !missingCode ? factors.Verify(candidate, input.Code) : candidate;
        var succeeded = passwordRight && !missingCode && checkedAccount is not null;

        await using (var platform = store.LightweightSession(Domain.Organisations.RegisterOrganisationDecider.PlatformTenant))
        {
            // Written on every attempt: a failure counts, a success clears it (a waiting address counts no further).
            if (succeeded) platform.Delete<SignInThrottle>(throttleId);
            else if (waiting) platform.Store(throttle!);
            else if (!missingCode) platform.Store(SignInThrottling.Failed(throttle, throttleId, now));
            await platform.SaveChangesAsync(ct);
        }
        if (missingCode) return Payload<UserAccount>.Refused(SecondFactorRules.Required, "Enter the code from your authenticator app.", "code");
        if (passwordRight && checkedAccount is null) return Payload<UserAccount>.Refused(SecondFactorRules.Invalid, "That code is not right.", "code");
        if (!succeeded) return InvalidCredentials;

        var updated = checkedAccount! with { LastSignInAt = now };
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) updated = updated with { PasswordHash = hasher.HashPassword(updated, input.Password!) };
        await using var session = store.LightweightSession(updated.TenantId);
        session.Update(updated);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Payload<UserAccount>.Refused(ErrorCodes.ConcurrencyConflict, "Another sign-in is in progress. Try again.");
        }
        return Payload<UserAccount>.Ok(updated);
    }

    private static readonly Payload<UserAccount> InvalidCredentials =
        Payload<UserAccount>.Refused(ErrorCodes.InvalidCredentials, "The e-mail or password is wrong.");

}
