using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Mentors;

/// <summary>The training catalogue, sessions that tick modules for everyone present, learning minutes, and refresher expiry.</summary>
public sealed class TrainingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static Attendance In(Guid id) => new(id, true);
    private static Attendance Out(Guid id) => new(id, false);
    private static readonly Guid Anna = Guid.NewGuid(), Ivars = Guid.NewGuid(), Session = Guid.NewGuid();

    private static readonly TrainingCatalogue Catalogue = TrainingCatalogue.Default with
    {
        Modules = [.. TrainingCatalogue.Default.Modules, new CatalogueModule("SAFEGUARD", "Drošības jautājumi", 3, TrainingModuleKind.Refresher, 12)],
    };

    private static Mentor Applicant(Guid id, params object[] more) => new object[]
    {
        new MentorApplicationSubmitted(id, MentorDeciderTests.Profile(), ApplicationChannel.Coordinator, Coordinator.At),
    }.Concat(more).Aggregate((Mentor?)null, MentorDecider.Evolve)!;

    private static RecordTrainingSession Session1(string[] modules, params Attendance[] attendance) => new(Session, Today.AddDays(-2), " Dace Liepa ", modules, 100,
        attendance, Catalogue, new Dictionary<Guid, Mentor?> { [Anna] = Applicant(Anna), [Ivars] = Applicant(Ivars) }, Coordinator);

    [Fact]
    public void A_session_ticks_each_module_for_everyone_present_and_splits_its_minutes_exactly()
    {
        var decision = TrainingDecider.Decide(Session1(["intro", "CONFIDENTIALITY", "SAFEGUARD"], In(Anna), Out(Ivars)), null);

        var day = Today.AddDays(-2);
        Assert.Equal(SupervisionTests.Json(
                new TrainingSessionHeld(Session, day, "Dace Liepa", ["INTRO", "CONFIDENTIALITY", "SAFEGUARD"], 100, [In(Anna), Out(Ivars)], Coordinator.By, Coordinator.At),
                new TrainingModuleCompleted(Anna, "Ievads līdzgaitnieka darbā", day, Coordinator.By, Coordinator.At, Session, 34, "INTRO"),
                new TrainingModuleCompleted(Anna, "Konfidencialitāte un robežas", day, Coordinator.By, Coordinator.At, Session, 33, "CONFIDENTIALITY"),
                new TrainingModuleCompleted(Anna, "Drošības jautājumi", day, Coordinator.By, Coordinator.At, Session, 33, "SAFEGUARD")),
            SupervisionTests.Json([.. decision.Events]));

        var anna = decision.Events.Skip(1).Aggregate(Applicant(Anna), (m, e) => MentorDecider.Evolve(m, e)!);
        Assert.Equal(100, anna.LearningMinutes);
        Assert.Equal(MentorStage.InVetting, anna.Stage);
        // The policy's required modules (the catalogue's defaults) are ticked on the vetting checklist.
        Assert.All(MentorDecider.Checklist(anna, VettingPolicy.Default, Today).Where(i => i.Kind == VettingStep.Training), i => Assert.True(i.Done));
    }

    [Theory]
    [InlineData(100, 3, new[] { 34, 33, 33 })]
    [InlineData(90, 2, new[] { 45, 45 })]
    [InlineData(5, 1, new[] { 5 })]
    [InlineData(2, 3, new[] { 1, 1, 0 })]
    public void Minutes_split_into_whole_shares_that_add_up(int minutes, int parts, int[] shares) =>
        Assert.Equal(shares, TrainingDecider.Split(minutes, parts));

    [Fact]
    public void A_session_is_refused_with_codes()
    {
        var unknown = TrainingDecider.Decide(Session1(["INTRO", "NOPE"], In(Anna)), null);
        var error = Assert.Single(unknown.Errors);
        Assert.Equal((TrainingDecider.UnknownModule, "moduleCodes", "NOPE"), (error.Code, error.Field, Assert.Single(error.Params).Value));

        Assert.Equal([SupervisionDecider.NoAttendee], TrainingDecider.Decide(Session1(["INTRO"], Out(Anna)), null).Errors.Select(e => e.Code));
        Assert.Equal(["heldOn", "trainer", "minutes"],
            TrainingDecider.Decide(Session1(["INTRO"], In(Anna)) with { HeldOn = Today.AddDays(1), Trainer = " ", Minutes = 0 }, null).Errors.Select(e => e.Field));
        var withdrawn = Applicant(Anna, new MentorWithdrew(Anna, null, Coordinator.By, Coordinator.At));
        Assert.Equal([MentorDecider.InvalidTransition], TrainingDecider.Decide(Session1(["INTRO"], In(Anna))
            with { Mentors = new Dictionary<Guid, Mentor?> { [Anna] = withdrawn } }, null).Errors.Select(e => e.Code));
    }

    [Fact]
    public void An_old_training_event_without_the_new_fields_still_folds_and_counts_no_minutes()
    {
        var mentor = Applicant(Anna, new TrainingModuleCompleted(Anna, "Ievads līdzgaitnieka darbā", new DateOnly(2025, 5, 1), Coordinator.By, Coordinator.At));
        Assert.Equal(0, mentor.LearningMinutes);
        Assert.Equal(new DateOnly(2025, 5, 1), Assert.Single(mentor.Training).CompletedOn);
        Assert.Null(mentor.Training[0].Code);
    }

    /// <summary>A refresher completed on d holds until d + validity months as the law counts them, and has expired the day after.</summary>
    [Theory]
    [InlineData("2026-01-31", 12, "2027-01-31")]
    [InlineData("2024-02-29", 12, "2025-02-28")] // no 29 February in 2025
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2026-03-31", 1, "2026-04-30")]
    public void A_refresher_expires_validity_months_after_its_latest_completion(string completed, int months, string expires)
    {
        var catalogue = Catalogue with { Modules = [new CatalogueModule("SAFEGUARD", "Drošības jautājumi", 3, TrainingModuleKind.Refresher, months)] };
        var done = DateOnly.Parse(completed);
        var expiry = DateOnly.Parse(expires);
        var mentor = Applicant(Anna,
            new TrainingModuleCompleted(Anna, "Drošības jautājumi", done.AddYears(-1), Coordinator.By, Coordinator.At, null, 60, "SAFEGUARD"),
            new TrainingModuleCompleted(Anna, "Drošības jautājumi", done, Coordinator.By, Coordinator.At, null, 60, "SAFEGUARD"),
            // Recorded later but held earlier: the latest completion still counts.
            new TrainingModuleCompleted(Anna, "Drošības jautājumi", done.AddMonths(-2), Coordinator.By, Coordinator.At, null, 30, "SAFEGUARD"));

        Assert.Equal([new RefresherStanding("SAFEGUARD", "Drošības jautājumi", done, expiry, false)], TrainingDecider.Refreshers(mentor, catalogue, expiry));
        Assert.True(Assert.Single(TrainingDecider.Refreshers(mentor, catalogue, expiry.AddDays(1))).Expired);
        Assert.Equal(150, mentor.LearningMinutes);
    }

    [Fact]
    public void The_catalogue_refuses_bad_modules_with_codes_and_its_defaults_are_the_policys()
    {
        Assert.Equal(VettingPolicy.Default.RequiredTrainingModules, TrainingCatalogue.Default.RequiredForApproval);
        Assert.Empty(TrainingCatalogue.Check(Catalogue));
        Assert.Equal([TrainingDecider.RefresherValidity], TrainingCatalogue.Check(Catalogue with
            { Modules = [new("X1", "Refresher", 2, TrainingModuleKind.Refresher, null)] }).Select(e => e.Code));
        Assert.Equal([TrainingDecider.DuplicateModule], TrainingCatalogue.Check(Catalogue with
            { Modules = [new("X1", "One", 2, TrainingModuleKind.Optional, null), new("x1", "Two", 2, TrainingModuleKind.Optional, null)] }).Select(e => e.Code));
        Assert.Equal([ErrorCodes.Validation], TrainingCatalogue.Check(Catalogue with
            { Modules = [new("X1", "One", 0, TrainingModuleKind.Optional, null)] }).Select(e => e.Code));
    }
}
