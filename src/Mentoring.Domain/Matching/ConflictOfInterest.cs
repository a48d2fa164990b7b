namespace Mentoring.Domain.Matching;

public enum ConflictKind { SamePrisonSameTime, NamedRelation, Other }

/// <summary>A declared reason why a mentor must never be matched with a client (a document in the NGO's tenant).</summary>
public sealed record ConflictOfInterest(Guid Id, Guid MentorId, Guid ClientId, ConflictKind Kind, string? Note, Guid DeclaredBy, DateTimeOffset DeclaredAt)
{
    /// <summary>One declaration per pair: declaring it again changes nothing.</summary>
    public static Guid IdFor(Guid mentorId, Guid clientId) => Common.DeterministicId.From("conflict", $"{mentorId}:{clientId}");
}
