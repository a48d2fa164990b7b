namespace Mentoring.Api.Hosting;

/// <summary>
/// A limit per client address, for what anyone may try without an account: a burst from one place is refused with
/// RATE_LIMITED before anything is written. The address is the client's as forwarded headers from a configured proxy
/// give it (an IPv6 client counts as its /64, <see cref="ClientAddress"/>), and the count is shared by every node
/// through PostgreSQL (<see cref="RateLimitCounters"/>).
/// </summary>
public abstract class AddressRateLimiter(RateLimitCounters counters, string name, int permits, TimeSpan window)
{
    public Task<bool> TryAcquireAsync(HttpContext http, CancellationToken ct) =>
        counters.TryAcquireAsync($"{name}:{ClientAddress.Key(http)}", permits, window, ct);

}

/// <summary>Sign-in attempts per address (on top of the per-address wait after failures): guessing across many accounts is slowed too.</summary>
public sealed class SignInRateLimiter(RateLimitCounters counters, MentoringOptions options)
    : AddressRateLimiter(counters, "sign-in", options.SignInAttemptsPer10Minutes, TimeSpan.FromMinutes(10));
