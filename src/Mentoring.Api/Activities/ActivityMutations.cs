using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Activities;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;

namespace Mentoring.Api.Activities;

/// <summary>
/// Group activities: case workers plan, move, cancel, invite and record attendance (each change stages the mentors'
/// invitations, updates or cancellations in its own transaction); a mentor answers their invitation and marks their own
/// attendance from the phone (through its offline outbox, so these take no version and the same again is a no-op).
/// </summary>
public static class ActivityMutations
{
    private static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];

    /// <summary>How many times a mentor's write is tried again after a concurrent append (several phones answering at once).</summary>
    private const int ConflictRetries = 4;

    public static void AddActivityMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GroupActivityPayloadType>>("planGroupActivity")
            .Description("Plans a group activity (support group, leisure, training session, family day) with its time, place, capacity and facilitator.")
            .Argument<NonNullGraphType<PlanActivityInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<PlanActivityInput>("input");
                var id = StreamWrites.CreationId("group-activity", input.IdempotencyKey);
                var command = new PlanActivity(id, input.Kind, input.Title, input.StartsAt, input.EndsAt, input.Place, input.Capacity,
                    input.FacilitatorUserId, input.FacilitatorName, MentorMutations.ActorOf(http, clock));
                var written = await StreamWrites.Create<GroupActivity>(session, id, input.IdempotencyKey is { Length: > 0 }, async s =>
                    ActivityDecider.Decide(command, s, input.FacilitatorUserId is { } u ? await session.LoadAsync<UserAccount>(u, ctx.CancellationToken) : null),
                    ActivityDecider.Evolve, ctx.CancellationToken);
                return (object?)Answer(written);
            });

        Command<MoveActivityInput, MoveActivityInputType>(mutation, "moveGroupActivity",
            "Moves the activity or changes its place or capacity before it begins; every mentor holding a place gets an update of their calendar entry.",
            (i, a, s, _, _) => Task.FromResult(ActivityDecider.Decide(new MoveActivity(i.StartsAt, i.EndsAt, i.Place, i.Capacity, a), s)));
        Command<ChangeActivityDetailsInput, ChangeActivityDetailsInputType>(mutation, "changeGroupActivityDetails",
            "Changes the title or who leads it before it begins (named as when planning); every mentor holding a place gets an update of their calendar entry.",
            async (i, a, s, session, ct) => ActivityDecider.Decide(new ChangeActivityDetails(i.Title, i.FacilitatorUserId, i.FacilitatorName, a), s,
                i.FacilitatorUserId is { } u ? await session.LoadAsync<UserAccount>(u, ct) : null));
        Command<CancelActivityInput, CancelActivityInputType>(mutation, "cancelGroupActivity",
            "Calls the activity off before it begins; every mentor holding a place gets a cancellation of their calendar entry.",
            (i, a, s, _, _) => Task.FromResult(ActivityDecider.Decide(new CancelActivity(i.Reason, a), s)));
        Command<InviteInput, InviteInputType>(mutation, "inviteToGroupActivity",
            "Invites mentors and clients (clients only with their consent to group activities), up to the capacity; each mentor gets an e-mail with a calendar entry.",
            async (i, a, s, session, ct) =>
            {
                var mentors = (await session.LoadManyAsync<Mentor>(ct, i.MentorIds.Distinct())).ToDictionary(m => m.Id);
                var clients = (await session.LoadManyAsync<Client>(ct, i.ClientIds.Distinct())).ToDictionary(c => c.Id);
                return ActivityDecider.Decide(new InviteToActivity(i.MentorIds, i.ClientIds, a), s, mentors, clients);
            });
        Command<WithdrawInvitationInput, WithdrawInvitationInputType>(mutation, "withdrawGroupActivityInvitation",
            "Takes an invitation back before the activity begins, freeing the place; an invited mentor gets a cancellation of their calendar entry. " +
            "Taken back already, nothing changes; ACTIVITY_NOT_INVITED for someone never invited.",
            (i, a, s, _, _) => Task.FromResult(ActivityDecider.Decide(new WithdrawActivityInvitation(i.InviteeId, a), s)));
        Command<AttendanceInput, AttendanceInputType>(mutation, "recordGroupActivityAttendance",
            "Records who attended, once the activity has begun; a mentor's attended time counts in their volunteer hours.",
            (i, a, s, _, _) => Task.FromResult(ActivityDecider.Decide(new RecordActivityAttendance(
                i.Marks.Select(m => new AttendanceMark(m.InviteeId, m.Attended)).ToList(), a), s)));

        Mine<AnswerInputType, AnswerInput>(mutation, "answerGroupActivityInvitation",
            "The signed-in mentor answers an invitation: going or not going (a decline frees the place).",
            i => i.ActivityId, (i, mentorId, a, s) => ActivityDecider.Decide(new AnswerActivityInvitation(mentorId, i.Going, a), s));
        Mine<MyAttendanceInputType, MyAttendanceInput>(mutation, "markMyGroupActivityAttendance",
            "The signed-in mentor marks their own attendance once the activity has begun (the phone may send it later, from its outbox).",
            i => i.ActivityId, (i, mentorId, a, s) => ActivityDecider.Decide(new RecordActivityAttendance([new AttendanceMark(mentorId, i.Attended)], a), s));
    }

    private static void Command<TInput, TInputType>(ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, GroupActivity?, IDocumentSession, CancellationToken, Task<Decision>> decide)
        where TInput : ActivityCommandInput
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<GroupActivityPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, clock, http, jobs) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var ngo = await NgoNameAsync(session, http, ctx.CancellationToken);
                Decision? decided = null;
                IReadOnlyDictionary<Guid, ActivityMail.Recipient> recipients = new Dictionary<Guid, ActivityMail.Recipient>();
                var written = await StreamWrites.Handle<GroupActivity>(session, input.ActivityId, input.ExpectedVersion, async s =>
                {
                    decided = await decide(input, actor, s, session, ctx.CancellationToken);
                    recipients = await RecipientsAsync(session, s, decided, ctx.CancellationToken);
                    return decided;
                }, ActivityDecider.Evolve, ctx.CancellationToken, before => StageMail(session, before, decided!, recipients, ngo, jobs));
                return (object?)Answer(written);
            });

    /// <summary>A mentor's own command: the mentor is the caller's account's, never the request's; someone else's activity is "not invited".</summary>
    private static void Mine<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<TInput, Guid> activityOf,
        Func<TInput, Guid, Actor, GroupActivity?, Decision> decide)
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<MyActivityPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(Role.Mentor)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, clock, http, jobs) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                if (await Contacts.ContactQueries.MentorIdAsync(session, http, ctx.CancellationToken) is not { } mentorId)
                    return (object?)Payload<MyActivity>.Refused(ActivityDecider.NotInvited, "This account is not a mentor's.", "activityId");
                var ngo = await NgoNameAsync(session, http, ctx.CancellationToken);
                Decision? decided = null;
                IReadOnlyDictionary<Guid, ActivityMail.Recipient> recipients = new Dictionary<Guid, ActivityMail.Recipient>();
                var written = await StreamWrites.Handle<GroupActivity>(session, activityOf(input), ConflictRetries, async (s, a) =>
                {
                    decided = a is null ? Decision.Reject(ErrorCodes.NotFound, "No such activity.", "activityId") : decide(input, mentorId, actor, a);
                    recipients = await RecipientsAsync(s, a, decided, ctx.CancellationToken);
                    return decided;
                }, ActivityDecider.Evolve, ctx.CancellationToken, (s, before) => StageMail(s, before, decided!, recipients, ngo, jobs));
                if (!written.Succeeded) return Payload<MyActivity>.Refused(written.Errors);
                return ActivityGraph.ForMentor(written.State!, mentorId, actor.At) is { } mine
                    ? Payload<MyActivity>.Ok(mine)
                    : Payload<MyActivity>.Refused(ActivityDecider.NotInvited, "You are not invited to this activity.", "activityId");
            });

    private static object Answer(WriteResult<GroupActivity> written) =>
        written.Succeeded ? Payload<GroupActivity>.Ok(written.State!) : Payload<GroupActivity>.Refused(written.Errors);

    private static async Task<string> NgoNameAsync(IDocumentSession session, IHttpContextAccessor http, CancellationToken ct) =>
        Caller.From(http.HttpContext?.User) is { } caller ? (await session.DocumentStore.OrganisationAsync(caller.OrganisationId, ct))?.Name ?? "" : "";

    /// <summary>The mentors the change may write to (invited before or after it), with their account's language, read only when it appends.</summary>
    private static async Task<IReadOnlyDictionary<Guid, ActivityMail.Recipient>> RecipientsAsync(IQuerySession session, GroupActivity? before, Decision decided,
        CancellationToken ct)
    {
        if (decided is not { IsAccepted: true, Events.Count: > 0 } || before is null) return new Dictionary<Guid, ActivityMail.Recipient>();
        var after = decided.Events.Aggregate((GroupActivity?)before, ActivityDecider.Evolve)!;
        var ids = before.Invitees.Concat(after.Invitees).Where(i => i.Kind == InviteeKind.Mentor).Select(i => i.Id).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<Guid, ActivityMail.Recipient>();
        var mentors = await session.LoadManyAsync<Mentor>(ct, ids);
        var nullable = ids.Select(id => (Guid?)id).ToArray();
        var accounts = (await session.Query<UserAccount>().Where(u => u.MentorId.IsOneOf(nullable)).ToListAsync(ct))
            .GroupBy(u => u.MentorId!.Value).ToDictionary(g => g.Key, g => g.First());
        return mentors.ToDictionary(m => m.Id, m => accounts.TryGetValue(m.Id, out var user)
            ? new ActivityMail.Recipient(m.Id, m.Profile.Name, m.Profile.Email, user.Language, user.Id)
            : new ActivityMail.Recipient(m.Id, m.Profile.Name, m.Profile.Email, Texts.From(m.Profile.Languages), null));
    }

    private static void StageMail(IDocumentSession session, GroupActivity? before, Decision decided, IReadOnlyDictionary<Guid, ActivityMail.Recipient> recipients,
        string ngo, JobsOptions jobs)
    {
        if (decided.Events.Count == 0) return;
        var after = decided.Events.Aggregate(before, ActivityDecider.Evolve)!;
        foreach (var message in ActivityMail.For(before, after, recipients, ngo, jobs.Smtp.From))
            Outbox.Stage(session, message, after.LastChangedAt);
    }
}

