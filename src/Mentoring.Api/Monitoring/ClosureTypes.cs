using GraphQL;
using GraphQL.Types;
using Mentoring.Api.GraphQL;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Monitoring;

public sealed class ClosureKindType : EnumerationGraphType<ClosureKind> { public ClosureKindType() => Name = "ClosureKind"; }
public sealed class ClosureHelpType : EnumerationGraphType<ClosureHelp> { public ClosureHelpType() => Name = "ClosureHelp"; }
public sealed class RecommendationType : EnumerationGraphType<Recommendation> { public RecommendationType() => Name = "Recommendation"; }
public sealed class UnreachedReasonType : EnumerationGraphType<UnreachedReason> { public UnreachedReasonType() => Name = "UnreachedReason"; }
public sealed class RematchChoiceType : EnumerationGraphType<RematchChoice> { public RematchChoiceType() => Name = "RematchChoice"; }
public sealed class NoRematchReasonType : EnumerationGraphType<NoRematchReason> { public NoRematchReasonType() => Name = "NoRematchReason"; }

public sealed class ClosingConversationType : ObjectGraphType<ClosingConversation>
{
    public ClosingConversationType()
    {
        Name = "ClosingConversation";
        Description = "A coordinator's closing conversation with one side of an ended match, and that side's exit feedback.";
        // helpedNote is the person's own words about their time with the match: staff only, like every closure field.
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.With, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.On);
        Field(x => x.Mode, type: typeof(NonNullGraphType<CheckInModeType>));
        Field(x => x.Helped, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ClosureHelpType>>>)).Description("What helped, from the fixed list.");
        Field(x => x.HelpedNote, nullable: true).Description("What helped, in the side's own words (personal data: coordinators only).");
        Field(x => x.WouldRecommend, type: typeof(NonNullGraphType<RecommendationType>)).Description("Would they recommend a mentor to someone in their place?");
    }
}

public sealed class UnreachedSideType : ObjectGraphType<UnreachedSide>
{
    public UnreachedSideType()
    {
        Name = "UnreachedSide";
        Description = "A side of an ended match whose closing conversation could not be held, and why.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.With, type: typeof(NonNullGraphType<CheckInPartyType>));
        Field(x => x.Reason, type: typeof(NonNullGraphType<UnreachedReasonType>));
    }
}

public sealed class MatchClosureType : ObjectGraphType<MatchClosure>
{
    public MatchClosureType()
    {
        Name = "MatchClosure";
        Description = "A match's closure step: closing conversations with both sides, their feedback and the rematch decision.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Kind, type: typeof(NonNullGraphType<ClosureKindType>)).Description("Planned or unplanned, by the end reason (one rule).");
        Field(x => x.Reason, type: typeof(NonNullGraphType<Matching.MatchEndReasonType>));
        Field(x => x.EndedOn);
        Field(x => x.OpenedOn);
        Field<NonNullGraphType<BooleanGraphType>>("open").Resolve(c => c.Source.IsOpen);
        Field(x => x.OverdueFrom).Description($"An open step is overdue from this day ({ClosureRule.OverdueAfterDays} days after it opened).");
        Field(x => x.CompletedOn, nullable: true);
        Field(x => x.Conversations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ClosingConversationType>>>)).WithComplexityImpact(1, 2);
        Field(x => x.Unreached, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UnreachedSideType>>>)).WithComplexityImpact(1, 2);
        Field<RematchChoiceType>("rematch").Description("Null until decided.").Resolve(c => c.Source.Rematch?.Choice);
        Field<NoRematchReasonType>("noRematchReason").Resolve(c => c.Source.Rematch?.Reason);
    }
}

/// <summary>An open closure step: a row of the coordinator's desk.</summary>
public sealed record ClosureDue(Domain.Matching.Match Match, MatchClosure Closure, bool Overdue);

public sealed class ClosureDueType : ObjectGraphType<ClosureDue>
{
    public ClosureDueType()
    {
        Name = "ClosureDue";
        Description = "An ended match whose closure step is not complete yet.";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.Match, type: typeof(NonNullGraphType<Matching.MatchType>));
        Field(x => x.Closure, type: typeof(NonNullGraphType<MatchClosureType>));
        Field(x => x.Overdue);
    }
}
