using GraphQL;
using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Matching;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Reference;
using Mentoring.Domain.Referrals;
using Mentoring.Domain.Transfers;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Transfers;

public sealed class TransferStatusType : EnumerationGraphType<TransferStatus> { public TransferStatusType() => Name = "TransferStatus"; }
public sealed class TransferDeclineReasonType : EnumerationGraphType<TransferDeclineReason> { public TransferDeclineReasonType() => Name = "TransferDeclineReason"; }

/// <summary>A transfer is NGO case work on both sides: coordinators and the organisation's admin, never mentors.</summary>
internal static class TransferReaders
{
    /// <summary>
    /// A package's lists are read with the transfer (no query of their own) and short: each weighs about a field, so an
    /// inbox with its packages stays within the complexity limit.
    /// </summary>
    public const double PackageLists = 0.25;

    public static readonly Role[] CaseWorkers = [Role.Coordinator, Role.OrgAdmin];
}

/// <summary>A need's domain and level as assessed by the sending NGO; its note stays there.</summary>
public sealed class TransferNeedType : ObjectGraphType<NeedAssessment>
{
    public TransferNeedType()
    {
        Name = "TransferNeed";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
    }
}

public sealed class TransferGoalType : ObjectGraphType<TransferGoal>
{
    public TransferGoalType()
    {
        Name = "TransferGoal";
        Description = "A step of the plan as it was when the case was transferred.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Kind, type: typeof(NonNullGraphType<GoalKindType>));
        Field(x => x.Standard, type: typeof(StandardGoalType));
        Field(x => x.Title).Description("Shown for OWN and FOLLOW_UP goals; name the others from standard or domain.");
        Field(x => x.Domain, type: typeof(NeedDomainType));
        Field(x => x.Institution, type: typeof(InstitutionType));
        Field(x => x.Deadline);
        Field(x => x.Status, type: typeof(NonNullGraphType<GoalStatusType>));
        Field(x => x.AchievedOn, nullable: true);
    }
}

public sealed class TransferRefusalType : ObjectGraphType<TransferRefusal>
{
    public TransferRefusalType()
    {
        Name = "TransferRefusal";
        Description = "A refusal of help in the case's history: institution, help, reason and date. Its note stays with the sending NGO.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Institution, type: typeof(NonNullGraphType<InstitutionType>));
        Field(x => x.Help, type: typeof(NonNullGraphType<HelpKindType>));
        Field(x => x.Reason, type: typeof(NonNullGraphType<RefusalReasonType>));
        Field(x => x.RefusedOn);
        Field(x => x.Status, type: typeof(NonNullGraphType<RefusalStatusType>));
    }
}

public sealed class TransferMatchPeriodType : ObjectGraphType<TransferMatchPeriod>
{
    public TransferMatchPeriodType()
    {
        Name = "TransferMatchPeriod";
        Description = "A period the person had a mentor at the sending NGO; never who the mentor was.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.From, nullable: true);
        Field(x => x.To, nullable: true);
        Field(x => x.EndReason, type: typeof(MatchEndReasonType));
    }
}

public sealed class TransferHistoryType : ObjectGraphType<TransferHistory>
{
    public TransferHistoryType()
    {
        Name = "TransferHistory";
        Description = "The sending NGO's work as counts and dates: no notes, no meeting contents, no mentor identities.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.CaseOpenedOn);
        Field(x => x.MeetingsHeld).Description("Meetings logged with a mentor (retracted ones not counted).");
        Field(x => x.FirstMeetingOn, nullable: true);
        Field(x => x.LastMeetingOn, nullable: true);
        Field(x => x.GoalsAchieved);
        Field(x => x.InterInstitutionalMeetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferRefusalType>>>>("refusals").Resolve(c => c.Source.Refusals)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferMatchPeriodType>>>>("matchPeriods").Resolve(c => c.Source.MatchPeriods)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
    }
}

public sealed class TransferDocumentType : ObjectGraphType<ObtainedDocument>
{
    public TransferDocumentType()
    {
        Name = "TransferDocument";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Kind, type: typeof(NonNullGraphType<DocumentKindType>));
        Field(x => x.ObtainedOn);
    }
}

/// <summary>The package as it goes (or went) across: read by the sending NGO before it offers, and by the receiving NGO once it accepted.</summary>
public sealed class TransferPackageType : ObjectGraphType<TransferPackage>
{
    public TransferPackageType()
    {
        Name = "TransferPackage";
        Description = "What a transfer sends: the person, release, needs (levels), languages, consent, the plan, the documents checklist, " +
                      "eligibility warnings and a history summary. Never notes, meeting logs or mentors.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Person.Name);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => c.Source.Person.Gender);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.Person.BirthYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Person.Languages)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<StringGraphType>("contact").Resolve(c => c.Source.Person.Contact);
        Field(x => x.PrisonCode);
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.ReleasedOn, nullable: true);
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferNeedType>>>>("needs").Resolve(c => c.Source.Needs)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>>("consentScopes").Resolve(c => c.Source.ConsentScopes)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field(x => x.ConsentGivenOn);
        Field(x => x.ConsentDocumentReference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferGoalType>>>>("goals").Resolve(c => c.Source.Goals)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferDocumentType>>>>("documents").Resolve(c => c.Source.Documents)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityWarningType>>>>("eligibilityWarnings").Resolve(c => c.Source.EligibilityWarnings)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field(x => x.LastDeclaredResidenceMunicipality, nullable: true);
        Field(x => x.HasResidenceToDeclare, nullable: true);
        Field(x => x.History, type: typeof(NonNullGraphType<TransferHistoryType>));
    }
}

