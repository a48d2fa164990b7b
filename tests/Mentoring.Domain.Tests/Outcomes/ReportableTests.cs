using Mentoring.Domain.Clients;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Outcomes;

namespace Mentoring.Domain.Tests.Outcomes;

/// <summary>A person counts in the municipality's outcome summaries only while they consent to aggregated reporting.</summary>
public sealed class ReportableTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();

    private static ClientOutcome Referred() => ClientOutcome.Create(new ClientReferred(Id, new ClientPerson("X", Gender.Male, 1980, ["lv"], null), "olaine",
        new DateOnly(2026, 12, 1), ReleaseType.EndOfSentence, "riga", null, "R", null, null, Guid.Empty, At));

    [Fact]
    public void Without_consent_nobody_is_counted() => Assert.False(Referred().Reportable);

    [Theory]
    [InlineData(new[] { ConsentScope.Processing, ConsentScope.MentorContact }, false)]
    [InlineData(new[] { ConsentScope.Processing, ConsentScope.AggregateReporting }, true)]
    public void Only_consent_to_aggregated_reporting_counts(ConsentScope[] scopes, bool counted) =>
        Assert.Equal(counted, Referred().Apply(new ConsentRecorded(Id, scopes, new DateOnly(2026, 11, 20), "PK", Guid.Empty, At)).Reportable);

    [Fact]
    public void Withdrawing_consent_stops_counting_and_giving_it_again_resumes()
    {
        var consented = Referred().Apply(new ConsentRecorded(Id, [ConsentScope.AggregateReporting], new DateOnly(2026, 11, 20), "PK", Guid.Empty, At));
        var withdrawn = consented.Apply(new ConsentWithdrawn(Id, new DateOnly(2026, 11, 22), null, Guid.Empty, At));
        Assert.False(withdrawn.Reportable);
        Assert.True(withdrawn.Apply(new ConsentRecorded(Id, [ConsentScope.AggregateReporting], new DateOnly(2026, 11, 23), "PK2", Guid.Empty, At)).Reportable);
    }
}
