using System.Security.Claims;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Domain.Common;
using Mentoring.Domain.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Mentoring.Api.Auth;

/// <summary>
/// Browser sessions kept on the server (<see cref="UserSession"/>): started at sign-in, checked on every request, ended
/// by sign-out, "sign out everywhere", a password change or reset, deactivation — on every node at once — and after an
/// absolute lifetime whatever the activity. A person sees their own live sessions and ends any of them.
/// </summary>
public static class UserSessions
{
    public const string SessionClaim = "sid";

    /// <summary>Starts a session for the account and sets its cookie.</summary>
    public static async Task<UserSession> StartAsync(HttpContext http, UserAccount user, CancellationToken ct)
    {
        var services = http.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var options = services.GetRequiredService<MentoringOptions>();
        var started = new UserSession
        {
            Id = Guid.CreateVersion7(), UserId = user.Id, TenantId = user.TenantId, CreatedAt = now, LastSeenAt = now,
            ExpiresAt = now + TimeSpan.FromHours(options.SessionHours), Client = ClientOf(http),
        };
        await using (var session = services.GetRequiredService<IDocumentStore>().LightweightSession(user.TenantId))
        {
            session.Store(started);
            await session.SaveChangesAsync(ct);
        }
        await SetCookieAsync(http, user, started);
        return started;
    }

