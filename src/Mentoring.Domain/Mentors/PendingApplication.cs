using JasperFx.Events;
using Marten;

namespace Mentoring.Domain.Mentors;

/// <summary>
/// The public form took an application; it waits for the applicant to confirm their e-mail address by the link sent to
/// it (double opt-in). Only the SHA-256 hash of the link's token is kept. Anyone can type any address into the form.
/// </summary>
public sealed record MentorApplicationAwaitingConfirmation(Guid ApplicationId, MentorProfile Profile, string TokenHash, DateTimeOffset SubmittedAt,
    DateTimeOffset ExpiresAt);

/// <summary>
/// The applicant confirmed. <see cref="MentorId"/> names the mentor stream this started, or is null when the address had
/// applied to the NGO meanwhile (its owner is told by e-mail; nothing enters the vetting queue twice).
/// </summary>
public sealed record MentorApplicationConfirmed(Guid ApplicationId, Guid? MentorId, DateTimeOffset At);

/// <summary>
/// An application from the public form that is not confirmed yet. It is a stream of its own, not a mentor: the mentors
/// list, the vetting queue and matching read only <see cref="Mentor"/>, which starts at confirmation. Unconfirmed, it
/// expires after <see cref="ConfirmationValidity"/>; its link then does nothing.
/// </summary>
public sealed record PendingApplication(Guid Id, MentorProfile Profile, string TokenHash, DateTimeOffset SubmittedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? ConfirmedAt, Guid? MentorId)
{
    public static readonly TimeSpan ConfirmationValidity = TimeSpan.FromHours(48);

    public long Version { get; set; }

    /// <summary>The mentor a confirmation starts: derived from the application, so a second confirmation collides.</summary>
    public static Guid MentorIdOf(Guid applicationId) => Common.DeterministicId.From("confirmed-mentor-application", applicationId.ToString());

    public static PendingApplication Create(MentorApplicationAwaitingConfirmation e) =>
        new(e.ApplicationId, e.Profile, e.TokenHash, e.SubmittedAt, e.ExpiresAt, null, null);

    public PendingApplication Apply(MentorApplicationConfirmed e) => this with { ConfirmedAt = e.At, MentorId = e.MentorId };

    /// <summary>
    /// Fetches the stream for writing. Marten's source generator wires Create/Apply only for aggregates it sees used with
    /// a concrete type in this project, and the pending application has no snapshot of its own, so the call lives here.
    /// </summary>
    public static Task<IEventStream<PendingApplication>> FetchForWriting(IDocumentSession session, Guid id, CancellationToken ct) =>
        session.Events.FetchForWriting<PendingApplication>(id, ct);
}
