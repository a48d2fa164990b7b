using Mentoring.Domain.Common;
using Mentoring.Domain.Reference;

namespace Mentoring.Domain.Mentors;

/// <summary>Which kind of vetting step: a client names it in the reader's language.</summary>
public enum VettingStep { ScreeningInterview, References, BackgroundCheck, Training, ConfidentialityAgreement }

/// <summary>One step of vetting, whether it is done, and its state as a code with parameters (dates, counts).</summary>
public sealed record ChecklistItem(VettingStep Kind, bool Done, Reason Detail)
{
    /// <summary>For a training step: the module's name as the policy spells it.</summary>
    public string? Module { get; init; }
}

/// <summary>The states a checklist step reports: stable codes.</summary>
public static class VettingDetails
{
    public const string NotHeld = "NOT_HELD";
    public const string Recommended = "RECOMMENDED";
    public const string NotRecommended = "NOT_RECOMMENDED";
    public const string PositiveReferences = "POSITIVE_REFERENCES";
    public const string NotRecorded = "NOT_RECORDED";
    public const string Disqualifying = "DISQUALIFYING";
    public const string ExpiredOn = "EXPIRED_ON";
    public const string ValidUntil = "VALID_UNTIL";
    public const string NotCompleted = "NOT_COMPLETED";
    public const string CompletedOn = "COMPLETED_ON";
    public const string SignedOn = "SIGNED_ON";
    public const string NotSigned = "NOT_SIGNED";
}

/// <summary>Pure decisions for the mentor stream. Every refusal is a user error and appends nothing.</summary>
public static class MentorDecider
{
    public const string VettingIncomplete = "VETTING_INCOMPLETE";
    public const string DuplicateApplication = "DUPLICATE_APPLICATION";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string UnknownLanguage = "UNKNOWN_LANGUAGE";
    public const int MinCapacity = 1, MaxCapacity = 5, DefaultCapacity = 2;

    public static Mentor? Evolve(Mentor? state, object @event) => @event switch
    {
        MentorApplicationSubmitted e => Mentor.Create(e),
        ScreeningInterviewRecorded e when state is not null => state.Apply(e),
        ReferenceRecorded e when state is not null => state.Apply(e),
        BackgroundCheckRecorded e when state is not null => state.Apply(e),
        TrainingModuleCompleted e when state is not null => state.Apply(e),
        ConfidentialityAgreementSigned e when state is not null => state.Apply(e),
        MentorApproved e when state is not null => state.Apply(e),
        MentorRejected e when state is not null => state.Apply(e),
        MentorSuspended e when state is not null => state.Apply(e),
        MentorReinstated e when state is not null => state.Apply(e),
        MentorWithdrew e when state is not null => state.Apply(e),
        SupervisionSessionRecorded e when state is not null => state.Apply(e),
        MentorSupervisorAssigned e when state is not null => state.Apply(e),
        MentorAvailabilityChanged e when state is not null => state.Apply(e),
        MentorCapacityChanged e when state is not null => state.Apply(e),
        MentorProfileChanged e when state is not null => state.Apply(e),
        _ => state,
    };

