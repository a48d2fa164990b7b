using Marten.Schema;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;

namespace Mentoring.Domain.Mentors;

public enum TrainingModuleKind { RequiredForApproval, Refresher, Optional }

/// <summary>A module the NGO teaches: its code, name, length, and whether approval needs it or it must be refreshed.</summary>
public sealed record CatalogueModule(string Code, string Name, decimal Hours, TrainingModuleKind Kind, int? ValidityMonths);

/// <summary>
/// An NGO's training catalogue: one per tenant, edited by its admins, versioned like the vetting policy. Saving it sets the
/// vetting policy's required modules to its required-for-approval modules, so approval needs what the catalogue says.
/// <see cref="Default"/> holds the policy's default modules until an admin saves.
/// </summary>
public sealed record TrainingCatalogue : ISettingsDocument
{
    public static readonly Guid CatalogueId = new("3b0f5e8a-91d2-4c47-a6e1-7d2f0c9b8a14");
    public static TrainingCatalogue Default { get; } = new();

    public Guid Id { get; init; } = CatalogueId;
    [Version] public Guid Version { get; set; }
    public IReadOnlyList<CatalogueModule> Modules { get; init; } =
    [
        new("INTRO", "Ievads līdzgaitnieka darbā", 8, TrainingModuleKind.RequiredForApproval, null),
        new("CONFIDENTIALITY", "Konfidencialitāte un robežas", 4, TrainingModuleKind.RequiredForApproval, null),
    ];

