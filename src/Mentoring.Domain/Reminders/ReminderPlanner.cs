using Mentoring.Domain.Clients;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;

namespace Mentoring.Domain.Reminders;

/// <summary>What the scan needs of a match; read as a narrow projection so that 100,000 matches stay cheap.</summary>
public sealed record MatchFacts(Guid Id, Guid MentorId, Guid ClientId, MatchStage Stage, bool MentorAccepted, DateOnly? ActiveFrom,
    DateTimeOffset? LastContactAt, DateTimeOffset ProposedAt)
{
    /// <summary>When the mentor tried to meet and could not (<see cref="Contacts.ContactAttempted"/>), recent ones; those before the last meeting do not count.</summary>
    public IReadOnlyList<DateTimeOffset> FailedAttempts { get; init; } = [];

    /// <summary>The failed attempts since the latest meeting, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> FailedSinceLastContact =>
        FailedAttempts.Where(a => LastContactAt is not { } last || a > last).Order().ToList();
}

public sealed record ClientFacts(Guid Id, string Name, DateOnly ReleaseDate, IReadOnlyList<Goal> Goals)
{
    /// <summary>Consent withdrawn: no reminder, digest line or escalation names the case.</summary>
    public bool Frozen { get; init; }
    /// <summary>The checklist's documents the person has.</summary>
    public IReadOnlyList<DocumentKind> Documents { get; init; } = [];
    /// <summary>Refusals with no appeal or retry planned, not closed.</summary>
    public IReadOnlyList<Refusal> OpenRefusals { get; init; } = [];
}

public sealed record MentorFacts(Guid Id, string Name, DateOnly? BackgroundCheckExpiresOn)
{
    /// <summary>When the next supervision session is due (<see cref="Mentors.SupervisionDecider.Standing"/>); null when none is owed.</summary>
    public DateOnly? SupervisionDueOn { get; init; }
    /// <summary>The mentor's supervisor; without one, the coordinators hear of the mentor's supervision.</summary>
    public Guid? SupervisorUserId { get; init; }
    /// <summary>The refresher modules the mentor completed, by name, and when each expires (<see cref="Mentors.TrainingDecider.Refreshers"/>).</summary>
    public IReadOnlyList<(string Module, DateOnly ExpiresOn)> Refreshers { get; init; } = [];
}

/// <summary>Someone who can receive reminders: a mentor's account or a coordinator, with what they switched off.</summary>
public sealed record Recipient(Guid UserId, Guid? MentorId, bool IsCoordinator, IReadOnlyList<NotificationKind> Muted);

/// <summary>One line of a digest. <see cref="Text"/> is a message-catalogue key; <see cref="Args"/> fill its placeholders.</summary>
public sealed record ReminderItem(Guid RecipientUserId, NotificationKind Kind, string Text, IReadOnlyList<string> Args)
{
    /// <summary>The clients and mentors the line names (by initials, a goal's title, a mentor's name): the digest is tagged with them.</summary>
    public IReadOnlyList<Guid> About { get; init; } = [];
}

/// <summary>Everything due for one person on one day: sent as one message, keyed by person and day.</summary>
public sealed record Digest(Guid RecipientUserId, DateOnly Day, IReadOnlyList<ReminderItem> Items)
{
    public string Key => $"digest:{RecipientUserId}:{Day:yyyy-MM-dd}";

    /// <summary>Everyone the digest's lines name.</summary>
    public IReadOnlyList<Guid> About => [.. Items.SelectMany(i => i.About).Distinct()];
}

