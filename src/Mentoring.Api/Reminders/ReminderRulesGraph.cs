using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using JasperFx;
using Marten;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Reminders;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Reminders;

public sealed class ReminderRulesType : ObjectGraphType<ReminderRules>
{
    public ReminderRulesType()
    {
        Name = "ReminderRules";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Description = "When mentors are reminded and coordinators alerted; the engagement cadence follows the same rules.";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("Send back with updateReminderRules.");
        Field(x => x.WeeklyForDaysAfterRelease).Description("Check-ins are weekly for this many days after release.");
        Field(x => x.WeeklyIntervalDays);
        Field(x => x.LaterIntervalDays).Description("The check-in interval after the first weeks (default fortnightly).");
        Field(x => x.PreReleaseIntervalDays).Description("Before release, one contact (prison visit or video) within this many days.");
        Field(x => x.RemindAgainAfterDays).Description("N: the mentor is reminded when due and again N days later.");
        Field(x => x.EscalateAfterDaysOverdue).Description("M: coordinators are alerted after M days overdue.");
        Field(x => x.ReleaseSoonDays);
        Field(x => x.GoalDeadlineDaysAhead);
        Field(x => x.VettingExpiryDaysAhead);
        Field(x => x.ProposalUnansweredDays);
        Field(x => x.ApplicationDeadlineDaysAhead)
            .Description("The social-assistance application not filed: reminded this many days before its one-month deadline; the desk lists it from then on.");
        Field(x => x.OpenRefusalReminderDays).Description("A refusal not followed up or closed is reminded of every this many days.");
    }
}

public sealed record UpdateReminderRulesInput
{
    public Guid Version { get; init; }
    public int WeeklyForDaysAfterRelease { get; init; }
    public int WeeklyIntervalDays { get; init; }
    public int LaterIntervalDays { get; init; }
    public int PreReleaseIntervalDays { get; init; }
    public int RemindAgainAfterDays { get; init; }
    public int EscalateAfterDaysOverdue { get; init; }
    public int ReleaseSoonDays { get; init; }
    public int GoalDeadlineDaysAhead { get; init; }
    public int VettingExpiryDaysAhead { get; init; }
    public int ProposalUnansweredDays { get; init; }
    /// <summary>Optional, for callers written before they existed: the defaults then.</summary>
    public int? ApplicationDeadlineDaysAhead { get; init; }
    public int? OpenRefusalReminderDays { get; init; }

    public ReminderRules ToRules() => new()
    {
        WeeklyForDaysAfterRelease = WeeklyForDaysAfterRelease, WeeklyIntervalDays = WeeklyIntervalDays, LaterIntervalDays = LaterIntervalDays,
        PreReleaseIntervalDays = PreReleaseIntervalDays, RemindAgainAfterDays = RemindAgainAfterDays, EscalateAfterDaysOverdue = EscalateAfterDaysOverdue,
        ReleaseSoonDays = ReleaseSoonDays, GoalDeadlineDaysAhead = GoalDeadlineDaysAhead, VettingExpiryDaysAhead = VettingExpiryDaysAhead,
        ProposalUnansweredDays = ProposalUnansweredDays,
        ApplicationDeadlineDaysAhead = ApplicationDeadlineDaysAhead ?? ReminderRules.Default.ApplicationDeadlineDaysAhead,
        OpenRefusalReminderDays = OpenRefusalReminderDays ?? ReminderRules.Default.OpenRefusalReminderDays,
    };
}

public sealed class UpdateReminderRulesInputType : InputObjectGraphType<UpdateReminderRulesInput>
{
    public UpdateReminderRulesInputType()
    {
        Name = "UpdateReminderRulesInput";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("The version you read.");
        Field(x => x.WeeklyForDaysAfterRelease);
        Field(x => x.WeeklyIntervalDays);
        Field(x => x.LaterIntervalDays);
        Field(x => x.PreReleaseIntervalDays);
        Field(x => x.RemindAgainAfterDays);
        Field(x => x.EscalateAfterDaysOverdue);
        Field(x => x.ReleaseSoonDays);
        Field(x => x.GoalDeadlineDaysAhead);
        Field(x => x.VettingExpiryDaysAhead);
        Field(x => x.ProposalUnansweredDays);
        Field(x => x.ApplicationDeadlineDaysAhead, nullable: true).Description("1 to 28 (default 7 when left out).");
        Field(x => x.OpenRefusalReminderDays, nullable: true).Description("1 to 30 (default 7 when left out).");
    }
}

public sealed class ReminderRulesPayloadType : PayloadType<ReminderRules, ReminderRulesType>
{
    public ReminderRulesPayloadType() : base("ReminderRulesPayload", "rules") { this.ReadableBy(Role.OrgAdmin); }
}

public static class ReminderRulesGraph
{
    public static async Task<ReminderRules> LoadAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ReminderRules>(ReminderRules.RulesId, ct) ?? ReminderRules.Default;

    public static void AddReminderRulesQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ReminderRulesType>>("reminderRules")
            .Description("The caller's NGO's reminder rules (the defaults until an admin changes them).")
            .RequireRoles(Role.OrgAdmin, Role.Coordinator)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await LoadAsync(session, ctx.CancellationToken));

    public static void AddUpdateReminderRules(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ReminderRulesPayloadType>>("updateReminderRules")
            .Description("Changes when reminders and escalations go out, from the next scan on.")
            .Argument<NonNullGraphType<UpdateReminderRulesInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IDocumentSession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var input = ctx.GetArgument<UpdateReminderRulesInput>("input");
                var rules = input.ToRules();
                return (object?)await SettingsDocuments.SaveAsync(session, rules, input.Version, ReminderRules.Check(rules), ctx.CancellationToken);
            });
}
