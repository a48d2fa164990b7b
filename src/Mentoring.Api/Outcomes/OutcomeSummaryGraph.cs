using Mentoring.Domain.Users;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Outcomes;
using Mentoring.Jobs.Outcomes;

namespace Mentoring.Api.Outcomes;

public sealed class FigureKindType : EnumerationGraphType<FigureKind> { public FigureKindType() => Name = "FigureKind"; }
public sealed class IssueReasonType : EnumerationGraphType<IssueReason> { public IssueReasonType() => Name = "IssueReason"; }

public sealed record FigureView(string Key, string Label, FigureKind Kind, string Value, string Previous);

/// <summary>One figure and the previous period's beside it. Counts from 1 to 4 come as "&lt;5"; the raw number never leaves the server.</summary>
public sealed class OutcomeFigureType : ObjectGraphType<FigureView>
{
    public OutcomeFigureType()
    {
        Name = "OutcomeFigure";
        this.ReadableBy(Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Field(x => x.Key).Description("Stable key, e.g. referralsReceived, goal.Residence, closures.GoalsMet.");
        Field(x => x.Label).Description("What the figure is called, in the reader's language.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<FigureKindType>));
        Field(x => x.Value).Description("As shown: a number, a percentage, \"<5\" for counts 1–4, or empty when there is nothing to measure.");
        Field(x => x.Previous).Description("The same figure for the previous period.");
    }
}

public sealed class OutcomeSummaryIssueType : ObjectGraphType<SummaryIssue>
{
    public OutcomeSummaryIssueType()
    {
        Name = "OutcomeSummaryIssue";
        this.ReadableBy(Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Description = "One time the summary was put in the mail: by the schedule, or resent on request.";
        Field(x => x.At);
        Field(x => x.Reason, type: typeof(NonNullGraphType<IssueReasonType>));
        Field(x => x.ContentHash).Description("SHA-256 of the figures sent: equal hashes, equal figures.");
        Field(x => x.Recipients).Description("How many recipients it went to.");
    }
}

public sealed class OutcomeSummaryType : ObjectGraphType<OutcomeSummaryView>
{
    public OutcomeSummaryType()
    {
        Name = "OutcomeSummary";
        this.ReadableBy(Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer);
        Description = "A contract's outcomes for one period: aggregates only, never a name or a note.";
        Field(x => x.ContractId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(ctx => ctx.Source.Period.Name);
        Field<NonNullGraphType<StringGraphType>>("previousPeriod").Resolve(ctx => ctx.Source.Period.Previous.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeFigureType>>>>("figures")
            .Resolve(ctx => ctx.Source.Figures.Select(f => new FigureView(f.Key, OutcomeLabels.Get(f.Key, ctx.Source.Language), f.Kind, f.Value, f.Previous)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeSummaryIssueType>>>>("issues")
            .Description("When it was sent, oldest first (empty until the schedule sends it).").Resolve(ctx => ctx.Source.Issues);
        Field<NonNullGraphType<StringGraphType>>("csvUrl").Description("The same figures as a CSV file (GET, signed in).")
            .Resolve(ctx => OutcomeCsvEndpoint.Path(ctx.Source.ContractId, ctx.Source.Period.Name));
    }
}

public sealed class OutcomeSummaryPayloadType : PayloadType<OutcomeSummaryView, OutcomeSummaryType>
{
    public OutcomeSummaryPayloadType() : base("OutcomeSummaryPayload", "summary") { this.ReadableBy(Role.OrgAdmin, Role.Coordinator, Role.MunicipalityViewer); }
}

public sealed record ResendOutcomeSummaryInput
{
    public Guid ContractId { get; init; }
    public string Period { get; init; } = "";
    public string? Recipient { get; init; }
}

public sealed class ResendOutcomeSummaryInputType : InputObjectGraphType<ResendOutcomeSummaryInput>
{
    public ResendOutcomeSummaryInputType()
    {
        Name = "ResendOutcomeSummaryInput";
        Field(x => x.ContractId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period).Description("A month (2026-11) or a quarter (2026-Q4) that was sent before.");
        Field(x => x.Recipient, nullable: true).Description("One of the contract's report recipients; default: all of them.");
    }
}

public static class OutcomeSummaryGraph
{
    public static void AddOutcomeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<OutcomeSummaryPayloadType>>("outcomeSummary")
            .Description("A contract's outcome summary for a month (2026-11) or quarter (2026-Q4), the previous period beside each figure. " +
                         "The NGO's admins and coordinators for its contracts; the funding municipality's viewers.")
            .Argument<NonNullGraphType<IdGraphType>>("contractId")
            .Argument<NonNullGraphType<StringGraphType>>("period")
            .RequireRoles(OutcomeAccess.Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) =>
            {
                var caller = Caller.From(http.HttpContext?.User)!;
                var (target, error) = await OutcomeAccess.FindAsync(caller, session, store, ctx.GetArgument<Guid>("contractId"), ctx.GetArgument<string>("period"),
                    clock, ctx.CancellationToken);
                return (object?)(target is null
                    ? Payload<OutcomeSummaryView>.Refused([error!])
                    : Payload<OutcomeSummaryView>.Ok(await OutcomeAccess.ViewAsync(caller, session, store, target, ctx.CancellationToken)));
            });

    public static void AddOutcomeMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<OutcomeSummaryPayloadType>>("resendOutcomeSummary")
            .Description("Sends a summary that went out before once more (a lost e-mail), as a new message, recorded as a new issue. " +
                         "NOT_ISSUED before the schedule sent it; RESEND_LIMIT once the period went to one recipient 3 times in a day (Riga time; configurable). " +
                         "The figures are today's, and the issue's hash says whether they changed.")
            .Argument<NonNullGraphType<ResendOutcomeSummaryInputType>>("input")
            .RequireRoles(OutcomeAccess.Readers)
            .Resolve().WithServices<IQuerySession, IDocumentStore, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, store, clock, http) =>
            {
                var input = ctx.GetArgument<ResendOutcomeSummaryInput>("input");
                var caller = Caller.From(http.HttpContext?.User)!;
                var (target, error) = await OutcomeAccess.FindAsync(caller, session, store, input.ContractId, input.Period, clock, ctx.CancellationToken);
                if (target is null) return (object?)Payload<OutcomeSummaryView>.Refused([error!]);
                var recipient = input.Recipient is { } r ? Text.NormaliseEmail(r) : null;
                if (recipient is not null && !target.Contract.ReportRecipients.Contains(recipient))
                    return Payload<OutcomeSummaryView>.Refused(ErrorCodes.Validation, "Not one of the contract's report recipients.", "recipient");

                // Written in the NGO's tenant, where the contract and its summaries live — also when the funding municipality asks.
                var result = await OutcomeResends.WithinLimitAsync(store, target, recipient is null ? target.Contract.ReportRecipients : [recipient],
                    OutcomeResends.PerDay(ctx.RequestServices), clock,
                    () => OutcomeSummaryIssuing.IssueAsync(store, target.TenantId, target.Contract, target.Period, IssueReason.Resend, caller.UserId,
                        recipient, clock, ctx.CancellationToken), ctx.CancellationToken);
                return result.Succeeded
                    ? Payload<OutcomeSummaryView>.Ok(await OutcomeAccess.ViewAsync(caller, session, store, target, ctx.CancellationToken))
                    : Payload<OutcomeSummaryView>.Refused(result.Errors);
            });
}
