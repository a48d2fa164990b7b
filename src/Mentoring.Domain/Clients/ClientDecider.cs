using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Clients;

/// <summary>Pure decisions for the client (case) stream. Every refusal is a user error and appends nothing.</summary>
public static partial class ClientDecider
{
    public const string LikelyDuplicate = "LIKELY_DUPLICATE";
    public const string UnknownPrison = "UNKNOWN_PRISON";
    public const string CaseFrozen = "CASE_FROZEN";
    public const string CaseIsClosed = "CASE_CLOSED";
    public const string NoConsent = "NO_CONSENT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string GoalNotOpen = "GOAL_NOT_OPEN";

    public static Client? Evolve(Client? state, object @event) => @event switch
    {
        ClientReferred e => Client.Create(e),
        ConsentRecorded e when state is not null => state.Apply(e),
        ClientMatchOpened e when state is not null => state.Apply(e),
        ClientMatchClosed e when state is not null => state.Apply(e),
        ClientTransferOffered e when state is not null => state.Apply(e),
        ConsentWithdrawn e when state is not null => state.Apply(e),
        NeedsAssessed e when state is not null => state.Apply(e),
        RiskFlagsRecorded e when state is not null => state.Apply(e),
        PreferencesRecorded e when state is not null => state.Apply(e),
        InterInstitutionalMeetingRecorded e when state is not null => state.Apply(e),
        ReleaseDateChanged e when state is not null => state.Apply(e),
        ClientReleased e when state is not null => state.Apply(e),
        CaseClosed e when state is not null => state.Apply(e),
        CaseReopened e when state is not null => state.Apply(e),
        GoalAdded e when state is not null => state.Apply(e),
        GoalAchieved e when state is not null => state.Apply(e),
        GoalDropped e when state is not null => state.Apply(e),
        GoalDeadlineChanged e when state is not null => state.Apply(e),
        GoalStatusChanged e when state is not null => state.Apply(e),
        GoalInstitutionChanged e when state is not null => state.Apply(e),
        DocumentObtained e when state is not null => state.Apply(e),
        DocumentUnrecorded e when state is not null => state.Apply(e),
        ResidenceFactsRecorded e when state is not null => state.Apply(e),
        RefusalRecorded e when state is not null => state.Apply(e),
        RefusalClosed e when state is not null => state.Apply(e),
        AccompaniedToInstitution e when state is not null => state.Apply(e),
        AccompanimentRetracted e when state is not null => state.Apply(e),
        GoalServiceAttached e when state is not null => state.Apply(e),
        GoalServiceDetached e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="duplicates">Clients on record with the same name, birth year and prison.</param>
    public static Decision Decide(ReferClient c, Client? state, IReadOnlyList<PossibleDuplicate> duplicates)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This referral was already recorded.", "idempotencyKey");
        var today = c.Actor.Today;
        var p = c.Person;
        var unknownLanguages = p.Languages.Where(l => !LanguageCodes.IsKnown(l)).ToList();
        var checks = new Checks()
            .Require(Text.HasLength(p.Name, 2, 120), ErrorCodes.Validation, "Enter the person's name.", "name")
            .Require(p.BirthYear >= today.Year - 100 && p.BirthYear <= today.Year - 14, ErrorCodes.Validation, "Enter a plausible birth year.", "birthYear")
            .Require(p.Languages.Count > 0, ErrorCodes.Validation, "Name at least one language.", "languages")
            .Require(unknownLanguages.Count == 0, MentorDecider.UnknownLanguage, $"Unknown language code(s): {string.Join(", ", unknownLanguages)}.", "languages",
                [.. unknownLanguages.Select(l => MessageParam.Text("languages", l))])
            .Require(p.Contact is null || p.Contact.Length <= 500, ErrorCodes.Validation, "How to reach them: 500 characters at most.", "contact")
            .Require(Prisons.IsKnown(c.PrisonCode), UnknownPrison, $"\"{c.PrisonCode}\" is not a Latvian prison.", "prisonCode", MessageParam.Text("code", c.PrisonCode))
            .Require(Municipalities.IsKnown(c.DestinationMunicipality), ErrorCodes.UnknownMunicipality,
                $"\"{c.DestinationMunicipality}\" is not one of Latvia's 43 municipalities.", "destinationMunicipality")
            .Require(Text.HasLength(c.ReferrerName, 2, 120), ErrorCodes.Validation, "Name the referring worker.", "referrerName")
            // Only a prison or a probation office refers people; any other registry entry (another NGO) is not a referrer.
            .Require(c.ReferringOrganisationId is null || c.ReferringOrganisationKind is Organisations.OrganisationKind.Prison or Organisations.OrganisationKind.Probation,
                ErrorCodes.WrongOrganisationKind, "The referring organisation must be a prison or a probation office.", "referringOrganisationId")
            .Require(c.AlreadyReleasedOn is not null || c.ExpectedReleaseDate >= today, ErrorCodes.InvalidPeriod,
                "The expected release date is in the past: record the person as already released instead.", "expectedReleaseDate")
            .Require(c.AlreadyReleasedOn is null || c.AlreadyReleasedOn <= today, ErrorCodes.InvalidPeriod, "A release cannot be in the future.", "alreadyReleasedOn")
            .Require(c.NotADuplicate || duplicates.Count == 0, LikelyDuplicate,
                $"Possibly already referred: {string.Join(", ", duplicates.Select(d => d.ClientId))}. Check, then confirm it is a different person.", "name");
        return checks.Then(() =>
        {
            var referred = new ClientReferred(c.ClientId, p with { Name = p.Name.Trim(), Languages = p.Languages.Distinct().ToList() },
                c.PrisonCode, c.AlreadyReleasedOn ?? c.ExpectedReleaseDate, c.ReleaseType, c.DestinationMunicipality,
                c.ReferringOrganisationId, c.ReferrerName.Trim(), c.ReferrerContact?.Trim(), c.AlreadyReleasedOn, c.Actor.By, c.Actor.At);
            var events = new List<object> { referred };
            events.AddRange(SupportPlan.Standard.Select(g =>
                new GoalAdded(c.ClientId, SupportPlan.StandardGoalId(c.ClientId, g.Goal), g.Title, g.Domain, g.Goal, g.Rule, c.Actor.By, c.Actor.At)
                {
                    Institution = SupportPlan.InstitutionOf(g.Goal),
                }));
            if (c.AlreadyReleasedOn is { } released) events.Add(new ClientReleased(c.ClientId, released, c.Actor.By, c.Actor.At));
            return Decision.Accept(events.ToArray());
        });
    }

