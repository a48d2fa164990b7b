using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed class TrainingModuleKindType : EnumerationGraphType<TrainingModuleKind> { public TrainingModuleKindType() => Name = "TrainingModuleKind"; }

public sealed class CatalogueModuleType : ObjectGraphType<CatalogueModule>
{
    public CatalogueModuleType()
    {
        Name = "CatalogueModule";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Hours);
        Field(x => x.Kind, type: typeof(NonNullGraphType<TrainingModuleKindType>));
        Field(x => x.ValidityMonths, nullable: true).Description("For a refresher: how long a completion holds.");
    }
}

public sealed class TrainingCatalogueType : ObjectGraphType<TrainingCatalogue>
{
    public TrainingCatalogueType()
    {
        Name = "TrainingCatalogue";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "The NGO's training modules. Its required-for-approval modules are the vetting policy's required training.";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("Send back with updateTrainingCatalogue.");
        Field(x => x.Modules, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CatalogueModuleType>>>));
    }
}

public sealed class TrainingCataloguePayloadType : PayloadType<TrainingCatalogue, TrainingCatalogueType>
{
    public TrainingCataloguePayloadType() : base("TrainingCataloguePayload", "catalogue") { this.ReadableBy(Role.OrgAdmin); }
}

public sealed class RefresherStandingType : ObjectGraphType<RefresherStanding>
{
    public RefresherStandingType()
    {
        Name = "RefresherStanding";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.CompletedOn);
        Field(x => x.ExpiresOn);
        Field(x => x.Expired);
    }
}

public sealed class TrainingSessionType : ObjectGraphType<TrainingSession>
{
    public TrainingSessionType()
    {
        Name = "TrainingSession";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.HeldOn);
        Field(x => x.Trainer);
        Field(x => x.ModuleCodes);
        Field(x => x.Minutes);
        Field(x => x.Attendance, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceType>>>));
    }
}

public sealed class TrainingSessionPayloadType : PayloadType<TrainingSession, TrainingSessionType>
{
    public TrainingSessionPayloadType() : base("TrainingSessionPayload", "session") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public sealed record CatalogueModuleInput
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public decimal Hours { get; init; }
    public TrainingModuleKind Kind { get; init; }
    public int? ValidityMonths { get; init; }
}

public sealed class CatalogueModuleInputType : InputObjectGraphType<CatalogueModuleInput>
{
    public CatalogueModuleInputType()
    {
        Name = "CatalogueModuleInput";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Hours);
        Field(x => x.Kind, type: typeof(NonNullGraphType<TrainingModuleKindType>));
        Field(x => x.ValidityMonths, nullable: true);
    }
}

public sealed record UpdateTrainingCatalogueInput
{
    public Guid Version { get; init; }
    public IReadOnlyList<CatalogueModuleInput> Modules { get; init; } = [];
}

public sealed class UpdateTrainingCatalogueInputType : InputObjectGraphType<UpdateTrainingCatalogueInput>
{
    public UpdateTrainingCatalogueInputType()
    {
        Name = "UpdateTrainingCatalogueInput";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("The version you read.");
        Field(x => x.Modules, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CatalogueModuleInputType>>>));
    }
}

public sealed record RecordTrainingSessionInput
{
    public DateOnly HeldOn { get; init; }
    public string Trainer { get; init; } = "";
    public IReadOnlyList<string> ModuleCodes { get; init; } = [];
    public int Minutes { get; init; }
    public IReadOnlyList<AttendanceInput> Attendance { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

public sealed class RecordTrainingSessionInputType : InputObjectGraphType<RecordTrainingSessionInput>
{
    public RecordTrainingSessionInputType()
    {
        Name = "RecordTrainingSessionInput";
        Field(x => x.HeldOn);
        Field(x => x.Trainer);
        Field(x => x.ModuleCodes).Description("Catalogue codes of the modules taught.");
        Field(x => x.Minutes).Description("How long the session lasted (1–960); split over its modules.");
        Field(x => x.Attendance, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceInputType>>>));
        Field(x => x.IdempotencyKey, nullable: true).Description("The same key again answers with the session already recorded.");
    }
}

public static class TrainingGraph
{
    public static void AddTrainingQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<TrainingCatalogueType>>("trainingCatalogue")
            .Description("The caller's NGO's training catalogue (the defaults until an admin changes it).")
            .RequireRoles(Role.OrgAdmin, Role.Coordinator)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await CatalogueAsync(session, ctx.CancellationToken));

    public static void AddTrainingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TrainingCataloguePayloadType>>("updateTrainingCatalogue")
            .Description("Changes the training catalogue; its required-for-approval modules become the vetting policy's required training.")
            .Argument<NonNullGraphType<UpdateTrainingCatalogueInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IDocumentSession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var input = ctx.GetArgument<UpdateTrainingCatalogueInput>("input");
                var catalogue = new TrainingCatalogue
                {
                    Modules = [.. input.Modules.Select(m => new CatalogueModule(m.Code.Trim().ToUpperInvariant(), m.Name.Trim(), m.Hours, m.Kind, m.ValidityMonths))],
                };
                var policy = await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ctx.CancellationToken);
                var updated = (policy ?? VettingPolicy.Default) with { RequiredTrainingModules = catalogue.RequiredForApproval };
                var problems = TrainingCatalogue.Check(catalogue).Concat(VettingPolicyRules.Check(updated).Select(e => e with { Field = "modules" })).ToList();
                if (problems.Count == 0)
                {
                    // The policy follows in the same transaction, under its own version: an admin editing it meanwhile makes this a conflict.
                    if (policy is null) session.Insert(updated);
                    else session.UpdateExpectedVersion(updated, policy.Version);
                }
                return (object?)await SettingsDocuments.SaveAsync(session, catalogue, input.Version, problems, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<TrainingSessionPayloadType>>("recordTrainingSession")
            .Description("Records a training session once; every mentor present completes its modules.")
            .Argument<NonNullGraphType<RecordTrainingSessionInputType>>("input")
            .RequireRoles(Role.Coordinator, Role.OrgAdmin)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var input = ctx.GetArgument<RecordTrainingSessionInput>("input");
                var actor = MentorMutations.ActorOf(http, clock);
                var ct = ctx.CancellationToken;
                var id = StreamWrites.CreationId("training-session", input.IdempotencyKey);
                var mentors = await SupervisionGraph.AttendeesAsync(session, input.Attendance.Select(a => a.MentorId), ct);
                var command = new RecordTrainingSession(id, input.HeldOn, input.Trainer ?? "", input.ModuleCodes, input.Minutes,
                    [.. input.Attendance.Select(a => new Attendance(a.MentorId, a.Present))], await CatalogueAsync(session, ct), mentors, actor);
                var written = await SessionWrites.Create<TrainingSession>(session, id, input.IdempotencyKey is { Length: > 0 },
                    s => TrainingDecider.Decide(command, s), TrainingDecider.Evolve, ct);
                return (object?)(written.Succeeded ? Payload<TrainingSession>.Ok(written.State!) : Payload<TrainingSession>.Refused(written.Errors));
            });
    }

    internal static async Task<TrainingCatalogue> CatalogueAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<TrainingCatalogue>(TrainingCatalogue.CatalogueId, ct) ?? TrainingCatalogue.Default;
}
