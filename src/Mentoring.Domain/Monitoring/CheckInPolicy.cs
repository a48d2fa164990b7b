using Marten.Schema;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Monitoring;

/// <summary>
/// How often programme staff check in with each match's mentor and client (MENTOR's Elements of Effective Practice: at
/// least twice in the first month of a match and monthly after it). One per NGO, edited by its admins, versioned like the
/// other settings documents; <see cref="Default"/> applies until they save.
/// </summary>
public sealed record CheckInPolicy : ISettingsDocument
{
    public static readonly Guid PolicyId = new("5d0a4c2e-7f13-4b8e-9a61-3c2f8e1b7d40");
    public static CheckInPolicy Default { get; } = new();

    public Guid Id { get; init; } = PolicyId;
    /// <summary>Marten's optimistic-concurrency version; Guid.Empty while the defaults apply.</summary>
    [Version] public Guid Version { get; set; }
    /// <summary>Check-ins with each side in the match's first month, spread evenly over it.</summary>
    public int FirstMonthCheckIns { get; init; } = 2;
    /// <summary>After the first month, one check-in with each side every this many calendar months.</summary>
    public int LaterIntervalMonths { get; init; } = 1;
    /// <summary>The desk lists a check-in as due this many days before its date.</summary>
    public int DueSoonDays { get; init; } = 7;
    /// <summary>The coordinators' digest says a check-in is overdue this many days after its date.</summary>
    public int RemindOverdueAfterDays { get; init; } = 3;
    /// <summary>An overdue check-in is escalated to the NGO's admins once it is this many days late.</summary>
    public int EscalateAfterDaysOverdue { get; init; } = 7;
    /// <summary>A health check (1, 3, 6, 12 months) can be answered for this many days from its milestone.</summary>
    public int HealthCheckWindowDays { get; init; } = 28;
    /// <summary>A health check whose lower answer is this or less raises a coordinator task…</summary>
    public int LowRating { get; init; } = 2;
    /// <summary>…as does one this much lower than the same side's previous check.</summary>
    public int FallingDrop { get; init; } = 2;

    public static IReadOnlyList<UserError> Check(CheckInPolicy p) => new Checks()
        .Require(p.FirstMonthCheckIns is >= 1 and <= 4, ErrorCodes.Validation, "One to four check-ins in the first month.", "firstMonthCheckIns")
        .Require(p.LaterIntervalMonths is >= 1 and <= 3, ErrorCodes.Validation, "Later check-ins every 1 to 3 months.", "laterIntervalMonths")
        .Require(p.DueSoonDays is >= 0 and <= 14, ErrorCodes.Validation, "Show check-ins as due 0 to 14 days ahead.", "dueSoonDays")
        // The ordering is reported at the reminder: each field's message then says its whole rule (the admin's form shows it there).
        .Require(p.RemindOverdueAfterDays is >= 1 and <= 14 && p.RemindOverdueAfterDays < p.EscalateAfterDaysOverdue, ErrorCodes.Validation,
            "Remind of overdue check-ins after 1 to 14 days, before the admins are told.", "remindOverdueAfterDays")
        .Require(p.EscalateAfterDaysOverdue is >= 1 and <= 60, ErrorCodes.Validation, "Tell the admins 1 to 60 days late.", "escalateAfterDaysOverdue")
        .Require(p.HealthCheckWindowDays is >= 7 and <= 60, ErrorCodes.Validation, "A health check stays open 7 to 60 days.", "healthCheckWindowDays")
        .Require(p.LowRating is >= 1 and <= 4, ErrorCodes.Validation, "A low rating is 1 to 4.", "lowRating")
        .Require(p.FallingDrop is >= 1 and <= 4, ErrorCodes.Validation, "A falling drop is 1 to 4.", "fallingDrop")
        .Errors;
}