/// <summary>
/// A client's writes carry their invitations with them: once the case no longer consents to group activities (consent
/// withdrawn, or recorded again without the scope), their invitations to activities not yet begun are taken back, in the
/// case's own transaction.
/// </summary>
public static class ActivitiesFollowConsent
{
    public static async Task<Action?> PrepareAsync(IDocumentSession session, Client? before, Decision decision, Actor actor, CancellationToken ct)
    {
        if (before is null || !decision.IsAccepted || decision.Events.Count == 0 || !before.HasConsent(ConsentScope.GroupActivities)) return null;
        var after = decision.Events.Aggregate((Client?)before, ClientDecider.Evolve)!;
        if (after.HasConsent(ConsentScope.GroupActivities)) return null;
        var withdrawn = new List<(JasperFx.Events.IEventStream<GroupActivity> Stream, IReadOnlyList<object> Events)>();
        foreach (var invited in await ActivityQueries.InvitingAsync(session, before.Id, ct))
        {
            if (ActivityDecider.ConsentGone(invited, before.Id, actor).Count == 0) continue;
            // Fetched for writing, so that the activity's version moves on with the withdrawal (and a concurrent change is a conflict).
            var stream = await session.Events.FetchForWriting<GroupActivity>(invited.Id, ct);
            if (stream.Aggregate is { } current && ActivityDecider.ConsentGone(current, before.Id, actor) is { Count: > 0 } events) withdrawn.Add((stream, events));
        }
        if (withdrawn.Count == 0) return null;
        return () =>
        {
            foreach (var (stream, events) in withdrawn) stream.AppendMany(events.ToArray());
        };
    }
}
