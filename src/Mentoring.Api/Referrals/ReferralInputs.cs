using GraphQL.Types;
using Mentoring.Api.Clients;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Mentors;
using Mentoring.Domain.Referrals;

namespace Mentoring.Api.Referrals;

public sealed record ReferralNeedInput
{
    public NeedDomain Domain { get; init; }
    public NeedLevel Level { get; init; }
    public string? Note { get; init; }
}

public sealed class ReferralNeedInputType : InputObjectGraphType<ReferralNeedInput>
{
    public ReferralNeedInputType()
    {
        Name = "ReferralNeedInput";
        Field(x => x.Domain, type: typeof(NonNullGraphType<NeedDomainType>));
        Field(x => x.Level, type: typeof(NonNullGraphType<NeedLevelType>));
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>What a referral says; sent first with <c>referToNgo</c>, and again in full with <c>amendReferral</c>.</summary>
public abstract record ReferralDetailsInput
{
    public string Name { get; init; } = "";
    public Gender Gender { get; init; } = Gender.Undisclosed;
    public int BirthYear { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Contact { get; init; }
    public string PrisonCode { get; init; } = "";
    public DateOnly ExpectedReleaseDate { get; init; }
    public ReleaseType ReleaseType { get; init; }
    public string DestinationMunicipality { get; init; } = "";
    public IReadOnlyList<ReferralNeedInput> Needs { get; init; } = [];
    public IReadOnlyList<ConsentScope> ConsentScopes { get; init; } = [];
    public DateOnly ConsentGivenOn { get; init; }
    public string ConsentDocumentReference { get; init; } = "";
    public string? Note { get; init; }

    public ReferralDetails Details() => new(new ClientPerson(Name ?? "", Gender, BirthYear, Languages, Contact), PrisonCode, ExpectedReleaseDate, ReleaseType,
        DestinationMunicipality, Needs.Select(n => new NeedAssessment(n.Domain, n.Level, string.IsNullOrWhiteSpace(n.Note) ? null : n.Note.Trim())).ToList(),
        ConsentScopes, ConsentGivenOn, ConsentDocumentReference ?? "", Note);
}

public abstract class ReferralDetailsInputType<T> : InputObjectGraphType<T> where T : ReferralDetailsInput
{
    protected ReferralDetailsInputType(string name)
    {
        Name = name;
        Field(x => x.Name);
        Field(x => x.Gender, type: typeof(NonNullGraphType<GenderType>));
        Field(x => x.BirthYear);
        Field(x => x.Languages).Description("ISO 639 codes.");
        Field(x => x.Contact, nullable: true).Description("How to reach the person.");
        Field(x => x.PrisonCode).Description("See the prisons query.");
        Field(x => x.ExpectedReleaseDate);
        Field(x => x.ReleaseType, type: typeof(NonNullGraphType<ReleaseTypeType>));
        Field(x => x.DestinationMunicipality).Description("Municipality code where the person will live.");
        Field(x => x.Needs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ReferralNeedInputType>>>)).Description("The needs known so far.");
        Field(x => x.ConsentScopes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ConsentScopeType>>>))
            .Description("What the person consented to; PROCESSING is the basis of the others.");
        Field(x => x.ConsentGivenOn);
        Field(x => x.ConsentDocumentReference).Description("The signed consent's reference, as the referrer filed it.");
        Field(x => x.Note, nullable: true).Description("Anything else the NGO should know.");
    }
}

public sealed record ReferToNgoInput : ReferralDetailsInput
{
    public Guid NgoOrganisationId { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class ReferToNgoInputType : ReferralDetailsInputType<ReferToNgoInput>
{
    public ReferToNgoInputType() : base("ReferToNgoInput")
    {
        Field(x => x.NgoOrganisationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("One of referralDestinations(municipality).");
        Field(x => x.IdempotencyKey, nullable: true).Description("A retry with the same key answers with the referral the first attempt sent.");
    }
}

public sealed record AmendReferralInput : ReferralDetailsInput
{
    public Guid ReferralId { get; init; }
    public long ExpectedVersion { get; init; }
}

public sealed class AmendReferralInputType : ReferralDetailsInputType<AmendReferralInput>
{
    public AmendReferralInputType() : base("AmendReferralInput")
    {
        Field(x => x.ReferralId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The referral's version you read.");
    }
}

/// <summary>Every answer of the NGO names the referral and the version the coordinator read.</summary>
public abstract record ReferralAnswerInput
{
    public Guid ReferralId { get; init; }
    public long ExpectedVersion { get; init; }
}

public abstract class ReferralAnswerInputType<T> : InputObjectGraphType<T> where T : ReferralAnswerInput
{
    protected ReferralAnswerInputType(string name)
    {
        Name = name;
        Field(x => x.ReferralId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion).Description("The referral's version you read; a newer one means someone else answered first.");
    }
}

public sealed record AcceptReferralInput : ReferralAnswerInput
{
    public bool NotADuplicate { get; init; }
}

public sealed class AcceptReferralInputType : ReferralAnswerInputType<AcceptReferralInput>
{
    public AcceptReferralInputType() : base("AcceptReferralInput") =>
        Field(x => x.NotADuplicate, nullable: true).Description("Confirms the person is not the likely duplicate reported earlier.");
}

public sealed record DeclineReferralInput : ReferralAnswerInput
{
    public ReferralDeclineReason Reason { get; init; }
    public string? Note { get; init; }
}

public sealed class DeclineReferralInputType : ReferralAnswerInputType<DeclineReferralInput>
{
    public DeclineReferralInputType() : base("DeclineReferralInput")
    {
        Field(x => x.Reason, type: typeof(NonNullGraphType<ReferralDeclineReasonType>));
        Field(x => x.Note, nullable: true).Description("Required for OTHER; the referrer reads it.");
    }
}

public sealed record RequestReferralInformationInput : ReferralAnswerInput
{
    public string Question { get; init; } = "";
}

public sealed class RequestReferralInformationInputType : ReferralAnswerInputType<RequestReferralInformationInput>
{
    public RequestReferralInformationInputType() : base("RequestReferralInformationInput") =>
        Field(x => x.Question).Description("What the NGO needs to know; the referrer reads it and amends the referral.");
}
