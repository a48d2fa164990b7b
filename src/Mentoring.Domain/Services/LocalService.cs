using Mentoring.Domain.Common;

namespace Mentoring.Domain.Services;

/// <summary>
/// An NGO's own directory entry, or its correction of a platform entry (<see cref="PlatformId"/>): one stream each, in
/// the NGO's tenant, so no other NGO ever sees it. A correction without <see cref="Details"/> only hides or shows the
/// platform's entry.
/// </summary>
public sealed record LocalService(Guid Id, string? PlatformId, string? Municipality, ServiceDetails? Details, bool Hidden, string? HiddenReason,
    DateTimeOffset ChangedAt) : IVersioned
{
    public long Version { get; set; }

    public static LocalService Create(ServiceAdded e) => new(e.ServiceId, null, e.Details.Municipality, e.Details, false, null, e.At);
    public static LocalService Create(PlatformServiceCorrectionOpened e) => new(e.ServiceId, e.PlatformId, e.Municipality, null, false, null, e.At);

    public LocalService Apply(ServiceDetailsChanged e) =>
        this with { Details = e.Details, Municipality = PlatformId is null ? e.Details.Municipality : Municipality, ChangedAt = e.At };
    public LocalService Apply(ServiceHidden e) => this with { Hidden = true, HiddenReason = e.Reason, ChangedAt = e.At };
    public LocalService Apply(ServiceShown e) => this with { Hidden = false, HiddenReason = null, ChangedAt = e.At };
}
