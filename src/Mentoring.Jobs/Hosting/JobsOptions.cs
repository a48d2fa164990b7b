namespace Mentoring.Jobs.Hosting;

/// <summary>Where scheduled work runs.</summary>
public enum JobsMode
{
    /// <summary>Quartz and a Hangfire server run inside the API process (the default: one process does everything).</summary>
    InProcess,
    /// <summary>The API only records messages and hands them to Hangfire; `--worker` processes run Quartz and Hangfire.</summary>
    Worker,
    /// <summary>Messages are recorded and nothing is handed over or sent (tests that do not look at mail, benchmarks).</summary>
    Off,
}

/// <summary>Settings under "Mentoring:Jobs" (environment: Mentoring__Jobs__Smtp__Host and so on).</summary>
public sealed class JobsOptions
{
    public JobsMode Mode { get; set; } = JobsMode.InProcess;
    /// <summary>The web app's address, for links in e-mails.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Quartz scheduler name: every node of one installation uses the same one (that is what forms the cluster).</summary>
    public string SchedulerName { get; set; } = "Mentoring";
    /// <summary>How often the outbox sweep looks for messages whose hand-over to Hangfire was lost.</summary>
    public int SweepSeconds { get; set; } = 60;
    /// <summary>
    /// How long a due, unsent message must have seen no attempt before the sweep hands it over again (default 10 minutes;
    /// safeguarding alerts: at most a minute). It bounds how long a message stays stuck when the process that held its
    /// Hangfire job died; the fault suite shortens it.
    /// </summary>
    public int SweepQuietSeconds { get; set; } = (int)Outbox.OutboxSweep.Quiet.TotalSeconds;
    /// <summary>Quartz cron of the reminder scan (Riga time). Each person gets at most one digest a day, whatever this says.</summary>
    public string ReminderScanCron { get; set; } = "0 5/15 * * * ?";
    /// <summary>Quartz cron of the outcome-summary check; it sends only on the third working day of a month.</summary>
    public string OutcomeSummaryCron { get; set; } = "0 30 9 * * ?";
    /// <summary>How long what is kept is kept (GDPR storage limitation): Mentoring:Jobs:Retention, see README "Retention".</summary>
    public Retention.RetentionOptions Retention { get; set; } = new();
    /// <summary>Quartz cron of the retention job (Riga time): nightly.</summary>
    public string RetentionCron { get; set; } = "0 15 3 * * ?";
    /// <summary>Where the erasure register lives (Mentoring:Jobs:Erasure:RegisterDirectory).</summary>
    public Erasure.ErasureOptions Erasure { get; set; } = new();
    /// <summary>Permanent refusals (5xx, a malformed address) after which a message is a dead letter (<see cref="Domain.Messages.OutboxDecisions"/>).</summary>
    public int DeadLetterAfter { get; set; } = Domain.Messages.OutboxDecisions.DeadLetterAfter;
    public int HangfireWorkers { get; set; } = 4;
    /// <summary>How often an idle Hangfire server polls its queue.</summary>
    public double HangfirePollSeconds { get; set; } = 5;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 25;
    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Mentoring <no-reply@mentoring.example>";
}
