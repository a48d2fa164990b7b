using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Contacts;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Contacts;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Monitoring;

/// <summary>One input for every closure step: which fields each mutation reads is said on the mutation.</summary>
public sealed record ClosureStepInput
{
    public Guid MatchId { get; init; }
    public CheckInParty? With { get; init; }
    public DateOnly? On { get; init; }
    public CheckInMode? Mode { get; init; }
    public IReadOnlyList<ClosureHelp>? Helped { get; init; }
    public string? HelpedNote { get; init; }
    public Recommendation? WouldRecommend { get; init; }
    public UnreachedReason? UnreachedReason { get; init; }
    public RematchChoice? Rematch { get; init; }
    public NoRematchReason? NoRematchReason { get; init; }
}

public sealed class ClosureStepInputType : InputObjectGraphType<ClosureStepInput>
{
    public ClosureStepInputType()
    {
        Name = "ClosureStepInput";
        Description = "A step of a match's closure. Each step is idempotent by its content: the same step sent again records nothing.";
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.With, type: typeof(CheckInPartyType)).Description("recordClosingConversation, recordClosingSideUnreached: which side.");
        Field(x => x.On, nullable: true).Description("recordClosingConversation: the day (default today).");
        Field(x => x.Mode, type: typeof(CheckInModeType)).Description("recordClosingConversation: how it was held (default IN_PERSON).");
        Field(x => x.Helped, type: typeof(ListGraphType<NonNullGraphType<ClosureHelpType>>)).Description("recordClosingConversation: what helped.");
        Field(x => x.HelpedNote, nullable: true).Description("recordClosingConversation: what helped, in the side's words (at most 2,000 characters).");
        Field(x => x.WouldRecommend, type: typeof(RecommendationType)).Description("recordClosingConversation: would they recommend it.");
        Field(x => x.UnreachedReason, type: typeof(UnreachedReasonType)).Description("recordClosingSideUnreached: why the conversation could not be held.");
        Field(x => x.Rematch, type: typeof(RematchChoiceType)).Description("decideRematch: the decision.");
        Field(x => x.NoRematchReason, type: typeof(NoRematchReasonType)).Description("decideRematch with NO_REMATCH: why.");
    }
}