/// <summary>
/// Pure: given today's Riga date and an NGO's rules and facts, which reminders fall due today, grouped per person.
/// Each reminder belongs to exactly one day (the due day, the day of the second reminder, the escalation day, N days
/// before a release or deadline), and each person's digest is keyed by that day: a scan that runs many times a day,
/// on many nodes, produces the same digests, and the outbox records each once.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<Digest> Plan(DateOnly today, ReminderRules rules, IEnumerable<MatchFacts> matches,
        IReadOnlyDictionary<Guid, ClientFacts> clients, IReadOnlyDictionary<Guid, MentorFacts> mentors, IReadOnlyList<Recipient> recipients,
        IEnumerable<ReminderItem>? alsoToday = null)
    {
        var byMentor = recipients.Where(r => r.MentorId is not null).GroupBy(r => r.MentorId!.Value).ToDictionary(g => g.Key, g => g.First());
        var coordinators = recipients.Where(r => r.IsCoordinator).ToList();
        var items = new List<ReminderItem>();

        void ToMentor(Guid mentorId, NotificationKind kind, Guid[] about, string text, params string[] args)
        {
            if (byMentor.TryGetValue(mentorId, out var r)) items.Add(new ReminderItem(r.UserId, kind, text, args) { About = about });
        }
        void ToCoordinators(NotificationKind kind, Guid[] about, string text, params string[] args) =>
            items.AddRange(coordinators.Select(c => new ReminderItem(c.UserId, kind, text, args) { About = about }));

        foreach (var m in matches)
        {
            if (!clients.TryGetValue(m.ClientId, out var client) || client.Frozen) continue;
            var who = Initials(client.Name);
            Guid[] aboutClient = [client.Id], aboutBoth = [m.MentorId, client.Id];
            var mentorName = mentors.TryGetValue(m.MentorId, out var mentor) ? mentor.Name : "";
            if (m.Stage == MatchStage.Proposed)
            {
                if (Common.RigaCalendar.Day(m.ProposedAt).AddDays(rules.ProposalUnansweredDays) == today)
                {
                    var since = Date(Common.RigaCalendar.Day(m.ProposedAt));
                    if (!m.MentorAccepted) ToMentor(m.MentorId, NotificationKind.ProposalUnanswered, aboutClient, "item.proposal-unanswered", who, since);
                    ToCoordinators(NotificationKind.ProposalUnanswered, aboutClient, "item.proposal-unanswered", who, since);
                }
            }
            // A match on hold sends its mentor nothing: paused by a coordinator, or because someone's standing changed.
            if (m.Stage is MatchStage.Proposed or MatchStage.Active)
            {
                if (client.ReleaseDate.AddDays(-rules.ReleaseSoonDays) == today)
                    ToMentor(m.MentorId, NotificationKind.ReleaseReminder, aboutClient, "item.release-soon", who, Date(client.ReleaseDate));
                if (client.ReleaseDate == today) ToMentor(m.MentorId, NotificationKind.ReleaseReminder, aboutClient, "item.release-day", who);
                foreach (var goal in client.Goals.Where(g => g.IsOpen && g.Deadline.AddDays(-rules.GoalDeadlineDaysAhead) == today))
                    // A standard or need goal is named in the mentor's language when the mail is written, from its code.
                    switch (goal.Kind)
                    {
                        case GoalKind.Standard:
                            ToMentor(m.MentorId, NotificationKind.GoalDeadline, aboutClient, GoalDeadlineStandard, who, goal.Standard!.Value.ToString(), Date(goal.Deadline));
                            break;
                        case GoalKind.Need:
                            ToMentor(m.MentorId, NotificationKind.GoalDeadline, aboutClient, GoalDeadlineNeed, who, goal.Domain!.Value.ToString(), Date(goal.Deadline));
                            break;
                        default:
                            ToMentor(m.MentorId, NotificationKind.GoalDeadline, aboutClient, GoalDeadline, who, goal.Title, Date(goal.Deadline));
                            break;
                    }
            }
            if (m.Stage != MatchStage.Active) continue;

            var due = Cadence.NextDue(m.LastContactAt, m.ActiveFrom, client.ReleaseDate, today, rules);
            var beforeRelease = today < client.ReleaseDate;
            if (due == today)
                ToMentor(m.MentorId, NotificationKind.CheckInReminder, aboutClient, beforeRelease ? "item.pre-release" : "item.checkin-due", who,
                    Date(beforeRelease ? client.ReleaseDate : due));
            else if (due.AddDays(rules.RemindAgainAfterDays) == today)
                ToMentor(m.MentorId, NotificationKind.CheckInReminder, aboutClient, "item.checkin-overdue", who, Date(due));
            // The mentor is trying and cannot reach the person: the coordinator hears of it the day after the attempt that makes
            // it repeated, however the cadence stands, and not again in a regular escalation the same day.
            var failed = m.FailedSinceLastContact;
            var repeated = failed.Count >= FailedAttemptsToEscalate && Common.RigaCalendar.Day(failed[^1]).AddDays(1) == today;
            if (repeated)
                ToCoordinators(NotificationKind.Escalation, aboutBoth, AttemptsFailed, mentorName, who, failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Date(Common.RigaCalendar.Day(failed[0])));
            else if (due.AddDays(rules.RemindAgainAfterDays + rules.EscalateAfterDaysOverdue) == today)
            {
                // An overdue check-in is escalated as before; the line says whether the mentor tried meanwhile.
                if (failed.Count > 0)
                    ToCoordinators(NotificationKind.Escalation, aboutBoth, EscalationWithAttempts, mentorName, who, Date(due),
                        failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                else
                    ToCoordinators(NotificationKind.Escalation, aboutBoth, "item.escalation", mentorName, who, Date(due));
            }
        }

        // The first month's path reminds the person's mentor and the coordinators alike, whether or not a mentor is matched yet.
        var mentorsOf = matches.Where(m => m.Stage is MatchStage.Proposed or MatchStage.Active).ToLookup(m => m.ClientId, m => m.MentorId);
        foreach (var client in clients.Values.Where(c => !c.Frozen))
            foreach (var (text, args) in PathItems(today, rules, client))
            {
                foreach (var mentorId in mentorsOf[client.Id].Distinct()) ToMentor(mentorId, NotificationKind.PathReminder, [client.Id], text, args);
                ToCoordinators(NotificationKind.PathReminder, [client.Id], text, args);
            }

        foreach (var mentor in mentors.Values.Where(x => x.BackgroundCheckExpiresOn?.AddDays(-rules.VettingExpiryDaysAhead) == today))
        {
            ToMentor(mentor.Id, NotificationKind.VettingExpiry, [mentor.Id], "item.vetting-expiry", mentor.Name, Date(mentor.BackgroundCheckExpiresOn!.Value));
            ToCoordinators(NotificationKind.VettingExpiry, [mentor.Id], "item.vetting-expiry", mentor.Name, Date(mentor.BackgroundCheckExpiresOn!.Value));
        }

        items.AddRange(SupervisionAndTrainingItems(today, rules, mentors.Values, byMentor, coordinators));

        // Lines planned elsewhere (staff monitoring, Monitoring.MonitoringPlanner) share the digest and its muting.
        items.AddRange(alsoToday ?? []);
        var muted = recipients.ToDictionary(r => r.UserId, r => r.Muted);
        return items
            .Where(i => !muted[i.RecipientUserId].Contains(i.Kind) && !muted[i.RecipientUserId].Contains(NotificationKind.ReminderDigest))
            .GroupBy(i => i.RecipientUserId)
            .Select(g => new Digest(g.Key, today, g.ToList()))
            .ToList();
    }

    /// <summary>
    /// The path's reminders for one person today: the social-assistance application not filed (some days before its
    /// one-month deadline, and the day after it passed), the checklist's documents still missing (on the release-soon day,
    /// and with the application's reminder while it is not filed), and each open refusal every few days after it.
    /// Codes only (document kinds, refusal reasons): the mail names them in the reader's language.
    /// </summary>
    private static IEnumerable<(string Text, string[] Args)> PathItems(DateOnly today, ReminderRules rules, ClientFacts client)
    {
        var who = Initials(client.Name);
        var pending = SocialAssistanceApplication.IsPending(client.Goals);
        var deadline = SocialAssistanceApplication.Deadline(client.ReleaseDate);
        var applicationDay = pending && deadline.AddDays(-rules.ApplicationDeadlineDaysAhead) == today;
        if (applicationDay) yield return (ApplicationDue, [who, Date(deadline)]);
        if (pending && deadline.AddDays(1) == today) yield return (ApplicationPassed, [who, Date(deadline)]);
        var missing = Enum.GetValues<DocumentKind>().Except(client.Documents).ToList();
        if (missing.Count > 0 && (applicationDay || client.ReleaseDate.AddDays(-rules.ReleaseSoonDays) == today))
            yield return (DocumentsMissing, [who, string.Join(",", missing)]);
        foreach (var refusal in client.OpenRefusals.Where(r => r.IsOpen && today > r.RefusedOn
                     && (today.DayNumber - r.RefusedOn.DayNumber) % rules.OpenRefusalReminderDays == 0))
            yield return (RefusalOpen, [who, refusal.Reason.ToString(), Date(refusal.RefusedOn)]);
    }

    /// <summary>
    /// Supervision and refresher training, mentor by mentor: a session due soon (<see cref="Mentors.SupervisionDecider.DueSoonDays"/>
    /// days before its due date) and lapsed (the day after it) go to the mentor and their supervisor, or to the coordinators
    /// while no supervisor is assigned; a refresher module expiring goes to the mentor and the coordinators
    /// <see cref="ReminderRules.VettingExpiryDaysAhead"/> days ahead, like a background check. Each on one day only.
    /// </summary>
    private static IEnumerable<ReminderItem> SupervisionAndTrainingItems(DateOnly today, ReminderRules rules, IEnumerable<MentorFacts> mentors,
        IReadOnlyDictionary<Guid, Recipient> byMentor, IReadOnlyList<Recipient> coordinators)
    {
        // A supervisor who is no longer an active coordinator is as good as none.
        var coordinatorIds = coordinators.Select(c => c.UserId).ToHashSet();
        foreach (var mentor in mentors)
        {
            Guid[] about = [mentor.Id];
            IEnumerable<Guid> Staff() => mentor.SupervisorUserId is { } s && coordinatorIds.Contains(s) ? [s] : coordinatorIds;
            IEnumerable<ReminderItem> Lines(IEnumerable<Guid> staff, NotificationKind kind, string text, params string[] args) =>
                (byMentor.TryGetValue(mentor.Id, out var own) ? [own.UserId] : Array.Empty<Guid>()).Concat(staff).Distinct()
                    .Select(user => new ReminderItem(user, kind, text, args) { About = about });
            if (mentor.SupervisionDueOn is { } due)
            {
                if (due.AddDays(-Mentors.SupervisionDecider.DueSoonDays) == today)
                    foreach (var line in Lines(Staff(), NotificationKind.SupervisionReminder, SupervisionDue, mentor.Name, Date(due))) yield return line;
                if (due.AddDays(1) == today)
                    foreach (var line in Lines(Staff(), NotificationKind.SupervisionReminder, SupervisionLapsed, mentor.Name, Date(due))) yield return line;
            }
            foreach (var (module, expires) in mentor.Refreshers.Where(r => r.ExpiresOn.AddDays(-rules.VettingExpiryDaysAhead) == today))
                foreach (var line in Lines(coordinatorIds, NotificationKind.VettingExpiry, RefresherExpiry, mentor.Name, module, Date(expires)))
                    yield return line;
        }
    }

    /// <summary>Supervision due ({0} mentor, {1} due date) and lapsed; a refresher module expiring ({0} mentor, {1} module, {2} date).</summary>
    public const string SupervisionDue = "item.supervision-due", SupervisionLapsed = "item.supervision-lapsed", RefresherExpiry = "item.refresher-expiry";

    /// <summary>The path's reminders (<see cref="PathItems"/>); documents and refusal reasons travel as codes.</summary>
    public const string ApplicationDue = "item.application-due", ApplicationPassed = "item.application-passed",
        DocumentsMissing = "item.documents-missing", RefusalOpen = "item.refusal-open";

    /// <summary>Failed attempts to meet since the last meeting that make the coordinators hear of them (the day after the last one).</summary>
    public const int FailedAttemptsToEscalate = 3;
    /// <summary>Coordinator lines that name failed attempts: repeated ones ({2} attempts since {3}), and an overdue escalation with {3} attempts.</summary>
    public const string AttemptsFailed = "item.attempts-failed", EscalationWithAttempts = "item.escalation.attempts";

    /// <summary>A goal's deadline: an own goal by its title; a standard goal or a need goal by its code, named when rendered.</summary>
    public const string GoalDeadline = "item.goal-deadline", GoalDeadlineStandard = "item.goal-deadline.standard", GoalDeadlineNeed = "item.goal-deadline.need";

    /// <summary>E-mail is not the app: a person appears by initials only ("J. B."), never by full name.</summary>
    public static string Initials(string name) =>
        string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + "."));

    private static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
