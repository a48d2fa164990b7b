using System.Text.Json;
using Marten;
using Mentoring.Domain.Common;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Monitoring;
using Mentoring.Jobs.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Monitoring;

/// <summary>The monitoring operations the API tests call, and the fixture's clock moved forward (it never goes back).</summary>
internal static class MonitoringCalls
{
    public const string LogCheckIn = """
        mutation($i: LogStaffCheckInInput!) { logStaffCheckIn(input: $i) {
          monitoring { matchId checkIns { id with mode healthRating concerns agreedActions on } mentorCheckIns { nextDue periodStart state } clientCheckIns { nextDue state } tasks { open } }
          errors { code field } } }
        """;
    public const string Answer = "mutation($i: AnswerMatchHealthCheckInput!) { answerMatchHealthCheck(input: $i) { healthCheck { matchId milestone goingWell supported answeredOn } errors { code field } } }";
    public const string RecordClient = "mutation($i: RecordClientHealthCheckInput!) { recordClientHealthCheck(input: $i) { monitoring { health { source milestone rating } tasks { rule open from to } } errors { code field } } }";
    public const string MonitoringQuery = "query($m: ID!) { matchMonitoring(matchId: $m) { checkIns { id } health { source milestone goingWell supported } tasks { open rule } healthCheckOpen } }";

    public static object CheckIn(Guid matchId, Guid? id = null, string with = "MENTOR", int rating = 4, string on = "2026-11-23") => new
    {
        i = new { matchId, checkInId = id ?? Guid.NewGuid(), with, mode = "PHONE", healthRating = rating, concerns = "Worried about the shelter", agreedActions = "Call NVA together", on },
    };

    /// <summary>Moves the fixture's clock to 10:00 in Riga on <paramref name="day"/> and signs the coordinator in again (sessions end after 12 hours).</summary>
    public static async Task At(ApiFixture api, DateOnly day, params GraphQLClient[] signIn)
    {
        api.Clock.SetUtcNow(RigaCalendar.At(day, new TimeOnly(10, 0)));
        foreach (var client in signIn) await client.LoginAsync(ApiFixture.EmailOf("a", Role.Coordinator), ApiFixture.Password);
    }

    public static int? MineDue(GraphQLResponse response, Guid matchId)
    {
        var mine = response.Data.GetProperty("myMatches").EnumerateArray().Single(m => m.GetProperty("matchId").GetString() == matchId.ToString());
        return mine.GetProperty("healthCheckDue").ValueKind == JsonValueKind.Null ? null : mine.GetProperty("healthCheckDue").GetInt32();
    }
}
