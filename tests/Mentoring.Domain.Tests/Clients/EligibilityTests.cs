using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Clients.Case;
using W = Mentoring.Domain.Clients.EligibilityWarnings;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>Each eligibility warning, on when the case shows its reason and off when it does not (computed, never stored).</summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Release = new(2026, 12, 28); // the application is due 2027-01-28
    private static readonly Actor Coordinator = On(Today);

    private static Client Fresh(ReleaseType type = ReleaseType.EndOfSentence, int birthYear = 1985) => Referred(Today, Release, type: type, birthYear: birthYear);

    private static IReadOnlyList<string> Codes(Client c, DateOnly? today = null) => [.. Eligibility.Warnings(c, today ?? Today).Select(w => w.Code)];

    private static Reason Warning(Client c, string code, DateOnly? today = null) => Eligibility.Warnings(c, today ?? Today).Single(w => w.Code == code);

    private static string Param(Reason r, string name) => r.Params.Single(p => p.Name == name).Value;

    [Fact]
    public void A_fresh_case_warns_of_the_statements_nva_and_the_days_to_the_application_deadline_only()
    {
        Assert.Equal([W.NoAccountStatements, W.ApplicationDeadline, W.NotRegisteredWithNva], Codes(Fresh()));
        var statements = Warning(Fresh(), W.NoAccountStatements);
        Assert.Equal(["2026-09", "2026-10", "2026-11"], statements.Params.Where(p => p.Name == "month").Select(p => p.Value));
        Assert.All(statements.Params, p => Assert.Equal(ParamKind.Period, p.Kind));
    }

    [Theory]
    [InlineData(ReleaseType.PreTrialDetention, W.PreTrialDetention)]
    [InlineData(ReleaseType.ShortCustody, W.ShortCustody)]
    public void Release_from_pre_trial_detention_or_short_custody_warns(ReleaseType type, string code)
    {
        Assert.Contains(code, Codes(Fresh(type)));
        Assert.DoesNotContain(code, Codes(Fresh(ReleaseType.EndOfSentence)));
        Assert.DoesNotContain(code, Codes(Fresh(ReleaseType.ConditionalEarlyRelease)));
    }

    [Fact]
    public void A_last_declared_residence_in_another_municipality_warns_naming_both()
    {
        var client = Fresh();
        Assert.DoesNotContain(W.ResidenceElsewhere, Codes(client)); // not known
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts("jelgava", null, Coordinator), client));
        var warning = Warning(client, W.ResidenceElsewhere);
        Assert.Equal(("Jelgava", "Rīga"), (Param(warning, "municipality"), Param(warning, "destination")));
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts("riga", null, Coordinator), client));
        Assert.DoesNotContain(W.ResidenceElsewhere, Codes(client));
    }

    [Fact]
    public void No_residence_to_declare_warns_until_a_residence_is_declared()
    {
        var client = Fresh();
        Assert.DoesNotContain(W.NoResidenceToDeclare, Codes(client)); // not known
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts(null, true, Coordinator), client));
        Assert.DoesNotContain(W.NoResidenceToDeclare, Codes(client));
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts(null, false, Coordinator), client));
        Assert.Contains(W.NoResidenceToDeclare, Codes(client));
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.DeclaredResidence, Today, Coordinator), client)); // a night shelter's address
        Assert.DoesNotContain(W.NoResidenceToDeclare, Codes(client));
    }

    [Fact]
    public void Statements_obtained_before_the_applications_month_is_over_are_out_of_date_and_fresh_ones_end_the_warning()
    {
        var client = Fresh();
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.AccountStatements, Today, Coordinator), client));
        var outdated = Warning(client, W.AccountStatementsOutdated); // obtained in November: the December application needs November too
        Assert.Equal("2026-11-23", Param(outdated, "obtainedOn"));
        Assert.DoesNotContain(W.NoAccountStatements, Codes(client));

        var afterRelease = new DateOnly(2027, 1, 4);
        client = Then(client, ClientDecider.Decide(new RecordRelease(Release, On(afterRelease)), client));
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.AccountStatements, afterRelease, On(afterRelease)), client));
        Assert.DoesNotContain(W.AccountStatementsOutdated, Codes(client, afterRelease));
        Assert.DoesNotContain(W.NoAccountStatements, Codes(client, afterRelease));
    }

    [Fact]
    public void Of_working_age_without_nva_registration_warns_until_registered_or_not_needed()
    {
        var client = Fresh();
        Assert.Contains(W.NotRegisteredWithNva, Codes(client));
        var registered = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.NvaRegistration, Today, Coordinator), client));
        Assert.DoesNotContain(W.NotRegisteredWithNva, Codes(registered));
        var employed = Then(client, ClientDecider.Decide(new SetGoalStatus(Goal(client, StandardGoal.EmploymentAgency).Id, GoalStatus.NotNeeded, Today, "employed", Coordinator), client));
        Assert.DoesNotContain(W.NotRegisteredWithNva, Codes(employed));
        Assert.DoesNotContain(W.NotRegisteredWithNva, Codes(Fresh(birthYear: 1950)));
    }

    [Theory]
    [InlineData(2012, false)] // at most 14 in 2026
    [InlineData(2011, true)]  // 14 or 15
    [InlineData(1985, true)]
    [InlineData(1961, true)]  // 64 or 65: may still be under the pension age
    [InlineData(1960, false)] // 65 or 66
    public void Working_age_is_15_to_the_pension_age_of_65_counted_from_the_birth_year(int birthYear, bool working) =>
        Assert.Equal(working, Eligibility.MayBeOfWorkingAge(birthYear, new DateOnly(2026, 6, 1)));

    [Fact]
    public void The_days_left_to_the_one_month_deadline_count_down_then_say_how_long_ago_it_passed()
    {
        var client = Fresh();
        var before = Warning(client, W.ApplicationDeadline);
        Assert.Equal(("2027-01-28", "66"), (Param(before, "date"), Param(before, "count")));
        Assert.Equal("0", Param(Warning(client, W.ApplicationDeadline, new DateOnly(2027, 1, 28)), "count"));
        var passed = Warning(client, W.ApplicationDeadlinePassed, new DateOnly(2027, 2, 1));
        Assert.Equal(("2027-01-28", "4"), (Param(passed, "date"), Param(passed, "count")));
        Assert.DoesNotContain(W.ApplicationDeadline, Codes(client, new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void A_filed_application_ends_the_deadline_and_statement_warnings_and_a_closed_case_warns_of_nothing()
    {
        var client = Fresh(ReleaseType.ShortCustody);
        var filed = Then(client, ClientDecider.Decide(new SetGoalStatus(Goal(client, StandardGoal.SocialAssistance).Id, GoalStatus.Done, Today, null, Coordinator), client));
        Assert.Equal([W.ShortCustody, W.NotRegisteredWithNva], Codes(filed));
        var closed = Then(client, ClientDecider.Decide(new CloseCase(CaseClosureReason.Declined, null, Coordinator), client));
        Assert.Empty(Codes(closed));
    }
}
