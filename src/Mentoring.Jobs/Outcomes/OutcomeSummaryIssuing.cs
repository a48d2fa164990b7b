using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contracts;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Outcomes;
using Mentoring.Domain.Users;

namespace Mentoring.Jobs.Outcomes;

/// <summary>
/// Issuing a summary is one transaction in the NGO's tenant: the <see cref="OutcomeSummaryIssued"/> event on the
/// (contract, period) stream and one outbox message per recipient. Two nodes or a retry issuing the same period at once
/// collide on that stream and the loser's messages roll back with it; delivery then happens once per message.
/// </summary>
public static class OutcomeSummaryIssuing
{
    /// <param name="onlyRecipient">A resend to one recipient who lost the e-mail; null: every recipient of the contract.</param>
    public static async Task<WriteResult> IssueAsync(IDocumentStore store, string tenantId, Contract contract, Period period, IssueReason reason,
        Guid? by, string? onlyRecipient, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession(tenantId);
        var report = await OutcomeReport.LoadAsync(session, contract, period, ct);
        var recipients = contract.ReportRecipients.Where(r => onlyRecipient is null || r == onlyRecipient).ToList();
        var languages = await LanguagesAsync(store, recipients, ct);
        List<OutgoingMessage> messages = [];
        return (await StreamWrites.Handle<OutcomeSummaryIssues>(session, OutcomeSummaryIssues.StreamId(contract.Id, period.Name), null, state =>
            {
                // A resend's keys carry the issue's number: a message of its own, not the first one again (which is sent).
                var suffix = reason == IssueReason.Resend ? $":resend-{(state?.Issues.Count ?? 0) + 1}" : "";
                messages = recipients.Select(r => report.Mail(r, languages.GetValueOrDefault(r, Language.Lv), suffix)).ToList();
                var command = new IssueOutcomeSummary(contract.Id, period, report.ContentHash(), messages.Select(m => m.MessageId).ToList(), reason, by,
                    RigaCalendar.Today(clock), now);
                return OutcomeSummaryDecider.Decide(command, state, contract);
            }, OutcomeSummaryDecider.Evolve, ct,
            alsoStage: _ => messages.ForEach(m => Outbox.Outbox.Stage(session, m, now)))).Result;
    }

    /// <summary>A recipient who has an account (a municipality viewer) gets the summary in their language; anyone else in Latvian.</summary>
    private static async Task<Dictionary<string, Language>> LanguagesAsync(IDocumentStore store, IReadOnlyList<string> recipients, CancellationToken ct)
    {
        var emails = recipients.ToArray();
        await using var directory = store.QuerySession();
        var accounts = await directory.Query<UserAccount>().Where(u => u.AnyTenant() && u.Email.IsOneOf(emails)).ToListAsync(ct);
        return accounts.GroupBy(u => u.Email).ToDictionary(g => g.Key, g => g.First().Language);
    }
}