    public static Decision Decide(SubmitMentorApplication c, Mentor? state)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This application was already submitted.", "idempotencyKey");
        var checks = CheckProfile(new Checks(), c.Profile, c.Actor.Today)
            .Require(!c.EmailAlreadyApplied, DuplicateApplication, "Someone with this e-mail has already applied to this organisation.", "email");
        return checks.Then(() => Decision.Accept(new MentorApplicationSubmitted(c.MentorId, Normalise(c.Profile), c.Channel, c.Actor.At)));
    }

    public static Decision Decide(RecordScreeningInterview c, Mentor? m) => Vetting(m, "record an interview", checks => checks
            .Require(c.HeldOn <= c.Actor.Today, ErrorCodes.Validation, "An interview cannot be recorded before it is held.", "heldOn")
            .Require(Text.HasLength(c.Interviewer, 2, 120), ErrorCodes.Validation, "Name the interviewer.", "interviewer")
            .Require(c.Note is null || c.Note.Length <= 4000, ErrorCodes.Validation, "The note is too long (4000 characters at most).", "note"),
        id => new ScreeningInterviewRecorded(id, c.HeldOn, c.Interviewer.Trim(), c.Outcome, c.Note?.Trim(), c.Actor.By, c.Actor.At));

    public static Decision Decide(RecordReference c, Mentor? m) => Vetting(m, "record a reference", checks => checks
            .Require(c.ReceivedOn <= c.Actor.Today, ErrorCodes.Validation, "A reference cannot be received in the future.", "receivedOn")
            .Require(Text.HasLength(c.RefereeName, 2, 120), ErrorCodes.Validation, "Name the referee.", "refereeName")
            .Require(Text.HasLength(c.Relationship, 2, 200), ErrorCodes.Validation, "Say how the referee knows the applicant.", "relationship"),
        id => new ReferenceRecorded(id, c.RefereeName.Trim(), c.Relationship.Trim(), c.Outcome, c.ReceivedOn, c.Actor.By, c.Actor.At));

    /// <param name="policy">Gives the default expiry: the check date plus the policy's validity.</param>
    public static Decision Decide(RecordBackgroundCheck c, Mentor? m, VettingPolicy policy)
    {
        var expires = c.ExpiresOn ?? c.CheckedOn.AddMonths(policy.BackgroundCheckValidityMonths);
        var decision = Vetting(m, "record a background check", checks => checks
                .Require(c.CheckedOn <= c.Actor.Today, ErrorCodes.Validation, "A check cannot be dated in the future.", "checkedOn")
                .Require(expires > c.CheckedOn, ErrorCodes.InvalidPeriod, "The expiry must be after the check date.", "expiresOn"),
            id => new BackgroundCheckRecorded(id, c.CheckedOn, c.Outcome, expires, c.Actor.By, c.Actor.At));
        // A disqualifying result about someone already meeting people stops them at once.
        if (decision.IsAccepted && c.Outcome == BackgroundCheckOutcome.Disqualifying && m!.Stage == MentorStage.Approved)
            return Decision.Accept(decision.Events[0], new MentorSuspended(m.Id, "Disqualifying background check", c.Actor.By, c.Actor.At));
        return decision;
    }

    public static Decision Decide(RecordTrainingCompleted c, Mentor? m) => Vetting(m, "record training", checks => checks
            .Require(c.CompletedOn <= c.Actor.Today, ErrorCodes.Validation, "Training cannot be completed in the future.", "completedOn")
            .Require(Text.HasLength(c.Module, 2, 120), ErrorCodes.Validation, "Name the training module.", "module"),
        id => new TrainingModuleCompleted(id, c.Module.Trim(), c.CompletedOn, c.Actor.By, c.Actor.At));

    public static Decision Decide(SignConfidentialityAgreement c, Mentor? m) => Vetting(m, "record the agreement", checks => checks
            .Require(c.SignedOn <= c.Actor.Today, ErrorCodes.Validation, "An agreement cannot be signed in the future.", "signedOn")
            .Require(Text.HasLength(c.DocumentReference, 1, 100), ErrorCodes.Validation, "Give the signed document's reference.", "documentReference"),
        id => new ConfidentialityAgreementSigned(id, c.SignedOn, c.DocumentReference.Trim(), c.Actor.By, c.Actor.At));

    public static Decision Decide(ApproveMentor c, Mentor? m, VettingPolicy policy)
    {
        if (Refuse(m, "approve", MentorStage.Applied, MentorStage.InVetting) is { } refused) return refused;
        var missing = Checklist(m!, policy, c.Actor.Today).Where(i => !i.Done).ToList();
        if (missing.Count > 0)
            return Decision.Reject(VettingIncomplete, "Still missing: " + string.Join(", ", missing.Select(i => i.Module ?? i.Kind.ToString())) + ".", "mentorId",
                [.. missing.Select(i => MessageParam.Enum("steps", i.Kind))]);
        return Decision.Accept(new MentorApproved(m!.Id, c.Actor.By, c.Actor.At));
    }

    public static Decision Decide(RejectMentor c, Mentor? m)
    {
        if (Refuse(m, "reject", MentorStage.Applied, MentorStage.InVetting) is { } refused) return refused;
        return new Checks()
            .Require(c.Reason != RejectionReason.Other || Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Explain the reason in the note.", "note")
            .Require(c.Note is null || c.Note.Length <= 2000, ErrorCodes.Validation, "The note is too long (2000 characters at most).", "note")
            .Then(() => Decision.Accept(new MentorRejected(m!.Id, c.Reason, c.Note?.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(SuspendMentor c, Mentor? m)
    {
        if (Refuse(m, "suspend", MentorStage.Approved) is { } refused) return refused;
        return new Checks().Require(Text.HasLength(c.Reason, 3, 2000), ErrorCodes.Validation, "Say why the mentor is suspended.", "reason")
            .Then(() => Decision.Accept(new MentorSuspended(m!.Id, c.Reason.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(ReinstateMentor c, Mentor? m)
    {
        if (Refuse(m, "reinstate", MentorStage.Suspended) is { } refused) return refused;
        return new Checks()
            .Require(m!.BackgroundCheck != BackgroundCheckOutcome.Disqualifying, InvalidTransition,
                "The latest background check is disqualifying: record a new check first.", "mentorId")
            .Require(Text.HasLength(c.Note, 3, 2000), ErrorCodes.Validation, "Say why the mentor is reinstated.", "note")
            .Then(() => Decision.Accept(new MentorReinstated(m.Id, c.Note.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(WithdrawMentor c, Mentor? m)
    {
        if (Refuse(m, "withdraw", MentorStage.Applied, MentorStage.InVetting, MentorStage.Approved, MentorStage.Suspended) is { } refused) return refused;
        return Decision.Accept(new MentorWithdrew(m!.Id, c.Reason?.Trim(), c.Actor.By, c.Actor.At));
    }

    public static Decision Decide(RecordSupervisionSession c, Mentor? m)
    {
        if (Refuse(m, "record supervision for", MentorStage.Approved, MentorStage.Suspended) is { } refused) return refused;
        return new Checks()
            .Require(c.HeldOn <= c.Actor.Today, ErrorCodes.Validation, "A session cannot be recorded before it is held.", "heldOn")
            .Require(Text.HasLength(c.Supervisor, 2, 120), ErrorCodes.Validation, "Name the supervisor.", "supervisor")
            .Then(() => Decision.Accept(new SupervisionSessionRecorded(m!.Id, c.HeldOn, c.Supervisor.Trim(), c.Note?.Trim(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(ChangeMentorAvailability c, Mentor? m)
    {
        if (RefuseClosed(m, "change availability of") is { } refused) return refused;
        return CheckAvailability(new Checks(), c.Availability)
            .Then(() => Decision.Accept(new MentorAvailabilityChanged(m!.Id, c.Availability.Distinct().ToList(), c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(ChangeMentorCapacity c, Mentor? m)
    {
        if (RefuseClosed(m, "change capacity of") is { } refused) return refused;
        return CheckCapacity(new Checks(), c.Capacity)
            .Then(() => Decision.Accept(new MentorCapacityChanged(m!.Id, c.Capacity, c.Actor.By, c.Actor.At)));
    }

    public static Decision Decide(ChangeMentorProfile c, Mentor? m)
    {
        if (RefuseClosed(m, "change the profile of") is { } refused) return refused;
        return CheckProfile(new Checks(), c.Profile, c.Actor.Today)
            .Then(() => Decision.Accept(new MentorProfileChanged(m!.Id, Normalise(c.Profile), c.Actor.By, c.Actor.At)));
    }

    /// <summary>Every step the policy requires, done or not, in the order a coordinator works through them.</summary>
    public static IReadOnlyList<ChecklistItem> Checklist(Mentor m, VettingPolicy policy, DateOnly today)
    {
        var items = new List<ChecklistItem>();
        if (policy.InterviewRequired)
            items.Add(new(VettingStep.ScreeningInterview, m.Interview == InterviewOutcome.Recommended, Reason.Of(m.Interview switch
            {
                null => VettingDetails.NotHeld,
                InterviewOutcome.Recommended => VettingDetails.Recommended,
                _ => VettingDetails.NotRecommended,
            })));
        var positive = m.References.Count(r => r.Outcome == ReferenceOutcome.Positive);
        if (policy.MinimumReferences > 0)
            items.Add(new(VettingStep.References, positive >= policy.MinimumReferences, Reason.Of(VettingDetails.PositiveReferences,
                MessageParam.Number("count", positive), MessageParam.Number("required", policy.MinimumReferences))));
        items.Add(new(VettingStep.BackgroundCheck,
            m.BackgroundCheck is BackgroundCheckOutcome.Clear or BackgroundCheckOutcome.Concerns && m.BackgroundCheckExpiresOn >= today,
            (m.BackgroundCheck, m.BackgroundCheckExpiresOn) switch
            {
                (null, _) => Reason.Of(VettingDetails.NotRecorded),
                (BackgroundCheckOutcome.Disqualifying, _) => Reason.Of(VettingDetails.Disqualifying),
                (_, { } expires) when expires < today => Reason.Of(VettingDetails.ExpiredOn, MessageParam.Date("date", expires)),
                ({ } outcome, { } expires) => Reason.Of(VettingDetails.ValidUntil, MessageParam.Enum("outcome", outcome), MessageParam.Date("date", expires)),
                ({ } outcome, null) => Reason.Of(VettingDetails.NotRecorded),
            }));
        foreach (var module in policy.RequiredTrainingModules)
        {
            var done = m.Training.FirstOrDefault(t => string.Equals(t.Module, module, StringComparison.OrdinalIgnoreCase));
            items.Add(new(VettingStep.Training, done is not null, done is null ? Reason.Of(VettingDetails.NotCompleted)
                : Reason.Of(VettingDetails.CompletedOn, MessageParam.Date("date", done.CompletedOn))) { Module = module });
        }
        if (policy.AgreementRequired)
            items.Add(new(VettingStep.ConfidentialityAgreement, m.AgreementSignedOn is not null,
                m.AgreementSignedOn is { } signed ? Reason.Of(VettingDetails.SignedOn, MessageParam.Date("date", signed)) : Reason.Of(VettingDetails.NotSigned)));
        return items;
    }

    public static Checks CheckProfile(Checks checks, MentorProfile p, DateOnly today)
    {
        var unknownLanguages = p.Languages.Where(l => !LanguageCodes.IsKnown(l)).ToList();
        var unknownMunicipalities = p.Municipalities.Where(m => !Municipalities.IsKnown(m)).ToList();
        checks
            .Require(Text.HasLength(p.Name, 2, 120), ErrorCodes.Validation, "Enter a name (2 to 120 characters).", "name")
            .Require(Text.IsEmail(p.Email?.Trim()), ErrorCodes.Validation, "Enter a valid e-mail address.", "email")
            .Require(p.Phone is null || (p.Phone.Length <= 30 && p.Phone.All(ch => char.IsDigit(ch) || ch is '+' or ' ' or '-' or '(' or ')')),
                ErrorCodes.Validation, "Enter a phone number of digits, spaces and +.", "phone")
            .Require(p.Languages.Count > 0, ErrorCodes.Validation, "Name at least one language.", "languages")
            .Require(unknownLanguages.Count == 0, UnknownLanguage, $"Unknown language code(s): {string.Join(", ", unknownLanguages)}.", "languages",
                [.. unknownLanguages.Select(l => MessageParam.Text("languages", l))])
            .Require(p.Municipalities.Count > 0, ErrorCodes.Validation, "Name at least one municipality served.", "municipalities")
            .Require(unknownMunicipalities.Count == 0, ErrorCodes.UnknownMunicipality,
                $"Not Latvian municipalities: {string.Join(", ", unknownMunicipalities)}.", "municipalities")
            .Require(p.BirthYear <= today.Year - 18, ErrorCodes.Validation, "A mentor must be an adult.", "birthYear")
            .Require(p.BirthYear >= today.Year - 100, ErrorCodes.Validation, "Enter a real birth year.", "birthYear")
            .Require(p.LivedExperience.RemissionYears is null or >= 0 and <= 80, ErrorCodes.Validation, "Years of remission must be 0 to 80.", "remissionYears")
            .Require(Text.HasLength(p.Motivation, 10, 4000), ErrorCodes.Validation, "Tell us why you want to be a mentor (10 to 4000 characters).", "motivation");
        CheckAvailability(checks, p.Availability);
        return CheckCapacity(checks, p.Capacity);
    }

    private static Checks CheckAvailability(Checks checks, IReadOnlyList<AvailabilitySlot> slots) =>
        checks.Require(slots.Count <= 21, ErrorCodes.Validation, "At most 21 weekly slots (7 days × 3 parts).", "availability");

    private static Checks CheckCapacity(Checks checks, int capacity) =>
        checks.Require(capacity is >= MinCapacity and <= MaxCapacity, ErrorCodes.Validation,
            $"A mentor supports {MinCapacity} to {MaxCapacity} people at a time.", "capacity");

    internal static MentorProfile Normalise(MentorProfile p) => p with
    {
        Name = p.Name.Trim(),
        Email = Text.NormaliseEmail(p.Email ?? ""),
        Phone = string.IsNullOrWhiteSpace(p.Phone) ? null : p.Phone.Trim(),
        Languages = p.Languages.Distinct().ToList(),
        Municipalities = p.Municipalities.Distinct().ToList(),
        Specialities = p.Specialities.Distinct().ToList(),
        Availability = p.Availability.Distinct().ToList(),
        Motivation = p.Motivation.Trim(),
    };

    /// <summary>A vetting step: allowed while the mentor is not closed (re-checks of approved mentors included).</summary>
    private static Decision Vetting(Mentor? m, string action, Func<Checks, Checks> check, Func<Guid, object> happened)
    {
        if (RefuseClosed(m, action) is { } refused) return refused;
        return check(new Checks()).Then(() => Decision.Accept(happened(m!.Id)));
    }

    private static Decision? RefuseClosed(Mentor? m, string action) =>
        Refuse(m, action, MentorStage.Applied, MentorStage.InVetting, MentorStage.Approved, MentorStage.Suspended);

    private static Decision? Refuse(Mentor? m, string action, params MentorStage[] allowed)
    {
        if (m is null) return Decision.Reject(ErrorCodes.NotFound, "No such mentor.", "mentorId");
        return allowed.Contains(m.Stage)
            ? null
            : Decision.Reject(InvalidTransition, $"Cannot {action} a mentor who is {m.Stage.ToString().ToLowerInvariant()}.", "mentorId",
                MessageParam.Enum("stage", m.Stage));
    }
}
