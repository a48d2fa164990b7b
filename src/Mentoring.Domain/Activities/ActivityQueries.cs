using Marten;

namespace Mentoring.Domain.Activities;

/// <summary>The reads other features share: the activities someone is invited to, and a mentor's attended time.</summary>
public static class ActivityQueries
{
    public static async Task<IReadOnlyList<GroupActivity>> InvitingAsync(IQuerySession session, Guid inviteeId, CancellationToken ct) =>
        await session.Query<GroupActivity>().Where(a => a.InviteeIds.Contains(inviteeId)).OrderBy(a => a.StartsAt).ToListAsync(ct);

    /// <summary>The activities (not cancelled) the mentor is recorded as having attended: each counts its length on its Riga day.</summary>
    public static async Task<IReadOnlyList<Mentors.AttendedActivity>> AttendedAsync(IQuerySession session, Guid mentorId, CancellationToken ct) =>
        (await InvitingAsync(session, mentorId, ct))
        .Where(a => a.Status == ActivityStatus.Planned && a.Invitee(mentorId)?.Attended == true)
        .Select(a => new Mentors.AttendedActivity(a.Day, a.DurationMinutes)).ToList();
}
