using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Matching;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public sealed class CheckInPartyType : EnumerationGraphType<CheckInParty> { public CheckInPartyType() => Name = "CheckInParty"; }
public sealed class CheckInModeType : EnumerationGraphType<CheckInMode> { public CheckInModeType() => Name = "CheckInMode"; }
public sealed class CheckInStateType : EnumerationGraphType<CheckInState> { public CheckInStateType() => Name = "CheckInState"; }
public sealed class HealthTaskRuleType : EnumerationGraphType<HealthTaskRule> { public HealthTaskRuleType() => Name = "HealthTaskRule"; }

public sealed class StaffCheckInType : ObjectGraphType<StaffCheckIn>
{
    public StaffCheckInType()
    {
        Name = "StaffCheckIn";
        Description = "A coordinator's check-in with the match's mentor or client.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.With, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Mode, type: typeof(NonNullGraphType<CheckInModeType>));
        Field(x => x.HealthRating).Description("1 (bad) to 5 (good).");
        Field(x => x.Concerns, nullable: true);
        Field(x => x.AgreedActions, nullable: true);
        Field(x => x.On).Description("The Riga day of the check-in.");
        Field(x => x.At).Description("When it was logged.");
    }
}

public sealed class HealthCheckType : ObjectGraphType<HealthCheck>
{
    public HealthCheckType()
    {
        Name = "HealthCheck";
        Description = "One side's answers at a milestone: how it is going, and whether they get the support they need (1 to 5 each).";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Source, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Milestone).Description("Months after the match began: 1, 3, 6 or 12.");
        Field(x => x.GoingWell);
        Field(x => x.Supported);
        Field(x => x.Rating).Description("The lower of the two answers: what the falling-rating rule compares.");
        Field(x => x.On);
    }
}

public sealed class HealthTaskType : ObjectGraphType<HealthTask>
{
    public HealthTaskType()
    {
        Name = "HealthTask";
        Description = "A coordinator task raised by a low or falling health check; the next staff check-in on the match closes it.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Source, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Milestone);
        Field(x => x.Rule, type: typeof(NonNullGraphType<HealthTaskRuleType>));
        Field(x => x.From, nullable: true).Description("The same side's previous rating (DROP).");
        Field(x => x.To);
        Field(x => x.RaisedOn);
        Field<NonNullGraphType<BooleanGraphType>>("open").Resolve(c => c.Source.IsOpen);
    }
}

public sealed class CheckInStatusType : ObjectGraphType<CheckInStatus>
{
    public CheckInStatusType()
    {
        Name = "CheckInStatus";
        Description = "Where one side's staff check-ins stand today, by the NGO's check-in policy.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.NextDue);
        Field(x => x.PeriodStart).Description("A check-in from this day on meets nextDue.");
        Field(x => x.State, type: typeof(NonNullGraphType<CheckInStateType>));
        Field(x => x.DaysOverdue);
        Field(x => x.LastCheckInOn, nullable: true);
    }
}

public sealed class MatchMonitoringType : ObjectGraphType<MonitoringView>
{
    public MatchMonitoringType()
    {
        Name = "MatchMonitoring";
        Description = "Programme staff's monitoring of a match: check-ins with each side, health checks and the tasks they raised.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field<NonNullGraphType<IdGraphType>>("matchId").Resolve(c => c.Source.Match.Id);
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Monitoring.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffCheckInType>>>>("checkIns").Description("Newest first.")
            .Resolve(c => c.Source.Monitoring.CheckIns.OrderByDescending(x => x.On).ThenByDescending(x => x.At).ToList()).WithComplexityImpact(1, 20);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthCheckType>>>>("health").Description("By milestone, the mentor's and the client's.")
            .Resolve(c => c.Source.Monitoring.Health.OrderBy(h => h.Milestone).ThenBy(h => h.Source).ToList()).WithComplexityImpact(1, 8);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthTaskType>>>>("tasks").Resolve(c => c.Source.Monitoring.Tasks).WithComplexityImpact(1, 8);
        Field<CheckInStatusType>("mentorCheckIns").Description("Null unless the match is active.").Resolve(c => c.Source.StatusOf(CheckInParty.Mentor));
        Field<CheckInStatusType>("clientCheckIns").Description("Null unless the match is active.").Resolve(c => c.Source.StatusOf(CheckInParty.Client));
        Field<IntGraphType>("healthCheckOpen").Description("The milestone (months) whose health check is open today, if any.").Resolve(c => c.Source.HealthCheckOpen);
        Field<MatchClosureType>("closure").Description("The closure step, opened when the match ended; null for an open match or one ended before closure steps existed.")
            .Resolve(c => c.Source.Monitoring.Closure);
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "client", v => v.Match.ClientId, "matchId", "version", "mentorCheckIns",
            "clientCheckIns", "healthCheckOpen");
    }
}

public sealed class CheckInDueType : ObjectGraphType<CheckInDue>
{
    public CheckInDueType()
    {
        Name = "CheckInDue";
        Description = "A staff check-in with one side of an active match, due soon or overdue.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Match, type: typeof(NonNullGraphType<Matching.MatchType>));
        Field(x => x.With, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<CheckInStatusType>));
    }
}

public sealed class OpenHealthTaskType : ObjectGraphType<OpenHealthTask>
{
    public OpenHealthTaskType()
    {
        Name = "OpenHealthTask";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Match, type: typeof(NonNullGraphType<Matching.MatchType>));
        Field(x => x.Task, type: typeof(NonNullGraphType<HealthTaskType>));
    }
}

/// <summary>What the mentor's phone gets back for their own answer: nothing of the staff's monitoring.</summary>
public sealed record MyHealthCheck(Guid MatchId, int Milestone, int GoingWell, int Supported, DateOnly AnsweredOn);

public sealed class MyHealthCheckType : ObjectGraphType<MyHealthCheck>
{
    public MyHealthCheckType()
    {
        Name = "MyHealthCheck";
        Description = "Your answers to a match-health check.";
        this.ReadableBy(Role.Mentor).OwnMatchOnly();
        Field(x => x.MatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Milestone);
        Field(x => x.GoingWell);
        Field(x => x.Supported);
        Field(x => x.AnsweredOn);
    }
}

public sealed class MatchMonitoringPayloadType : PayloadType<MonitoringView, MatchMonitoringType>
{
    public MatchMonitoringPayloadType() : base("MatchMonitoringPayload", "monitoring") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin); }
}

public sealed class MyHealthCheckPayloadType : PayloadType<MyHealthCheck, MyHealthCheckType>
{
    public MyHealthCheckPayloadType() : base("MyHealthCheckPayload", "healthCheck") { this.ReadableBy(Role.Mentor).OwnMatchOnly(); }
}
