using Mentoring.Api.Hosting;

namespace Mentoring.Api.Mentors;

/// <summary>The public application form needs no account, so it is limited per client address.</summary>
public sealed class ApplicationRateLimiter(MentoringOptions options) : AddressRateLimiter(options.ApplicationsPerHour, TimeSpan.FromHours(1));
