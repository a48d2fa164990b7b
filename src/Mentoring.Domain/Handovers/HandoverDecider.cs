using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Domain.Handovers;

/// <summary>The account a path would be handed to, and its organisation, as the registry knows them (null: no such account).</summary>
public sealed record SocialWorkerFacts(Guid UserId, string Name, bool IsActive, IReadOnlySet<Role> Roles, Organisation Organisation);

public sealed record StartHandover(Guid HandoverId, Guid ClientId, HandoverHolder Holder, SocialWorkerFacts? Worker, int Days, bool IncludeNotes, Actor Actor);
public sealed record ExtendHandover(int Days, Actor Actor);
public sealed record RevokeHandover(Actor Actor);
public sealed record RecordSocialServiceDecision(Guid DecisionId, Guid? GoalId, HelpKind Help, SocialServiceDecision Decision, RefusalReason? Reason,
    DateOnly DecidedOn, string? Note, Actor Actor);

/// <summary>
/// Pure decisions for the hand-over stream. The case's side of a decision (a goal done, a refusal on the path) is decided by
/// <see cref="ClientDecider"/> itself, so a decision of the social service is held to the rules a coordinator's would be.
/// </summary>
public static class HandoverDecider
{
    public const int DefaultDays = 60;
    /// <summary>A hand-over is for the weeks after release, not a standing access: half a year at most from today.</summary>
    public const int MinDays = 1, MaxDays = 180;

    public const string NotASocialWorker = "NOT_A_SOCIAL_WORKER";
    public const string WrongMunicipality = "SOCIAL_WORKER_WRONG_MUNICIPALITY";
    public const string AlreadyHandedOver = "ALREADY_HANDED_OVER";
    public const string Expired = "HANDOVER_EXPIRED";
    public const string Revoked = "HANDOVER_REVOKED";
    public const string ConsentWithdrawn = "HANDOVER_CONSENT_WITHDRAWN";

    public static Handover? Evolve(Handover? state, object @event) => @event switch
    {
        HandedOver e => Handover.Create(e),
        HandoverPathRefreshed e when state is not null => state.Apply(e),
        HandoverExtended e when state is not null => state.Apply(e),
        HandoverRevoked e when state is not null => state.Apply(e),
        HandoverExpired e when state is not null => state.Apply(e),
        HandoverConsentWithdrawn e when state is not null => state.Apply(e),
        SocialServiceDecisionRecorded e when state is not null => state.Apply(e),
        _ => state,
    };

    /// <param name="active">The case's hand-overs still active, to refuse a second one to the same worker.</param>
    public static Decision Decide(StartHandover c, Handover? state, Client? client, IReadOnlyList<Handover> active)
    {
        if (state is not null) return Decision.Reject(ErrorCodes.IdempotencyKeyReused, "This hand-over was already made.", "idempotencyKey");
        if (client is null) return Decision.Reject(ErrorCodes.NotFound, "No such client.", "clientId");
        if (client.Stage == ClientStage.Closed) return Decision.Reject(ClientDecider.CaseIsClosed, "The case is closed.", "clientId");
        if (!client.HasConsent(ConsentScope.ShareWithSocialService))
            return Decision.Reject(ClientDecider.NoConsent, "The person has not consented to sharing their path with the social service.", "clientId",
                MessageParam.Enum("scope", ConsentScope.ShareWithSocialService));
        var w = c.Worker;
        var municipality = w?.Organisation.MunicipalityCode;
        return new Checks()
            .Require(w is { IsActive: true } && w.Roles.Contains(Role.SocialWorker) && w.Organisation.Kind == OrganisationKind.Municipality, NotASocialWorker,
                "Hand over only to an active social worker account of a municipality.", "socialWorkerUserId")
            .Require(w is null || municipality is null || municipality == client.DestinationMunicipality, WrongMunicipality,
                "The social worker is not of the municipality the person is released to.", "socialWorkerUserId",
                MessageParam.Municipality("municipality", client.DestinationMunicipality))
            .Require(c.Days is >= MinDays and <= MaxDays, ErrorCodes.Validation, $"A hand-over lasts {MinDays} to {MaxDays} days.", "days",
                MessageParam.Number("min", MinDays), MessageParam.Number("max", MaxDays))
            .Require(active.All(h => h.Recipient.UserId != w?.UserId || !h.IsReadableAt(c.Actor.At)), AlreadyHandedOver,
                "The path is already handed over to this social worker: extend that hand-over.", "socialWorkerUserId")
            .Then(() => Decision.Accept(new HandedOver(c.HandoverId, client.Id, c.Holder,
                new HandoverRecipient(w!.Organisation.Id, w.Organisation.TenantId, w.Organisation.Name, municipality!, w.UserId, w.Name),
                c.Actor.At.AddDays(c.Days), c.IncludeNotes, HandoverPath.Of(client, c.Actor.Today, c.IncludeNotes), c.Actor.By, c.Actor.At)));
    }

    /// <summary>More days on top of the current end, never beyond <see cref="MaxDays"/> from now.</summary>
    public static Decision Decide(ExtendHandover c, Handover? s) => Readable(s, c.Actor.At) ?? new Checks()
        .Require(c.Days >= MinDays && s!.ExpiresAt.AddDays(c.Days) <= c.Actor.At.AddDays(MaxDays), ErrorCodes.Validation,
            $"A hand-over can run at most {MaxDays} days from today.", "days", MessageParam.Number("min", MinDays), MessageParam.Number("max", MaxDays))
        .Then(() => Decision.Accept(new HandoverExtended(s!.Id, s.ExpiresAt.AddDays(c.Days), c.Actor.By, c.Actor.At)));

