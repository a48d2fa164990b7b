using System.Security.Cryptography;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Audit;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Audit;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using QRCoder;

namespace Mentoring.Api.Auth;

/// <summary>
/// A second factor for staff: TOTP codes (RFC 6238, 30-second steps, one step of clock drift either way, each step
/// good once) and ten one-time recovery codes. Secrets are kept protected with the data-protection keys; codes are
/// checked on the injected clock, never the machine's.
/// </summary>
public sealed class SecondFactors(IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Issuer = "Mentoring";
    private readonly IDataProtector _protector = protection.CreateProtector("Mentoring.SecondFactor.v1");

    public string NewSecret() => _protector.Protect(Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20)));

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>The otpauth:// address an authenticator app reads from the QR code.</summary>
    public static string Uri(string email, string secret) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={secret}&issuer={Issuer}&digits=6&period=30";

    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>The matched time step of a valid, unused TOTP code for this (protected) secret; null otherwise.</summary>
    public long? Step(string protectedSecret, string? code, long lastStep)
    {
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit)) return null;
        var totp = new Totp(Base32Encoding.ToBytes(Reveal(protectedSecret)));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)) && step > lastStep ? step : null;
    }

    /// <summary>
    /// Checks a code — TOTP, or a recovery code (used up) — for an enrolled account; returns the account as it must be
    /// stored afterwards, or null when the code is wrong.
    /// </summary>
    public UserAccount? Verify(UserAccount user, string? code)
    {
        if (user.SecondFactorSecret is not { } secret) return null;
        if (Step(secret, code?.Trim(), user.LastSecondFactorStep) is { } step) return user with { LastSecondFactorStep = step };
        var hash = Secrets.Hash(NormaliseRecovery(code));
        return user.RecoveryCodeHashes.Contains(hash) ? user with { RecoveryCodeHashes = user.RecoveryCodeHashes.Where(h => h != hash).ToList() } : null;
    }

    public static IReadOnlyList<string> NewRecoveryCodes() =>
        Enumerable.Range(0, SecondFactorRules.RecoveryCodes)
            .Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))).Select(h => $"{h[..5]}-{h[5..]}").ToList();

    public static string NormaliseRecovery(string? code) => (code ?? "").Trim().ToLowerInvariant();
}

public sealed record SecondFactorEnrolment(string Secret, string OtpauthUri, string QrSvg);

public sealed record SecondFactorEnabled(UserAccount User, IReadOnlyList<string> RecoveryCodes);

public sealed class SecondFactorEnrolmentType : ObjectGraphType<SecondFactorEnrolment>
{
    public SecondFactorEnrolmentType()
    {
        Name = "SecondFactorEnrolment";
        Description = "Scan the QR code (or type the secret) into an authenticator app, then confirm with a code.";
        this.RequireSignInWithoutRole();
        Field(x => x.Secret).Description("Base32, for typing in by hand.");
        Field(x => x.OtpauthUri);
        Field(x => x.QrSvg).Description("The otpauth address as an SVG QR code.");
    }
}

public sealed class SecondFactorEnabledType : ObjectGraphType<SecondFactorEnabled>
{
    public SecondFactorEnabledType()
    {
        Name = "SecondFactorEnabled";
        this.RequireSignInWithoutRole();
        Field(x => x.User, type: typeof(NonNullGraphType<Users.UserType>));
        Field(x => x.RecoveryCodes).Description("Shown once: each lets you sign in once without the app. Keep them somewhere safe.");
    }
}

public sealed class SecondFactorEnrolmentPayloadType : PayloadType<SecondFactorEnrolment, SecondFactorEnrolmentType>
{
    public SecondFactorEnrolmentPayloadType() : base("SecondFactorEnrolmentPayload", "enrolment") { this.RequireSignInWithoutRole(); }
}

public sealed class SecondFactorEnabledPayloadType : PayloadType<SecondFactorEnabled, SecondFactorEnabledType>
{
    public SecondFactorEnabledPayloadType() : base("SecondFactorEnabledPayload", "enabled") { this.RequireSignInWithoutRole(); }
}

public sealed class SecurityPolicyType : ObjectGraphType<SecurityPolicy>
{
    public SecurityPolicyType()
    {
        Name = "SecurityPolicy";
        this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin);
        Field(x => x.RequireSecondFactor).Description("Admins, coordinators and auditors must sign in with a second factor: from the change on, the sessions of those without one hold no role, and they enrol when they sign in again.");
    }
}

public sealed class SecurityPolicyPayloadType : PayloadType<SecurityPolicy, SecurityPolicyType>
{
    public SecurityPolicyPayloadType() : base("SecurityPolicyPayload", "policy") { this.ReadableBy(Role.PlatformAdmin, Role.OrgAdmin); }
}

public static class SecondFactorGraph
{
    public static async Task<SecurityPolicy> PolicyAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<SecurityPolicy>(SecurityPolicy.PolicyId, ct) ?? SecurityPolicy.Default;