    public static Decision Decide(RecordConsent c, Client? s) => Open(s, allowFrozen: true) ?? new Checks()
        .Require(c.Scopes.Contains(ConsentScope.Processing), ErrorCodes.Validation, "Consent to processing is the basis of every other scope.", "scopes")
        .Require(c.GivenOn <= c.Actor.Today, ErrorCodes.Validation, "Consent cannot be dated in the future.", "givenOn")
        .Require(Text.HasLength(c.DocumentReference, 1, 100), ErrorCodes.Validation, "Give the signed consent's reference.", "documentReference")
        .Then(() => Decision.Accept(new ConsentRecorded(s!.Id, c.Scopes.Distinct().ToList(), c.GivenOn, c.DocumentReference.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(WithdrawConsent c, Client? s) => Open(s) ?? new Checks()
        .Require(s!.Consent.Count > 0, NoConsent, "There is no consent to withdraw.", "clientId")
        .Require(c.WithdrawnOn <= c.Actor.Today, ErrorCodes.Validation, "A withdrawal cannot be dated in the future.", "withdrawnOn")
        .Then(() => Decision.Accept(new ConsentWithdrawn(s.Id, c.WithdrawnOn, c.Note?.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(AssessNeeds c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        return new Checks()
            .Require(c.Needs.Count > 0, ErrorCodes.Validation, "Assess at least one need domain.", "needs")
            .Require(c.Needs.Select(n => n.Domain).Distinct().Count() == c.Needs.Count, ErrorCodes.Validation, "Each need domain once.", "needs")
            .Require(c.Needs.All(n => n.Note is null || n.Note.Length <= 2000), ErrorCodes.Validation, "Notes: 2000 characters at most.", "needs")
            .Require(Text.HasLength(c.Source, 2, 200), ErrorCodes.Validation, "Name the source, e.g. the prison's risk-and-needs assessment.", "source")
            .Require(c.AssessedOn <= c.Actor.Today, ErrorCodes.Validation, "An assessment cannot be dated in the future.", "assessedOn")
            .Then(() =>
            {
                var events = new List<object> { new NeedsAssessed(s!.Id, c.Needs, c.Source.Trim(), c.AssessedOn, c.Actor.By, c.Actor.At) };
                // Medium and high needs become goals, unless an open goal already covers the domain.
                foreach (var need in c.Needs)
                {
                    if (SupportPlan.RuleFor(need.Level) is not { } rule) continue;
                    if (s.Goals.Any(g => g.Domain == need.Domain && g.IsOpen)) continue;
                    events.Add(new GoalAdded(s.Id, SupportPlan.NeedGoalId(s.Id, need.Domain, c.AssessedOn), SupportPlan.NeedGoalTitle(need.Domain),
                        need.Domain, null, rule, c.Actor.By, c.Actor.At));
                }
                return Decision.Accept(events.ToArray());
            });
    }

    public static Decision Decide(RecordRiskFlags c, Client? s) => Open(s) ?? new Checks()
        .Require(c.Note is null || c.Note.Length <= 2000, ErrorCodes.Validation, "The note is too long (2000 characters at most).", "note")
        .Then(() => Decision.Accept(new RiskFlagsRecorded(s!.Id, c.Flags.Distinct().ToList(), c.Note?.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(RecordPreferences c, Client? s) => Open(s) ?? new Checks()
        .Require(c.Language is null || LanguageCodes.IsKnown(c.Language), MentorDecider.UnknownLanguage, $"Unknown language code: {c.Language}.", "language",
            MessageParam.Text("languages", c.Language ?? ""))
        .Then(() => Decision.Accept(new PreferencesRecorded(s!.Id, c.MentorGender, c.LivedExperienceWanted, c.Language, c.Actor.By, c.Actor.At)));

    public static Decision Decide(RecordInterInstitutionalMeeting c, Client? s) => Open(s) ?? new Checks()
        .Require(c.HeldOn <= c.Actor.Today, ErrorCodes.Validation, "A meeting cannot be recorded before it is held.", "heldOn")
        .Require(c.OrganisationsPresent.Count > 0 && c.OrganisationsPresent.All(o => Text.HasLength(o, 2, 200)), ErrorCodes.Validation,
            "Name the organisations present.", "organisationsPresent")
        .Require(Text.HasLength(c.Decisions, 3, 4000), ErrorCodes.Validation, "Record what was decided.", "decisions")
        .Then(() => Decision.Accept(new InterInstitutionalMeetingRecorded(s!.Id, c.HeldOn, c.OrganisationsPresent.Select(o => o.Trim()).ToList(),
            c.Decisions.Trim(), c.Actor.By, c.Actor.At)));

    public static Decision Decide(ChangeReleaseDate c, Client? s)
    {
        if (Open(s) is { } refused) return refused;
        if (s!.ReleasedOn is not null) return Decision.Reject(InvalidTransition, "The person is already released.", "clientId");
        return new Checks()
            .Require(c.ExpectedReleaseDate >= c.Actor.Today, ErrorCodes.InvalidPeriod, "The new expected date is in the past: record the release instead.", "expectedReleaseDate")
            .Require(c.ExpectedReleaseDate != s.ExpectedReleaseDate, ErrorCodes.Validation, "That is already the expected date.", "expectedReleaseDate")
            .Require(Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the date changed.", "reason")
            .Then(() => Decision.Accept(new ReleaseDateChanged(s.Id, c.ExpectedReleaseDate, c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    /// <summary>A release is a fact: it is recorded even on a frozen case.</summary>
    public static Decision Decide(RecordRelease c, Client? s)
    {
        if (Open(s, allowFrozen: true) is { } refused) return refused;
        if (s!.ReleasedOn is not null) return Decision.Reject(InvalidTransition, "The release is already recorded.", "clientId");
        return new Checks()
            .Require(c.ReleasedOn <= c.Actor.Today, ErrorCodes.InvalidPeriod, "A release cannot be recorded before it happens.", "releasedOn")
            .Then(() => Decision.Accept(new ClientReleased(s.Id, c.ReleasedOn, c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(CloseCase c, Client? s) => Open(s, allowFrozen: true) ?? new Checks()
        .Require(c.Reason != CaseClosureReason.Other || Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
        // TRANSFERRED says another NGO holds the case now: only its acceptance may say so.
        .Require(c.Reason != CaseClosureReason.Transferred, ErrorCodes.Validation, "A case is closed as transferred only when another NGO accepts its transfer.", "reason")
        .Then(() => Decision.Accept(new CaseClosed(s!.Id, c.Reason, c.Note?.Trim(), c.Actor.By, c.Actor.At)));

    /// <summary>Frozen or not, the person agreed to the transfer and the other NGO holds the case now.</summary>
    public static Decision Decide(CloseCaseAsTransferred c, Client? s) =>
        Open(s, allowFrozen: true) ?? Decision.Accept(new CaseClosed(s!.Id, CaseClosureReason.Transferred, null, c.Actor.By, c.Actor.At));

    public static Decision Decide(ReopenCase c, Client? s)
    {
        if (s is null) return NotFound;
        if (s.Stage != ClientStage.Closed) return Decision.Reject(InvalidTransition, "The case is not closed.", "clientId");
        return new Checks().Require(Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Say why the case is reopened.", "note")
            .Then(() => Decision.Accept(new CaseReopened(s.Id, c.Note.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(AddGoal c, Client? s) => Open(s) ?? new Checks()
        .Require(Text.HasLength(c.Title, 2, 200), ErrorCodes.Validation, "Describe the goal (2 to 200 characters).", "title")
        .Require(s!.Goals.All(g => g.Id != c.GoalId), ErrorCodes.IdempotencyKeyReused, "This goal was already added.", "goalId")
        .Then(() => Decision.Accept(new GoalAdded(s.Id, c.GoalId, c.Title.Trim(), c.Domain, null, DeadlineRule.On(c.Deadline), c.Actor.By, c.Actor.At)));

    public static Decision Decide(CompleteGoal c, Client? s) => OpenGoal(s, c.GoalId) ?? new Checks()
        .Require(c.AchievedOn <= c.Actor.Today, ErrorCodes.Validation, "A goal cannot be achieved in the future.", "achievedOn")
        .Then(() => Decision.Accept(new GoalAchieved(s!.Id, c.GoalId, c.AchievedOn, c.Actor.By, c.Actor.At)));

    public static Decision Decide(DropGoal c, Client? s) => OpenGoal(s, c.GoalId) ?? new Checks()
        .Require(c.CarriedOver ? c.Reason.Length == 0 : Text.HasLength(c.Reason, 3, 1000), ErrorCodes.Validation, "Say why the goal is dropped.", "reason")
        .Then(() => Decision.Accept(new GoalDropped(s!.Id, c.GoalId, c.Reason.Trim(), c.Actor.By, c.Actor.At) { CarriedOver = c.CarriedOver }));

    public static Decision Decide(ChangeGoalDeadline c, Client? s) => OpenGoal(s, c.GoalId) ?? new Checks()
        .Require(c.Reason is null || c.Reason.Length <= 1000, ErrorCodes.Validation, "The reason is too long.", "reason")
        .Then(() => Decision.Accept(new GoalDeadlineChanged(s!.Id, c.GoalId, c.Deadline, c.Reason?.Trim(), c.Actor.By, c.Actor.At)));

    private static readonly Decision NotFound = Decision.Reject(ErrorCodes.NotFound, "No such client.", "clientId");

    /// <summary>
    /// Null when the case may change; else the refusal (missing, closed, or frozen by withdrawn consent). Public: a command
    /// on another stream that acts on the case (an inter-institutional meeting) checks the same rule here.
    /// </summary>
    public static Decision? Open(Client? s, bool allowFrozen = false)
    {
        if (s is null) return NotFound;
        if (s.Stage == ClientStage.Closed) return Decision.Reject(CaseIsClosed, "The case is closed; reopen it first.", "clientId");
        if (s.IsFrozen && !allowFrozen) return Decision.Reject(CaseFrozen, "Consent was withdrawn: the case is frozen until consent is given again.", "clientId");
        return null;
    }

    private static Decision? OpenGoal(Client? s, Guid goalId)
    {
        if (Open(s) is { } refused) return refused;
        var goal = s!.Goals.FirstOrDefault(g => g.Id == goalId);
        if (goal is null) return Decision.Reject(ErrorCodes.NotFound, "No such goal.", "goalId");
        return goal.IsOpen ? null : Decision.Reject(GoalNotOpen, $"The goal is already {goal.Status.ToString().ToLowerInvariant()}.", "goalId",
            MessageParam.Enum("status", goal.Status));
    }
}
