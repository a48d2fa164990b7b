using Mentoring.Domain.Users;

namespace Mentoring.Domain.Messages;

/// <summary>
/// A message the product owes someone (application confirmation, invitation, …), recorded in the NGO's tenant
/// with a deterministic id (kind + subject) so that a retry never records it twice. The jobs issue's mail outbox
/// delivers what is recorded here; until then coordinators can see what would have been sent.
/// </summary>
public sealed record RecordedMessage(
    Guid Id,
    string Kind,
    string To,
    Language Language,
    string Subject,
    string Body,
    DateTimeOffset RecordedAt)
{
    public DateTimeOffset? SentAt { get; init; }
}