    /// <summary>
    /// (Re)writes the cookie for a live session, e.g. with the new security stamp after a password change. Someone whose
    /// organisation requires a second factor they have not enrolled gets a session without roles: they can enrol, and
    /// nothing else, until they do.
    /// </summary>
    public static async Task SetCookieAsync(HttpContext http, UserAccount user, UserSession session)
    {
        await using var query = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession(user.TenantId);
        var mustEnrol = SecondFactorRules.MustEnrol(user, await SecondFactorGraph.PolicyAsync(query, http.RequestAborted));
        var principal = Caller.Principal(mustEnrol ? user with { Roles = [] } : user, user.TenantId, CookieAuthenticationDefaults.AuthenticationScheme, user.SecurityStamp);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaim, session.Id.ToString()));
        // The cookie slides with activity (the idle timeout); the session's absolute end is checked on the server.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { AllowRefresh = true });
    }

    public static Guid? SessionIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(SessionClaim)?.Value, out var id) ? id : null;

    /// <summary>The cookie's session is live and its stamp is the account's; refreshes the last-seen time now and then.</summary>
    public static async Task<bool> IsValidAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var caller = Caller.From(principal);
        var stamp = principal?.FindFirst(Caller.StampClaim)?.Value;
        if (caller is null || stamp is null || SessionIdOf(principal) is not { } sessionId) return false;
        var store = http.RequestServices.GetRequiredService<IDocumentStore>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var query = store.QuerySession(caller.TenantId);
        var batch = query.CreateBatchQuery();
        var userTask = batch.Load<UserAccount>(caller.UserId);
        var sessionTask = batch.Load<UserSession>(sessionId);
        var policyTask = batch.Load<SecurityPolicy>(SecurityPolicy.PolicyId);
        await batch.Execute(http.RequestAborted);
        var user = await userTask;
        var current = await sessionTask;
        if (user is not { IsActive: true } || user.SecurityStamp != stamp || current is null || current.UserId != user.Id || !current.IsLive(now)) return false;
        // A second factor required since this session began: its roles end; signing in again leads to enrolment.
        if (caller.Roles.Count > 0 && SecondFactorRules.MustEnrol(user, await policyTask ?? SecurityPolicy.Default)) return false;
        if (now - current.LastSeenAt >= UserSession.SeenPrecision)
        {
            await using var write = store.LightweightSession(caller.TenantId);
            write.Store(current with { LastSeenAt = now });
            await write.SaveChangesAsync(http.RequestAborted);
        }
        return true;
    }

    /// <summary>Ends sessions of one user in the given session (staged, saved by the caller): all, or all but one.</summary>
    public static async Task<int> EndAllAsync(IDocumentSession session, Guid userId, DateTimeOffset now, CancellationToken ct, Guid? except = null)
    {
        var live = await session.Query<UserSession>().Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now).ToListAsync(ct);
        var ended = live.Where(s => s.Id != except).ToList();
        foreach (var s in ended) session.Store(s with { EndedAt = now });
        return ended.Count;
    }

    private static string? ClientOf(HttpContext http)
    {
        string agent = http.Request.Headers.UserAgent.ToString();
        return agent.Length == 0 ? null : agent[..Math.Min(agent.Length, 200)];
    }

    public static void AddSessionQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserSessionType>>>>("mySessions")
            .Description("Your live browser sessions, newest first (API tokens: apiTokens).")
            .RequireSignIn()
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, session, http, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var now = clock.GetUtcNow();
                return (object?)await session.Query<UserSession>().Where(s => s.UserId == caller.UserId && s.EndedAt == null && s.ExpiresAt > now)
                    .OrderByDescending(s => s.CreatedAt).ToListAsync(ctx.CancellationToken);
            });

    public static void AddSessionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LogoutPayloadType>>("logout")
            .Description("Ends this browser session on every node and removes its cookie. (API tokens are revoked separately.)")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, store, http, clock) =>
            {
                if (Caller.From(http.HttpContext?.User) is { } caller && SessionIdOf(http.HttpContext?.User) is { } id)
                {
                    await using var session = store.LightweightSession(caller.TenantId);
                    if (await session.LoadAsync<UserSession>(id, ctx.CancellationToken) is { UserId: var owner } current && owner == caller.UserId)
                    {
                        session.Store(current with { EndedAt = clock.GetUtcNow() });
                        await session.SaveChangesAsync(ctx.CancellationToken);
                    }
                }
                await http.HttpContext!.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return (object?)true;
            });

        mutation.Field<NonNullGraphType<SessionsEndedPayloadType>>("signOutEverywhere")
            .Description("Ends every browser session of yours, this one included (API tokens stay until revoked).")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, session, http, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var ended = await EndAllAsync(session, caller.UserId, clock.GetUtcNow(), ctx.CancellationToken);
                await session.SaveChangesAsync(ctx.CancellationToken);
                await http.HttpContext!.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return (object?)new SessionsEnded(ended, []);
            });

        mutation.Field<NonNullGraphType<SessionsEndedPayloadType>>("endSession")
            .Description("Ends one of your sessions (e.g. a browser left signed in elsewhere).")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .RequireSignIn()
            .Resolve().WithServices<IDocumentSession, IHttpContextAccessor, TimeProvider>()
            .ResolveAsync(async (ctx, session, http, clock) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var now = clock.GetUtcNow();
                var target = await session.LoadAsync<UserSession>(ctx.GetArgument<Guid>("sessionId"), ctx.CancellationToken);
                if (target is null || target.UserId != caller.UserId || !target.IsLive(now))
                    return (object?)new SessionsEnded(0, [new UserError(ErrorCodes.NotFound, "No such session.", "sessionId")]);
                session.Store(target with { EndedAt = now });
                await session.SaveChangesAsync(ctx.CancellationToken);
                return new SessionsEnded(1, []);
            });
    }
}

public sealed record SessionsEnded(int Ended, IReadOnlyList<UserError> Errors);

public sealed class SessionsEndedPayloadType : ObjectGraphType<SessionsEnded>
{
    public SessionsEndedPayloadType()
    {
        Name = "SessionsEndedPayload";
        this.ReadableBySignedIn();
        Field(x => x.Ended).Description("How many sessions ended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}

public sealed class UserSessionType : ObjectGraphType<UserSession>
{
    public UserSessionType()
    {
        Name = "UserSession";
        Description = "One of your browser sessions.";
        this.ReadableBySignedIn();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CreatedAt).Description("When you signed in.");
        Field(x => x.LastSeenAt).Description("Last request (to within five minutes).");
        Field(x => x.ExpiresAt).Description("When it ends by itself, however active.");
        Field(x => x.Client, nullable: true).Description("The browser, as it names itself.");
        Field<NonNullGraphType<BooleanGraphType>>("current").Description("The session of this request.")
            .Resolve().WithService<IHttpContextAccessor>()
            .Resolve((ctx, http) => UserSessions.SessionIdOf(http.HttpContext?.User) == ctx.Source.Id);
    }
}
