namespace Mentoring.Faults.Tests.Infrastructure;

/// <summary>A Message-Id the SMTP server received more than once; how long before the next SIGKILL its first copy arrived.</summary>
public sealed record MailCopy(string MessageId, int Copies, DateTimeOffset FirstAt, double? SecondsBeforeKill);

/// <summary>
/// What at-least-once delivery may leave (docs/reliability.md): a second copy under the same Message-Id only of a mail
/// the server had kept when the process sending it was SIGKILLed, before it could record the send. Database restarts and
/// cut connections must leave none (the send is recorded again); a copy anywhere else means two deliveries ran at once.
/// </summary>
public static class MailCopies
{
    /// <summary>The faults that SIGKILL a process.</summary>
    public static readonly string[] Kills = ["leader-killed", "worker-killed"];

    /// <summary>From a first copy's arrival to the kill that can explain a second; generous for two starved cores.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static IReadOnlyList<MailCopy> Of(IReadOnlyList<Arrival> arrivals, IEnumerable<Fault> faults)
    {
        var kills = faults.Where(f => Kills.Contains(f.Name)).Select(f => f.Injected).ToList();
        return arrivals.GroupBy(a => a.Message.MessageId ?? "").Where(g => g.Count() > 1).Select(g =>
        {
            var first = g.Min(a => a.At);
            // A server finishes storing what it had whole, even when the sender died a moment before: a little after counts too.
            var after = kills.Select(k => (k - first).TotalSeconds).Where(s => s >= -2).DefaultIfEmpty(double.NaN).Min();
            return new MailCopy(g.Key, g.Count(), first, double.IsNaN(after) ? null : after);
        }).ToList();
    }

    /// <summary>A copy the documented window explains: two copies at most, the first shortly before a kill.</summary>
    public static bool Explained(MailCopy copy) => copy.Copies == 2 && copy.SecondsBeforeKill is { } s && s <= Window.TotalSeconds;
}