    public static Decision Decide(RevokeHandover c, Handover? s) =>
        Readable(s, c.Actor.At) ?? Decision.Accept(new HandoverRevoked(s!.Id, c.Actor.By, c.Actor.At));

    /// <summary>The decision on the hand-over, its effect on the plan (decided by the case's rules), and the path as it then stands.</summary>
    public static Decision Decide(RecordSocialServiceDecision c, Handover? s, Client? client)
    {
        if (Readable(s, c.Actor.At) is { } ended) return ended;
        if (client is null || !client.HasConsent(ConsentScope.ShareWithSocialService))
            return Decision.Reject(ConsentWithdrawn, "The person withdrew their consent to the hand-over.", "handoverId");
        var valid = new Checks()
            .Require(s!.Decisions.All(d => d.Id != c.DecisionId), ErrorCodes.IdempotencyKeyReused, "This decision was already recorded.", "idempotencyKey")
            .Require(c.Decision != SocialServiceDecision.Refused || c.Reason is not null, ErrorCodes.Validation, "Give the reason help was refused.", "reason")
            .Require(c.Decision != SocialServiceDecision.Granted || c.Reason is null, ErrorCodes.Validation, "Granted help has no refusal reason.", "reason")
            .Require(c.Decision != SocialServiceDecision.Granted || c.GoalId is not null, ErrorCodes.Validation, "Name the goal the help was granted for.", "goalId")
            .Require(c.DecidedOn <= c.Actor.Today, ErrorCodes.Validation, "A decision cannot be dated in the future.", "decidedOn");
        if (valid.Failed) return Decision.Reject(valid.Errors);
        var onCase = CaseEvents(c, client);
        if (!onCase.IsAccepted) return onCase;
        var after = onCase.Events.Aggregate((Client?)client, ClientDecider.Evolve)!;
        return Decision.Accept(
            new SocialServiceDecisionRecorded(s.Id, c.DecisionId, c.GoalId, c.Help, c.Decision, c.Reason, c.DecidedOn, c.Note?.Trim() is { Length: > 0 } n ? n : null,
                c.Actor.By, c.Actor.At),
            new HandoverPathRefreshed(s.Id, HandoverPath.Of(after, c.Actor.Today, s.IncludeNotes), c.Actor.At));
    }

    /// <summary>
    /// What the decision does to the plan, through the case's own decider: granted help completes its goal; a refusal is
    /// recorded on the path with its reason (and refuses the goal, when it names one), at the municipal social service.
    /// </summary>
    public static Decision CaseEvents(RecordSocialServiceDecision c, Client client) => c.Decision == SocialServiceDecision.Granted
        ? ClientDecider.Decide(new SetGoalStatus(c.GoalId!.Value, GoalStatus.Done, c.DecidedOn, null, c.Actor), client)
        : ClientDecider.Decide(new RecordRefusal(c.DecisionId, Institution.MunicipalSocialService, c.Help, c.Reason!.Value, c.DecidedOn, c.Note, c.GoalId, c.Actor), client);

    /// <summary>Its time ran out at <paramref name="now"/> while still recorded active: the expiry to record, else nothing.</summary>
    public static IReadOnlyList<object> Expire(Handover? s, DateTimeOffset now) =>
        s is { Status: HandoverStatus.Active } && now >= s.ExpiresAt ? [new HandoverExpired(s.Id, now)] : [];

    /// <summary>The consent (or its scope) is gone: an active hand-over ends with it.</summary>
    public static IReadOnlyList<object> ConsentGone(Handover? s, DateTimeOffset now) =>
        s is { Status: HandoverStatus.Active } ? [new HandoverConsentWithdrawn(s.Id, now)] : [];

    /// <summary>The plan changed: the path as it now stands, when it differs (dates aside) from the one handed over.</summary>
    public static IReadOnlyList<object> Refresh(Handover? s, Client client, DateOnly today, DateTimeOffset now)
    {
        if (s is not { Status: HandoverStatus.Active } || now >= s.ExpiresAt) return [];
        var path = HandoverPath.Of(client, today, s.IncludeNotes);
        return Same(path, s.Path) ? [] : [new HandoverPathRefreshed(s.Id, path, now)];
    }

    private static bool Same(HandoverPath a, HandoverPath b) =>
        System.Text.Json.JsonSerializer.Serialize(a with { AsOf = default }) == System.Text.Json.JsonSerializer.Serialize(b with { AsOf = default });

    /// <summary>Null while the hand-over is readable at <paramref name="now"/>; else why not.</summary>
    private static Decision? Readable(Handover? s, DateTimeOffset now) => s switch
    {
        null => Decision.Reject(ErrorCodes.NotFound, "No such hand-over.", "handoverId"),
        { Status: HandoverStatus.Revoked } => Decision.Reject(Revoked, "The hand-over was revoked.", "handoverId"),
        { Status: HandoverStatus.ConsentWithdrawn } => Decision.Reject(ConsentWithdrawn, "The person withdrew their consent to the hand-over.", "handoverId"),
        _ when !s.IsReadableAt(now) => Decision.Reject(Expired, "The hand-over has expired.", "handoverId", MessageParam.Date("date", RigaCalendar.Day(s.ExpiresAt))),
        _ => null,
    };
}