/// <summary>
/// A transfer in the receiving NGO's inbox. Before it is accepted the NGO sees what a referral would show (the person,
/// the release, the needs' levels, the consent's scopes); the package itself only once it accepted.
/// </summary>
public sealed class IncomingTransferType : ObjectGraphType<Transfer>
{
    public IncomingTransferType()
    {
        Name = "IncomingTransfer";
        Description = "A case another NGO offers to this one because the person moves into its territory.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Give it back as expectedVersion with your answer.");
        Field<NonNullGraphType<StringGraphType>>("fromOrganisation").Resolve(c => c.Source.Sender.OrganisationName);
        Field<NonNullGraphType<StringGraphType>>("offeredByName").Resolve(c => c.Source.Sender.Name);
        Field(x => x.NewMunicipality).Description("Municipality code.");
        Field(x => x.Reason).Description("Why the case moves, as the sending NGO wrote it.");
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Package.Person.Name);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => c.Source.Package.Person.Gender);
        Field<NonNullGraphType<IntGraphType>>("birthYear").Resolve(c => c.Source.Package.Person.BirthYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Package.Person.Languages)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<StringGraphType>("prisonName").Resolve(c => Prisons.Find(c.Source.Package.PrisonCode)?.Name);
        Field<NonNullGraphType<DateOnlyGraphType>>("releaseDate").Description("The actual release once recorded, else the expected one.")
            .Resolve(c => c.Source.Package.ReleasedOn ?? c.Source.Package.ExpectedReleaseDate);
        Field<NonNullGraphType<BooleanGraphType>>("released").Resolve(c => c.Source.Package.ReleasedOn is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferNeedType>>>>("needs").Description("Domains and levels; notes stay with the sender.")
            .Resolve(c => c.Source.Package.Needs)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>>("consentScopes").Resolve(c => c.Source.Package.ConsentScopes)
            .WithComplexityImpact(1, TransferReaders.PackageLists);
        Field<TransferPackageType>("package").Description("The plan, documents, warnings and history: null until this NGO accepted the transfer.")
            .Resolve(c => c.Source.Status == TransferStatus.Accepted ? c.Source.Package : null);
        Field(x => x.Status, type: typeof(NonNullGraphType<TransferStatusType>));
        Field(x => x.DeclineReason, type: typeof(TransferDeclineReasonType));
        Field(x => x.DeclineNote, nullable: true);
        Field(x => x.NewClientId, type: typeof(IdGraphType)).Description("The case it became here, once accepted.");
        Field(x => x.OfferedAt);
        Field(x => x.LastChangedAt);
        // What the transfer says about the person is a read of their file: on record, like a case's.
        Audit.AuditedReads.AuditedAs(this, Domain.Audit.AuditAction.CaseRead, "transfer", t => t.Id,
            "id", "version", "status", "fromOrganisation", "offeredByName", "newMunicipality", "newClientId", "offeredAt", "lastChangedAt");
    }
}

/// <summary>A transfer as the sending NGO follows it: to whom, why, where it stands.</summary>
public sealed class OutgoingTransferType : ObjectGraphType<SentTransfer>
{
    public OutgoingTransferType()
    {
        Name = "OutgoingTransfer";
        Description = "A transfer of one of this NGO's cases to another NGO, and where it stands.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version).Description("Give it back as expectedVersion when you withdraw the transfer.");
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NgoName).Description("The receiving NGO.");
        Field(x => x.NewMunicipality).Description("Municipality code.");
        Field(x => x.Reason);
        Field(x => x.Status, type: typeof(NonNullGraphType<TransferStatusType>));
        Field(x => x.DeclineReason, type: typeof(TransferDeclineReasonType));
        Field(x => x.DeclineNote, nullable: true);
        Field(x => x.OfferedAt);
        Field(x => x.LastChangedAt);
    }
}

/// <summary>An NGO a case can move to: its contract in force covers the new municipality.</summary>
public sealed class TransferDestinationType : ObjectGraphType<ReferralReceiver>
{
    public TransferDestinationType()
    {
        Name = "TransferDestination";
        Description = "Another NGO with a contract in force for the municipality.";
        this.ReadableBy(TransferReaders.CaseWorkers);
        Field(x => x.OrganisationId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
    }
}

public sealed class OutgoingTransferPayloadType : PayloadType<SentTransfer, OutgoingTransferType>
{
    public OutgoingTransferPayloadType() : base("OutgoingTransferPayload", "transfer") { this.ReadableBy(TransferReaders.CaseWorkers); }
}

public sealed class IncomingTransferPayloadType : PayloadType<Transfer, IncomingTransferType>
{
    public IncomingTransferPayloadType() : base("IncomingTransferPayload", "transfer") { this.ReadableBy(TransferReaders.CaseWorkers); }
}
