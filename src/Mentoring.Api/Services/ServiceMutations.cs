using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Services;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Services;

/// <summary>
/// The NGO's directory (its own entries, its corrections of the platform's) is kept by coordinators and admins; a service
/// is attached to a goal by them or by the mentor of the person's active match. One command each, through the shared
/// write path (<see cref="StreamWrites"/>).
/// </summary>
public static class ServiceMutations
{
    private static readonly Role[] Staff = [Role.Coordinator, Role.OrgAdmin];

    public static void AddServiceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServicePayloadType>>("addService")
            .Description("Adds a service to your organisation's directory (only your organisation sees it). The same idempotencyKey again adds nothing.")
            .Argument<NonNullGraphType<AddServiceInputType>>("input")
            .RequireRoles(Staff)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<AddServiceInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var key = input.IdempotencyKey is { Length: > 0 } k ? $"{session.TenantId}:{k}" : null;
                var id = StreamWrites.CreationId("service", key);
                var written = await StreamWrites.Create<LocalService>(session, id, key is not null,
                    s => ServiceDecider.Decide(new AddService(id, input.Details(), actor), s), ServiceDecider.Evolve, ctx.CancellationToken);
                return (object?)Answer(written, null);
            });

        mutation.Field<NonNullGraphType<ServicePayloadType>>("editService")
            .Description("Changes your own entry, or corrects a platform entry for your organisation only (e.g. its opening hours): others still see the platform's.")
            .Argument<NonNullGraphType<EditServiceInputType>>("input")
            .RequireRoles(Staff)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<EditServiceInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await Write(session, input.ServiceId, input.ExpectedVersion,
                    (id, platform, s) => ServiceDecider.Decide(new EditService(id, input.Details(), platform, actor), s), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ServicePayloadType>>("setServiceHidden")
            .Description("Hides an entry from your organisation's lists (closed, moved) or shows it again; a platform entry only in your organisation.")
            .Argument<NonNullGraphType<SetServiceHiddenInputType>>("input")
            .RequireRoles(Staff)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<SetServiceHiddenInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                return (object?)await Write(session, input.ServiceId, input.ExpectedVersion,
                    (id, platform, s) => ServiceDecider.Decide(new SetServiceHidden(id, input.Hidden, input.Reason, platform, actor), s), ctx.CancellationToken);
            });

        GoalCommand(mutation, "attachServiceToGoal", "Attaches a directory entry to an open goal of the person's path; attached already, nothing changes.",
            (input, found, actor) => c => ClientDecider.Decide(new AttachServiceToGoal(input.GoalId, input.ServiceId, found, actor), c), lookUp: true);
        GoalCommand(mutation, "detachServiceFromGoal", "Takes a directory entry off a goal.",
            (input, _, actor) => c => ClientDecider.Decide(new DetachServiceFromGoal(input.GoalId, input.ServiceId, actor), c), lookUp: false);
    }

    /// <summary>An own entry by its id, or a platform entry's correction stream (this tenant's) by the platform entry's code.</summary>
    private static async Task<Payload<ServiceEntry>> Write(IDocumentSession session, string serviceId, long expectedVersion,
        Func<Guid, ServiceEntry?, LocalService?, Decision> decide, CancellationToken ct)
    {
        var platform = PlatformServices.Find(serviceId);
        Guid id;
        if (platform is not null) id = ServiceCatalogue.CorrectionId(session.TenantId, serviceId);
        else if (!Guid.TryParse(serviceId, out id)) return Payload<ServiceEntry>.Refused(ErrorCodes.NotFound, "No such service.", "serviceId");
        var written = await StreamWrites.Handle<LocalService>(session, id, expectedVersion,
            // A correction's stream is reached through its platform entry's code only.
            s => s is { PlatformId: not null } && platform is null
                ? Decision.Reject(ErrorCodes.NotFound, "No such service.", "serviceId")
                : decide(id, platform, s),
            ServiceDecider.Evolve, ct);
        return Answer(written, platform);
    }

    private static Payload<ServiceEntry> Answer(WriteResult<LocalService> written, ServiceEntry? platform)
    {
        if (!written.Succeeded) return Payload<ServiceEntry>.Refused(written.Errors);
        IReadOnlyList<LocalService> local = written.State is { } s ? [s] : [];
        return Payload<ServiceEntry>.Ok(ServiceDirectory.Merge(platform is null ? [] : [platform], local).Single());
    }

    private static void GoalCommand(ObjectGraphType mutation, string name, string description,
        Func<GoalServiceInput, bool, Actor, Func<Client?, Decision>> decide, bool lookUp) =>
        mutation.Field<NonNullGraphType<GoalChangePayloadType>>(name)
            .Description(description + " Coordinators and admins, or the mentor of the person's active match.")
            .Argument<NonNullGraphType<GoalServiceInputType>>("input")
            .RequireRoles([.. Staff, Role.Mentor]).OwnMatchOnly()
            .Resolve().WithServices<IDocumentSession, ServiceCatalogue, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, catalogue, clock, http) =>
            {
                var input = ctx.GetArgument<GoalServiceInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var actor = MentorMutations.ActorOf(http, clock);
                var ct = ctx.CancellationToken;
                var written = await StreamWrites.Handle<Client>(session, input.ClientId, input.ExpectedVersion, async c =>
                {
                    // Another mentor's person, or one whose match is not active, is "not found": nothing says it exists.
                    if (c is not null && !caller.IsCaseWorker
                        && await ServiceQueries.MentorsMatchAsync(session, caller, c, ct) is not { Stage: MatchStage.Active })
                        c = null;
                    var found = lookUp && c is not null && await catalogue.FindAsync(input.ServiceId, ct) is { Hidden: false };
                    return decide(input, found, actor)(c);
                }, ClientDecider.Evolve, ct);
                if (!written.Succeeded) return (object?)Payload<GoalChange>.Refused(written.Errors);
                return Payload<GoalChange>.Ok(new GoalChange(written.State!.Goals.First(g => g.Id == input.GoalId), written.Result.Version));
            });
}
