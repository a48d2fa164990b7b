using System.Text.Json;
using System.Text.Json.Serialization;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using static Mentoring.Domain.Tests.Clients.Case;

namespace Mentoring.Domain.Tests.Clients;

/// <summary>The person's path as data: goal status and institution, the documents checklist, the residence facts; old streams still fold.</summary>
public sealed class PathTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Coordinator = On(Today);
    private static Client Fresh() => Referred(Today, new DateOnly(2026, 12, 28));

    [Fact]
    public void The_standard_plan_names_each_goals_institution_and_the_application_is_due_one_month_after_release()
    {
        var client = Referred(Today, new DateOnly(2027, 1, 31));
        Assert.Equal(Institution.Pmlp, Goal(client, StandardGoal.IdentityDocument).Institution);
        Assert.Equal(Institution.MunicipalSocialService, Goal(client, StandardGoal.Residence).Institution);
        Assert.Equal(Institution.Nva, Goal(client, StandardGoal.EmploymentAgency).Institution);
        Assert.Equal(Institution.FamilyDoctor, Goal(client, StandardGoal.FamilyDoctor).Institution);
        Assert.Equal(Institution.Bank, Goal(client, StandardGoal.BankAccount).Institution);
        var application = Goal(client, StandardGoal.SocialAssistance);
        Assert.Equal(Institution.MunicipalSocialService, application.Institution);
        Assert.Equal(new DateOnly(2027, 2, 28), application.Deadline);
        Assert.All(client.Goals, g => Assert.Equal(GoalStatus.NotStarted, g.Status));
    }

    [Fact]
    public void A_stream_recorded_before_the_path_folds_with_the_new_statuses_and_its_standard_goals_institutions()
    {
        var id = Guid.NewGuid();
        var by = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        Guid social = Guid.NewGuid(), bank = Guid.NewGuid(), own = Guid.NewGuid();
        object[] old =
        [
            new ClientReferred(id, new ClientPerson("Jānis", Gender.Male, 1980, ["lv"], null), "olaine", new DateOnly(2026, 4, 1),
                ReleaseType.EndOfSentence, "riga", null, "Ilze", null, null, by, at),
            // As stored then: no institution on the event.
            new GoalAdded(id, social, "Sociālā palīdzība", NeedDomain.IncomeAndBenefits, StandardGoal.SocialAssistance, DeadlineRule.AfterRelease(months: 1), by, at),
            new GoalAdded(id, bank, "Konts", NeedDomain.FinancesAndDebt, StandardGoal.BankAccount, DeadlineRule.AfterRelease(days: 14), by, at),
            new GoalAdded(id, own, "Satikt meitu", NeedDomain.FamilyAndChildren, null, DeadlineRule.On(new DateOnly(2026, 6, 1)), by, at),
            new GoalAchieved(id, social, new DateOnly(2026, 4, 20), by, at),
            new GoalDropped(id, bank, "has an account", by, at),
        ];
        var client = old.Aggregate((Client?)null, ClientDecider.Evolve)!;
        Assert.Equal((GoalStatus.Done, Institution.MunicipalSocialService), (client.Goals[0].Status, client.Goals[0].Institution));
        Assert.Equal((GoalStatus.NotNeeded, Institution.Bank), (client.Goals[1].Status, client.Goals[1].Institution));
        Assert.Equal((GoalStatus.NotStarted, (Institution?)null), (client.Goals[2].Status, client.Goals[2].Institution));
        Assert.Empty(client.Documents);
        Assert.Empty(client.Refusals);
    }

    [Theory]
    [InlineData("\"Open\"", GoalStatus.NotStarted)]
    [InlineData("\"achieved\"", GoalStatus.Done)]
    [InlineData("\"Dropped\"", GoalStatus.NotNeeded)]
    [InlineData("\"InProgress\"", GoalStatus.InProgress)]
    [InlineData("\"Refused\"", GoalStatus.Refused)]
    public void A_snapshot_stored_with_the_old_or_new_status_names_reads(string json, GoalStatus expected)
    {
        var options = new JsonSerializerOptions { Converters = { new GoalStatusJson(), new JsonStringEnumConverter() } };
        Assert.Equal(expected, JsonSerializer.Deserialize<GoalStatus>(json, options));
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(expected, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GoalStatus>("\"Lost\"", options));
    }

    [Fact]
    public void A_case_snapshot_stored_before_the_path_loads_through_the_stores_own_serializer()
    {
        var options = new global::Marten.StoreOptions();
        Marten.MartenSetup.Configure(options, "Host=127.0.0.1;Database=none", "mentoring");
        var serializer = options.Serializer();
        var client = Fresh();
        client = Then(client, ClientDecider.Decide(new CompleteGoal(client.Goals[0].Id, Today, Coordinator), client));
        client = Then(client, ClientDecider.Decide(new DropGoal(client.Goals[1].Id, "has a place at his sister's", Coordinator), client));
        // As an older version wrote it: the old status names, and none of the path's fields.
        var json = serializer.ToJson(client).Replace("\"NotStarted\"", "\"Open\"").Replace("\"Done\"", "\"Achieved\"").Replace("\"NotNeeded\"", "\"Dropped\"");
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        foreach (var field in new[] { "documents", "refusals", "hasOpenRefusal", "lastDeclaredResidenceMunicipality", "hasResidenceToDeclare" }) Assert.True(old.Remove(field), field);
        Assert.Contains("\"Open\"", old.ToJsonString());

        var loaded = serializer.FromJson<Client>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(old.ToJsonString())));
        Assert.Equal(client.Goals.Select(g => g.Status), loaded.Goals.Select(g => g.Status));
        Assert.Equal([GoalStatus.Done, GoalStatus.NotNeeded, GoalStatus.NotStarted], loaded.Goals.Take(3).Select(g => g.Status));
        Assert.Empty(loaded.Documents);
        Assert.Empty(loaded.Refusals);
        Assert.Contains("\"NotStarted\"", serializer.ToJson(loaded)); // and it is written with the new names
    }

    [Fact]
    public void An_open_goal_is_started_set_back_done_or_not_needed_and_then_stays()
    {
        var client = Fresh();
        var goal = Goal(client, StandardGoal.BankAccount).Id;
        var started = ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.InProgress, Today, null, Coordinator), client);
        Assert.IsType<GoalStatusChanged>(Assert.Single(started.Events));
        client = Then(client, started);
        Assert.Equal(GoalStatus.InProgress, Goal(client, StandardGoal.BankAccount).Status);
        Unchanged(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.InProgress, Today, null, Coordinator), client)); // sent twice
        client = Then(client, ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.NotStarted, Today, null, Coordinator), client));
        Assert.Equal(GoalStatus.NotStarted, Goal(client, StandardGoal.BankAccount).Status);

        Refused(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.Done, Today.AddDays(1), null, Coordinator), client), ErrorCodes.Validation, "on");
        var done = ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.Done, Today.AddDays(-1), null, Coordinator), client);
        Assert.Equal(Today.AddDays(-1), Assert.IsType<GoalAchieved>(Assert.Single(done.Events)).AchievedOn); // the event outcome figures count
        client = Then(client, done);
        Assert.Equal((GoalStatus.Done, Today.AddDays(-1)), (Goal(client, StandardGoal.BankAccount).Status, Goal(client, StandardGoal.BankAccount).AchievedOn));
        Unchanged(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.Done, Today, null, Coordinator), client));
        Refused(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.InProgress, Today, null, Coordinator), client), ClientDecider.GoalNotOpen, "goalId");

        var doctor = Goal(client, StandardGoal.FamilyDoctor).Id;
        Refused(ClientDecider.Decide(new SetGoalStatus(doctor, GoalStatus.NotNeeded, Today, " ", Coordinator), client), ErrorCodes.Validation, "note");
        client = Then(client, ClientDecider.Decide(new SetGoalStatus(doctor, GoalStatus.NotNeeded, Today, "already registered", Coordinator), client));
        Assert.Equal((GoalStatus.NotNeeded, "already registered"), (Goal(client, StandardGoal.FamilyDoctor).Status, Goal(client, StandardGoal.FamilyDoctor).DropReason));
    }

    [Fact]
    public void A_goal_is_refused_only_with_a_recorded_refusal_and_unknown_goals_or_frozen_cases_are_refused()
    {
        var client = Fresh();
        var goal = Goal(client, StandardGoal.SocialAssistance).Id;
        Refused(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.Refused, Today, null, Coordinator), client), ClientDecider.RefusalNeedsReason, "status");
        Refused(ClientDecider.Decide(new SetGoalStatus(Guid.NewGuid(), GoalStatus.InProgress, Today, null, Coordinator), client), ErrorCodes.NotFound, "goalId");
        Refused(ClientDecider.Decide(new SetGoalInstitution(Guid.NewGuid(), Institution.Vsaa, Coordinator), client), ErrorCodes.NotFound, "goalId");
        client = Then(client, ClientDecider.Decide(new RecordConsent([ConsentScope.Processing], Today, "PK-1", Coordinator), client));
        client = Then(client, ClientDecider.Decide(new WithdrawConsent(Today, null, Coordinator), client));
        Refused(ClientDecider.Decide(new SetGoalStatus(goal, GoalStatus.InProgress, Today, null, Coordinator), client), ClientDecider.CaseFrozen);
        Refused(ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today, Coordinator), client), ClientDecider.CaseFrozen);
    }

    [Fact]
    public void A_goals_institution_is_set_changed_and_cleared()
    {
        var client = Fresh();
        var own = Guid.NewGuid();
        client = Then(client, ClientDecider.Decide(new AddGoal(own, "Invaliditātes ekspertīze", NeedDomain.Health, Today.AddDays(60), Coordinator), client));
        Assert.Null(client.Goals.Single(g => g.Id == own).Institution);
        client = Then(client, ClientDecider.Decide(new SetGoalInstitution(own, Institution.Vsaa, Coordinator), client));
        Assert.Equal(Institution.Vsaa, client.Goals.Single(g => g.Id == own).Institution);
        Unchanged(ClientDecider.Decide(new SetGoalInstitution(own, Institution.Vsaa, Coordinator), client));
        client = Then(client, ClientDecider.Decide(new SetGoalInstitution(own, null, Coordinator), client));
        Assert.Null(client.Goals.Single(g => g.Id == own).Institution);
    }

    [Fact]
    public void Documents_are_recorded_with_their_date_corrected_and_taken_back()
    {
        var client = Fresh();
        Refused(ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today.AddDays(1), Coordinator), client), ErrorCodes.Validation, "obtainedOn");
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today.AddDays(-3), Coordinator), client));
        Assert.Equal([new ObtainedDocument(DocumentKind.IdentityDocument, Today.AddDays(-3))], client.Documents);
        Unchanged(ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today.AddDays(-3), Coordinator), client));
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.IdentityDocument, Today.AddDays(-2), Coordinator), client));
        Assert.Equal([new ObtainedDocument(DocumentKind.IdentityDocument, Today.AddDays(-2))], client.Documents);

        Refused(ClientDecider.Decide(new UnrecordDocument(DocumentKind.NvaRegistration, null, Coordinator), client), ClientDecider.DocumentNotRecorded, "kind");
        client = Then(client, ClientDecider.Decide(new UnrecordDocument(DocumentKind.IdentityDocument, "wrong person's passport", Coordinator), client));
        Assert.Empty(client.Documents);
    }

    [Fact]
    public void The_checklist_lists_every_document_and_the_months_statements_must_cover()
    {
        var client = Fresh(); // released 2026-12-28: applying on release day needs September to November
        client = Then(client, ClientDecider.Decide(new RecordDocumentObtained(DocumentKind.ReleaseCertificate, Today, Coordinator), client));
        var checklist = DocumentsChecklist.Of(client, Today);
        Assert.Equal(Enum.GetValues<DocumentKind>(), checklist.Select(d => d.Kind));
        Assert.Equal(Today, checklist.Single(d => d.Kind == DocumentKind.ReleaseCertificate).ObtainedOn);
        Assert.Null(checklist.Single(d => d.Kind == DocumentKind.IdentityDocument).ObtainedOn);
        Assert.Equal(["2026-09", "2026-10", "2026-11"], checklist.Single(d => d.Kind == DocumentKind.AccountStatements).Months.Select(m => m.Period));
        Assert.Empty(checklist.Single(d => d.Kind == DocumentKind.IdentityDocument).Months);
        // After release, applying today; once filed, the day it was filed.
        Assert.Equal("2026-12", DocumentsChecklist.Of(client, new DateOnly(2027, 1, 20)).Single(d => d.Kind == DocumentKind.AccountStatements).Months[^1].Period);
        Assert.Equal("2026-10", DocumentsChecklist.Of(client, Today, new DateOnly(2026, 11, 5)).Single(d => d.Kind == DocumentKind.AccountStatements).Months[^1].Period);
    }

    [Fact]
    public void Residence_facts_are_validated_and_recorded()
    {
        var client = Fresh();
        Refused(ClientDecider.Decide(new RecordResidenceFacts("narnia", null, Coordinator), client), ErrorCodes.UnknownMunicipality, "lastDeclaredResidenceMunicipality");
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts("jelgava", false, Coordinator), client));
        Assert.Equal(("jelgava", (bool?)false), (client.LastDeclaredResidenceMunicipality, client.HasResidenceToDeclare));
        Unchanged(ClientDecider.Decide(new RecordResidenceFacts("jelgava", false, Coordinator), client));
        client = Then(client, ClientDecider.Decide(new RecordResidenceFacts(null, true, Coordinator), client));
        Assert.Equal((null, (bool?)true), (client.LastDeclaredResidenceMunicipality, client.HasResidenceToDeclare));
    }
}
