using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Services;

public sealed record AddService(Guid ServiceId, ServiceDetails Details, Actor Actor);

/// <summary>Changes an own entry, or corrects a platform entry (<paramref name="Platform"/>: the entry as the platform has it) in the caller's NGO.</summary>
public sealed record EditService(Guid ServiceId, ServiceDetails Details, ServiceEntry? Platform, Actor Actor);

/// <summary>Hides (or shows again) an own entry or, in the caller's NGO only, a platform entry.</summary>
public sealed record SetServiceHidden(Guid ServiceId, bool Hidden, string? Reason, ServiceEntry? Platform, Actor Actor);
