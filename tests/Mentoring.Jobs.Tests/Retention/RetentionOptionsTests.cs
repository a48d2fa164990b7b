using Mentoring.Jobs.Hosting;
using Microsoft.Extensions.Configuration;

namespace Mentoring.Jobs.Tests.Retention;

/// <summary>The retention rules are read from configuration; an installation that set the old closed-case key keeps its period.</summary>
public sealed class RetentionOptionsTests
{
    private static Jobs.Retention.RetentionOptions Read(params (string Key, string Value)[] settings) =>
        JobsSetup.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()).Retention;

    [Fact]
    public void Defaults_apply_until_a_rule_is_set()
    {
        var rules = Read(("Mentoring:Jobs:Retention:OutboxDays", "30"));
        Assert.Equal((5, 12, 6, 24, 30, 10), (rules.ClosedCaseYears, rules.DormantCaseMonths, rules.RejectedMentorMonths, rules.WithdrawnMentorMonths, rules.OutboxDays, rules.AuditYears));
    }

    [Fact]
    public void The_old_closed_case_key_is_still_read_and_the_new_one_wins()
    {
        Assert.Equal(7, Read(("Mentoring:Jobs:RetentionYears", "7")).ClosedCaseYears);
        Assert.Equal(3, Read(("Mentoring:Jobs:RetentionYears", "7"), ("Mentoring:Jobs:Retention:ClosedCaseYears", "3")).ClosedCaseYears);
    }
}
