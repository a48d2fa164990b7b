using System.Text.RegularExpressions;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.Clients;
using Mentoring.Api.Contacts;
using Mentoring.Api.Matching;
using Mentoring.Api.Mentors;
using Mentoring.Api.Users;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Messages;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;
using Mentoring.Jobs.Hosting;
using Microsoft.AspNetCore.Identity;
using Match = Mentoring.Domain.Matching.Match;

namespace Mentoring.Api.Demo;

/// <summary>
/// What the demo's people do, each through the handler their click in the app reaches (the same decisions, events, side
/// effects and mail), on the clock of the step. The coordinator acts for the NGO; mentors answer proposals and log their
/// own meetings with the accounts their invitations made. Writes name no expected version: nobody else writes the demo's
/// streams while it is written (Marten still checks the version it fetched). A refusal stops the demo: the scenario is
/// wrong, or a rule changed and the scenario must follow it.
/// </summary>
internal sealed partial class DemoActions(IDocumentStore store, Organisation ngo, Caller coordinator, IPasswordHasher<UserAccount> hasher,
    PublicFormServices form, JobsOptions jobs, CancellationToken ct)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Caller> _mentors = new();

    private static Actor ActorOf(Caller caller, TimeProvider clock) => new(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));

    public async Task ApplyAsync(TimeProvider clock, string key, MentorProfileInput profile)
    {
        var input = new SubmitMentorApplicationInput { OrganisationId = ngo.Id, Profile = profile, IdempotencyKey = key };
        Check("submitMentorApplication", (await SubmitMentorApplicationMutation.Handle(input, coordinator, store, clock, form, ct)).Errors);
    }

    public async Task VetAsync(TimeProvider clock, Guid mentorId, Func<Actor, Mentor?, VettingPolicy, Decision> decide)
    {
        await using var session = Session();
        var actor = ActorOf(coordinator, clock);
        Check("vetting", (await MentorMutations.Write(session, mentorId, null, actor, (m, p) => Task.FromResult(decide(actor, m, p)), ct)).Errors);
    }

    public async Task ApproveAsync(TimeProvider clock, Guid mentorId)
    {
        await using var session = Session();
        var input = new ApproveMentorInput { MentorId = mentorId, ExpectedVersion = await VersionAsync(session, mentorId) };
        Check("approveMentor", (await MentorMutations.Approve(input, coordinator, session, store, clock, jobs.PublicUrl, ct)).Errors);
    }

    /// <summary>The mentor follows the link in their invitation mail, as a new mentor does: the token is nowhere else.</summary>
    public async Task AcceptInvitationAsync(TimeProvider clock, Guid mentorId)
    {
        OutboxMessage? mail;
        await using (var session = store.QuerySession(ngo.TenantId))
            mail = await session.LoadAsync<OutboxMessage>(OutgoingMessage.IdOf($"mentor-invitation:{mentorId}"), ct);
        var token = InvitationToken().Match(mail?.TextBody ?? "");
        if (!token.Success) throw new InvalidOperationException($"Demo data: no invitation was mailed to mentor {mentorId}.");
        var input = new AcceptInvitationInput { Token = token.Value, Password = DemoData.Password };
        Check("acceptInvitation", (await AcceptInvitation.Handle(input, store, hasher, clock, ct)).Errors);
    }

    public async Task ReferAsync(TimeProvider clock, ReferClientInput input)
    {
        await using var session = Session();
        Check("referClient", (await ClientMutations.Refer(input, ActorOf(coordinator, clock), session, ct)).Errors);
    }

    public async Task OnCaseAsync(TimeProvider clock, Guid clientId, Func<Actor, Client?, Decision> decide)
    {
        await using var session = Session();
        var actor = ActorOf(coordinator, clock);
        Check("case", (await ClientMutations.Write(session, clientId, null, actor, c => decide(actor, c), ct)).Errors);
    }

    public async Task ProposeAsync(TimeProvider clock, Guid clientId, Guid mentorId, string key)
    {
        await using var session = Session();
        var input = new ProposeMatchInput { ClientId = clientId, MentorId = mentorId, IdempotencyKey = key };
        Check("proposeMatch", (await MatchMutations.Propose(input, ActorOf(coordinator, clock), session, ct)).Errors);
    }

    /// <summary>A step on a match by the coordinator, or by the match's mentor (answering a proposal).</summary>
    public async Task OnMatchAsync(TimeProvider clock, Guid matchId, Func<Actor, Match?, Decision> decide, Guid? byMentor = null)
    {
        await using var session = Session();
        var actor = ActorOf(byMentor is { } mentorId ? await MentorAsync(mentorId) : coordinator, clock);
        Check("match", (await MatchMutations.WriteStep(session, matchId, null, actor, m => Task.FromResult(decide(actor, m)), ct)).Result.Errors);
    }

    /// <summary>
    /// The coordinator closes an ended match by the book: the closing conversation with the mentor, with the client (or why
    /// they could not be reached), the rematch decision, and completion, which thanks the mentor by e-mail.
    /// </summary>
    public async Task CloseMatchAsync(TimeProvider clock, Guid matchId, MatchEndReason reason)
    {
        var actor = ActorOf(coordinator, clock);
        object[] steps =
        [
            new Domain.Monitoring.RecordClosingConversation(Domain.Monitoring.CheckInParty.Mentor, actor.Today, Domain.Monitoring.CheckInMode.InPerson,
                [Domain.Monitoring.ClosureHelp.RegularMeetings, Domain.Monitoring.ClosureHelp.LivedExperience], null, Domain.Monitoring.Recommendation.Yes, actor),
            reason is MatchEndReason.ClientDisengaged or MatchEndReason.Reincarcerated
                ? new Domain.Monitoring.RecordSideUnreached(Domain.Monitoring.CheckInParty.Client,
                    reason == MatchEndReason.Reincarcerated ? Domain.Monitoring.UnreachedReason.Reincarcerated : Domain.Monitoring.UnreachedReason.NoResponse, actor)
                : new Domain.Monitoring.RecordClosingConversation(Domain.Monitoring.CheckInParty.Client, actor.Today, Domain.Monitoring.CheckInMode.Phone,
                    [Domain.Monitoring.ClosureHelp.PracticalHelp, Domain.Monitoring.ClosureHelp.AccompanimentToOffices], null, Domain.Monitoring.Recommendation.Yes, actor),
            reason == MatchEndReason.MentorUnavailable
                ? new Domain.Monitoring.DecideRematch(Domain.Monitoring.RematchChoice.Rematch, null, actor)
                : new Domain.Monitoring.DecideRematch(Domain.Monitoring.RematchChoice.NoRematch, reason switch
                {
                    MatchEndReason.GoalsMet or MatchEndReason.TermCompleted => Domain.Monitoring.NoRematchReason.GoalsMet,
                    MatchEndReason.Moved => Domain.Monitoring.NoRematchReason.Moved,
                    MatchEndReason.Reincarcerated => Domain.Monitoring.NoRematchReason.Reincarcerated,
                    MatchEndReason.ClientDisengaged => Domain.Monitoring.NoRematchReason.Unreachable,
                    MatchEndReason.SafetyConcern => Domain.Monitoring.NoRematchReason.SafetyConcern,
                    _ => Domain.Monitoring.NoRematchReason.Other,
                }, actor),
            new Domain.Monitoring.CompleteClosure(actor),
        ];
        foreach (var step in steps)
        {
            await using var session = Session();
            Check("closure", (await Monitoring.ClosureMutations.WriteAsync(session, coordinator, matchId, actor, step, ct)).Errors);
        }
    }

    /// <summary>The mentor logs a meeting from their phone.</summary>
    public async Task LogContactAsync(TimeProvider clock, Guid mentorId, ContactInput input)
    {
        await using var session = Session();
        Check("logContact", (await ContactMutations.LogAsync(input, await MentorAsync(mentorId), session, clock, ct)).Errors);
    }

    private IDocumentSession Session() => store.LightweightSession(ngo.TenantId);

    /// <summary>The version approval asks for: the demo acts on each stream as it is (the other writes take none).</summary>
    private async Task<long> VersionAsync(IDocumentSession session, Guid streamId) =>
        (await session.Events.FetchStreamStateAsync(streamId, ct))?.Version
        ?? throw new InvalidOperationException($"Demo data: stream {streamId} does not exist.");

    private async Task<Caller> MentorAsync(Guid mentorId)
    {
        if (_mentors.TryGetValue(mentorId, out var known)) return known;
        await using var session = store.QuerySession(ngo.TenantId);
        var user = await session.Query<UserAccount>().SingleAsync(u => u.MentorId == mentorId, ct);
        return _mentors[mentorId] = new Caller(user.Id, ngo.Id, ngo.TenantId, user.Roles.ToHashSet());
    }

    private static void Check(string step, IReadOnlyList<UserError> errors)
    {
        if (errors.Count > 0)
            throw new InvalidOperationException($"Demo data: {step} was refused: {string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}"))}");
    }

    [GeneratedRegex("inv_[A-Za-z0-9_-]+")]
    private static partial Regex InvitationToken();
}