    public CatalogueModule? Find(string codeOrName) => Modules.FirstOrDefault(m =>
        string.Equals(m.Code, codeOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Name, codeOrName, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> RequiredForApproval => [.. Modules.Where(m => m.Kind == TrainingModuleKind.RequiredForApproval).Select(m => m.Name)];

    public static IReadOnlyList<UserError> Check(TrainingCatalogue c) => new Checks()
        .Require(c.Modules.Count <= 60, ErrorCodes.Validation, "At most 60 modules.", "modules")
        .Require(c.Modules.All(m => m.Code.Length is >= 2 and <= 30 && m.Code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_')),
            ErrorCodes.Validation, "Module codes are 2 to 30 letters, digits, - or _.", "modules")
        .Require(c.Modules.All(m => Text.HasLength(m.Name, 2, 120)), ErrorCodes.Validation, "Module names are 2 to 120 characters.", "modules")
        .Require(c.Modules.All(m => m.Hours is > 0 and <= 200), ErrorCodes.Validation, "A module lasts more than 0 and at most 200 hours.", "modules")
        .Require(c.Modules.All(m => m.Kind == TrainingModuleKind.Refresher ? m.ValidityMonths is >= 1 and <= 120 : m.ValidityMonths is null),
            TrainingDecider.RefresherValidity, "A refresher is valid for 1 to 120 months; other modules have no validity.", "modules")
        .Require(c.Modules.Select(m => m.Code.ToUpperInvariant()).Distinct().Count() == c.Modules.Count
                 && c.Modules.Select(m => m.Name.ToLowerInvariant()).Distinct().Count() == c.Modules.Count,
            TrainingDecider.DuplicateModule, "Each module's code and name appear once.", "modules")
        .Errors;
}

/// <summary>A training session, recorded once on its own stream; every mentor present completes its modules on their own stream.</summary>
public sealed record TrainingSessionHeld(Guid SessionId, DateOnly HeldOn, string Trainer, IReadOnlyList<string> ModuleCodes, int Minutes,
    IReadOnlyList<Attendance> Attendance, Guid By, DateTimeOffset At);

public sealed record TrainingSession(Guid Id, DateOnly HeldOn, string Trainer, IReadOnlyList<string> ModuleCodes, int Minutes,
    IReadOnlyList<Attendance> Attendance, DateTimeOffset RecordedAt)
{
    public long Version { get; set; }
    public static TrainingSession Create(TrainingSessionHeld e) => new(e.SessionId, e.HeldOn, e.Trainer, e.ModuleCodes, e.Minutes, e.Attendance, e.At);
}

public sealed record RecordTrainingSession(Guid SessionId, DateOnly HeldOn, string Trainer, IReadOnlyList<string> ModuleCodes, int Minutes,
    IReadOnlyList<Attendance> Attendance, TrainingCatalogue Catalogue, IReadOnlyDictionary<Guid, Mentor?> Mentors, Actor Actor);

/// <summary>A refresher module the mentor completed and until when it holds.</summary>
public sealed record RefresherStanding(string Code, string Name, DateOnly CompletedOn, DateOnly ExpiresOn, bool Expired);

public static class TrainingDecider
{
    public const string UnknownModule = "UNKNOWN_TRAINING_MODULE";
    public const string DuplicateModule = "DUPLICATE_TRAINING_MODULE";
    public const string RefresherValidity = "REFRESHER_VALIDITY";
    public const int MaxMinutes = 16 * 60, MaxAttendees = 60;

    public static TrainingSession? Evolve(TrainingSession? state, object e) => e switch
    {
        TrainingSessionHeld held => TrainingSession.Create(held),
        _ => state,
    };

    /// <summary>
    /// The session and, for each mentor present and each module, a completion carrying its share of the session's minutes
    /// (split evenly, the remainder to the first modules, so a mentor's modules add up to exactly the session's length).
    /// </summary>
    public static Decision Decide(RecordTrainingSession c, TrainingSession? existing)
    {
        if (existing is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This session was already recorded.", "idempotencyKey");
        var attendance = c.Attendance.DistinctBy(a => a.MentorId).ToList();
        var modules = c.ModuleCodes.Distinct(StringComparer.OrdinalIgnoreCase).Select(code => (code, module: c.Catalogue.Find(code))).ToList();
        var unknown = modules.Where(m => m.module is null).Select(m => m.code).ToList();
        var checks = new Checks()
            .Require(c.HeldOn <= c.Actor.Today, ErrorCodes.Validation, "A session cannot be recorded before it is held.", "heldOn")
            .Require(Text.HasLength(c.Trainer, 2, 120), ErrorCodes.Validation, "Name the trainer.", "trainer")
            .Require(c.Minutes is > 0 and <= MaxMinutes, ErrorCodes.Validation, $"A session lasts 1 to {MaxMinutes} minutes.", "minutes")
            .Require(modules.Count > 0, ErrorCodes.Validation, "Name at least one module.", "moduleCodes")
            .Require(unknown.Count == 0, UnknownModule, $"Not in the catalogue: {string.Join(", ", unknown)}.", "moduleCodes",
                [.. unknown.Select(u => MessageParam.Text("modules", u))])
            .Require(attendance.Any(a => a.Present), SupervisionDecider.NoAttendee, "Mark at least one mentor present.", "attendance")
            .Require(attendance.Count <= MaxAttendees, ErrorCodes.Validation, $"At most {MaxAttendees} mentors per session.", "attendance");
        foreach (var a in attendance)
        {
            var mentor = c.Mentors.GetValueOrDefault(a.MentorId);
            checks.Require(mentor is not null, ErrorCodes.NotFound, "No such mentor.", "attendance");
            if (mentor is not null)
                checks.Require(!mentor.IsClosed, MentorDecider.InvalidTransition,
                    $"Cannot record training for a mentor who is {mentor.Stage.ToString().ToLowerInvariant()}.", "attendance", MessageParam.Enum("stage", mentor.Stage));
        }
        return checks.Then(() =>
        {
            var catalogued = modules.Select(m => m.module!).ToList();
            var share = Split(c.Minutes, catalogued.Count);
            return Decision.Accept([
                new TrainingSessionHeld(c.SessionId, c.HeldOn, c.Trainer.Trim(), [.. catalogued.Select(m => m.Code)], c.Minutes, attendance, c.Actor.By, c.Actor.At),
                .. attendance.Where(a => a.Present).SelectMany(a => catalogued.Select((m, i) =>
                    new TrainingModuleCompleted(a.MentorId, m.Name, c.HeldOn, c.Actor.By, c.Actor.At, c.SessionId, share[i], m.Code))),
            ]);
        });
    }

    /// <summary><paramref name="minutes"/> in <paramref name="parts"/> whole shares that add up to it (100 in 3: 34, 33, 33).</summary>
    public static IReadOnlyList<int> Split(int minutes, int parts) =>
        [.. Enumerable.Range(0, parts).Select(i => minutes / parts + (i < minutes % parts ? 1 : 0))];

    /// <summary>
    /// Each refresher module of the catalogue the mentor completed, with its expiry: the latest completion plus the module's
    /// validity, counted as the law counts months (<see cref="PathCalendar.MonthsAfter"/>). Expired the day after.
    /// </summary>
    public static IReadOnlyList<RefresherStanding> Refreshers(Mentor m, TrainingCatalogue catalogue, DateOnly today) =>
        Refreshers(m.Training, catalogue, today);

    public static IReadOnlyList<RefresherStanding> Refreshers(IReadOnlyList<CompletedTraining> training, TrainingCatalogue catalogue, DateOnly today) =>
        [.. catalogue.Modules.Where(x => x.Kind == TrainingModuleKind.Refresher && x.ValidityMonths is not null)
            .Select(x => (module: x, done: training.FirstOrDefault(t => string.Equals(t.Module, x.Name, StringComparison.OrdinalIgnoreCase)
                || t.Code is { } code && string.Equals(code, x.Code, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.done is not null)
            .Select(x =>
            {
                var expires = PathCalendar.MonthsAfter(x.done!.CompletedOn, x.module.ValidityMonths!.Value);
                return new RefresherStanding(x.module.Code, x.module.Name, x.done.CompletedOn, expires, today > expires);
            })];
}
