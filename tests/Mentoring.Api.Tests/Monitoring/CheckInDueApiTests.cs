using System.Text.Json;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;

using static Mentoring.Api.Tests.Monitoring.MonitoringCalls;

namespace Mentoring.Api.Tests.Monitoring;

/// <summary>
/// A staff check-in logged (once) moves its side's next due date; the list shows what is due a week ahead.
/// Every pair's match begins on 20 November 2026 (a 30-day first month): with the default policy, check-ins are due on
/// 5 December, 20 December, then the 20th of each month; the first health check opens on 20 December. The fixture's
/// clock (23 November 2026) only moves forward, so each class that moves it has a fixture of its own.
/// </summary>
public sealed class CheckInDueApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_check_in_is_logged_once_and_moves_the_sides_next_due_date()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator);

        var before = await coordinator.PostAsync("{ checkInsDue(includeOnTrack: true) { with status { nextDue state } match { id } } }");
        var rows = before.Data.GetProperty("checkInsDue").EnumerateArray().Where(r => r.GetProperty("match").GetProperty("id").GetString() == pair.MatchId.ToString()).ToList();
        Assert.Equal([("MENTOR", "2026-12-05", "ON_TRACK"), ("CLIENT", "2026-12-05", "ON_TRACK")],
            rows.Select(r => (r.GetProperty("with").GetString(), r.GetProperty("status").GetProperty("nextDue").GetString(), r.GetProperty("status").GetProperty("state").GetString())));

        var id = Guid.NewGuid();
        var first = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, id));
        var again = await coordinator.PostAsync(LogCheckIn, CheckIn(pair.MatchId, id));
        Assert.Empty(first.UserErrors("logStaffCheckIn"));
        Assert.Empty(again.UserErrors("logStaffCheckIn"));
        var monitoring = again.Data.GetProperty("logStaffCheckIn").GetProperty("monitoring");
        var logged = Assert.Single(monitoring.GetProperty("checkIns").EnumerateArray());
        Assert.Equal(("MENTOR", "PHONE", 4, "Worried about the shelter", "Call NVA together", "2026-11-23"),
            (logged.GetProperty("with").GetString(), logged.GetProperty("mode").GetString(), logged.GetProperty("healthRating").GetInt32(),
             logged.GetProperty("concerns").GetString(), logged.GetProperty("agreedActions").GetString(), logged.GetProperty("on").GetString()));
        // 23 November meets 5 December; the mentor's next is 20 December, the client's still 5 December.
        Assert.Equal("2026-12-20", monitoring.GetProperty("mentorCheckIns").GetProperty("nextDue").GetString());
        Assert.Equal("2026-12-06", monitoring.GetProperty("mentorCheckIns").GetProperty("periodStart").GetString());
        Assert.Equal("2026-12-05", monitoring.GetProperty("clientCheckIns").GetProperty("nextDue").GetString());

        // A week on, the client's side is due and listed; the mentor's is not.
        await MonitoringCalls.At(api, new DateOnly(2026, 11, 28), coordinator);
        var due = (await coordinator.PostAsync("{ checkInsDue { with status { nextDue state } match { id } } }")).Data.GetProperty("checkInsDue").EnumerateArray()
            .Where(r => r.GetProperty("match").GetProperty("id").GetString() == pair.MatchId.ToString()).ToList();
        Assert.Equal([("CLIENT", "DUE")], due.Select(r => (r.GetProperty("with").GetString(), r.GetProperty("status").GetProperty("state").GetString())));
    }
}
