using Mentoring.Domain.Users;
using Mentoring.Api.GraphQL;
using GraphQL.Types;
using Mentoring.Api.Matching;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Contacts;

namespace Mentoring.Api.Contacts;

public sealed class ContactModeType : EnumerationGraphType<ContactMode> { public ContactModeType() => Name = "ContactMode"; }
public sealed class ConcernType : EnumerationGraphType<Concern> { public ConcernType() => Name = "Concern"; }
public sealed class CadenceStatusType : EnumerationGraphType<CadenceStatus> { public CadenceStatusType() => Name = "CadenceStatus"; }

public sealed class ContactVersionType : ObjectGraphType<ContactVersion>
{
    public ContactVersionType()
    {
        Name = "ContactVersion";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("happenedAt").Resolve(c => c.Source.Details.HappenedAt);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.Details.DurationMinutes);
        Field<NonNullGraphType<ContactModeType>>("mode").Resolve(c => c.Source.Details.Mode);
        Field<NonNullGraphType<ConcernType>>("concern").Resolve(c => c.Source.Details.Concern);
        Field(x => x.Reason, nullable: true).Description("Why it was corrected (null for the first version).");
        Field(x => x.By, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.At);
    }
}

public sealed class ContactCommentType : ObjectGraphType<ContactComment>
{
    public ContactCommentType()
    {
        Name = "ContactComment";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Text);
        Field(x => x.By, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.At);
    }
}

public sealed class ContactType : ObjectGraphType<ContactRecord>
{
    public ContactType()
    {
        Name = "Contact";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin, Role.Mentor).OwnMatchOnly();
        Description = "A logged meeting as it stands now, with every earlier version, the coordinators' feedback and any retraction.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("happenedAt").Resolve(c => c.Source.Current.HappenedAt);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.Current.DurationMinutes);
        Field<NonNullGraphType<ContactModeType>>("mode").Resolve(c => c.Source.Current.Mode);
        Field<StringGraphType>("place").Resolve(c => c.Source.Current.Place);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>>("topics").Resolve(c => c.Source.Current.Topics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("goalsProgressed").Resolve(c => c.Source.Current.GoalsProgressed);
        Field<StringGraphType>("privateNote").Description("Seen by the mentor and the NGO's coordinators only.").Resolve(c => c.Source.Current.PrivateNote);
        Field<NonNullGraphType<ConcernType>>("concern").Resolve(c => c.Source.Current.Concern);
        Field(x => x.ConcernAcknowledgedAt, nullable: true);
        Field(x => x.Retracted);
        Field(x => x.RetractedReason, nullable: true);
        Field(x => x.LoggedBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Versions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ContactVersionType>>>));
        Field(x => x.Comments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ContactCommentType>>>));
    }
}

public sealed record EngagementEntry(Domain.Matching.Match Match, string ClientName, DateTimeOffset? LastContactAt, DateOnly NextContactDue, CadenceStatus Cadence,
    int ContactsLast28Days, int MinutesLast28Days, bool OpenUrgentConcern);

public sealed class EngagementEntryType : ObjectGraphType<EngagementEntry>
{
    public EngagementEntryType()
    {
        Name = "EngagementEntry";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Match, type: typeof(NonNullGraphType<Mentoring.Api.Matching.MatchType>));
        Field(x => x.ClientName);
        Field(x => x.LastContactAt, nullable: true);
        Field(x => x.NextContactDue);
        Field(x => x.Cadence, type: typeof(NonNullGraphType<CadenceStatusType>));
        Field(x => x.ContactsLast28Days).Description("About four contacts a month is weekly contact.");
        Field(x => x.MinutesLast28Days);
        Field(x => x.OpenUrgentConcern);
    }
}

/// <summary>Hours are exact (minutes / 60), never rounded: 75 minutes are 1.25 hours.</summary>
public sealed record VolunteerMonth(string Month, int Contacts, int Minutes)
{
    public double Hours => Minutes / 60.0;
}

public sealed class VolunteerMonthType : ObjectGraphType<VolunteerMonth>
{
    public VolunteerMonthType()
    {
        Name = "VolunteerMonth";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Month).Description("yyyy-MM, Riga time.");
        Field(x => x.Contacts);
        Field(x => x.Minutes);
        Field(x => x.Hours);
    }
}

public sealed record OpenConcern(Domain.Matching.Match Match, ContactRecord Contact);

public sealed class OpenConcernType : ObjectGraphType<OpenConcern>
{
    public OpenConcernType()
    {
        Name = "OpenConcern";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Match, type: typeof(NonNullGraphType<Mentoring.Api.Matching.MatchType>));
        Field(x => x.Contact, type: typeof(NonNullGraphType<ContactType>)).Description("The meeting, with its private note: a read of the match's log.");
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.ContactsRead, "match", c => c.Match.Id, "match");
    }
}
