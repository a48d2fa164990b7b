using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using JasperFx;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

public sealed class VettingPolicyType : ObjectGraphType<VettingPolicy>
{
    public VettingPolicyType()
    {
        Name = "VettingPolicy";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "What the NGO requires before a mentor may be approved, and when approval lapses.";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("Send back with updateVettingPolicy.");
        Field(x => x.InterviewRequired);
        Field(x => x.MinimumReferences);
        Field(x => x.BackgroundCheckValidityMonths);
        Field(x => x.RequiredTrainingModules);
        Field(x => x.AgreementRequired);
        Field(x => x.RefresherTrainingMonths, nullable: true);
        Field(x => x.SupervisionEveryMonths, nullable: true).Description("An approved mentor has supervision at least this often; null: no cadence.");
    }
}

public sealed record UpdateVettingPolicyInput
{
    public Guid Version { get; init; }
    public bool InterviewRequired { get; init; }
    public int MinimumReferences { get; init; }
    public int BackgroundCheckValidityMonths { get; init; }
    public IReadOnlyList<string> RequiredTrainingModules { get; init; } = [];
    public bool AgreementRequired { get; init; }
    public int? RefresherTrainingMonths { get; init; }
    public int? SupervisionEveryMonths { get; init; } = VettingPolicy.Default.SupervisionEveryMonths;
}

public sealed class UpdateVettingPolicyInputType : InputObjectGraphType<UpdateVettingPolicyInput>
{
    public UpdateVettingPolicyInputType()
    {
        Name = "UpdateVettingPolicyInput";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("The version you read.");
        Field(x => x.InterviewRequired);
        Field(x => x.MinimumReferences);
        Field(x => x.BackgroundCheckValidityMonths);
        Field(x => x.RequiredTrainingModules);
        Field(x => x.AgreementRequired);
        Field(x => x.RefresherTrainingMonths, nullable: true).Description("Null: no refresher training required.");
        Field(x => x.SupervisionEveryMonths, nullable: true).DefaultValue(VettingPolicy.Default.SupervisionEveryMonths)
            .Description("Supervision at least every N months (1–12); null: no cadence. Left out: the default.");
    }
}

public sealed class VettingPolicyPayloadType : PayloadType<VettingPolicy, VettingPolicyType>
{
    public VettingPolicyPayloadType() : base("VettingPolicyPayload", "policy") { this.ReadableBy(Role.OrgAdmin); }
}

public static class VettingPolicyGraph
{
    public static void AddVettingPolicyQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<VettingPolicyType>>("vettingPolicy")
            .Description("The caller's NGO's vetting policy (the defaults until an admin changes them).")
            .RequireRoles(Role.OrgAdmin, Role.Coordinator)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)(await session.LoadAsync<VettingPolicy>(VettingPolicy.PolicyId, ctx.CancellationToken) ?? VettingPolicy.Default));

    public static void AddUpdateVettingPolicy(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<VettingPolicyPayloadType>>("updateVettingPolicy")
            .Description("Changes what vetting requires. Approved mentors are re-judged against it from now on (they may lapse).")
            .Argument<NonNullGraphType<UpdateVettingPolicyInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IDocumentSession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var input = ctx.GetArgument<UpdateVettingPolicyInput>("input");
                var policy = new VettingPolicy
                {
                    InterviewRequired = input.InterviewRequired, MinimumReferences = input.MinimumReferences,
                    BackgroundCheckValidityMonths = input.BackgroundCheckValidityMonths,
                    RequiredTrainingModules = input.RequiredTrainingModules.Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    AgreementRequired = input.AgreementRequired, RefresherTrainingMonths = input.RefresherTrainingMonths,
                    SupervisionEveryMonths = input.SupervisionEveryMonths,
                };
                return (object?)await SettingsDocuments.SaveAsync(session, policy, input.Version, VettingPolicyRules.Check(policy), ctx.CancellationToken);
            });
}
