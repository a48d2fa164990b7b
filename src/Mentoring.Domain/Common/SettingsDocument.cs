namespace Mentoring.Domain.Common;

/// <summary>
/// One of an NGO's settings documents (vetting policy, reminder rules, matching weights): one per tenant at a fixed id,
/// the defaults until an admin saves, and a version Marten bumps on every save so two admins never overwrite each other.
/// </summary>
public interface ISettingsDocument
{
    Guid Id { get; }
    Guid Version { get; set; }
}
