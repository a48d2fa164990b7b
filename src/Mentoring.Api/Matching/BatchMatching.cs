using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Marten;
using Mentoring.Api.Clients;
using Mentoring.Api.GraphQL;
using Mentoring.Api.Mentors;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Matching;
using Mentoring.Domain.Users;

namespace Mentoring.Api.Matching;

public sealed record ProposalInput
{
    public Guid ClientId { get; init; }
    public Guid MentorId { get; init; }
}

public sealed class ProposalInputType : InputObjectGraphType<ProposalInput>
{
    public ProposalInputType()
    {
        Name = "ProposalInput";
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

/// <summary>One confirmed proposal's outcome: the match, or why it could not be proposed (e.g. the place was taken meanwhile).</summary>
public sealed record ConfirmedProposal(Guid ClientId, Guid MentorId, Payload<Match> Result);

public sealed class ConfirmedProposalType : ObjectGraphType<ConfirmedProposal>
{
    public ConfirmedProposalType()
    {
        Name = "ConfirmedProposal";
        this.ReadableBy(Role.Coordinator, Role.OrgAdmin);
        Field(x => x.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.MentorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<MatchType>("match").Resolve(c => c.Source.Result.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Result.Errors);
    }
}

public static class BatchMatching
{
    private static readonly Role[] Coordinators = [Role.Coordinator, Role.OrgAdmin];

    public static void AddBatchMatching(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BatchProposalType>>>>("proposeBatchMatches")
            .Description("The best assignment of an intake wave under every mentor's capacity (default: consented, unmatched clients released within 60 days). " +
                         "Nothing is written: confirm the proposals you want with confirmProposals.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("clientIds")
            .Argument<IntGraphType>("withinDays", "Default 60.")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IQuerySession, TimeProvider>()
            .ResolveAsync(async (ctx, session, clock) => (object?)await Propose(session, MatchingContext.Today(clock),
                ctx.GetArgument<List<Guid>?>("clientIds"), Math.Clamp(ctx.GetArgument<int?>("withinDays") ?? 60, 0, 366), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConfirmedProposalType>>>>("confirmProposals")
            .Description("Proposes the chosen pairs, each checked again (capacity, eligibility) as proposeMatch does.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalInputType>>>>("proposals")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentStore, IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, store, session, clock, http) =>
            {
                var actor = MentorMutations.ActorOf(http, clock);
                var results = new List<ConfirmedProposal>();
                foreach (var p in ctx.GetArgument<List<ProposalInput>>("proposals").Take(200))
                {
                    // One transaction per proposal, so one refusal does not undo the others.
                    await using var one = store.LightweightSession(session.TenantId);
                    results.Add(new ConfirmedProposal(p.ClientId, p.MentorId,
                        await MatchMutations.Propose(new ProposeMatchInput { ClientId = p.ClientId, MentorId = p.MentorId }, actor, one, ctx.CancellationToken)));
                }
                return (object?)results;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("declareConflictOfInterest")
            .Description("Declares that a mentor must never be matched with a client (same prison at the same time, a relation, …). Idempotent.")
            .Argument<NonNullGraphType<IdGraphType>>("mentorId")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<EnumerationGraphType<ConflictKind>>>("kind")
            .Argument<StringGraphType>("note")
            .RequireRoles(Coordinators)
            .Resolve().WithServices<IDocumentSession, TimeProvider, IHttpContextAccessor>()
            .ResolveAsync(async (ctx, session, clock, http) =>
            {
                var mentorId = ctx.GetArgument<Guid>("mentorId");
                var clientId = ctx.GetArgument<Guid>("clientId");
                // Both must exist in the caller's NGO; another NGO's ids are simply unknown here.
                if (await session.LoadAsync<Domain.Mentors.Mentor>(mentorId, ctx.CancellationToken) is null
                    || await session.LoadAsync<Client>(clientId, ctx.CancellationToken) is null)
                    return (object?)false;
                var note = ctx.GetArgument<string?>("note");
                session.Store(new ConflictOfInterest(ConflictOfInterest.IdFor(mentorId, clientId), mentorId, clientId, ctx.GetArgument<ConflictKind>("kind"),
                    note is { Length: > 2000 } ? note[..2000] : note, MentorMutations.ActorOf(http, clock).By, clock.GetUtcNow()));
                await session.SaveChangesAsync(ctx.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<MatchingWeightsPayloadType>>("updateMatchingWeights")
            .Description("The NGO's weights for the score factors (each 0 to 1); refused with CONCURRENCY_CONFLICT if someone saved since you read them.")
            .Argument<NonNullGraphType<MatchingWeightsInputType>>("input")
            .RequireRoles(Role.OrgAdmin)
            .Resolve().WithService<IDocumentSession>()
            .ResolveAsync(async (ctx, session) =>
            {
                var weights = ctx.GetArgument<MatchingWeights>("input") with { Id = MatchingWeights.WeightsId };
                return (object?)await SettingsDocuments.SaveAsync(session, weights, weights.Version, weights.Problems(), ctx.CancellationToken);
            });
    }

    public static async Task<IReadOnlyList<BatchProposal>> Propose(IQuerySession session, DateOnly today, IReadOnlyList<Guid>? clientIds, int withinDays, CancellationToken ct)
    {
        var open = await session.Query<Match>().Where(m => m.Stage.IsOneOf(Match.OpenStages)).ToListAsync(ct);
        var matchedClients = open.Select(m => m.ClientId).ToHashSet();
        IReadOnlyList<Client> clients = clientIds is { Count: > 0 }
            ? await session.LoadManyAsync<Client>(ct, clientIds.Distinct().ToArray())
            : (await ClientQueries.Upcoming(session, today, withinDays, null, false, ct)).Select(u => u.Client).ToList();
        var wave = clients.Where(c => c.CanBeMatched && !matchedClients.Contains(c.Id)).ToList();
        if (wave.Count == 0) return [];

        var policy = await MatchingContext.PolicyAsync(session, ct);
        var weights = await MatchingContext.WeightsAsync(session, ct);
        var mentors = await MatchingContext.CandidatesAsync(session, null, ct);
        // Assessed, not judged: the assignment needs scores, not the reasons behind them.
        var pairings = wave.SelectMany(c => CandidateRanking.Assess(c, mentors, policy, weights, today).Where(a => a.Eligible)
            .Select(a => new Pairing(c.Id, a.Load.Mentor.Id, a.Score))).ToList();
        var free = mentors.ToDictionary(m => m.Mentor.Id, m => Math.Max(0, m.Mentor.Profile.Capacity - m.ActiveMatches));
        var days = wave.ToDictionary(c => c.Id, c => Math.Max(0, c.ReleaseDate.DayNumber - today.DayNumber));
        return BatchAssignment.Solve(wave.Select(c => new WaveClient(c.Id, days[c.Id])).ToList(), free, pairings)
            .Select(p => new BatchProposal(p, days[p.ClientId])).ToList();
    }
}

public sealed class MatchingWeightsInputType : InputObjectGraphType<MatchingWeights>
{
    public MatchingWeightsInputType()
    {
        Name = "MatchingWeightsInput";
        Field(x => x.Version, type: typeof(NonNullGraphType<IdGraphType>)).Description("The version you read (from matchingWeights).");
        Field(x => x.NeedCoverage);
        Field(x => x.LivedExperienceFit);
        Field(x => x.AgeProximity);
        Field(x => x.AvailabilityOverlap);
        Field(x => x.Load);
        Field(x => x.PreferredLanguage);
    }
}

public sealed class MatchingWeightsPayloadType : PayloadType<MatchingWeights, MatchingWeightsType>
{
    public MatchingWeightsPayloadType() : base("MatchingWeightsPayload", "weights") { this.ReadableBy(Role.OrgAdmin); }
}
