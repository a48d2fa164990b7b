using Mentoring.Domain.Messages;
using Mentoring.Domain.Reminders;

namespace Mentoring.Domain.Monitoring;

/// <summary>What the reminder scan needs of an active match for monitoring; <see cref="Monitoring"/> is null until anyone monitored it.</summary>
public sealed record MonitoredMatchFacts(Guid MatchId, Guid MentorId, Guid ClientId, string ClientName, string MentorName, DateOnly ActiveFrom,
    MatchMonitoring? Monitoring)
{
    public CheckInStatus StatusOf(CheckInParty with, DateOnly today, CheckInPolicy policy) =>
        CheckInCadence.StatusOn(ActiveFrom, Monitoring?.CheckInDays(with) ?? [], today, policy);
}

/// <summary>An overdue staff check-in the NGO's admins are told of, once per match, side and due date.</summary>
public sealed record CheckInEscalation(Guid MatchId, Guid ClientId, Guid MentorId, string ClientName, string MentorName, CheckInParty With, DateOnly Due, int DaysOverdue)
{
    public string KeyFor(Guid adminUserId) => $"checkin-escalation:{MatchId}:{With}:{Due:yyyy-MM-dd}:{adminUserId}";
}

/// <summary>Today's monitoring: the digest lines and the escalations due, from one pass over the matches.</summary>
public sealed record MonitoringPlan(IReadOnlyList<ReminderItem> Lines, IReadOnlyList<CheckInEscalation> Escalations);

/// <summary>
/// Pure: the monitoring lines of today's digests and the escalations due, each side's check-in status computed once. Each digest line belongs to exactly one day, as
/// the reminder planner's do: the coordinators hear of a check-in the day it becomes due (the policy's notice before its
/// date) and again the day it is <see cref="CheckInPolicy.RemindOverdueAfterDays"/> overdue; a mentor on the day a health
/// milestone opens; the coordinators the day after a health task was raised. Escalations are not tied to one day: they
/// are recorded under a key of their own (<see cref="CheckInEscalation.KeyFor"/>), so a scan that missed the day still sends one, once.
/// </summary>
public static class MonitoringPlanner
{
    public const string CheckInDue = "monitoring.checkin-due", CheckInOverdue = "monitoring.checkin-overdue",
        HealthCheckDue = "monitoring.health-check-due", HealthFalling = "monitoring.health-falling";

    /// <summary>An escalation missed for this many days (the scan down) is not sent any more: the desk shows it anyway.</summary>
    public const int EscalationCatchUpDays = 7;

    public static MonitoringPlan Plan(DateOnly today, CheckInPolicy policy, IEnumerable<MonitoredMatchFacts> matches, IReadOnlyList<Recipient> recipients)
    {
        var byMentor = recipients.Where(r => r.MentorId is not null).GroupBy(r => r.MentorId!.Value).ToDictionary(g => g.Key, g => g.First());
        var coordinators = recipients.Where(r => r.IsCoordinator).ToList();
        var items = new List<ReminderItem>();
        var escalations = new List<CheckInEscalation>();
        void ToCoordinators(NotificationKind kind, Guid[] about, string text, params string[] args) =>
            items.AddRange(coordinators.Select(c => new ReminderItem(c.UserId, kind, text, args) { About = about }));

        foreach (var m in matches)
        {
            var who = ReminderPlanner.Initials(m.ClientName);
            Guid[] about = [m.ClientId, m.MentorId];
            foreach (var with in Enum.GetValues<CheckInParty>())
            {
                var status = m.StatusOf(with, today, policy);
                if (status.NextDue.AddDays(-policy.DueSoonDays) == today)
                    ToCoordinators(NotificationKind.StaffCheckIn, about, CheckInDue, who, with.ToString(), Date(status.NextDue), m.MentorName);
                else if (status.NextDue.AddDays(policy.RemindOverdueAfterDays) == today)
                    ToCoordinators(NotificationKind.StaffCheckIn, about, CheckInOverdue, who, with.ToString(), Date(status.NextDue), m.MentorName,
                        Number(status.DaysOverdue));
                var escalateOn = status.NextDue.AddDays(policy.EscalateAfterDaysOverdue);
                if (today >= escalateOn && today < escalateOn.AddDays(EscalationCatchUpDays))
                    escalations.Add(new CheckInEscalation(m.MatchId, m.ClientId, m.MentorId, m.ClientName, m.MentorName, with, status.NextDue, status.DaysOverdue));
            }
            var milestone = HealthMilestones.Months.FirstOrDefault(months => HealthMilestones.DayOf(m.ActiveFrom, months) == today);
            if (milestone > 0 && m.Monitoring?.Health.Any(h => h.Source == CheckInParty.Mentor && h.Milestone == milestone) != true
                && byMentor.TryGetValue(m.MentorId, out var mentor))
                items.Add(new ReminderItem(mentor.UserId, NotificationKind.HealthCheck, HealthCheckDue, [who, Number(milestone)]) { About = [m.ClientId] });
            foreach (var task in m.Monitoring?.Tasks.Where(t => t.IsOpen && t.RaisedOn.AddDays(1) == today) ?? [])
                ToCoordinators(NotificationKind.HealthCheck, about, HealthFalling, who, task.Source.ToString(), Number(task.Milestone), Number(task.To),
                    task.From is { } from ? Number(from) : "");
        }
        return new MonitoringPlan(items, escalations);
    }

    private static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
