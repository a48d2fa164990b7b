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
/// The coordinators' digests and the admins' escalation, planned from hand-made monitoring events on the fake clock.
/// Every pair's match begins on 20 November 2026 (a 30-day first month): with the default policy, check-ins are due on
/// 5 December, 20 December, then the 20th of each month; the first health check opens on 20 December. The fixture's
/// clock (23 November 2026) only moves forward, so each class that moves it has a fixture of its own.
/// </summary>
public sealed class CheckInDigestTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>
    /// The digests and escalations the scan plans from hand-made monitoring events, day by day on the fake clock: the
    /// mentor's side checked in on 25 November (next due 20 December), the client's never (due 5 December).
    /// </summary>
    [Fact]
    public async Task The_coordinators_digest_names_due_and_overdue_check_ins_and_admins_hear_of_an_overdue_one_once()
    {
        using var coordinator = await api.SignedIn("a", Role.Coordinator);
        var pair = await Scenarios.ActivePairAsync(api, coordinator, "Pēteris Kalns");
        var mentorName = (await coordinator.PostAsync("query($m: ID!) { match(id: $m) { mentor { name } } }", new { m = pair.MatchId }))
            .Data.GetProperty("match").GetProperty("mentor").GetProperty("name").GetString();
        await using (var session = api.Store.LightweightSession(api.NgoA.TenantId))
        {
            session.Events.Append(MatchMonitoring.StreamOf(pair.MatchId), new StaffCheckInLogged(pair.MatchId, Guid.NewGuid(), CheckInParty.Mentor, CheckInMode.InPerson, 4,
                null, null, new DateOnly(2026, 11, 25), Guid.NewGuid(), RigaCalendar.At(new DateOnly(2026, 11, 25), new TimeOnly(12, 0))));
            await session.SaveChangesAsync();
        }

        async Task<string> CoordinatorMail(DateOnly day)
        {
            var (digests, people, _) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, day, default);
            var to = people.Values.Single(u => u.Email == ApiFixture.EmailOf("a", Role.Coordinator));
            return digests.Where(d => d.RecipientUserId == to.Id).Select(d => DigestMail.Render(d, to).TextBody).SingleOrDefault() ?? "";
        }
        Assert.Contains($"P. K.: līdz 05.12.2026 jāsazinās ar klientu (līdzgaitnieks {mentorName}).", await CoordinatorMail(new DateOnly(2026, 11, 28)), StringComparison.Ordinal);
        Assert.DoesNotContain("P. K.: līdz", await CoordinatorMail(new DateOnly(2026, 11, 29)), StringComparison.Ordinal);
        Assert.Contains($"P. K.: saziņa ar klientu nokavēta par 3 dienām (termiņš 05.12.2026, līdzgaitnieks {mentorName}).",
            await CoordinatorMail(new DateOnly(2026, 12, 8)), StringComparison.Ordinal);
        Assert.Contains($"P. K.: līdz 20.12.2026 jāsazinās ar līdzgaitnieku (līdzgaitnieks {mentorName}).", await CoordinatorMail(new DateOnly(2026, 12, 13)), StringComparison.Ordinal);

        var (_, _, early) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, new DateOnly(2026, 12, 11), default);
        Assert.DoesNotContain(early, e => e.MatchId == pair.MatchId);
        var (_, _, escalations) = await ReminderScan.PlanAsync(api.Store, api.NgoA.TenantId, new DateOnly(2026, 12, 12), default);
        var escalation = Assert.Single(escalations, e => e.MatchId == pair.MatchId);
        Assert.Equal((CheckInParty.Client, new DateOnly(2026, 12, 5), 7), (escalation.With, escalation.Due, escalation.DaysOverdue));

        // Scanned on 12 December by two nodes, and again the next days: each admin is told once.
        var node1 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        var node2 = ActivatorUtilities.CreateInstance<ReminderScan>(api.Services);
        foreach (var day in new[] { new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13), new DateOnly(2026, 12, 16) })
        {
            api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(9, 0)));
            await Task.WhenAll(node1.RunAsync(default), node2.RunAsync(default));
        }
        await using var query = api.Store.QuerySession(api.NgoA.TenantId);
        var sent = (await query.Query<OutboxMessage>().Where(m => m.Kind == NotificationKind.StaffCheckIn).ToListAsync())
            .Where(m => m.Key.StartsWith($"checkin-escalation:{pair.MatchId}:", StringComparison.Ordinal)).ToList();
        var admins = (await query.Query<UserAccount>().ToListAsync()).Where(u => u.IsActive && u.Roles.Contains(Role.OrgAdmin)).ToList();
        Assert.NotEmpty(admins);
        Assert.Equal(admins.Select(a => a.Email).Order(), sent.Select(m => m.To).Order());
        Assert.All(sent, m => Assert.Equal("Nokavēta personāla saziņa: P. K.", m.Subject));
        Assert.All(sent, m => Assert.Contains("līdz 05.12.2026; tas nav izdarīts jau 7 dienas", m.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("Pēteris", string.Concat(sent.Select(m => m.TextBody + m.Subject)), StringComparison.Ordinal);
    }
}
