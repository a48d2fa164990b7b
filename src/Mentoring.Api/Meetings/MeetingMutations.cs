using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Meetings;

/// <summary>
/// Inter-institutional meetings: schedule, move, cancel (each stages its invitations, updates or cancellations in the same
/// transaction as the change), and record the decisions, which become goals of the person's plan in the same transaction.
/// </summary>
public static class MeetingMutations
{
    private static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];

    public static void AddMeetingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InterInstitutionalMeetingPayloadType>>("scheduleInterInstitutionalMeeting")
            .Description("Schedules an STIS meeting in the prison before release and e-mails each participant an invitation with a calendar entry.")
            .Argument<NonNullGraphType<ScheduleMeetingInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, clock, http, jobs) =>
            {
                var input = ctx.GetArgument<ScheduleMeetingInput>("input");
                var id = StreamWrites.CreationId("stis-meeting", input.IdempotencyKey);
                var command = new ScheduleMeeting(id, input.ClientId, input.StartsAt, input.DurationMinutes, input.Place,
                    input.Participants.Select(p => p.ToParticipant()).ToList(), MentorMutations.ActorOf(http, clock));
                return (object?)await Write(session, http, jobs, input.ClientId,
                    (decide, stage) => StreamWrites.Create(session, id, input.IdempotencyKey is { Length: > 0 }, decide, MeetingDecider.Evolve, ctx.CancellationToken, stage),
                    (client, s) => ClientDecider.Open(client) ?? MeetingDecider.Decide(command, s, client!), ctx.CancellationToken);
            });

        Command<MoveMeetingInput, MoveMeetingInputType>(mutation, "moveInterInstitutionalMeeting",
            "Moves the meeting or changes who is invited: participants still invited get an update of their calendar entry, those left out a cancellation.",
            (i, a, s, client) => ClientDecider.Open(client) ?? MeetingDecider.Decide(new MoveMeeting(i.StartsAt, i.DurationMinutes, i.Place,
                i.Participants.Select(p => p.ToParticipant()).ToList(), a), s, client!));
        Command<CancelMeetingInput, CancelMeetingInputType>(mutation, "cancelInterInstitutionalMeeting",
            "Calls the meeting off; every participant gets a cancellation of their calendar entry.",
            (i, a, s, _) => MeetingDecider.Decide(new CancelMeeting(i.Reason, a), s));

        mutation.Field<NonNullGraphType<InterInstitutionalMeetingPayloadType>>("recordMeetingDecisions")
            .Description("Records who was at the meeting and its decisions; each decision becomes a goal of the plan, with the institution responsible and its deadline.")
            .Argument<NonNullGraphType<RecordMeetingDecisionsInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<RecordMeetingDecisionsInput>("input");
                var written = await MeetingDecisions.RecordAsync(session, input, MentorMutations.ActorOf(http, clock), ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<InterInstitutionalMeeting>.Ok(written.State!) : Payload<InterInstitutionalMeeting>.Refused(written.Errors));
            });
    }

    private static void Command<TInput, TInputType>(ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, InterInstitutionalMeeting?, Client?, Decision> decide)
        where TInput : MeetingCommandInput
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<InterInstitutionalMeetingPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, clock, http, jobs) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await Write(session, http, jobs, null,
                    (decideOn, stage) => StreamWrites.Handle(session, input.MeetingId, input.ExpectedVersion, decideOn, MeetingDecider.Evolve, ctx.CancellationToken, stage),
                    (client, s) => decide(input, actor, s, client), ctx.CancellationToken);
            });

    /// <summary>
    /// A change of the meeting through the one write path, with the mail it owes staged in the same transaction: the state
    /// as fetched for writing and the state the accepted events fold it into decide who gets an invitation, an update or a
    /// cancellation. A decision that appends nothing (a retry, the same time again) stages nothing.
    /// </summary>
    private static async Task<Payload<InterInstitutionalMeeting>> Write(IDocumentSession session, IHttpContextAccessor http, JobsOptions jobs, Guid? clientId,
        Func<Func<InterInstitutionalMeeting?, Task<Decision>>, Action<InterInstitutionalMeeting?>, Task<WriteResult<InterInstitutionalMeeting>>> write,
        Func<Client?, InterInstitutionalMeeting?, Decision> decide, CancellationToken ct)
    {
        var caller = Caller.From(http.HttpContext?.User)!;
        var ngo = (await session.DocumentStore.OrganisationAsync(caller.OrganisationId, ct))?.Name ?? "";
        Client? client = null;
        Decision? decided = null;
        var written = await write(async meeting =>
        {
            // The case is read once, for its rules (open, still inside, the release date) and the initials the mail carries.
            client = (clientId ?? meeting?.ClientId) is { } id ? await session.LoadAsync<Client>(id, ct) : null;
            return decided = decide(client, meeting);
        }, before =>
        {
            if (decided is not { Events.Count: > 0 } || client is null) return;
            var after = decided.Events.Aggregate(before, MeetingDecider.Evolve)!;
            var prison = Prisons.Find(after.PrisonCode)?.Name ?? after.PrisonCode;
            foreach (var message in MeetingMail.For(before, after, client.Person.Name, ngo, prison, jobs.Smtp.From))
                Outbox.Stage(session, message, after.LastChangedAt);
        });
        return written.Succeeded ? Payload<InterInstitutionalMeeting>.Ok(written.State!) : Payload<InterInstitutionalMeeting>.Refused(written.Errors);
    }
}
