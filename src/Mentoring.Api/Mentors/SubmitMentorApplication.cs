using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Hosting;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Hosting;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

/// <summary>What the public form's handlers need besides the store and the clock (one singleton, registered by the host).</summary>
public sealed record PublicFormServices(JobsOptions Jobs, MentoringOptions Options, RateLimitCounters Counters, ApplicationRateLimiter Limiter);

/// <summary>What an application's submitter learns: that it was received, and the mentor's id only when a coordinator entered it.</summary>
public sealed record ApplicationReceipt(Guid? MentorId);

public sealed class SubmitMentorApplicationPayloadType : ObjectGraphType<Payload<ApplicationReceipt>>
{
    public SubmitMentorApplicationPayloadType()
    {
        Name = "SubmitMentorApplicationPayload";
        this.ReadableByAnyone();
        Description = "The public form's answer is the same whatever the e-mail address (new, already applied, pending): received, no mentorId. " +
                      "The applicant confirms by the link e-mailed to them. A coordinator entering an application gets the mentor's id.";
        Field<NonNullGraphType<BooleanGraphType>>("received").Resolve(c => c.Source.Item is not null);
        Field<IdGraphType>("mentorId").Description("Only for an application entered by the NGO's coordinator.").Resolve(c => c.Source.Item?.MentorId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class ConfirmMentorApplicationPayloadType : ObjectGraphType<Payload<ApplicationReceipt>>
{
    public ConfirmMentorApplicationPayloadType()
    {
        Name = "ConfirmMentorApplicationPayload";
        this.ReadableByAnyone();
        Description = "The same answer for a valid, unknown, expired or used link. A valid one puts the application in the NGO's vetting queue " +
                      "and the applicant gets the NGO's confirmation by e-mail.";
        Field<NonNullGraphType<BooleanGraphType>>("received").Resolve(c => c.Source.Item is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>
/// The public application form and its double opt-in. Anyone can type any address into the form, and having applied
/// says something about a person (prison, addiction), so the answer never depends on the address: a known one gets an
/// e-mail saying so, a new one an e-mail with a link; the application enters the vetting queue only when that link is
/// followed (<see cref="PendingApplication"/>). Neither e-mail repeats what the form said.
/// </summary>
public static class SubmitMentorApplicationMutation
{
    public const string RateLimited = "RATE_LIMITED";
    private const string TokenPrefix = "mca_";
    private static readonly Payload<ApplicationReceipt> Received = Payload<ApplicationReceipt>.Ok(new ApplicationReceipt(null));

    public static void AddSubmitMentorApplication(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitMentorApplicationPayloadType>>("submitMentorApplication")
            .Description("The public application form: anyone may apply to an NGO without an account (rate limited per address); the applicant " +
                         "confirms by e-mail. The NGO's coordinators enter applications here too, without the confirmation.")
            .Argument<NonNullGraphType<SubmitMentorApplicationInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor, PublicFormServices>()
            .ResolveAsync(async (ctx, store, clock, http, services) =>
            {
                var input = ctx.GetArgument<SubmitMentorApplicationInput>("input");
                var caller = Caller.From(http.HttpContext?.User);
                // The NGO's own staff are accountable and not limited; everybody else is, before anything is looked up.
                if (!IsStaffOf(caller, input.OrganisationId) && !await services.Limiter.TryAcquireAsync(http.HttpContext!, ctx.CancellationToken))
                    return (object?)Payload<ApplicationReceipt>.Refused(RateLimited, "Too many applications from this address. Try again in an hour.");
                return await Handle(input, caller, store, clock, services, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ConfirmMentorApplicationPayloadType>>("confirmMentorApplication")
            .Description("Confirms an application from the public form with the token of the link e-mailed to the applicant (valid 48 hours, once).")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, TimeProvider>()
            .ResolveAsync(async (ctx, store, clock) =>
                (object?)await Confirm(ctx.GetArgument<string>("token"), store, clock, ctx.CancellationToken));
    }

    private static bool IsStaffOf(Caller? caller, Guid organisationId) =>
        caller is not null && caller.OrganisationId == organisationId && caller.IsCaseWorker;

    public static async Task<Payload<ApplicationReceipt>> Handle(SubmitMentorApplicationInput input, Caller? caller, IDocumentStore store, TimeProvider clock,
        PublicFormServices services, CancellationToken ct)
    {
        // The form names the NGO; the application is written into that NGO's tenant and nowhere else.
        var ngo = await store.OrganisationAsync(input.OrganisationId, ct);
        if (ngo?.Kind != OrganisationKind.Ngo) return Payload<ApplicationReceipt>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");
        var actor = new Actor(caller?.UserId ?? Guid.Empty, clock.GetUtcNow(), RigaCalendar.Today(clock));
        var id = input.IdempotencyKey is { Length: > 0 } key ? DeterministicId.From("mentor-application", key) : Guid.CreateVersion7();
        return IsStaffOf(caller, ngo.Id)
            ? await Enter(input, ngo, id, actor, store, ct)
            : await Receive(input, ngo, id, actor, store, services, ct);
    }

    /// <summary>A coordinator enters an application they took (channel COORDINATOR): straight into the vetting queue.</summary>
    private static async Task<Payload<ApplicationReceipt>> Enter(SubmitMentorApplicationInput input, Organisation ngo, Guid id, Actor actor,
        IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.LightweightSession(ngo.TenantId);
        var written = await EnterApplication(session, id, input.IdempotencyKey is { Length: > 0 }, input.Profile.ToProfile(), actor, ct,
            received => StageReceived(session, received, ngo, actor.At));
        return written.Succeeded ? Payload<ApplicationReceipt>.Ok(new(id)) : Payload<ApplicationReceipt>.Refused(written.Errors);
    }

    /// <summary>
    /// The NGO's own entry of an application, for the form above and for a row of an imported spreadsheet alike: the one
    /// idempotent create, the duplicate-address rule and <see cref="MentorDecider"/>. <paramref name="alsoStage"/> gets the
    /// new mentor, in the same transaction.
    /// </summary>
    internal static Task<WriteResult<Mentor>> EnterApplication(IDocumentSession session, Guid id, bool retryable, MentorProfile profile, Actor actor,
        CancellationToken ct, Action<Mentor>? alsoStage = null)
    {
        Mentor? received = null;
        return StreamWrites.Create<Mentor>(session, id, retryable, async m =>
        {
            var email = Text.NormaliseEmail(profile.Email ?? "");
            var duplicate = await session.Query<Mentor>().AnyAsync(x => x.Profile.Email == email && x.Id != id, ct);
            var decision = MentorDecider.Decide(new SubmitMentorApplication(id, profile, ApplicationChannel.Coordinator, duplicate, actor), m);
            received = decision.IsAccepted ? MentorDecider.Evolve(null, decision.Events[0]) : null;
            return decision;
        }, MentorDecider.Evolve, ct, _ => alsoStage?.Invoke(received!));
    }

    /// <summary>
    /// The public form (channel PUBLIC_FORM). Only the profile's own checks can refuse it — they do not look at the
    /// address; after them the answer is <see cref="Received"/> whatever happens: a retry of the same form does nothing, a
    /// mentor's address gets "you have already applied" (in the language of the mentor's record), a new one a link.
    /// </summary>
    private static async Task<Payload<ApplicationReceipt>> Receive(SubmitMentorApplicationInput input, Organisation ngo, Guid id, Actor actor,
        IDocumentStore store, PublicFormServices services, CancellationToken ct)
    {
        var token = NewToken(ngo.Id, id);
        var decision = PendingApplicationDecider.Decide(new ReceivePublicApplication(id, input.Profile.ToProfile(), Secrets.Hash(token), actor), null);
        if (!decision.IsAccepted) return Payload<ApplicationReceipt>.Refused(decision.Errors);
        var pending = PendingApplicationDecider.Evolve(null, decision.Events[0])!;

        await using var session = store.LightweightSession(ngo.TenantId);
        var confirm = false;
        // A retry of the same form (same key, same stream) does nothing; a concurrent one that lost the race neither.
        await StreamWrites.Create<PendingApplication>(session, id, retryable: true, async _ =>
        {
            if (await session.Query<Mentor>().FirstOrDefaultAsync(m => m.Profile.Email == pending.Profile.Email, ct) is { } mentor)
                await Outbox.RecordAsync(store, ngo.TenantId, AlreadyApplied(mentor, ngo, actor), actor.At, ct);
            // However many sources send it, one address gets only a few of these a day.
            else if (await services.Counters.TryAcquireAsync("application-mail:" + Secrets.Hash(pending.Profile.Email),
                         services.Options.ApplicationMailsPerAddressPerDay, TimeSpan.FromDays(1), ct))
                confirm = true;
            return confirm ? decision : Decision.Accept();
        }, PendingApplicationDecider.Evolve, ct, _ =>
        {
            if (!confirm) return;
            Outbox.Stage(session, Mail.ApplicationConfirmationRequest(id, pending.Profile.Email, Texts.From(pending.Profile.Languages), ngo.Name,
                $"{services.Jobs.PublicUrl.TrimEnd('/')}/confirm-application#{token}", (int)PendingApplication.ConfirmationValidity.TotalHours), actor.At);
        });
        return Received;
    }

    /// <summary>
    /// Follows the e-mailed link. An unknown, forged, expired or used token changes nothing, and every case answers
    /// <see cref="Received"/>: the applicant learns the outcome from the NGO's e-mail, nobody else learns anything.
    /// </summary>
    public static async Task<Payload<ApplicationReceipt>> Confirm(string token, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        if (!TryReadToken(token, out var organisationId, out var applicationId)) return Received;
        var ngo = await store.OrganisationAsync(organisationId, ct);
        if (ngo?.Kind != OrganisationKind.Ngo) return Received;
        var actor = new Actor(Guid.Empty, clock.GetUtcNow(), RigaCalendar.Today(clock));

        await using var session = store.LightweightSession(ngo.TenantId);
        Action<IDocumentSession> stage = _ => { };
        // The same link followed twice at once: one confirms it, the other's conflict changes nothing.
        await StreamWrites.Handle<PendingApplication>(session, applicationId, null, async pending =>
        {
            var mentor = pending is null ? null : await session.Query<Mentor>().FirstOrDefaultAsync(m => m.Profile.Email == pending.Profile.Email, ct);
            var decision = PendingApplicationDecider.Decide(new ConfirmMentorApplication(Secrets.Hash(token), mentor is not null, actor), pending);
            if (!decision.IsAccepted) return decision;
            if (mentor is not null)
            {
                // The address applied meanwhile (e.g. a second form confirmed first): its owner hears it, once a day.
                var message = AlreadyApplied(mentor, ngo, actor);
                if (await session.Events.FetchStreamStateAsync(message.MessageId, ct) is null) stage = s => Outbox.Stage(s, message, actor.At);
                return decision;
            }
            var submitted = MentorDecider.Decide(new SubmitMentorApplication(
                PendingApplication.MentorIdOf(pending!.Id), pending.Profile, ApplicationChannel.PublicForm, false, actor), null);
            // Checked when received; a rule tightened since then leaves it unconfirmed.
            if (!submitted.IsAccepted) return submitted;
            stage = s =>
            {
                var created = MentorDecider.Evolve(null, submitted.Events[0])!;
                s.Events.StartStream<Mentor>(created.Id, submitted.Events.ToArray());
                StageReceived(s, created, ngo, actor.At);
            };
            return decision;
        }, PendingApplicationDecider.Evolve, ct, _ => stage(session));
        return Received;
    }

    /// <summary>The NGO's usual confirmation that an application was received, in the transaction that records it (once: its key is the mentor's id).</summary>
    private static void StageReceived(IDocumentSession session, Mentor mentor, Organisation ngo, DateTimeOffset now) =>
        Outbox.Stage(session, Mail.ApplicationReceived(mentor.Id, mentor.Profile.Name, mentor.Profile.Email, Texts.From(mentor.Profile.Languages), ngo.Name), now);

    private static OutgoingMessage AlreadyApplied(Mentor mentor, Organisation ngo, Actor actor) =>
        Mail.AlreadyApplied(mentor.Id, mentor.Profile.Email, Texts.From(mentor.Profile.Languages), ngo.Name, actor.Today);

    /// <summary>The link names the NGO and the application (so no search is needed) and carries 256 random bits; only its hash is stored.</summary>
    private static string NewToken(Guid organisationId, Guid applicationId)
    {
        var bytes = new byte[64];
        organisationId.TryWriteBytes(bytes.AsSpan(0, 16));
        applicationId.TryWriteBytes(bytes.AsSpan(16, 16));
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes.AsSpan(32));
        return TokenPrefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static bool TryReadToken(string? token, out Guid organisationId, out Guid applicationId)
    {
        organisationId = applicationId = Guid.Empty;
        if (token is null || !token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length != TokenPrefix.Length + 86) return false;
        var base64 = token[TokenPrefix.Length..].Replace('-', '+').Replace('_', '/') + "==";
        var bytes = new byte[66];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != 64) return false;
        organisationId = new Guid(bytes.AsSpan(0, 16));
        applicationId = new Guid(bytes.AsSpan(16, 16));
        return true;
    }
}
