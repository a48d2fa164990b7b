using Mentoring.Api.Organisations;
using Mentoring.Domain.Matching;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Clients;

public sealed class ClientPayloadType : PayloadType<Client, ClientType>
{
    public ClientPayloadType() : base("ClientPayload", "client") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public static partial class ClientMutations
{
    private static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];

    public static void AddClientMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientPayloadType>>("referClient")
            .Description("Records a referral before (or just after) release; the standard support plan is generated from the release date. " +
                         "A likely duplicate (same name, birth year and prison) is reported as LIKELY_DUPLICATE unless notADuplicate is set.")
            .Argument<NonNullGraphType<ReferClientInputType>>("input")
            .RequireRoles(CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) => (object?)await Refer(ctx.GetArgument<ReferClientInput>("input"),
                MentorMutations.ActorOf(http, clock), session, ctx.CancellationToken));

        Command<RecordConsentInput, RecordConsentInputType>(mutation, "recordConsent", "Records consent and its scopes; given again, it unfreezes the case.",
            (i, a, c) => ClientDecider.Decide(new RecordConsent(i.Scopes, i.GivenOn, i.DocumentReference, a), c));
        Command<WithdrawConsentInput, WithdrawConsentInputType>(mutation, "withdrawConsent", "Withdraws consent: the case freezes, nothing is shared and reminders stop.",
            (i, a, c) => ClientDecider.Decide(new WithdrawConsent(i.WithdrawnOn, i.Note, a), c));
        Command<AssessNeedsInput, AssessNeedsInputType>(mutation, "assessNeeds", "Records the needs assessment; medium and high needs become goals.",
            (i, a, c) => ClientDecider.Decide(new AssessNeeds(i.Needs.Select(n => new NeedAssessment(n.Domain, n.Level, n.Note?.Trim())).ToList(), i.Source, i.AssessedOn, a), c));
        Command<RecordRiskFlagsInput, RecordRiskFlagsInputType>(mutation, "recordRiskFlags", "Records risk flags (coordinators only).",
            (i, a, c) => ClientDecider.Decide(new RecordRiskFlags(i.Flags, i.Note, a), c), Role.Coordinator);
        Command<RecordPreferencesInput, RecordPreferencesInputType>(mutation, "recordPreferences", "The person's wishes about their mentor.",
            (i, a, c) => ClientDecider.Decide(new RecordPreferences(i.MentorGender, i.LivedExperienceWanted, i.Language, a), c));
        Command<RecordMeetingInput, RecordMeetingInputType>(mutation, "recordInterInstitutionalMeeting", "Records an inter-institutional (STIS) meeting and its decisions.",
            (i, a, c) => ClientDecider.Decide(new RecordInterInstitutionalMeeting(i.HeldOn, i.OrganisationsPresent, i.Decisions, a), c));
        Command<AddGoalInput, AddGoalInputType>(mutation, "addGoal", "Adds a goal with a fixed deadline to the plan.",
            (i, a, c) => ClientDecider.Decide(new AddGoal(i.GoalId ?? DeterministicId.From("goal", $"{i.ClientId}:{i.ExpectedVersion}:{i.Title}"), i.Title, i.Domain, i.Deadline, a), c));
        Command<CompleteGoalInput, CompleteGoalInputType>(mutation, "completeGoal", "Marks a goal achieved.",
            (i, a, c) => ClientDecider.Decide(new CompleteGoal(i.GoalId, i.AchievedOn ?? a.Today, a), c));
        Command<DropGoalInput, DropGoalInputType>(mutation, "dropGoal", "Drops a goal, with the reason.",
            (i, a, c) => ClientDecider.Decide(new DropGoal(i.GoalId, i.Reason, a), c));
        Command<ChangeGoalDeadlineInput, ChangeGoalDeadlineInputType>(mutation, "changeGoalDeadline", "Re-dates a goal; it no longer follows the release date.",
            (i, a, c) => ClientDecider.Decide(new ChangeGoalDeadline(i.GoalId, i.Deadline, i.Reason, a), c));
        Command<ChangeReleaseDateInput, ChangeReleaseDateInputType>(mutation, "changeReleaseDate", "A new expected release date; deadlines that follow it move.",
            (i, a, c) => ClientDecider.Decide(new ChangeReleaseDate(i.ExpectedReleaseDate, i.Reason, a), c));
        Command<RecordReleaseInput, RecordReleaseInputType>(mutation, "recordRelease", "Records the actual release; deadlines that follow it move.",
            (i, a, c) => ClientDecider.Decide(new RecordRelease(i.ReleasedOn, a), c));
        Command<CloseCaseInput, CloseCaseInputType>(mutation, "closeCase", "Closes the case, with the reason.",
            (i, a, c) => ClientDecider.Decide(new CloseCase(i.Reason, i.Note, a), c));
        Command<ReopenCaseInput, ReopenCaseInputType>(mutation, "reopenCase", "Reopens a closed case.",
            (i, a, c) => ClientDecider.Decide(new ReopenCase(i.Note, a), c));
        AddPathMutations(mutation);
    }

    private static void Command<TInput, TInputType>(ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, Client?, Decision> decide, params Role[] roles)
        where TInput : ClientCommandInput
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<ClientPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireRoles(roles.Length > 0 ? roles : CaseWorkers)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var written = await Write(session, input.ClientId, input.ExpectedVersion, actor, c => decide(input, actor, c), ctx.CancellationToken);
                return (object?)(written.Succeeded ? Payload<Client>.Ok(written.State!) : Payload<Client>.Refused(written.Errors));
            });

    /// <summary>
    /// One command on a case, for the mutations above and the demo data alike. Withdrawn consent takes effect everywhere
    /// at once: the person's open matches go on hold, hand-overs to the social service end and nothing stays shared, in the
    /// same transaction; a changed plan refreshes the path a social worker reads.
    /// </summary>
    internal static Task<WriteResult<Client>> Write(IDocumentSession session, Guid clientId, long? expectedVersion, Actor actor,
        Func<Client?, Decision> decide, CancellationToken ct)
    {
        StandingHold? hold = null;
        Action? handovers = null;
        Action? activities = null;
        return StreamWrites.Handle<Client>(session, clientId, expectedVersion, async c =>
        {
            var decision = decide(c);
            if (decision.Events.Any(e => e is ConsentWithdrawn)) hold = await StandingHold.ForClientAsync(session, clientId, ct);
            handovers = await Handovers.HandoverFollowsCase.PrepareAsync(session, c, decision, actor, ct);
            activities = await Activities.ActivitiesFollowConsent.PrepareAsync(session, c, decision, actor, ct);
            return decision;
        }, ClientDecider.Evolve, ct, _ =>
        {
            hold?.Stage(session, PauseReason.ConsentWithdrawn, actor);
            handovers?.Invoke();
            activities?.Invoke();
        });
    }

    public static async Task<Payload<Client>> Refer(ReferClientInput input, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var id = StreamWrites.CreationId("client-referral", input.IdempotencyKey);
        var command = new ReferClient(id, new ClientPerson(input.Name ?? "", input.Gender, input.BirthYear, input.Languages, input.Contact?.Trim()),
            input.PrisonCode, input.ExpectedReleaseDate, input.ReleaseType, input.DestinationMunicipality, input.ReferringOrganisationId,
            input.ReferrerName ?? "", input.ReferrerContact, input.AlreadyReleasedOn, input.NotADuplicate, actor)
        {
            ReferringOrganisationKind = input.ReferringOrganisationId is { } orgId ? (await session.DocumentStore.OrganisationAsync(orgId, ct))?.Kind : null,
        };
        var written = await StreamWrites.Create<Client>(session, id, input.IdempotencyKey is { Length: > 0 }, async c =>
            ClientDecider.Decide(command, c, await PossibleDuplicatesAsync(session, input.Name, input.BirthYear, input.PrisonCode, ct)), ClientDecider.Evolve, ct);
        return written.Succeeded ? Payload<Client>.Ok(written.State!) : Payload<Client>.Refused(written.Errors);
    }

    /// <summary>Clients of the tenant with the same name, birth year and prison: what the likely-duplicate rule looks at.</summary>
    internal static async Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(IQuerySession session, string? name, int birthYear, string prisonCode,
        CancellationToken ct)
    {
        var searchName = (name ?? "").Trim().ToLowerInvariant();
        return (await session.Query<Client>()
                .Where(x => x.SearchName == searchName && x.Person.BirthYear == birthYear && x.PrisonCode == prisonCode)
                .Take(5).ToListAsync(ct))
            .Select(x => new PossibleDuplicate(x.Id, x.Person.Name, x.Person.BirthYear, x.PrisonCode)).ToList();
    }
}
