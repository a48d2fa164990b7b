namespace Mentoring.Jobs.Retention;

/// <summary>
/// How long the product keeps what it keeps (Mentoring:Jobs:Retention; environment Mentoring__Jobs__Retention__OutboxDays
/// and so on). The nightly <see cref="RetentionJob"/> applies every rule; a period of 0 switches its rule off. The
/// defaults are a starting point for an NGO's own retention policy, not legal figures: set them to what that policy says.
/// README "Retention" lists them.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>A closed case is anonymised (names, contacts, notes) this many years after it was closed or last touched.</summary>
    public int ClosedCaseYears { get; set; } = 5;
    /// <summary>
    /// An open case with nothing recorded on it or its matches for this many months, and whose release date is as long
    /// past, is closed by the system (reason NO_CONTACT); from then on the closed-case period runs.
    /// </summary>
    public int DormantCaseMonths { get; set; } = 12;
    /// <summary>A rejected applicant is erased this many months after the rejection (time to answer a complaint about it).</summary>
    public int RejectedMentorMonths { get; set; } = 6;
    /// <summary>A mentor who withdrew is erased this many months after withdrawing (their meetings stay with the clients' cases).</summary>
    public int WithdrawnMentorMonths { get; set; } = 24;
    /// <summary>
    /// A referral the NGO declined, or a transfer it declined or its sender withdrew, keeps the person's details (name,
    /// contact, notes) in the NGO's records this many days, time to answer a question about it; then they are masked. The
    /// status, reason code and dates stay, and the sender keeps their own case.
    /// </summary>
    public int DeclinedPackageDays { get; set; } = 60;
    /// <summary>Sent, cancelled and dead-lettered messages are deleted this many days after they were sent, cancelled or given up.</summary>
    public int OutboxDays { get; set; } = 90;
    /// <summary>
    /// Audit records are deleted this many years after they were written: longer than a case is kept, so who read or erased a
    /// case can still be answered after the case itself is anonymised.
    /// </summary>
    public int AuditYears { get; set; } = 10;
}
