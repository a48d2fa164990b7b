using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public sealed class CheckInPolicyType : ObjectGraphType<CheckInPolicy>
{
    public CheckInPolicyType()
    {
        Name = "CheckInPolicy";
        Description = "How often staff check in with each match's mentor and client, and when a health check raises a task.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("Send back with updateCheckInPolicy.");
        Field(x => x.FirstMonthCheckIns).Description("Check-ins with each side in the match's first month (default 2).");
        Field(x => x.LaterIntervalMonths).Description("Then one every this many months (default 1).");
        Field(x => x.DueSoonDays).Description("Listed as due this many days ahead.");
        Field(x => x.RemindOverdueAfterDays).Description("Coordinators' digest names it overdue this many days after its date.");
        Field(x => x.EscalateAfterDaysOverdue).Description("The NGO's admins are told once when it is this many days overdue.");
        Field(x => x.HealthCheckWindowDays).Description("A health check can be answered this many days from its milestone.");
        Field(x => x.LowRating).Description("A health check rated this or lower raises a task.");
        Field(x => x.FallingDrop).Description("A health check this much lower than the same side's previous one raises a task.");
    }
}

public sealed record UpdateCheckInPolicyInput
{
    public Guid Version { get; init; }
    public int FirstMonthCheckIns { get; init; }
    public int LaterIntervalMonths { get; init; }
    public int DueSoonDays { get; init; }
    public int RemindOverdueAfterDays { get; init; }
    public int EscalateAfterDaysOverdue { get; init; }
    public int HealthCheckWindowDays { get; init; }
    public int LowRating { get; init; }
    public int FallingDrop { get; init; }

    public CheckInPolicy ToPolicy() => new()
    {
        FirstMonthCheckIns = FirstMonthCheckIns, LaterIntervalMonths = LaterIntervalMonths, DueSoonDays = DueSoonDays,
        RemindOverdueAfterDays = RemindOverdueAfterDays, EscalateAfterDaysOverdue = EscalateAfterDaysOverdue, HealthCheckWindowDays = HealthCheckWindowDays,
        LowRating = LowRating, FallingDrop = FallingDrop,
    };
}

public sealed class UpdateCheckInPolicyInputType : InputObjectGraphType<UpdateCheckInPolicyInput>
{
    public UpdateCheckInPolicyInputType()
    {
        Name = "UpdateCheckInPolicyInput";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("The version you read.");
        Field(x => x.FirstMonthCheckIns).Description("1 to 4.");
        Field(x => x.LaterIntervalMonths).Description("1 to 3.");
        Field(x => x.DueSoonDays).Description("0 to 14.");
        Field(x => x.RemindOverdueAfterDays).Description("1 to 14.");
        Field(x => x.EscalateAfterDaysOverdue).Description("More than remindOverdueAfterDays, at most 60.");
        Field(x => x.HealthCheckWindowDays).Description("7 to 60.");
        Field(x => x.LowRating).Description("1 to 4.");
        Field(x => x.FallingDrop).Description("1 to 4.");
    }
}

public sealed class CheckInPolicyPayloadType : PayloadType<CheckInPolicy, CheckInPolicyType>
{
    public CheckInPolicyPayloadType() : base("CheckInPolicyPayload", "policy") { this.ReadableBy(Role.OrgAdmin); }
}

public static class CheckInPolicyGraph
{
    public static void AddCheckInPolicyQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<CheckInPolicyType>>("checkInPolicy")
            .Description("The caller's NGO's check-in policy (the defaults until an admin changes it).")
            .RequireRoles(Role.OrgAdmin, Role.Coordinator)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await MonitoringViews.PolicyAsync(session, ctx.CancellationToken));

    public static void AddUpdateCheckInPolicy(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CheckInPolicyPayloadType>>("updateCheckInPolicy")
            .Description("Changes the staff check-in cadence and the health-task rule, from now on (due dates are computed when read).")
            .Argument<NonNullGraphType<UpdateCheckInPolicyInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IDocumentSession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var input = ctx.GetArgument<UpdateCheckInPolicyInput>("input");
                var policy = input.ToPolicy();
                return (object?)await SettingsDocuments.SaveAsync(session, policy, input.Version, CheckInPolicy.Check(policy), ctx.CancellationToken);
            });
}
