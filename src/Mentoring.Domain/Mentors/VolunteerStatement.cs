using Marten;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;

namespace Mentoring.Domain.Mentors;

/// <summary>One month of a volunteer's recorded work (Riga time): meetings with the people they support, supervision, training and group activities.</summary>
public sealed record VolunteerStatementMonth(string Month, int Meetings, int MeetingMinutes, int SupervisionSessions, int TrainingModules)
{
    /// <summary>Supervision and training time recorded with a duration (older sessions without one count 0).</summary>
    public int SupervisionMinutes { get; init; }
    public int TrainingMinutes { get; init; }
    /// <summary>Group activities the mentor attended in the month, and their length (Activities/GroupActivity).</summary>
    public int GroupActivities { get; init; }
    public int GroupActivityMinutes { get; init; }
}

/// <summary>A group activity the mentor attended: its Riga day and its length.</summary>
public sealed record AttendedActivity(DateOnly On, int Minutes);

/// <summary>A supervision session or a training module the statement lists by name and date.</summary>
public sealed record VolunteerActivity(DateOnly On, string What)
{
    /// <summary>Its recorded length; 0 when recorded without one.</summary>
    public int Minutes { get; init; }
}

/// <summary>
/// The volunteer-hours statement a mentor receives in recognition of their work: per month and in all, between two dates
/// (both included). Hours are counted where a duration is recorded: meetings, and supervision and training sessions recorded
/// with their length; older sessions and modules recorded without one are listed and count 0 minutes. Retracted meetings do not count.
/// </summary>
public sealed record VolunteerStatement(
    DateOnly From, DateOnly To, IReadOnlyList<VolunteerStatementMonth> Months,
    IReadOnlyList<VolunteerActivity> Supervision, IReadOnlyList<VolunteerActivity> Training)
{
    public const int LongestPeriodDays = 3 * 366;

    public int Meetings => Months.Sum(m => m.Meetings);
    public int MeetingMinutes => Months.Sum(m => m.MeetingMinutes);
    public decimal MeetingHours => Hours(MeetingMinutes);
    public int GroupActivities => Months.Sum(m => m.GroupActivities);
    public int GroupActivityMinutes => Months.Sum(m => m.GroupActivityMinutes);
    public decimal GroupActivityHours => Hours(GroupActivityMinutes);
    public int SupervisionMinutes => Supervision.Sum(s => s.Minutes);
    public int TrainingMinutes => Training.Sum(t => t.Minutes);
    /// <summary>All the volunteer time the statement counts: meetings, group activities, supervision and training.</summary>
    public int TotalMinutes => MeetingMinutes + GroupActivityMinutes + SupervisionMinutes + TrainingMinutes;
    public decimal TotalHours => Hours(TotalMinutes);

    /// <summary>Minutes as hours to one decimal, halves rounded up as people do (135 minutes are 2.3 hours).</summary>
    public static decimal Hours(int minutes) => Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Pure: the period's meeting days (from the contact log), the mentor's supervision and training events, and the group activities they attended.</summary>
    public static VolunteerStatement Build(DateOnly from, DateOnly to, IEnumerable<ContactDay> meetingDays,
        IEnumerable<SupervisionSessionRecorded> supervision, IEnumerable<TrainingModuleCompleted> training, IEnumerable<AttendedActivity>? activities = null)
    {
        var attended = (activities ?? []).Where(a => a.On >= from && a.On <= to).ToList();
        bool Within(DateOnly d) => d >= from && d <= to;
        var days = meetingDays.Where(d => Within(d.On)).ToList();
        var sessions = supervision.Where(s => Within(s.HeldOn)).Select(s => new VolunteerActivity(s.HeldOn, s.Supervisor) { Minutes = s.Minutes ?? 0 }).OrderBy(a => a.On).ToList();
        var modules = training.Where(t => Within(t.CompletedOn)).Select(t => new VolunteerActivity(t.CompletedOn, t.Module) { Minutes = t.Minutes ?? 0 }).OrderBy(a => a.On).ToList();

        var months = new List<VolunteerStatementMonth>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            bool InMonth(DateOnly d) => d.Year == month.Year && d.Month == month.Month;
            var meetings = days.Where(d => InMonth(d.On)).ToList();
            months.Add(new VolunteerStatementMonth($"{month:yyyy-MM}", meetings.Sum(d => d.Contacts), meetings.Sum(d => d.Minutes),
                sessions.Count(s => InMonth(s.On)), modules.Count(m => InMonth(m.On)))
            {
                GroupActivities = attended.Count(a => InMonth(a.On)), GroupActivityMinutes = attended.Where(a => InMonth(a.On)).Sum(a => a.Minutes),
                SupervisionMinutes = sessions.Where(s => InMonth(s.On)).Sum(s => s.Minutes),
                TrainingMinutes = modules.Where(m => InMonth(m.On)).Sum(m => m.Minutes),
            });
        }
        return new VolunteerStatement(from, to, months, sessions, modules);
    }

    /// <summary>The period must run forwards and span at most three years (a statement is read by people, one page or two).</summary>
    public static IReadOnlyList<Common.UserError> Validate(DateOnly from, DateOnly to)
    {
        if (to < from) return [new(Common.ErrorCodes.InvalidPeriod, "The period must end on or after its start.", "to")];
        if (to.DayNumber - from.DayNumber > LongestPeriodDays) return [new(Common.ErrorCodes.InvalidPeriod, "A statement covers at most three years.", "to")];
        return [];
    }

    /// <summary>Reads what a statement needs: the mentor's matches' meeting days and the mentor's own supervision and training events.</summary>
    public static async Task<VolunteerStatement> LoadAsync(IQuerySession session, Guid mentorId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var matches = await session.Query<Match>().Where(m => m.MentorId == mentorId).Select(m => m.Id).ToListAsync(ct);
        var days = await ContactLogQueries.DaysAsync(session, matches, null, ct);
        var events = (await session.Events.FetchStreamAsync(mentorId, token: ct)).Select(e => e.Data).ToList();
        return Build(from, to, days, events.OfType<SupervisionSessionRecorded>(), events.OfType<TrainingModuleCompleted>(),
            await Activities.ActivityQueries.AttendedAsync(session, mentorId, ct));
    }
}
