using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Mentors;

/// <summary>
/// "In date" has one definition, an expression that Marten queries use and the domain compiles: a training on day d runs
/// to d + months (AddMonths: the same day, or the month's last day), and the check to its expiry date inclusive.
/// </summary>
public sealed class MentorInDateTests
{
    private static Mentor Trained(DateOnly? lastTraining, DateOnly? checkExpires) =>
        Mentor.Create(new MentorApplicationSubmitted(Guid.NewGuid(), MentorDeciderTests.Profile(), ApplicationChannel.Coordinator, DateTimeOffset.UnixEpoch))
            with { LastTrainingOn = lastTraining, BackgroundCheckExpiresOn = checkExpires };

    [Theory]
    [InlineData("2027-03-31", 1, "2027-03-01")] // 28 February + 1 month is 28 March: too short; 1 March runs to 1 April
    [InlineData("2027-03-28", 1, "2027-02-28")]
    [InlineData("2028-03-31", 1, "2028-03-01")] // leap year: 29 February runs only to 29 March
    [InlineData("2028-02-29", 12, "2027-03-01")] // 28 February 2027 + 12 months is 28 February 2028: a day short of the leap day
    [InlineData("2027-01-15", 24, "2025-01-15")]
    public void The_earliest_training_that_still_counts_is_the_first_that_runs_to_today(string today, int months, string since)
    {
        var day = DateOnly.Parse(today);
        var expected = DateOnly.Parse(since);
        Assert.Equal(expected, MentorInDate.RefreshedSince(day, months));
        Assert.True(expected.AddMonths(months) >= day);
        Assert.True(expected.AddDays(-1).AddMonths(months) < day);
    }

    [Fact]
    public void In_memory_the_rule_agrees_with_the_plain_reading_on_every_day_of_two_years_around_a_leap_day()
    {
        var policy = VettingPolicy.Default with { RefresherTrainingMonths = 1 };
        var expires = new DateOnly(2028, 6, 30);
        for (var today = new DateOnly(2027, 1, 1); today <= new DateOnly(2028, 12, 31); today = today.AddDays(1))
            foreach (var back in new[] { 27, 28, 29, 30, 31, 32 })
            {
                var last = today.AddDays(-back);
                var mentor = Trained(last, expires);
                var plain = expires >= today && last.AddMonths(1) >= today;
                Assert.Equal(plain, !mentor.HasLapsed(today, policy));
            }
    }

    [Fact]
    public void No_check_or_no_training_is_not_in_date_and_no_refresher_rule_ignores_training()
    {
        var today = new DateOnly(2027, 5, 5);
        Assert.True(Trained(null, today).HasLapsed(today, VettingPolicy.Default));
        Assert.True(Trained(today, null).HasLapsed(today, VettingPolicy.Default));
        Assert.False(Trained(null, today).HasLapsed(today, VettingPolicy.Default with { RefresherTrainingMonths = null }));
        Assert.True(Trained(today, today.AddDays(-1)).HasLapsed(today, VettingPolicy.Default));
    }
}
