using Mentoring.Domain.Matching;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Api.Matching;
using Mentoring.Api.Users;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed class MentorPayloadType : PayloadType<Mentor, MentorType>
{
    public MentorPayloadType() : base("MentorPayload", "mentor") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

/// <summary>An approved mentor and the invitation to their Mentor account (null when they already had one).</summary>
public sealed record MentorApproval(Mentor Mentor, Invitation? Invitation);

public sealed class MentorApprovalType : ObjectGraphType<MentorApproval>
{
    public MentorApprovalType()
    {
        Name = "MentorApproval";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Mentor, type: typeof(NonNullGraphType<MentorType>));
        Field(x => x.Invitation, type: typeof(InvitationType)).Description("The mentor's account invitation; shown once.");
    }
}

public sealed class ApproveMentorPayloadType : PayloadType<MentorApproval, MentorApprovalType>
{
    public ApproveMentorPayloadType() : base("ApproveMentorPayload", "approval") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public static class MentorMutations
{
    private static readonly Role[] Vetters = [Role.Coordinator, Role.OrgAdmin];

    public static void AddMentorMutations(this ObjectGraphType mutation)
    {
        mutation.AddSubmitMentorApplication();
        Command<RecordScreeningInterviewInput, RecordScreeningInterviewInputType>(mutation, "recordScreeningInterview", "Records the screening interview and its outcome.",
            (i, a, m, _) => MentorDecider.Decide(new RecordScreeningInterview(i.HeldOn, i.Interviewer, i.Outcome, i.Note, a), m));
        Command<RecordReferenceInput, RecordReferenceInputType>(mutation, "recordReference", "Records a reference about the applicant.",
            (i, a, m, _) => MentorDecider.Decide(new RecordReference(i.RefereeName, i.Relationship, i.Outcome, i.ReceivedOn, a), m));
        Command<RecordBackgroundCheckInput, RecordBackgroundCheckInputType>(mutation, "recordBackgroundCheck",
            "Records a background check; a disqualifying result suspends an approved mentor at once.",
            (i, a, m, p) => MentorDecider.Decide(new RecordBackgroundCheck(i.CheckedOn, i.Outcome, i.ExpiresOn, a), m, p));
        Command<RecordTrainingCompletedInput, RecordTrainingCompletedInputType>(mutation, "recordTrainingCompleted", "Records a completed training module.",
            (i, a, m, _) => MentorDecider.Decide(new RecordTrainingCompleted(i.Module, i.CompletedOn, a), m));
        Command<SignConfidentialityAgreementInput, SignConfidentialityAgreementInputType>(mutation, "signConfidentialityAgreement", "Records the signed confidentiality agreement.",
            (i, a, m, _) => MentorDecider.Decide(new SignConfidentialityAgreement(i.SignedOn, i.DocumentReference, a), m));
        Command<RejectMentorInput, RejectMentorInputType>(mutation, "rejectMentor", "Rejects an application, with a reason.",
            (i, a, m, _) => MentorDecider.Decide(new RejectMentor(i.Reason, i.Note, a), m));
        Command<ReasonInput, SuspendMentorInputType>(mutation, "suspendMentor", "Stops an approved mentor from being matched.",
            (i, a, m, _) => MentorDecider.Decide(new SuspendMentor(i.Reason ?? "", a), m));
        Command<ReasonInput, ReinstateMentorInputType>(mutation, "reinstateMentor", "Lifts a suspension.",
            (i, a, m, _) => MentorDecider.Decide(new ReinstateMentor(i.Reason ?? "", a), m));
        Command<ReasonInput, WithdrawMentorInputType>(mutation, "withdrawMentor", "The applicant or mentor steps back.",
            (i, a, m, _) => MentorDecider.Decide(new WithdrawMentor(i.Reason, a), m));
        Command<RecordSupervisionSessionInput, RecordSupervisionSessionInputType>(mutation, "recordSupervisionSession", "Records a supervision session.",
            (i, a, m, _) => MentorDecider.Decide(new RecordSupervisionSession(i.HeldOn, i.Supervisor, i.Note, a), m));
        Command<ChangeMentorCapacityInput, ChangeMentorCapacityInputType>(mutation, "changeMentorCapacity", "How many people the mentor supports at a time (1–5).",
            (i, a, m, _) => MentorDecider.Decide(new ChangeMentorCapacity(i.Capacity, a), m));
        Command<ChangeMentorAvailabilityInput, ChangeMentorAvailabilityInputType>(mutation, "changeMentorAvailability", "The mentor's weekly availability.",
            (i, a, m, _) => MentorDecider.Decide(new ChangeMentorAvailability(i.Availability.Select(s => new AvailabilitySlot(s.Day, s.Part)).ToList(), a), m));
        Command<UpdateMentorProfileInput, UpdateMentorProfileInputType>(mutation, "updateMentorProfile", "Corrects or updates the mentor's profile.",
            (i, a, m, _) => MentorDecider.Decide(new ChangeMentorProfile(i.Profile.ToProfile(), a), m));
        mutation.AddApproveMentor();
        mutation.AddUpdateVettingPolicy();
        mutation.AddSupervisionMutations(); // assignSupervisor, recordSupervision
        mutation.AddTrainingMutations();    // updateTrainingCatalogue, recordTrainingSession
    }

    /// <summary>One mentor command: fetch with the caller's expected version, decide with the NGO's policy, append.</summary>
    private static void Command<TInput, TInputType>(ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, Mentor?, VettingPolicy, Decision> decide)
        where TInput : MentorCommandInput
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<MentorPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(Vetters)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = ActorOf(http, clock);
                var written = await Write(session, input.MentorId, input.ExpectedVersion, actor, (m, p) => Task.FromResult(decide(input, actor, m, p)), ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<Mentor>.Ok(written.State!) : Payload<Mentor>.Refused(written.Errors));
            });

    internal static Actor ActorOf(IHttpContextAccessor http, TimeProvider clock) =>
        new(Caller.From(http.HttpContext?.User)?.UserId ?? Guid.Empty, clock.GetUtcNow(), RigaCalendar.Today(clock));

    /// <summary>
    /// One command on a mentor, decided with the NGO's vetting policy. A command that takes away the mentor's standing
    /// (suspension, withdrawal, a disqualifying check) also puts their open matches on hold, takes back what was shared,
    /// revokes their API tokens and ends their sessions — in the same transaction (<see cref="StandingHold"/>).
    /// </summary>
    internal static Task<WriteResult<Mentor>> Write(IDocumentSession session, Guid id, long? expectedVersion, Actor actor,
        Func<Mentor?, VettingPolicy, Task<Decision>> decide, CancellationToken ct, Action<Mentor?>? alsoStage = null)
    {
        (StandingHold Hold, PauseReason Reason)? hold = null;
        return StreamWrites.Handle<Mentor>(session, id, expectedVersion, async m =>
        {
            var decision = await decide(m, await MatchingContext.PolicyAsync(session, ct));
            if (StandingHold.MentorReason(decision.Events) is { } reason) hold = (await StandingHold.ForMentorAsync(session, id, ct), reason);
            return decision;
        }, MentorDecider.Evolve, ct, m =>
        {
            alsoStage?.Invoke(m);
            hold?.Hold.Stage(session, hold.Value.Reason, actor);
        });
    }

    private static void AddApproveMentor(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ApproveMentorPayloadType>>("approveMentor")
            .Description("Approves a fully vetted mentor (VETTING_INCOMPLETE lists what is missing) and invites them as a user with the Mentor role.")
            .Argument<NonNullGraphType<ApproveMentorInputType>>("input")
            .RequireRoles(Vetters)
            .Resolve().WithServices<IDocumentSession, IDocumentStore, TimeProvider, IHttpContextAccessor, JobsOptions>()
            .ResolveAsync(async (ctx, session, store, clock, http, jobs) =>
            {
                var input = ctx.GetArgument<ApproveMentorInput>("input");
                return (object?)await Approve(input, Caller.From(http.HttpContext?.User)!, session, store, clock, jobs.PublicUrl, ctx.CancellationToken);
            });

    /// <summary>Approves a vetted mentor and invites them (the mutation above and the demo data alike).</summary>
    internal static async Task<Payload<MentorApproval>> Approve(ApproveMentorInput input, Caller caller, IDocumentSession session, IDocumentStore store,
        TimeProvider clock, string publicUrl, CancellationToken ct)
    {
        var actor = new Actor(caller.UserId, clock.GetUtcNow(), RigaCalendar.Today(clock));
        var organisation = (await store.OrganisationAsync(caller.OrganisationId, ct))!;
        Invitation? invitation = null;
        var needsAccount = false;
        // The approval, the mentor's account and its invitation message commit together or not at all. A mentor who
        // already has an account (e.g. staff who also mentor) keeps it and gets no invitation.
        var written = await Write(session, input.MentorId, input.ExpectedVersion, actor, async (m, p) =>
            {
                needsAccount = m is not null && !await EmailTaken(store, m.Profile.Email, ct);
                return MentorDecider.Decide(new ApproveMentor(actor), m, p);
            }, ct,
            m => invitation = needsAccount ? StageInvitation(session, m!, organisation, caller, clock, publicUrl) : null);
        return written.Succeeded
            ? Payload<MentorApproval>.Ok(new MentorApproval(written.State!, invitation))
            : Payload<MentorApproval>.Refused(written.Errors);
    }

    /// <summary>Stages the approved mentor's account and invitation message in the approval's own transaction.</summary>
    private static Invitation? StageInvitation(IDocumentSession session, Mentor mentor, Organisation organisation, Caller caller, TimeProvider clock, string publicUrl)
    {
        var token = Secrets.New("inv_");
        var (user, _) = InviteUserDecider.Decide(new InviteUser(Guid.CreateVersion7(), mentor.Profile.Email, mentor.Profile.Name, [Role.Mentor],
            Texts.From(mentor.Profile.Languages), Secrets.Hash(token), caller.UserId, clock.GetUtcNow()), organisation, emailTaken: false);
        if (user is null) return null;
        user = user with { MentorId = mentor.Id, TenantId = organisation.TenantId };
        session.Insert(user);
        Outbox.Stage(session, Mail.Invitation(mentor.Id, user.Id, mentor.Profile.Name, mentor.Profile.Email, Texts.From(mentor.Profile.Languages),
            organisation.Name, Users.Invitations.Link(publicUrl, token)), clock.GetUtcNow());
        return new Invitation(user, user.InvitationExpiresAt!.Value);
    }

    private static async Task<bool> EmailTaken(IDocumentStore store, string email, CancellationToken ct)
    {
        await using var directory = store.QuerySession();
        return await directory.Query<UserAccount>().AnyAsync(u => u.AnyTenant() && u.Email == email, ct);
    }
}
