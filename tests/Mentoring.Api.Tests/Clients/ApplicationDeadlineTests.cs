using System.Text.Json;
using static Mentoring.Api.Tests.Clients.ClientCaseTests;

namespace Mentoring.Api.Tests.Clients;

/// <summary>
/// The coordinator's desk lists the social-assistance applications not filed whose one-month deadline is near (the reminder
/// rules' days) or has passed, with the days left. The fixture's clock: 2026-11-23 (Riga).
/// </summary>
public sealed class ApplicationDeadlineTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Desk = "{ applicationDeadlines { deadline daysLeft client { id name } } }";

    private static async Task<JsonElement> ReleasedAsync(GraphQLClient coordinator, string name, string releasedOn) =>
        await ReferAsync(coordinator, Referral(name, releasedOn, alreadyReleasedOn: releasedOn));

    private static List<(string? Name, string? Deadline, int DaysLeft)> Rows(GraphQLResponse response) =>
        [.. response.Data.GetProperty("applicationDeadlines").EnumerateArray().Select(r => (r.GetProperty("client").GetProperty("name").GetString(),
            r.GetProperty("deadline").GetString(), r.GetProperty("daysLeft").GetInt32()))];

    [Fact]
    public async Task Applications_not_filed_with_the_deadline_within_the_rules_days_or_passed_are_listed_earliest_first()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        string passed = Unique("Passed"), near = Unique("Near"), later = Unique("Later"), filed = Unique("Filed"), notNeeded = Unique("NotNeeded");
        await ReleasedAsync(coordinator, passed, "2026-10-10");  // deadline 10 Nov: 13 days ago
        await ReleasedAsync(coordinator, near, "2026-10-31");    // deadline 30 Nov: 7 days left, the last day of the default window
        await ReleasedAsync(coordinator, later, "2026-11-01");   // deadline 1 Dec: 8 days, not yet
        foreach (var (name, status, extra) in new[] { (filed, "DONE", (object)new { on = "2026-11-20" }), (notNeeded, "NOT_NEEDED", new { note = "has a pension" }) })
        {
            var client = await ReleasedAsync(coordinator, name, "2026-10-20");
            var goal = client.GetProperty("goals").EnumerateArray().Single(g => g.GetProperty("standard").GetString() == "SOCIAL_ASSISTANCE").GetProperty("id").GetString();
            var input = JsonSerializer.SerializeToNode(extra)!.AsObject();
            input["goalId"] = goal;
            input["status"] = status;
            Assert.Empty((await CommandAsync(coordinator, "setGoalStatus", "SetGoalStatusInput", client, input)).UserErrors("setGoalStatus"));
        }

        var rows = Rows(await coordinator.PostAsync(Desk));
        Assert.Equal([(passed, "2026-11-10", -13), (near, "2026-11-30", 7)], rows);

        // The NGO's rules widen the window: the later one appears; a mentor does not see the list.
        using var admin = await api.SignedIn("a", Role.OrgAdmin);
        var version = (await admin.PostAsync("{ reminderRules { version } }")).Data.GetProperty("reminderRules").GetProperty("version").GetString();
        var update = await admin.PostAsync("mutation($i: UpdateReminderRulesInput!) { updateReminderRules(input: $i) { rules { applicationDeadlineDaysAhead } errors { code field } } }", new
        {
            i = new { version, weeklyForDaysAfterRelease = 30, weeklyIntervalDays = 7, laterIntervalDays = 14, preReleaseIntervalDays = 30, remindAgainAfterDays = 3,
                      escalateAfterDaysOverdue = 4, releaseSoonDays = 7, goalDeadlineDaysAhead = 3, vettingExpiryDaysAhead = 30, proposalUnansweredDays = 3,
                      applicationDeadlineDaysAhead = 8 },
        });
        Assert.Empty(update.UserErrors("updateReminderRules"));
        Assert.Equal([passed, near, later], Rows(await coordinator.PostAsync(Desk)).Select(r => r.Name));
        using var mentor = await api.SignedIn("a", Role.Mentor);
        Assert.NotEmpty((await mentor.PostAsync(Desk)).ErrorCodes);
        // Another NGO sees none of them.
        using var other = await api.SignedIn("b", Role.Coordinator);
        Assert.Empty(Rows(await other.PostAsync(Desk)));
    }
}
