namespace Mentoring.Domain.Monitoring;

/// <summary>Whom a staff check-in or a health check is with: the match's mentor or its client.</summary>
public enum CheckInParty { Mentor, Client }
public enum CheckInMode { InPerson, Phone, Video, Message }
/// <summary>Why a health check raised a coordinator task (<see cref="FallingRating"/>).</summary>
public enum HealthTaskRule { LowRating, Drop }

/// <summary>A coordinator checked in with the match's mentor or client; <paramref name="HealthRating"/> is 1 (bad) to 5 (good).</summary>
public sealed record StaffCheckInLogged(Guid MatchId, Guid CheckInId, CheckInParty With, CheckInMode Mode, int HealthRating, string? Concerns,
    string? AgreedActions, DateOnly On, Guid By, DateTimeOffset At);

/// <summary>
/// A health check at a milestone (1, 3, 6 or 12 months after activation): "how is it going" and "do you get the support you
/// need", each 1 to 5. The mentor answers for themselves on the phone; a coordinator records the client's answers.
/// </summary>
public sealed record MatchHealthAnswered(Guid MatchId, int Milestone, int GoingWell, int Supported, string IdempotencyKey, Guid By, DateTimeOffset At);
public sealed record ClientHealthRecorded(Guid MatchId, int Milestone, int GoingWell, int Supported, string IdempotencyKey, Guid By, DateTimeOffset At);

/// <summary>A coordinator task: the match's health is falling. The next staff check-in on the match closes it.</summary>
public sealed record MatchHealthFalling(Guid MatchId, Guid TaskId, CheckInParty Source, int Milestone, HealthTaskRule Rule, int? From, int To, DateOnly RaisedOn,
    DateTimeOffset At);
