using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Auth;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Mentors;

/// <summary>
/// A volunteer's recorded work between two dates, for recognition: coordinators and admins for any of the NGO's mentors,
/// a mentor for themselves only (the mentor's id comes from their account, never from the request). The same figures
/// as a PDF in the mentor's language: <see cref="VolunteerStatementEndpoint"/>.
/// </summary>
public static class VolunteerStatementGraph
{
    private static readonly Role[] Staff = [Role.Coordinator, Role.OrgAdmin];

    public static void AddVolunteerStatementQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<VolunteerStatementPayloadType>>("volunteerStatement")
            .Description("A mentor's meetings and hours, supervision sessions and training modules per month between two dates (both included, " +
                         "at most three years; INVALID_PERIOD otherwise, NOT_FOUND for a mentor the NGO does not have).")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .RequireRoles(Staff)
            .Resolve().WithService<IQuerySession>()
            .ResolveAsync(async (ctx, session) => (object?)await StatementAsync(session, ctx.GetArgument<Guid>("mentorId"),
                ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.CancellationToken));

        query.Field<NonNullGraphType<VolunteerStatementPayloadType>>("myVolunteerStatement")
            .Description("The signed-in mentor's own statement between two dates (as volunteerStatement).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .RequireRoles(Role.Mentor)
            .Resolve().WithServices<IQuerySession, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, http) =>
            {
                var mentorId = await Contacts.ContactQueries.MentorIdAsync(session, http, ctx.CancellationToken);
                return (object?)(mentorId is null
                    ? Payload<VolunteerStatementView>.Refused(ErrorCodes.NotFound, "This account is not a mentor's.")
                    : await StatementAsync(session, mentorId.Value, ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"), ctx.CancellationToken));
            });
    }

    public static async Task<Payload<VolunteerStatementView>> StatementAsync(IQuerySession session, Guid mentorId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (VolunteerStatement.Validate(from, to) is { Count: > 0 } errors) return Payload<VolunteerStatementView>.Refused(errors);
        if (await session.LoadAsync<Mentor>(mentorId, ct) is not { } mentor) return Payload<VolunteerStatementView>.Refused(ErrorCodes.NotFound, "No such mentor.", "mentorId");
        return Payload<VolunteerStatementView>.Ok(new(mentor, await VolunteerStatement.LoadAsync(session, mentorId, from, to, ct)));
    }
}

public sealed record VolunteerStatementView(Mentor Mentor, VolunteerStatement Statement);

public sealed class VolunteerStatementPayloadType : PayloadType<VolunteerStatementView, VolunteerStatementType>
{
    public VolunteerStatementPayloadType() : base("VolunteerStatementPayload", "statement") { this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor); }
}

public sealed class VolunteerStatementType : ObjectGraphType<VolunteerStatementView>
{
    public VolunteerStatementType()
    {
        Name = "VolunteerStatement";
        Description = "A mentor's recorded work for recognition. Mentors receive only their own (myVolunteerStatement).";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor);
        Field<NonNullGraphType<IdGraphType>>("mentorId").Resolve(c => c.Source.Mentor.Id);
        Field<NonNullGraphType<StringGraphType>>("mentorName").Resolve(c => c.Source.Mentor.Profile.Name);
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(c => c.Source.Statement.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(c => c.Source.Statement.To);
        Field<NonNullGraphType<IntGraphType>>("meetings").Resolve(c => c.Source.Statement.Meetings);
        Field<NonNullGraphType<IntGraphType>>("meetingMinutes").Resolve(c => c.Source.Statement.MeetingMinutes);
        Field<NonNullGraphType<DecimalGraphType>>("meetingHours").Description("Meeting minutes in hours, to one decimal.").Resolve(c => c.Source.Statement.MeetingHours);
        Field<NonNullGraphType<IntGraphType>>("groupActivities").Description("Group activities attended in the period.").Resolve(c => c.Source.Statement.GroupActivities);
        Field<NonNullGraphType<IntGraphType>>("groupActivityMinutes").Resolve(c => c.Source.Statement.GroupActivityMinutes);
        Field<NonNullGraphType<DecimalGraphType>>("groupActivityHours").Description("Attended activities' length in hours, to one decimal.")
            .Resolve(c => c.Source.Statement.GroupActivityHours);
        Field<NonNullGraphType<IntGraphType>>("supervisionMinutes").Resolve(c => c.Source.Statement.SupervisionMinutes);
        Field<NonNullGraphType<IntGraphType>>("trainingMinutes").Resolve(c => c.Source.Statement.TrainingMinutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolunteerStatementMonthType>>>>("months")
            .Description("Every month the period touches, oldest first, also those with nothing recorded.").Resolve(c => c.Source.Statement.Months);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolunteerActivityType>>>>("supervision")
            .Description("Supervision sessions held in the period: date and supervisor.").Resolve(c => c.Source.Statement.Supervision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolunteerActivityType>>>>("training")
            .Description("Training modules completed in the period: date and module.").Resolve(c => c.Source.Statement.Training);
        Field<NonNullGraphType<StringGraphType>>("pdfPath")
            .Description("Where the same statement is downloaded as a PDF in the mentor's language (GET, same session).")
            .Resolve(c => VolunteerStatementEndpoint.Path(c.Source.Mentor.Id, c.Source.Statement.From, c.Source.Statement.To));
        // The name, hours and supervisors are the mentor's file: reading them is on record, as the mentor query's is.
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.MentorRead, "mentor", v => v.Mentor.Id, "mentorId", "from", "to", "pdfPath");
    }
}

public sealed class VolunteerStatementMonthType : ObjectGraphType<VolunteerStatementMonth>
{
    public VolunteerStatementMonthType()
    {
        Name = "VolunteerStatementMonth";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor);
        Field(x => x.Month).Description("yyyy-MM, Riga time.");
        Field(x => x.Meetings);
        Field(x => x.MeetingMinutes);
        Field(x => x.SupervisionSessions);
        Field(x => x.TrainingModules);
        Field(x => x.GroupActivities).Description("Group activities attended in the month.");
        Field(x => x.GroupActivityMinutes).Description("Their length, counted as volunteer time.");
        Field(x => x.SupervisionMinutes).Description("Supervision recorded with a duration; older sessions count 0.");
        Field(x => x.TrainingMinutes).Description("Training recorded with a duration; older modules count 0.");
    }
}

public sealed class VolunteerActivityType : ObjectGraphType<VolunteerActivity>
{
    public VolunteerActivityType()
    {
        Name = "VolunteerActivity";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor);
        Field(x => x.On, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(x => x.What).Description("The supervisor, or the training module.");
        Field(x => x.Minutes).Description("Its recorded length; 0 when recorded without one.");
    }
}
