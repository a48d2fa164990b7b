using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Referrals;

public sealed class ReferralStatusType : EnumerationGraphType<ReferralStatus> { public ReferralStatusType() => Name = "ReferralStatus"; }
public sealed class ReferralDeclineReasonType : EnumerationGraphType<ReferralDeclineReason> { public ReferralDeclineReasonType() => Name = "ReferralDeclineReason"; }

/// <summary>The roles that read what a referral says: the referrer who wrote it, and the receiving NGO's case workers.</summary>
internal static class ReferralReaders
{
    public static readonly Role[] Both = [Role.Referrer, Role.Coordinator, Role.OrgAdmin];
    public static readonly Role[] Ngo = [Role.Coordinator, Role.OrgAdmin];
}

/// <summary>A need as the referrer knows it: the domain, how pressing, a note. Not the case's assessment (the NGO's).</summary>
public sealed class ReferralNeedType : ObjectGraphType<NeedAssessment>
{
    public ReferralNeedType()
    {
        Name = "ReferralNeed";
        Description = "A need known at referral, as the referrer described it.";
        this.ReadableBy(ReferralReaders.Both);
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>What the referrer sent: the same for the referrer's own list and the NGO's inbox.</summary>
public sealed class ReferralDetailsType : ObjectGraphType<ReferralDetails>
{
    public ReferralDetailsType()
    {
        Name = "ReferralDetails";
        Description = "The person, the release, the destination, the needs known so far and the consent the referrer recorded.";
        this.ReadableBy(ReferralReaders.Both);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Person.Name);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => c.Source.Person.Gender);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.Person.BirthYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Person.Languages);
        Field<StringGraphType>("contact").Resolve(c => c.Source.Person.Contact);
        Field(x => x.PrisonCode);
        Field<StringGraphType>("prisonName").Resolve(c => Prisons.Find(c.Source.PrisonCode)?.Name);
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field(x => x.DestinationMunicipality).Description("Municipality code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralNeedType>>>>("needs").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>>("consentScopes").Resolve(c => c.Source.ConsentScopes);
        Field(x => x.ConsentGivenOn);
        Field(x => x.ConsentDocumentReference).Description("The signed consent's reference, as the referrer recorded it.");
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>
/// The referrer's own view of a referral they sent: what they wrote, to which NGO, and its status — never the staff
/// <see cref="ClientType"/>, never anything of the case it became.
/// </summary>
public sealed class SentReferralType : ObjectGraphType<SentReferral>
{
    public SentReferralType()
    {
        Name = "SentReferral";
        Description = "A referral you sent, and where it stands. Nothing of the case beyond its status.";
        this.ReadableBy(Role.Referrer);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Give it back as expectedVersion when you amend the referral.");
        Field(x => x.NgoName).Description("The NGO it was sent to.");
        Field(x => x.Details, type: typeof(NonNullGraphType<ReferralDetailsType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<ReferralStatusType>));
        Field(x => x.DeclineReason, type: typeof(ReferralDeclineReasonType));
        Field(x => x.DeclineNote, nullable: true);
        Field(x => x.Question, nullable: true).Description("What the NGO asked, when it asked for more information.");
        Field(x => x.SentAt);
        Field(x => x.LastChangedAt);
    }
}

/// <summary>A referral in the receiving NGO's inbox.</summary>
public sealed class IncomingReferralType : ObjectGraphType<Referral>
{
    public IncomingReferralType()
    {
        Name = "IncomingReferral";
        Description = "A referral from a prison or probation office to this NGO.";
        this.ReadableBy(ReferralReaders.Ngo);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Give it back as expectedVersion with your answer.");
        Field<NonNullGraphType<StringGraphType>>("fromOrganisation").Resolve(c => c.Source.Sender.OrganisationName);
        Field<NonNullGraphType<StringGraphType>>("referrerName").Resolve(c => c.Source.Sender.Name);
        Field(x => x.Details, type: typeof(NonNullGraphType<ReferralDetailsType>));
        Field(x => x.Status, type: typeof(NonNullGraphType<ReferralStatusType>));
        Field(x => x.DeclineReason, type: typeof(ReferralDeclineReasonType));
        Field(x => x.DeclineNote, nullable: true);
        Field(x => x.Question, nullable: true);
        Field(x => x.ClientId, type: typeof(IdGraphType)).Description("The case it became, once accepted.");
        Field(x => x.SentAt);
        Field(x => x.LastChangedAt);
        // What the referral says about the person is a read of their file: on record, like a case's.
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "referral", r => r.Id,
            "id", "version", "status", "fromOrganisation", "referrerName", "clientId", "sentAt", "lastChangedAt");
    }
}

/// <summary>An NGO a referral can go to: its contract in force covers the destination municipality.</summary>
public sealed class ReferralDestinationType : ObjectGraphType<ReferralReceiver>
{
    public ReferralDestinationType()
    {
        Name = "ReferralDestination";
        Description = "An NGO with a contract in force for the municipality.";
        this.ReadableBy(Role.Referrer);
        Field(x => x.OrganisationId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
    }
}

public sealed class SentReferralPayloadType : PayloadType<SentReferral, SentReferralType>
{
    public SentReferralPayloadType() : base("SentReferralPayload", "referral") { this.ReadableBy(Role.Referrer); }
}

public sealed class IncomingReferralPayloadType : PayloadType<Referral, IncomingReferralType>
{
    public IncomingReferralPayloadType() : base("IncomingReferralPayload", "referral") { this.ReadableBy(ReferralReaders.Ngo); }
}
