using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Mentors.MentorApi;

namespace Mentoring.Api.Tests.Jobs;

/// <summary>Weeks of fake time: two nodes scan at once every morning; every person gets at most one digest a day, each once.</summary>
public sealed class ReminderTests(TwoNodeFixture api) : IClassFixture<TwoNodeFixture>
{
    /// <summary>An approved mentor with an account, and an active match with a client (P. K.) released on 25 Nov 2026.</summary>
    private Task<ActivePair> ActivePairAsync(GraphQLClient coordinator) => Scenarios.ActivePairAsync(api, coordinator, "Pēteris Kalns");

    private async Task<List<OutboxMessage>> DigestsAsync()
    {
        await using var session = api.Store.QuerySession(api.NgoA.TenantId);
        return (await session.Query<OutboxMessage>().Where(m => m.Kind == NotificationKind.ReminderDigest).ToListAsync()).ToList();
    }

    [Fact]
    public async Task Three_weeks_of_mornings_scanned_by_two_nodes_send_each_digest_once_after_quiet_hours()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await ActivePairAsync(coordinator);
        var node1 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        var node2 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Worker);

        for (var day = new DateOnly(2026, 11, 24); day <= new DateOnly(2026, 12, 14); day = day.AddDays(1))
        {
            // 07:00 Riga: quiet hours. Both nodes scan at once, twice; digests are recorded but wait for 08:00.
            api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(7, 0)));
            var recorded = await Task.WhenAll(node1.RunAsync(default), node2.RunAsync(default), node1.RunAsync(default));
            var today = (await DigestsAsync()).Where(d => d.Key.EndsWith($":{day:yyyy-MM-dd}", StringComparison.Ordinal)).ToList();
            Assert.Equal(today.Count, recorded.Sum());
            Assert.All(today, d => Assert.Equal(RigaCalendar.At(day, new TimeOnly(8, 0)), d.NotBefore));

            // After 08:00 the sweep hands them over (the delayed Hangfire job would too, in real time).
            api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(8, 30)));
            await api.SweepAsync();
            foreach (var digest in today) await api.SentAsync(api.NgoA.TenantId, digest.Key);
        }

        var mentorMail = api.Smtp.To(pair.MentorEmail).Where(m => m.Subject!.StartsWith("Jūsu atgādinājumi", StringComparison.Ordinal)).ToList();
        Assert.Equal(mentorMail.Count, mentorMail.Select(m => m.Subject).Distinct().Count()); // one a day at most
        Assert.Contains(mentorMail, m => m.Subject!.Contains("25.11.2026", StringComparison.Ordinal) && m.TextBody!.Contains("Šodien tiek atbrīvots P. K.", StringComparison.Ordinal));
        // Released 25 Nov, no contact since: due 2 Dec, reminded again 5 Dec, coordinators alerted 9 Dec.
        Assert.Contains(mentorMail, m => m.Subject!.Contains("02.12.2026", StringComparison.Ordinal) && m.TextBody!.Contains("Laiks sazināties ar P. K.", StringComparison.Ordinal));
        Assert.Contains(mentorMail, m => m.Subject!.Contains("05.12.2026", StringComparison.Ordinal) && m.TextBody!.Contains("Atgādinām vēlreiz", StringComparison.Ordinal));
        var coordinatorMail = Assert.Single(api.Smtp.To(ApiFixture.EmailOf("a", Role.Coordinator)), m => m.Subject!.Contains("09.12.2026", StringComparison.Ordinal));
        Assert.Contains("nav sazinājies ar P. K.", coordinatorMail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Pēteris", string.Concat(api.Smtp.Messages().Select(m => m.TextBody)), StringComparison.Ordinal); // initials only
        Assert.Equal(api.Smtp.Messages().Count, api.Smtp.Messages().Select(m => m.MessageId).Distinct().Count()); // nothing twice

        // The mentor's engagement view agrees with the reminders: overdue. (Three weeks later the cookie has expired.)
        await pair.Mentor.LoginAsync(pair.MentorEmail, Scenarios.MentorPassword);
        var mine = await pair.Mentor.PostAsync("{ myMatches { cadence nextContactDue } }");
        Assert.Equal("OVERDUE", mine.Data.GetProperty("myMatches")[0].GetProperty("cadence").GetString());
    }

    [Fact]
    public async Task Reminder_rules_are_read_and_changed_with_typed_errors_and_optimistic_concurrency()
    {
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        const string Update = "mutation($i: UpdateReminderRulesInput!) { updateReminderRules(input: $i) { rules { version weeklyIntervalDays } errors { code field } } }";
        var rules = (await admin.PostAsync("{ reminderRules { version weeklyForDaysAfterRelease weeklyIntervalDays laterIntervalDays preReleaseIntervalDays remindAgainAfterDays escalateAfterDaysOverdue releaseSoonDays goalDeadlineDaysAhead vettingExpiryDaysAhead proposalUnansweredDays } }"))
            .Data.GetProperty("reminderRules");
        var input = System.Text.Json.Nodes.JsonNode.Parse(rules.GetRawText())!.AsObject();
        Assert.Equal(14, (int)input["laterIntervalDays"]!);

        input["weeklyIntervalDays"] = 0;
        Assert.Contains(("VALIDATION", "weeklyIntervalDays"), (await admin.PostAsync(Update, new { i = input })).UserErrors("updateReminderRules"));
        input["weeklyIntervalDays"] = 5;
        var changed = await admin.PostAsync(Update, new { i = input });
        Assert.Empty(changed.UserErrors("updateReminderRules"));
        Assert.Equal(5, changed.Data.GetProperty("updateReminderRules").GetProperty("rules").GetProperty("weeklyIntervalDays").GetInt32());
        Assert.Contains(("CONCURRENCY_CONFLICT", "version"), (await admin.PostAsync(Update, new { i = input })).UserErrors("updateReminderRules")); // stale version

        // Another NGO still has the defaults; a mentor may not read them.
        using var otherAdmin = await api.SignedIn("b", Role.OrgAdmin);
        Assert.Equal(7, (await otherAdmin.PostAsync("{ reminderRules { weeklyIntervalDays } }")).Data.GetProperty("reminderRules").GetProperty("weeklyIntervalDays").GetInt32());
        using var mentor = await api.SignedIn("a", Role.Mentor);
        Assert.NotEmpty((await mentor.PostAsync("{ reminderRules { weeklyIntervalDays } }")).ErrorCodes);

        // Put the defaults back for the other test in this class.
        var current = (await admin.PostAsync("{ reminderRules { version } }")).Data.GetProperty("reminderRules").GetProperty("version").GetString();
        input["version"] = current;
        input["weeklyIntervalDays"] = 7;
        Assert.Empty((await admin.PostAsync(Update, new { i = input })).UserErrors("updateReminderRules"));
    }

    [Fact]
    public async Task People_switch_kinds_off_but_not_safeguarding_alerts_and_coordinators_see_what_was_sent()
    {
        using var mentor = await api.SignedIn("a", Role.Mentor);
        const string Set = "mutation($k: NotificationKind!, $c: NotificationChannel!) { setMyNotificationPreference(kind: $k, channel: $c) { preferences { kind channel canSwitchOff } errors { code field } } }";
        Assert.Contains(("CANNOT_SWITCH_OFF", "kind"), (await mentor.PostAsync(Set, new { k = "SAFEGUARDING_ALERT", c = "NONE" })).UserErrors("setMyNotificationPreference"));
        var off = await mentor.PostAsync(Set, new { k = "GOAL_DEADLINE", c = "NONE" });
        Assert.Contains(off.Data.GetProperty("setMyNotificationPreference").GetProperty("preferences").EnumerateArray(),
            p => p.GetProperty("kind").GetString() == "GOAL_DEADLINE" && p.GetProperty("channel").GetString() == "NONE");
        Assert.Empty((await mentor.PostAsync(Set, new { k = "GOAL_DEADLINE", c = "EMAIL" })).UserErrors("setMyNotificationPreference"));

        // Coordinators see the outbox of their own NGO only, without bodies; mentors do not see it.
        await ApplyAsync(api.Client(), api.NgoA.Id, $"seen-{Guid.NewGuid():N}@example.lv");
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var page = (await coordinator.PostAsync("{ notifications(first: 100) { totalCount nodes { kind to status queuedAt } } }")).Data.GetProperty("notifications");
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 1);
        using var other = await api.SignedIn("b", Role.Coordinator);
        Assert.Equal(0, (await other.PostAsync("{ notifications { totalCount } }")).Data.GetProperty("notifications").GetProperty("totalCount").GetInt32());
        Assert.NotEmpty((await mentor.PostAsync("{ notifications { totalCount } }")).ErrorCodes);
    }
}