public static class ClosureMutations
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddClosureMutations(this ObjectGraphType mutation)
    {
        Step(mutation, "recordClosingConversation",
            "Records the closing conversation with one side of an ended match and its exit feedback (again for the same side corrects it). " +
            "Refused with CLOSURE_NOT_OPEN, CLOSURE_COMPLETED, CONVERSATION_IN_FUTURE, CONVERSATION_BEFORE_MATCH_END.",
            (i, a) => i.With is not { } with ? Missing("with") : i.WouldRecommend is not { } recommend ? Missing("wouldRecommend")
                : new RecordClosingConversation(with, i.On ?? a.Today, i.Mode ?? CheckInMode.InPerson, i.Helped ?? [], i.HelpedNote, recommend, a));
        Step(mutation, "recordClosingSideUnreached",
            "Records why one side's closing conversation could not be held. Refused with BOTH_SIDES_UNREACHED when the other side was not reached either.",
            (i, a) => i.With is not { } with ? Missing("with") : i.UnreachedReason is not { } reason ? Missing("unreachedReason")
                : new RecordSideUnreached(with, reason, a));
        Step(mutation, "decideRematch", "Records whether the client is offered another mentor. NO_REMATCH needs a reason (NO_REMATCH_REASON_REQUIRED).",
            (i, a) => i.Rematch is not { } choice ? Missing("rematch") : new DecideRematch(choice, i.NoRematchReason, a));
        Step(mutation, "completeMatchClosure",
            "Completes the closure step: both sides' conversations (or why one could not be held) and the rematch decision are needed " +
            "(CLOSING_CONVERSATION_MISSING, REMATCH_NOT_DECIDED). The mentor is thanked by e-mail with their hours, once.",
            (i, a) => new CompleteClosure(a));
    }

    private static UserError Missing(string field) => new(ErrorCodes.Validation, $"{field} is required for this step.", field);

    private static void Step(ObjectGraphType mutation, string name, string description, Func<ClosureStepInput, Actor, object> command) =>
        mutation.Field<NonNullGraphType<MatchMonitoringPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<ClosureStepInputType>>("input")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<ClosureStepInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await WriteAsync(session, Caller.From(http.HttpContext?.User)!, input.MatchId, actor, command(input, actor), ctx.CancellationToken);
            });

    public static Decision Decide(object command, Guid matchId, MatchMonitoring? state) => command switch
    {
        UserError e => Decision.Reject([e]),
        RecordClosingConversation c => ClosureDecider.Decide(c, matchId, state),
        RecordSideUnreached c => ClosureDecider.Decide(c, matchId, state),
        DecideRematch c => ClosureDecider.Decide(c, matchId, state),
        CompleteClosure c => ClosureDecider.Decide(c, matchId, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    /// <summary>
    /// Appends to the match's monitoring stream (the match is only read). Completing stages the mentor's thank-you in the same
    /// transaction, keyed by the match: a retried completion records nothing and so stages nothing.
    /// </summary>
    public static async Task<Payload<MonitoringView>> WriteAsync(IDocumentSession session, Caller caller, Guid matchId, Actor actor, object command,
        CancellationToken ct)
    {
        Match? match = null;
        CheckInPolicy policy = CheckInPolicy.Default;
        Domain.Messages.OutgoingMessage? thanks = null;
        var written = await StreamWrites.Handle<MatchMonitoring>(session, MatchMonitoring.StreamOf(matchId), ContactMutations.ConflictRetries,
            async (s, state) =>
            {
                if (await s.LoadAsync<Match>(matchId, ct) is not { } m || !await ContactMutations.MayAct(s, caller, m, Coordinators, ct))
                    return Decision.Reject(ErrorCodes.NotFound, "No such match.", "matchId");
                (match, policy) = (m, await MonitoringViews.PolicyAsync(s, ct));
                var decision = Decide(command, matchId, state);
                thanks = decision.Events.OfType<MatchClosureCompleted>().Any() ? await ThanksAsync(s, m, actor.Today, ct) : null;
                return decision;
            },
            MonitoringDecider.Evolve, ct, (s, _) => { if (thanks is not null) Outbox.Stage(s, thanks, actor.At); });
        return written.Succeeded
            ? Payload<MonitoringView>.Ok(new MonitoringView(match!, written.State ?? MatchMonitoring.Empty(matchId), policy, actor.Today))
            : Payload<MonitoringView>.Refused(written.Errors);
    }

    /// <summary>
    /// The mentor's thank-you: this match's standing meetings from the contact log, and all their volunteer time from their
    /// statement (meetings, group activities, supervision and training).
    /// </summary>
    private static async Task<Domain.Messages.OutgoingMessage?> ThanksAsync(IDocumentSession session, Match match, DateOnly today, CancellationToken ct)
    {
        if (await session.LoadAsync<Mentor>(match.MentorId, ct) is not { } mentor) return null;
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.MentorId == mentor.Id, ct);
        var client = await session.LoadAsync<Client>(match.ClientId, ct);
        var days = await ContactLogQueries.DaysAsync(session, [match.Id], null, ct);
        // A meeting is dated on or after its match began (ContactDecider), so the earliest beginning of the mentor's matches bounds "in all".
        var theirs = await session.Query<Match>().Where(m => m.MentorId == mentor.Id).ToListAsync(ct);
        var from = theirs.Select(m => m.ActiveFrom ?? DateOnly.FromDateTime(m.ProposedAt.UtcDateTime)).Min();
        var statement = await VolunteerStatement.LoadAsync(session, mentor.Id, from, today, ct);
        return ClosureMail.ThankYou(match.Id, mentor.Id, match.ClientId, account?.Id, mentor.Profile.Name, account?.Email ?? mentor.Profile.Email,
            account?.Language ?? Texts.From(mentor.Profile.Languages), client?.Person.Name ?? "",
            VolunteerStatement.Hours(days.Sum(d => d.Minutes)), days.Sum(d => d.Contacts), statement.TotalHours);
    }
}
