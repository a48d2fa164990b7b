using System.Threading.RateLimiting;

namespace Mentoring.Api.Hosting;

/// <summary>
/// A fixed-window limit per client address, for what anyone may try without an account: a burst from one place is
/// refused with RATE_LIMITED before anything is looked up or written.
/// </summary>
public abstract class AddressRateLimiter(int permits, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0,
        }));

    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Sign-in attempts per address (on top of the per-account lockout): guessing across many accounts is slowed too.</summary>
public sealed class SignInRateLimiter(MentoringOptions options) : AddressRateLimiter(options.SignInAttemptsPer10Minutes, TimeSpan.FromMinutes(10));
