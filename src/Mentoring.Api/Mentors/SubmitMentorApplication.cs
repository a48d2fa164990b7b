using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Organisations;
using Mentoring.Domain.Messages;
using Mentoring.Jobs.Messages;
using Mentoring.Jobs.Outbox;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Organisations;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed class SubmitMentorApplicationPayloadType : ObjectGraphType<Payload<Mentor>>
{
    public SubmitMentorApplicationPayloadType()
    {
        Name = "SubmitMentorApplicationPayload";
        this.ReadableByAnyone();
        Description = "The applicant sees only that the application was received, never the stored record.";
        Field<NonNullGraphType<BooleanGraphType>>("received").Resolve(c => c.Source.Item is not null);
        Field<IdGraphType>("mentorId").Resolve(c => c.Source.Item?.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public static class SubmitMentorApplicationMutation
{
    public const string RateLimited = "RATE_LIMITED";

    public static void AddSubmitMentorApplication(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitMentorApplicationPayloadType>>("submitMentorApplication")
            .Description("The public application form: anyone may apply to an NGO without an account (rate limited per address).")
            .Argument<NonNullGraphType<SubmitMentorApplicationInputType>>("input")
            .AllowAnonymous()
            .Resolve().WithServices<IDocumentStore, TimeProvider, IHttpContextAccessor, ApplicationRateLimiter>()
            .ResolveAsync(async (ctx, store, clock, http, limiter) =>
            {
                if (!limiter.TryAcquire(http.HttpContext!))
                    return (object?)Payload<Mentor>.Refused(RateLimited, "Too many applications from this address. Try again in an hour.");
                return await Handle(ctx.GetArgument<SubmitMentorApplicationInput>("input"), Caller.From(http.HttpContext?.User), store, clock, ctx.CancellationToken);
            });

    public static async Task<Payload<Mentor>> Handle(SubmitMentorApplicationInput input, Caller? caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        // The form names the NGO; the application is written into that NGO's tenant and nowhere else.
        var ngo = await store.OrganisationAsync(input.OrganisationId, ct);
        if (ngo?.Kind != OrganisationKind.Ngo) return Payload<Mentor>.Refused(ErrorCodes.NotFound, "No such organisation.", "organisationId");

        await using var session = store.LightweightSession(ngo.TenantId);
        var id = input.IdempotencyKey is { Length: > 0 } key ? DeterministicId.From("mentor-application", key) : Guid.CreateVersion7();
        if (input.IdempotencyKey is not null && await session.LoadAsync<Mentor>(id, ct) is { } already) return Payload<Mentor>.Ok(already);

        var email = Text.NormaliseEmail(input.Profile.Email ?? "");
        var duplicate = await session.Query<Mentor>().AnyAsync(m => m.Profile.Email == email && m.Id != id, ct);
        var channel = caller is not null && caller.OrganisationId == ngo.Id && (caller.Has(Role.Coordinator) || caller.Has(Role.OrgAdmin))
            ? ApplicationChannel.Coordinator : ApplicationChannel.PublicForm;
        var actor = new Actor(caller?.UserId ?? Guid.Empty, clock.GetUtcNow(), RigaCalendar.Today(clock));
        var command = new SubmitMentorApplication(id, input.Profile.ToProfile(), channel, duplicate, actor);

        var decision = MentorDecider.Decide(command, null);
        if (!decision.IsAccepted) return Payload<Mentor>.Refused(decision.Errors);
        session.Events.StartStream<Mentor>(id, decision.Events.ToArray());
        var mentor = MentorDecider.Evolve(null, decision.Events[0])!;
        // The confirmation goes through the outbox in the same transaction (once: its key is derived from the mentor's id).
        Outbox.Stage(session, Mail.ApplicationReceived(mentor.Id, mentor.Profile.Name, mentor.Profile.Email, Texts.From(mentor.Profile.Languages), ngo.Name),
            clock.GetUtcNow());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException
                                       or JasperFx.Events.ExistingStreamIdCollisionException)
        {
            // A concurrent retry with the same key won the race.
            await using var fresh = store.QuerySession(ngo.TenantId);
            if (await fresh.LoadAsync<Mentor>(id, ct) is { } created) return Payload<Mentor>.Ok(created);
            throw;
        }
        return Payload<Mentor>.Ok((await session.LoadAsync<Mentor>(id, ct))!);
    }
}
