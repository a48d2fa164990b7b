using System.Threading.RateLimiting;
using Mentoring.Api.Hosting;

namespace Mentoring.Api.Mentors;

/// <summary>
/// The public application form needs no account, so it is limited per client address: a burst of applications
/// from one place is refused with RATE_LIMITED before anything is written.
/// </summary>
public sealed class ApplicationRateLimiter(MentoringOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.ApplicationsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0,
        }));

    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
