using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contacts;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public sealed record LogStaffCheckInInput
{
    public Guid MatchId { get; init; }
    public Guid CheckInId { get; init; }
    public CheckInParty With { get; init; }
    public CheckInMode Mode { get; init; }
    public int HealthRating { get; init; }
    public string? Concerns { get; init; }
    public string? AgreedActions { get; init; }
    public DateOnly On { get; init; }
}

public sealed class LogStaffCheckInInputType : InputObjectGraphType<LogStaffCheckInInput>
{
    public LogStaffCheckInInputType()
    {
        Name = "LogStaffCheckInInput";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CheckInId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Made by the form once; a retry with it logs nothing new.");
        Field(x => x.With, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Mode, type: typeof(NonNullGraphType<CheckInModeType>));
        Field(x => x.HealthRating).Description("1 (bad) to 5 (good).");
        Field(x => x.Concerns, nullable: true);
        Field(x => x.AgreedActions, nullable: true);
        Field(x => x.On).Description("The day of the check-in: not in the future, not before the match began.");
    }
}

public sealed record HealthAnswersInput
{
    public Guid MatchId { get; init; }
    public int GoingWell { get; init; }
    public int Supported { get; init; }
    public string IdempotencyKey { get; init; } = "";
    /// <summary>The client's answers only: the mentor answers the milestone open today.</summary>
    public int Milestone { get; init; }
}

public sealed class AnswerMatchHealthCheckInputType : InputObjectGraphType<HealthAnswersInput>
{
    public AnswerMatchHealthCheckInputType()
    {
        Name = "AnswerMatchHealthCheckInput";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.GoingWell).Description("How is it going? 1 to 5.");
        Field(x => x.Supported).Description("Do you get the support you need? 1 to 5.");
        Field(x => x.IdempotencyKey).Description("Made on the phone once per answer; the same answer synced twice is recorded once.");
    }
}

public sealed class RecordClientHealthCheckInputType : InputObjectGraphType<HealthAnswersInput>
{
    public RecordClientHealthCheckInputType()
    {
        Name = "RecordClientHealthCheckInput";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Milestone).Description("1, 3, 6 or 12 (months after the match began), reached already.");
        Field(x => x.GoingWell).Description("How is it going, in the client's words? 1 to 5.");
        Field(x => x.Supported).Description("Does the client get the support they need? 1 to 5.");
        Field(x => x.IdempotencyKey).Description("Made by the form once; a retry with it records nothing new.");
    }
}

public static class MonitoringMutations
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddMonitoringMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MatchMonitoringPayloadType>>("logStaffCheckIn")
            .Description("A coordinator logs a check-in with an active match's mentor or client; it closes the match's open health tasks.")
            .Argument<NonNullGraphType<LogStaffCheckInInputType>>("input")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var i = ctx.GetArgument<LogStaffCheckInInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await StaffWriteAsync(session, Caller.From(http.HttpContext?.User)!, i.MatchId, actor.Today,
                    (m, state, _) => MonitoringDecider.Decide(new LogStaffCheckIn(i.CheckInId, i.With, i.Mode, i.HealthRating, i.Concerns, i.AgreedActions, i.On, actor),
                        MonitoredMatch.Of(m), state), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MatchMonitoringPayloadType>>("recordClientHealthCheck")
            .Description("A coordinator records the client's answers to a milestone's health check; a low or falling rating raises a task.")
            .Argument<NonNullGraphType<RecordClientHealthCheckInputType>>("input")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var i = ctx.GetArgument<HealthAnswersInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await StaffWriteAsync(session, Caller.From(http.HttpContext?.User)!, i.MatchId, actor.Today,
                    (m, state, policy) => MonitoringDecider.Decide(new RecordClientHealth(i.Milestone, i.GoingWell, i.Supported, i.IdempotencyKey, actor),
                        MonitoredMatch.Of(m), state, policy), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MyHealthCheckPayloadType>>("answerMatchHealthCheck")
            .Description("The mentor answers the health check open on their own active match (1, 3, 6, 12 months). The same idempotencyKey again records nothing.")
            .Argument<NonNullGraphType<AnswerMatchHealthCheckInputType>>("input")
            .RequireRoles(Role.Mentor)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await AnswerAsync(ctx.GetArgument<HealthAnswersInput>("input"),
                Caller.From(http.HttpContext?.User)!, MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));
    }

    public static async Task<Payload<MyHealthCheck>> AnswerAsync(HealthAnswersInput input, Caller caller, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var written = await WriteAsync(session, caller, input.MatchId, [Role.Mentor],
            (m, state, policy) => MonitoringDecider.Decide(new AnswerHealthCheck(input.GoingWell, input.Supported, input.IdempotencyKey, actor), MonitoredMatch.Of(m),
                state, policy), ct);
        if (!written.Succeeded) return Payload<MyHealthCheck>.Refused(written.Errors);
        var answer = written.State!.Health.Single(h => h.Source == CheckInParty.Mentor && h.IdempotencyKey == input.IdempotencyKey);
        return Payload<MyHealthCheck>.Ok(new MyHealthCheck(input.MatchId, answer.Milestone, answer.GoingWell, answer.Supported, answer.On));
    }

    private static async Task<Payload<MonitoringView>> StaffWriteAsync(IDocumentSession session, Caller caller, Guid matchId, DateOnly today,
        Func<Match, MatchMonitoring?, CheckInPolicy, Decision> decide, CancellationToken ct)
    {
        Match? match = null;
        CheckInPolicy policy = CheckInPolicy.Default;
        var written = await WriteAsync(session, caller, matchId, Coordinators, (m, state, p) =>
        {
            (match, policy) = (m, p);
            return decide(m, state, p);
        }, ct);
        return written.Succeeded
            ? Payload<MonitoringView>.Ok(new MonitoringView(match!, written.State ?? MatchMonitoring.Empty(matchId), policy, today))
            : Payload<MonitoringView>.Refused(written.Errors);
    }

    /// <summary>
    /// Appends to the match's monitoring stream. The match itself is only read (its snapshot), so a mentor's meeting syncing
    /// onto the match stream at the same moment never conflicts with this; two answers to one monitoring stream at once
    /// (the phone's retry racing its first send) are retried in fresh sessions, and the idempotent decision makes the second a no-op.
    /// </summary>
    private static async Task<WriteResult<MatchMonitoring>> WriteAsync(IDocumentSession session, Caller caller, Guid matchId, Role[] roles,
        Func<Match, MatchMonitoring?, CheckInPolicy, Decision> decide, CancellationToken ct) =>
        await StreamWrites.Handle<MatchMonitoring>(session, MatchMonitoring.StreamOf(matchId), ContactMutations.ConflictRetries,
            async (s, state) =>
            {
                // Another NGO's match, or another mentor's, is "not found": nothing says it exists.
                if (await s.LoadAsync<Match>(matchId, ct) is not { } m || !await ContactMutations.MayAct(s, caller, m, roles, ct))
                    return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
                return decide(m, state, await MonitoringViews.PolicyAsync(s, ct));
            },
            MonitoringDecider.Evolve, ct);
}
