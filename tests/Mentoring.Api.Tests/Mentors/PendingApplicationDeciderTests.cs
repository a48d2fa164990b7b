using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Tests.Mentors;

/// <summary>Given events / when command / then events, for the public form's pending application (pure, no database).</summary>
public sealed class PendingApplicationDeciderTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();
    private const string Hash = "5f2b";

    private static Actor At(DateTimeOffset at) => new(Guid.Empty, at, DateOnly.FromDateTime(at.UtcDateTime));

    private static MentorProfile Profile(int capacity = 2) => new(
        " Jānis Bērziņš ", "Janis@Example.lv", null, ["lv"], ["riga"], Gender.Male, 1980, new LivedExperience(true, 6), [NeedDomain.Housing],
        [new AvailabilitySlot(DayOfWeek.Tuesday, DayPart.Evening)], capacity, "I know the first month after release from my own life.");

    private static PendingApplication? Given(params object[] events) => events.Aggregate((PendingApplication?)null, PendingApplicationDecider.Evolve);

    private static object Received() => PendingApplicationDecider.Decide(new ReceivePublicApplication(Id, Profile(), Hash, At(Submitted)), null).Events[0];

    [Fact]
    public void A_valid_form_is_held_for_48_hours_with_its_address_normalised()
    {
        var held = Assert.IsType<MentorApplicationAwaitingConfirmation>(Received());
        Assert.Equal("janis@example.lv", held.Profile.Email);
        Assert.Equal(Submitted.AddHours(48), held.ExpiresAt);
        Assert.Equal(Hash, held.TokenHash);
    }

    [Fact]
    public void An_invalid_form_is_refused_like_a_coordinators_entry()
    {
        var decision = PendingApplicationDecider.Decide(new ReceivePublicApplication(Id, Profile(capacity: 9), Hash, At(Submitted)), null);
        Assert.Equal([(ErrorCodes.Validation, "capacity")], decision.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void Confirming_in_time_names_the_mentor_it_starts()
    {
        var decision = PendingApplicationDecider.Decide(new ConfirmMentorApplication(Hash, false, At(Submitted.AddHours(47))), Given(Received()));
        var confirmed = Assert.IsType<MentorApplicationConfirmed>(Assert.Single(decision.Events));
        Assert.Equal(PendingApplication.MentorIdOf(Id), confirmed.MentorId);
    }

    [Fact]
    public void Confirming_after_the_address_applied_meanwhile_starts_no_mentor()
    {
        var decision = PendingApplicationDecider.Decide(new ConfirmMentorApplication(Hash, true, At(Submitted.AddHours(1))), Given(Received()));
        Assert.Null(Assert.IsType<MentorApplicationConfirmed>(Assert.Single(decision.Events)).MentorId);
    }

    [Fact]
    public void A_wrong_late_or_second_confirmation_is_refused()
    {
        var pending = Given(Received());
        Assert.Equal(ErrorCodes.NotFound, PendingApplicationDecider.Decide(new ConfirmMentorApplication("other", false, At(Submitted)), pending).Errors[0].Code);
        Assert.Equal(ErrorCodes.NotFound, PendingApplicationDecider.Decide(new ConfirmMentorApplication(Hash, false, At(Submitted)), null).Errors[0].Code);
        Assert.Equal(PendingApplicationDecider.ConfirmationExpired,
            PendingApplicationDecider.Decide(new ConfirmMentorApplication(Hash, false, At(Submitted.AddHours(48).AddSeconds(1))), pending).Errors[0].Code);
        var confirmed = Given(Received(), new MentorApplicationConfirmed(Id, PendingApplication.MentorIdOf(Id), Submitted.AddHours(1)));
        Assert.Equal(PendingApplicationDecider.AlreadyConfirmed,
            PendingApplicationDecider.Decide(new ConfirmMentorApplication(Hash, false, At(Submitted.AddHours(2))), confirmed).Errors[0].Code);
    }
}