    public static void AddSecondFactorQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<SecurityPolicyType>>("securityPolicy")
            .Description("Your organisation's security policy.")
            .RequireRoles(Role.OrgAdmin, Role.PlatformAdmin)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await PolicyAsync(session, ctx.CancellationToken));

    public static void AddSecondFactorMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SecondFactorEnrolmentPayloadType>>("beginSecondFactorEnrolment")
            .Description("Starts (or restarts) enrolling an authenticator app: a new secret, shown once, confirmed with confirmSecondFactorEnrolment.")
            .RequireSignInWithoutRole()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, SecondFactors>()
            .ResolveAsync(async (ctx, session, http, factors) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken);
                if (user is null) return (object?)Payload<SecondFactorEnrolment>.Refused(ErrorCodes.NotFound, "No such account.");
                var secret = factors.NewSecret();
                session.Update(user with { PendingSecondFactorSecret = secret });
                await session.SaveChangesAsync(ctx.CancellationToken);
                var plain = factors.Reveal(secret);
                var uri = SecondFactors.Uri(user.Email, plain);
                return Payload<SecondFactorEnrolment>.Ok(new SecondFactorEnrolment(plain, uri, SecondFactors.QrSvg(uri)));
            });

        mutation.Field<NonNullGraphType<SecondFactorEnabledPayloadType>>("confirmSecondFactorEnrolment")
            .Description("Confirms enrolment with a code from the app; answers the recovery codes (shown once). A session waiting for enrolment gets its roles.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .RequireSignInWithoutRole()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, SecondFactors, TimeProvider>()
            .ResolveAsync(async (ctx, session, http, factors, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken);
                if (user?.PendingSecondFactorSecret is not { } pending)
                    return (object?)Payload<SecondFactorEnabled>.Refused(SecondFactorRules.NotEnrolling, "Start the enrolment first.", "code");
                if (factors.Step(pending, ctx.GetArgument<string>("code")?.Trim(), 0) is not { } step)
                    return Payload<SecondFactorEnabled>.Refused(SecondFactorRules.Invalid, "That code is not right. Check the app's clock and try the next code.", "code");
                var codes = SecondFactors.NewRecoveryCodes();
                var enabled = user with
                {
                    SecondFactorSecret = pending, PendingSecondFactorSecret = null, SecondFactorEnabledAt = clock.GetUtcNow(), LastSecondFactorStep = step,
                    RecoveryCodeHashes = codes.Select(c => Secrets.Hash(c)).ToList(),
                };
                session.Update(enabled);
                await session.SaveChangesAsync(ctx.CancellationToken);
                // A session that waited for enrolment now carries the person's roles.
                if (UserSessions.SessionIdOf(http.HttpContext?.User) is { } id && await session.LoadAsync<UserSession>(id, ctx.CancellationToken) is { } live)
                    await UserSessions.SetCookieAsync(http.HttpContext!, enabled with { TenantId = caller.TenantId }, live);
                return Payload<SecondFactorEnabled>.Ok(new SecondFactorEnabled(enabled, codes));
            });

        mutation.Field<NonNullGraphType<Users.MyAccountPayloadType>>("disableSecondFactor")
            .Description("Turns your second factor off (a current code is required); refused with SECOND_FACTOR_ENFORCED where your organisation requires it.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, SecondFactors>()
            .ResolveAsync(async (ctx, session, http, factors) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var user = await session.LoadAsync<UserAccount>(caller.UserId, ctx.CancellationToken);
                if (user?.SecondFactorEnabledAt is null) return (object?)Payload<UserAccount>.Refused(SecondFactorRules.NotEnrolling, "No second factor is on.", "code");
                if (SecondFactorRules.RequiredFor(user, await PolicyAsync(session, ctx.CancellationToken)))
                    return Payload<UserAccount>.Refused(SecondFactorRules.Enforced, "Your organisation requires a second factor.", "code");
                if (factors.Verify(user, ctx.GetArgument<string>("code")) is null)
                    return Payload<UserAccount>.Refused(SecondFactorRules.Invalid, "That code is not right.", "code");
                var off = user with { SecondFactorSecret = null, SecondFactorEnabledAt = null, RecoveryCodeHashes = [], LastSecondFactorStep = 0 };
                session.Update(off);
                await session.SaveChangesAsync(ctx.CancellationToken);
                return Payload<UserAccount>.Ok(off);
            });

        mutation.Field<NonNullGraphType<SecurityPolicyPayloadType>>("updateSecurityPolicy")
            .Description("Requires (or stops requiring) a second factor of the organisation's admins, coordinators and auditors; recorded in the audit trail.")
            .Argument<NonNullGraphType<BooleanGraphType>>("requireSecondFactor")
            .RequireRoles(Role.OrgAdmin, Role.PlatformAdmin)
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, session, http, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var policy = (await PolicyAsync(session, ctx.CancellationToken)) with { RequireSecondFactor = ctx.GetArgument<bool>("requireSecondFactor") };
                session.Store(policy);
                session.Insert(AuditLog.Entry(caller, AuditAction.SecurityPolicyChanged, "organisation", caller.OrganisationId,
                    AuditPurposes.SecondFactor(policy.RequireSecondFactor), clock) with { Via = "updateSecurityPolicy" });
                await session.SaveChangesAsync(ctx.CancellationToken);
                return (object?)Payload<SecurityPolicy>.Ok(policy);
            });
    }
}
