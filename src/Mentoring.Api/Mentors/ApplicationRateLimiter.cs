using Mentoring.Api.Hosting;

namespace Mentoring.Api.Mentors;

/// <summary>The public application form needs no account, so it is limited per client address.</summary>
public sealed class ApplicationRateLimiter(RateLimitCounters counters, MentoringOptions options)
    : AddressRateLimiter(counters, "application", options.ApplicationsPerHour, TimeSpan.FromHours(1));
