using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>Given events / when command / then events or a typed refusal, for the client case and its plan.</summary>
public sealed class ClientDeciderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = new(Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)), Today);
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly ClientPerson Person = new("Andris Kalns", Gender.Male, 1985, ["lv", "ru"], "via probation officer");

    private static ReferClient Refer(DateOnly? release = null, string prison = "olaine", string municipality = "riga", DateOnly? alreadyReleased = null,
        bool notDuplicate = false, Actor? actor = null) =>
        new(Id, Person, prison, release ?? Today.AddDays(40), ReleaseType.EndOfSentence, municipality, null, "Ilze Probācija", null,
            alreadyReleased, notDuplicate, actor ?? Coordinator);

    private static Client Referred(DateOnly? release = null, Actor? actor = null) =>
        ClientDecider.Decide(Refer(release, actor: actor), null, []).Events.Aggregate((Client?)null, ClientDecider.Evolve)!;

    private static Client Then(Client state, Decision decision)
    {
        Assert.True(decision.IsAccepted, string.Join("; ", decision.Errors.Select(e => e.Message)));
        return decision.Events.Aggregate((Client?)state, ClientDecider.Evolve)!;
    }

    private static void Refused(Decision decision, string code, string? field = null)
    {
        Assert.False(decision.IsAccepted);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Errors, e => e.Code == code && (field is null || e.Field == field));
    }

    private static DateOnly DeadlineOf(Client c, StandardGoal goal) => c.Goals.Single(g => g.Standard == goal).Deadline;

    [Fact]
    public void A_referral_creates_the_case_and_the_standard_plan_from_the_release_date()
    {
        var release = new DateOnly(2027, 1, 15);
        var client = Referred(release);
        Assert.Equal(ClientStage.Referred, client.Stage);
        Assert.Equal(6, client.Goals.Count);
        Assert.Equal(new DateOnly(2027, 1, 8), DeadlineOf(client, StandardGoal.IdentityDocument));
        Assert.Equal(release, DeadlineOf(client, StandardGoal.Residence));
        Assert.Equal(new DateOnly(2027, 1, 29), DeadlineOf(client, StandardGoal.BankAccount));
        Assert.Equal(new DateOnly(2027, 2, 15), DeadlineOf(client, StandardGoal.SocialAssistance));
        Assert.False(client.CanBeMatched); // no consent yet
    }

    [Theory]
    [InlineData("2027-01-31", "2027-02-28")] // month end: one month later is the last day of February
    [InlineData("2028-01-31", "2028-02-29")] // leap year
    [InlineData("2027-03-31", "2027-04-30")]
    [InlineData("2027-12-15", "2028-01-15")] // across the year end
    public void The_social_assistance_deadline_is_one_calendar_month_after_release(string release, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline), DeadlineOf(Referred(DateOnly.Parse(release), Coordinator with { Today = new DateOnly(2026, 1, 1) }), StandardGoal.SocialAssistance));

    [Fact]
    public void A_moved_release_date_moves_the_deadlines_that_depend_on_it_but_not_fixed_ones()
    {
        var client = Referred(new DateOnly(2027, 1, 15));
        var custom = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(new AddGoal(custom, "Meet the daughter's school", NeedDomain.FamilyAndChildren, new DateOnly(2027, 3, 1), Coordinator), client));
        var redated = client.Goals.Single(g => g.Standard == StandardGoal.FamilyDoctor).Id;
        client = Then(client, ClientDecider.Decide(new ChangeGoalDeadline(redated, new DateOnly(2027, 2, 1), "GP appointment booked", Coordinator), client));

        client = Then(client, ClientDecider.Decide(new ChangeReleaseDate(new DateOnly(2027, 2, 20), "Court decision on early release", Coordinator), client));
        Assert.Equal(new DateOnly(2027, 3, 20), DeadlineOf(client, StandardGoal.SocialAssistance));
        Assert.Equal(new DateOnly(2027, 2, 20), DeadlineOf(client, StandardGoal.Residence));
        Assert.Equal(new DateOnly(2027, 3, 1), client.Goals.Single(g => g.Id == custom).Deadline);
        Assert.Equal(new DateOnly(2027, 2, 1), client.Goals.Single(g => g.Id == redated).Deadline);
    }

    [Fact]
    public void The_actual_release_date_moves_the_deadlines()
    {
        var client = Referred(Today.AddDays(2));
        var later = Coordinator with { Today = Today.AddDays(5) };
        client = Then(client, ClientDecider.Decide(new RecordRelease(Today.AddDays(4), later), client));
        Assert.Equal(ClientStage.Released, client.Stage);
        Assert.Equal(Today.AddDays(4).AddMonths(1), DeadlineOf(client, StandardGoal.SocialAssistance));
        Refused(ClientDecider.Decide(new RecordRelease(Today.AddDays(4), later), client), ClientDecider.InvalidTransition);
        Refused(ClientDecider.Decide(new ChangeReleaseDate(Today.AddDays(30), "again", later), client), ClientDecider.InvalidTransition);
    }

    [Fact]
    public void A_release_date_in_the_past_is_refused_unless_recorded_as_already_released()
    {
        Refused(ClientDecider.Decide(Refer(Today.AddDays(-3)), null, []), ErrorCodes.InvalidPeriod, "expectedReleaseDate");
        var decision = ClientDecider.Decide(Refer(alreadyReleased: Today.AddDays(-3)), null, []);
        var client = decision.Events.Aggregate((Client?)null, ClientDecider.Evolve)!;
        Assert.Equal(ClientStage.Released, client.Stage);
        Assert.Equal(Today.AddDays(-3), client.ReleasedOn);
        Assert.True(client.Goals.Single(g => g.Standard == StandardGoal.IdentityDocument).IsOverdue(Today));
    }

    [Fact]
    public void Unknown_prison_municipality_or_language_is_refused()
    {
        Refused(ClientDecider.Decide(Refer(prison: "alcatraz"), null, []), ClientDecider.UnknownPrison, "prisonCode");
        Refused(ClientDecider.Decide(Refer(municipality: "narnia"), null, []), ErrorCodes.UnknownMunicipality, "destinationMunicipality");
        Refused(ClientDecider.Decide(Refer() with { Person = Person with { Languages = ["xx"] } }, null, []), MentorDecider.UnknownLanguage, "languages");
    }

    [Fact]
    public void A_likely_duplicate_is_reported_not_created_unless_confirmed()
    {
        var existing = new PossibleDuplicate(Guid.NewGuid(), Person.Name, Person.BirthYear, "olaine");
        Refused(ClientDecider.Decide(Refer(), null, [existing]), ClientDecider.LikelyDuplicate, "name");
        Assert.True(ClientDecider.Decide(Refer(notDuplicate: true), null, [existing]).IsAccepted);
    }

    [Fact]
    public void Consent_enables_matching_and_withdrawal_freezes_the_case()
    {
        var client = Referred();
        Refused(ClientDecider.Decide(new RecordConsent([ConsentScope.MentorContact], Today, "PK-1", Coordinator), client), ErrorCodes.Validation, "scopes");
        Refused(ClientDecider.Decide(new WithdrawConsent(Today, null, Coordinator), client), ClientDecider.NoConsent);
        client = Then(client, ClientDecider.Decide(new RecordConsent([ConsentScope.Processing, ConsentScope.MentorContact], Today, "PK-1", Coordinator), client));
        Assert.True(client.CanBeMatched);
        Assert.False(client.HasConsent(ConsentScope.AggregateReporting));

        client = Then(client, ClientDecider.Decide(new WithdrawConsent(Today, "does not want contact", Coordinator), client));
        Assert.True(client.IsFrozen);
        Assert.False(client.CanBeMatched);
        Refused(ClientDecider.Decide(new RecordPreferences(Gender.Male, null, "lv", Coordinator), client), ClientDecider.CaseFrozen);
        Refused(ClientDecider.Decide(new AddGoal(Guid.NewGuid(), "A goal", null, Today, Coordinator), client), ClientDecider.CaseFrozen);
        // Giving consent again unfreezes; a release is recorded even while frozen.
        Assert.True(ClientDecider.Decide(new RecordRelease(Today, Coordinator), client).IsAccepted);
        client = Then(client, ClientDecider.Decide(new RecordConsent([ConsentScope.Processing], Today, "PK-2", Coordinator), client));
        Assert.False(client.IsFrozen);
    }

    [Fact]
    public void Medium_and_high_needs_become_goals_once()
    {
        var client = Referred(new DateOnly(2027, 1, 15));
        var needs = new List<NeedAssessment>
        {
            new(NeedDomain.Addiction, NeedLevel.High, "heroin, 8 years"), new(NeedDomain.FamilyAndChildren, NeedLevel.Medium, null),
            new(NeedDomain.LegalAid, NeedLevel.Low, null), new(NeedDomain.Housing, NeedLevel.High, "no address"),
        };
        client = Then(client, ClientDecider.Decide(new AssessNeeds(needs, "RNA of Olaine prison", Today, Coordinator), client));
        Assert.Equal(new DateOnly(2027, 1, 29), client.Goals.Single(g => g.Domain == NeedDomain.Addiction).Deadline);
        Assert.Equal(new DateOnly(2027, 2, 15), client.Goals.Single(g => g.Domain == NeedDomain.FamilyAndChildren).Deadline);
        Assert.DoesNotContain(client.Goals, g => g.Domain == NeedDomain.LegalAid);
        Assert.Single(client.Goals, g => g.Domain == NeedDomain.Housing); // the standard residence goal covers it
        Refused(ClientDecider.Decide(new AssessNeeds([new(NeedDomain.Health, NeedLevel.Low, null), new(NeedDomain.Health, NeedLevel.High, null)], "RNA", Today, Coordinator), client),
            ErrorCodes.Validation, "needs");
    }

    [Fact]
    public void Goals_are_achieved_dropped_and_redated_only_while_open()
    {
        var client = Referred();
        var goal = client.Goals[0].Id;
        Refused(ClientDecider.Decide(new CompleteGoal(goal, Today.AddDays(1), Coordinator), client), ErrorCodes.Validation, "achievedOn");
        Refused(ClientDecider.Decide(new DropGoal(goal, "", Coordinator), client), ErrorCodes.Validation, "reason");
        client = Then(client, ClientDecider.Decide(new CompleteGoal(goal, Today, Coordinator), client));
        Assert.Equal(GoalStatus.Done, client.Goals[0].Status);
        Refused(ClientDecider.Decide(new DropGoal(goal, "no longer needed", Coordinator), client), ClientDecider.GoalNotOpen, "goalId");
        Refused(ClientDecider.Decide(new ChangeGoalDeadline(Guid.NewGuid(), Today, null, Coordinator), client), ErrorCodes.NotFound, "goalId");
        client = Then(client, ClientDecider.Decide(new DropGoal(client.Goals[1].Id, "has a place at his sister's", Coordinator), client));
        Assert.Equal(GoalStatus.NotNeeded, client.Goals[1].Status);
    }

    [Fact]
    public void Closing_and_reopening_a_case()
    {
        var client = Referred();
        Refused(ClientDecider.Decide(new CloseCase(CaseClosureReason.Other, null, Coordinator), client), ErrorCodes.Validation, "note");
        client = Then(client, ClientDecider.Decide(new CloseCase(CaseClosureReason.Declined, null, Coordinator), client));
        Assert.Equal(ClientStage.Closed, client.Stage);
        Refused(ClientDecider.Decide(new RecordInterInstitutionalMeeting(Today, ["Olaines cietums"], "plan agreed", Coordinator), client), ClientDecider.CaseIsClosed);
        Refused(ClientDecider.Decide(new CloseCase(CaseClosureReason.Declined, null, Coordinator), client), ClientDecider.CaseIsClosed);
        client = Then(client, ClientDecider.Decide(new ReopenCase("changed his mind", Coordinator), client));
        Assert.Equal(ClientStage.Referred, client.Stage);
        Refused(ClientDecider.Decide(new ReopenCase("again", Coordinator), client), ClientDecider.InvalidTransition);
    }

    [Fact]
    public void Meetings_risk_flags_and_preferences_are_validated_and_recorded()
    {
        var client = Referred();
        Refused(ClientDecider.Decide(new RecordInterInstitutionalMeeting(Today.AddDays(1), ["Olaines cietums"], "plan", Coordinator), client), ErrorCodes.Validation, "heldOn");
        Refused(ClientDecider.Decide(new RecordInterInstitutionalMeeting(Today, [], "plan agreed", Coordinator), client), ErrorCodes.Validation, "organisationsPresent");
        client = Then(client, ClientDecider.Decide(new RecordInterInstitutionalMeeting(Today, ["Olaines cietums", "Valsts probācijas dienests"], "Shelter place agreed", Coordinator), client));
        Assert.Equal(1, client.Meetings);
        client = Then(client, ClientDecider.Decide(new RecordRiskFlags([RiskFlag.RelapseRisk, RiskFlag.RelapseRisk], "recent use", Coordinator), client));
        Assert.Equal([RiskFlag.RelapseRisk], client.RiskFlags);
        Refused(ClientDecider.Decide(new RecordPreferences(null, true, "xx", Coordinator), client), MentorDecider.UnknownLanguage, "language");
        client = Then(client, ClientDecider.Decide(new RecordPreferences(Gender.Female, true, "ru", Coordinator), client));
        Assert.Equal("ru", client.Preferences.Language);
    }

    [Fact]
    public void Commands_on_a_missing_client_are_not_found() =>
        Refused(ClientDecider.Decide(new RecordConsent([ConsentScope.Processing], Today, "PK", Coordinator), null), ErrorCodes.NotFound, "clientId");
}
