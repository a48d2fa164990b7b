using Marten.Schema;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Reminders;

/// <summary>
/// When mentors are reminded and coordinators alerted. One per NGO (its tenant), edited by its admins; <see cref="Default"/>
/// applies until they change it. The engagement cadence (on track / due / overdue) follows the same rules.
/// </summary>
public sealed record ReminderRules : ISettingsDocument
{
    public static readonly Guid RulesId = new("0c9b6f7e-2a41-4d59-8f0e-5b7a3c1d2e90");
    public static ReminderRules Default { get; } = new();

    public Guid Id { get; init; } = RulesId;
    /// <summary>Marten's optimistic-concurrency version; Guid.Empty while the defaults apply.</summary>
    [Version] public Guid Version { get; set; }
    /// <summary>Check-ins are weekly for this many days after release…</summary>
    public int WeeklyForDaysAfterRelease { get; init; } = 30;
    public int WeeklyIntervalDays { get; init; } = 7;
    /// <summary>…and this often after that.</summary>
    public int LaterIntervalDays { get; init; } = 14;
    /// <summary>Before release: one contact (prison visit or video) within this many days.</summary>
    public int PreReleaseIntervalDays { get; init; } = 30;
    /// <summary>N: the mentor is reminded when a check-in is due and again this many days later (it is overdue from then).</summary>
    public int RemindAgainAfterDays { get; init; } = 3;
    /// <summary>M: the coordinators are alerted when a check-in has been overdue this many days.</summary>
    public int EscalateAfterDaysOverdue { get; init; } = 4;
    public int ReleaseSoonDays { get; init; } = 7;
    public int GoalDeadlineDaysAhead { get; init; } = 3;
    public int VettingExpiryDaysAhead { get; init; } = 30;
    public int ProposalUnansweredDays { get; init; } = 3;
    /// <summary>
    /// The social-assistance application not filed: mentor and coordinators are reminded this many days before its
    /// one-month deadline (and the day after it passes), and the coordinator's desk lists it from then on.
    /// </summary>
    public int ApplicationDeadlineDaysAhead { get; init; } = 7;
    /// <summary>A refusal with no appeal or retry planned and not closed: mentor and coordinators are reminded every this many days.</summary>
    public int OpenRefusalReminderDays { get; init; } = 7;

    public static IReadOnlyList<UserError> Check(ReminderRules r) => new Checks()
        .Require(r.WeeklyForDaysAfterRelease is >= 0 and <= 365, ErrorCodes.Validation, "Weekly check-ins last 0 to 365 days after release.", "weeklyForDaysAfterRelease")
        .Require(r.WeeklyIntervalDays is >= 1 and <= 31, ErrorCodes.Validation, "The early interval is 1 to 31 days.", "weeklyIntervalDays")
        .Require(r.LaterIntervalDays is >= 1 and <= 92, ErrorCodes.Validation, "The later interval is 1 to 92 days.", "laterIntervalDays")
        .Require(r.PreReleaseIntervalDays is >= 1 and <= 92, ErrorCodes.Validation, "The pre-release interval is 1 to 92 days.", "preReleaseIntervalDays")
        .Require(r.RemindAgainAfterDays is >= 1 and <= 30, ErrorCodes.Validation, "Remind again after 1 to 30 days.", "remindAgainAfterDays")
        .Require(r.EscalateAfterDaysOverdue is >= 1 and <= 60, ErrorCodes.Validation, "Alert coordinators after 1 to 60 days overdue.", "escalateAfterDaysOverdue")
        .Require(r.ReleaseSoonDays is >= 1 and <= 60, ErrorCodes.Validation, "Announce a release 1 to 60 days ahead.", "releaseSoonDays")
        .Require(r.GoalDeadlineDaysAhead is >= 1 and <= 60, ErrorCodes.Validation, "Announce goal deadlines 1 to 60 days ahead.", "goalDeadlineDaysAhead")
        .Require(r.VettingExpiryDaysAhead is >= 1 and <= 180, ErrorCodes.Validation, "Announce vetting expiry 1 to 180 days ahead.", "vettingExpiryDaysAhead")
        .Require(r.ProposalUnansweredDays is >= 1 and <= 30, ErrorCodes.Validation, "Chase proposals after 1 to 30 days.", "proposalUnansweredDays")
        .Require(r.ApplicationDeadlineDaysAhead is >= 1 and <= 28, ErrorCodes.Validation, "Announce the application deadline 1 to 28 days ahead.",
            "applicationDeadlineDaysAhead")
        .Require(r.OpenRefusalReminderDays is >= 1 and <= 30, ErrorCodes.Validation, "Remind of open refusals every 1 to 30 days.", "openRefusalReminderDays")
        .Errors;
}
