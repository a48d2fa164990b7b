using Mentoring.Domain.Contracts;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Jobs.Outcomes;

/// <summary>Which period of a contract is due on a given Riga day. Pure, so the calendar rules are tested without a clock.</summary>
public static class OutcomeSchedule
{
    public const int WorkingDay = 3;

    /// <summary>
    /// From the third working day of a month (Latvian public holidays count) to its end, the month before is due — or,
    /// for a quarterly contract, the quarter that month closes. "From … to its end" rather than "on": a job that did not
    /// run that day (every node down) catches up the next, and issuing is idempotent anyway.
    /// </summary>
    public static Period? Due(DateOnly today, Contract contract)
    {
        if (today < LatvianCalendar.NthWorkingDay(today.Year, today.Month, WorkingDay)) return null;
        var last = today.AddMonths(-1);
        var period = contract.Cadence switch
        {
            ReportingCadence.Quarterly when last.Month % 3 == 0 => Period.Quarter(last.Year, last.Month / 3),
            ReportingCadence.Quarterly => null,
            _ => Period.Month(last),
        };
        return period is not null && period.Start <= contract.LastDay && period.End >= contract.StartDate ? period : null;
    }
}
