using Mentoring.Domain.Common;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>
/// The first month's path in the morning digests, through the outbox and the real SMTP server on the fake clock: an open
/// refusal, the social-assistance deadline and the documents still missing reach the mentor (Latvian) and the
/// coordinator (English), by initials only.
/// </summary>
public sealed class PathReminderMailTests(JobsFixture api) : IClassFixture<JobsFixture>
{
    private async Task ScanAsync(DateOnly day)
    {
        api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(9, 0))); // after quiet hours: handed over at once
        await ActivatorUtilities.CreateInstance<ReminderScan>(api.Services).RunAsync(default);
        await api.SweepAsync();
    }

    /// <summary>The day's digest to <paramref name="to"/>, once the SMTP server has it (exactly one).</summary>
    private async Task<string> BodyAsync(string to, DateOnly day)
    {
        var date = day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Eventually.TrueAsync(() => Task.FromResult(api.Smtp.To(to).Any(m => m.Subject!.Contains(date, StringComparison.Ordinal))), $"no digest to {to} on {date}");
        return Assert.Single(api.Smtp.To(to), m => m.Subject!.Contains(date, StringComparison.Ordinal)).TextBody!;
    }

    [Fact]
    public async Task An_open_refusal_the_application_deadline_and_missing_documents_reach_mentor_and_coordinator_in_their_languages()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        await coordinator.PostAsync("mutation { setMyLanguage(language: EN) { __typename } }");
        var coordinatorEmail = ApiFixture.EmailOf("a", Role.Coordinator);
        const string name = "Pēteris Kalns";
        var pair = await Scenarios.ActivePairAsync(api, coordinator, name); // expected release 25 Nov 2026: the application is due 25 Dec
        var client = (await coordinator.PostAsync("query($s: String!) { clients(filter: { search: $s }) { nodes { id version } } }", new { s = name }))
            .Data.GetProperty("clients").GetProperty("nodes")[0];
        var refused = await CommandAsync(coordinator, "recordRefusal", "RecordRefusalInput", client, new
        {
            institution = "MUNICIPAL_SOCIAL_SERVICE", help = "CRISIS_BENEFIT", reason = "NO_ACCOUNT_STATEMENTS", refusedOn = "2026-11-23", note = "Pēterim nav izrakstu",
        });
        Assert.Empty(refused.UserErrors("recordRefusal"));
        Assert.Empty((await CommandAsync(coordinator, "recordDocument", "RecordDocumentInput", ClientOf(refused, "recordRefusal"),
            new { kind = "IDENTITY_DOCUMENT", obtainedOn = "2026-11-20" })).UserErrors("recordDocument"));

        // A week after the refusal, still open.
        var week = new DateOnly(2026, 11, 30);
        await ScanAsync(week);
        Assert.Contains("- P. K.: atteikums (nav konta izrakstu, 23.11.2026) gaida apstrīdēšanu, atkārtotu pieteikumu vai slēgšanu.", await BodyAsync(pair.MentorEmail, week));
        Assert.Contains("- P. K.: the refusal (no account statements, 23.11.2026) is waiting for an appeal, a new application or closing.", await BodyAsync(coordinatorEmail, week));

        // A week before the one-month deadline: the application and the documents still missing (the identity document is in hand).
        var ahead = new DateOnly(2026, 12, 18);
        await ScanAsync(ahead);
        var mentorMail = await BodyAsync(pair.MentorEmail, ahead);
        Assert.Contains("- P. K.: sociālās palīdzības iesniegums vēl nav iesniegts; viena mēneša termiņš ir 25.12.2026.", mentorMail);
        Assert.Contains("- P. K.: vēl trūkst dokumentu: izziņa par atbrīvošanu, konta izraksti par pēdējiem trim mēnešiem, deklarēta dzīvesvieta, reģistrācija NVA, ģimenes ārsts.", mentorMail);
        var coordinatorMail = await BodyAsync(coordinatorEmail, ahead);
        Assert.Contains("- P. K.: the social-assistance application is not filed yet; the one-month deadline is 25.12.2026.", coordinatorMail);
        Assert.Contains("- P. K.: documents still missing: release certificate, account statements for the last three months, declared residence, NVA registration, family doctor.", coordinatorMail);

        // The day after the deadline.
        var after = new DateOnly(2026, 12, 26);
        await ScanAsync(after);
        Assert.Contains("- P. K.: the one-month deadline for the social-assistance application (25.12.2026) has passed and it is not filed.", await BodyAsync(coordinatorEmail, after));

        var all = string.Concat(api.Smtp.Messages().Select(m => m.TextBody + m.HtmlBody));
        Assert.DoesNotContain("Pēter", all, StringComparison.Ordinal); // initials only: neither the name nor the refusal's note
        Assert.DoesNotContain("Kalns", all, StringComparison.Ordinal);
    }
}
