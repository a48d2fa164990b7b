using Mentoring.Domain.Users;
using Mentoring.Api.GraphQL;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Clients;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Matching;

public sealed class FailedConstraintType : ObjectGraphType<FailedConstraint>
{
    public FailedConstraintType()
    {
        Name = "FailedConstraint";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Name).Description("The constraint's code, e.g. CAPACITY, MUNICIPALITY, LANGUAGE, GENDER_PREFERENCE, RISK_EXPERIENCE, CONSENT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params")
            .Description("What a sentence about it needs, e.g. count and capacity for CAPACITY.").Resolve(c => c.Source.Params)
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class ScoreFactorType : ObjectGraphType<ScoreFactor>
{
    public ScoreFactorType()
    {
        Name = "ScoreFactor";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Name);
        Field(x => x.Weight);
        Field(x => x.Value).Description("The mentor's value on this factor, 0 to 1.");
        Field(x => x.Contribution).Description("weight × value");
        Field<StringGraphType>("reason").Description("Why it scored so, as a code (e.g. COVERS_NEEDS); null on proposals recorded before reasons were codes.")
            .Resolve(c => c.Source.Why?.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageParamType>>>>("params")
            .Description("The reason's parameters, e.g. covered and count for COVERS_NEEDS.").Resolve(c => c.Source.Why?.Params ?? [])
            .WithComplexityImpact(1, MessageParamType.ChildImpact);
    }
}

public sealed class CandidateType : ObjectGraphType<Candidate>
{
    public CandidateType()
    {
        Name = "MatchCandidate";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field<MentorType>("mentor").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Mentors.Load(c.Source.MentorId));
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Eligible).Description("No hard constraint failed.");
        Field(x => x.Score).Description("Weighted mean of the factors, 0 to 1.");
        // Small lists of known size: complexity counts what a page really asks (the 20 rows a list is assumed to hold would
        // make a documented page of 50 candidates "too complex").
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FailedConstraintType>>>>("failedConstraints").Resolve(c => c.Source.Failed)
            .WithComplexityImpact(1, CandidateRanking.ConstraintCount);
        Field(x => x.Factors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ScoreFactorType>>>)).WithComplexityImpact(1, CandidateRanking.FactorCount);
    }
}

public sealed class MatchStageType : EnumerationGraphType<MatchStage> { public MatchStageType() => Name = "MatchStage"; }
public sealed class PauseReasonType : EnumerationGraphType<PauseReason> { public PauseReasonType() => Name = "PauseReason"; }
public sealed class MatchEndReasonType : EnumerationGraphType<MatchEndReason> { public MatchEndReasonType() => Name = "MatchEndReason"; }

public sealed class MatchType : ObjectGraphType<Match>
{
    public MatchType()
    {
        Name = "Match";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Version);
        Field<ClientType>("client").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Clients.Load(c.Source.ClientId));
        Field<MentorType>("mentor").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Mentors.Load(c.Source.MentorId));
        Field(x => x.Stage, type: typeof(NonNullGraphType<MatchStageType>));
        Field(x => x.MentorAccepted);
        Field(x => x.ClientAgreedOn, nullable: true);
        Field(x => x.ActiveFrom, nullable: true);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The score when proposed.").Resolve(c => c.Source.Snapshot.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoreFactorType>>>>("factors").Description("Why, when proposed.").Resolve(c => c.Source.Snapshot.Factors)
            .WithComplexityImpact(1, CandidateRanking.FactorCount);
        Field(x => x.ReplacesMatchId, type: typeof(IdGraphType)).Description("For a rematch: the match it follows.");
        Field(x => x.DeclineReason, nullable: true);
        Field(x => x.EndReason, type: typeof(MatchEndReasonType));
        Field(x => x.EndNote, nullable: true);
        Field(x => x.EndedOn, nullable: true);
        Field(x => x.RiskFlagsShared).Description("The client's risk flags are shown to the mentor.");
        Field(x => x.SharedNeedNotes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<NeedDomainType>>>))
            .Description("The need domains whose notes are shown to the mentor (shareNeedNoteWithMentor).");
        Field(x => x.PausedBecause, type: typeof(PauseReasonType)).Description("Why the match is on hold: COORDINATOR, or a change of the mentor's or client's standing.");
        Field(x => x.ProposedAt);
        Monitoring.MonitoringQueries.AddMonitoringField(this);
    }
}

public sealed record BatchProposal(Proposal Proposal, int DaysToRelease);

public sealed class BatchProposalType : ObjectGraphType<BatchProposal>
{
    public BatchProposalType()
    {
        Name = "BatchProposal";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field<NonNullGraphType<IdGraphType>>("clientId").Resolve(c => c.Source.Proposal.ClientId);
        Field<NonNullGraphType<IdGraphType>>("mentorId").Resolve(c => c.Source.Proposal.MentorId);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Proposal.Score);
        Field(x => x.DaysToRelease);
        Field<ClientType>("client").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Clients.Load(c.Source.Proposal.ClientId));
        Field<MentorType>("mentor").Resolve().WithService<RelatedDocuments>()
            .Resolve((c, related) => related.Mentors.Load(c.Source.Proposal.MentorId));
    }
}

public sealed class MatchingWeightsType : ObjectGraphType<MatchingWeights>
{
    public MatchingWeightsType()
    {
        Name = "MatchingWeights";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("Send back with updateMatchingWeights.");
        Field(x => x.NeedCoverage);
        Field(x => x.LivedExperienceFit);
        Field(x => x.AgeProximity);
        Field(x => x.AvailabilityOverlap);
        Field(x => x.Load);
        Field(x => x.PreferredLanguage);
    }
}
