namespace Mentoring.Domain.Services;

/// <summary>An NGO added a service of its own to its directory.</summary>
public sealed record ServiceAdded(Guid ServiceId, ServiceDetails Details, Guid By, DateTimeOffset At);

/// <summary>
/// An NGO's first correction of a platform entry opens the stream that holds its corrections (in that NGO only); the
/// entry's municipality is kept so the NGO's directory finds the correction by municipality.
/// </summary>
public sealed record PlatformServiceCorrectionOpened(Guid ServiceId, string PlatformId, string? Municipality, Guid By, DateTimeOffset At);

/// <summary>New details (opening hours, phone, ...) for an own entry, or in place of a platform entry's in this NGO.</summary>
public sealed record ServiceDetailsChanged(Guid ServiceId, ServiceDetails Details, Guid By, DateTimeOffset At);

/// <summary>Hidden from mentors' lists (closed, moved, no longer helpful); kept, so it can be shown again.</summary>
public sealed record ServiceHidden(Guid ServiceId, string? Reason, Guid By, DateTimeOffset At);

public sealed record ServiceShown(Guid ServiceId, Guid By, DateTimeOffset At);
