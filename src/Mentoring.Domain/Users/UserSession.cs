using System.Diagnostics.CodeAnalysis;
using Marten.Metadata;

namespace Mentoring.Domain.Users;

/// <summary>
/// One signed-in browser session, kept on the server: the cookie carries only its id, so ending it here (sign-out,
/// "sign out everywhere", a password change, deactivation) ends it on every node at the next request. It also ends
/// on its own after an absolute lifetime, however active it stays.
/// </summary>
public sealed record UserSession : ITenanted
{
    [AllowNull] public string TenantId { get; set; } = "";
    public required Guid Id { get; init; }
    public required Guid UserId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>Browser and system as the user agent names them (shortened), so a person recognises their own sessions.</summary>
    public string? Client { get; init; }

    public bool IsLive(DateTimeOffset now) => EndedAt is null && ExpiresAt > now;

    /// <summary>Last-seen times are kept to this precision: a session is not rewritten on every request.</summary>
    public static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Failed sign-ins counted per e-mail address — whether or not an account has it — so the answer and the work are the
/// same for a known, an unknown and a throttled address. Each failure beyond the free ones doubles the wait before the
/// next attempt is even checked (a delay, never a lock another person can set off for hours). Kept in the platform
/// tenant, keyed by a hash of the address, never the address itself.
/// </summary>
public sealed record SignInThrottle
{
    public required string Id { get; init; }
    public int Failures { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset LastFailureAt { get; init; }
}

public static class SignInThrottling
{
    public const int FreeFailures = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);
    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    public static bool Waiting(SignInThrottle? throttle, DateTimeOffset now) => throttle?.NextAttemptAt is { } next && next > now;

    public static SignInThrottle Failed(SignInThrottle? throttle, string id, DateTimeOffset now)
    {
        var failures = throttle is null || now - throttle.LastFailureAt > Memory ? 1 : throttle.Failures + 1;
        var delay = failures <= FreeFailures ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, failures - FreeFailures)));
        return new SignInThrottle { Id = id, Failures = failures, LastFailureAt = now, NextAttemptAt = delay > TimeSpan.Zero ? now + delay : null };
    }
}
