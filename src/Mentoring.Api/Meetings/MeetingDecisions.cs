using JasperFx.Events;
using Marten;
using Marten.Events;
using Mentoring.Domain.Clients;
using Mentoring.Domain.Common;
using Mentoring.Domain.Meetings;
using Mentoring.Domain.Mentors;

namespace Mentoring.Api.Meetings;

/// <summary>
/// Recording a meeting's decisions writes two streams in one transaction: the meeting (held, who was there, the decisions)
/// and the case, where each decision becomes a goal through the client decider's own rules (added, then given the
/// institution responsible) and the meeting is recorded as held. Both are fetched for writing, so a concurrent change of
/// either is a conflict, not an overwrite; a retry of the same decisions appends nothing to either.
/// </summary>
public static class MeetingDecisions
{
    public static async Task<WriteResult<InterInstitutionalMeeting>> RecordAsync(IDocumentSession session, RecordMeetingDecisionsInput input, Actor actor, CancellationToken ct)
    {
        IEventStream<Client>? caseStream = null;
        var caseEvents = new List<object>();
        return await StreamWrites.Handle<InterInstitutionalMeeting>(session, input.MeetingId, input.ExpectedVersion, async meeting =>
        {
            if (meeting is null) return MeetingDecider.Decide(Command(input, Guid.Empty, actor), null);
            var command = Command(input, meeting.Id, actor);
            var decision = MeetingDecider.Decide(command, meeting);
            if (decision is not { IsAccepted: true, Events.Count: > 0 }) return decision;

            caseStream = await session.Events.FetchForWriting<Client>(meeting.ClientId, ct);
            var plan = ToPlan(command, meeting, caseStream.Aggregate);
            if (!plan.IsAccepted) return plan;
            caseEvents.AddRange(plan.Events);
            return decision;
        }, MeetingDecider.Evolve, ct, _ => caseStream?.AppendMany(caseEvents.ToArray()));
    }

    /// <summary>Each decision's goal id comes from the meeting and the decision's place and title: a retry names the same goals.</summary>
    private static RecordMeetingDecisions Command(RecordMeetingDecisionsInput input, Guid meetingId, Actor actor) => new(input.HeldOn, input.Present,
        input.Decisions.Select((d, i) => new MeetingDecision(DeterministicId.From("stis-goal", $"{meetingId}:{i}:{d.Title.Trim()}"), d.Title, d.Responsible, d.Deadline, d.Domain)).ToList(),
        actor);

    /// <summary>The case's events, decided one after the other on the case as each leaves it; the first refusal refuses the whole.</summary>
    private static Decision ToPlan(RecordMeetingDecisions command, InterInstitutionalMeeting meeting, Client? client)
    {
        var steps = new List<Func<Client?, Decision>>
        {
            c => ClientDecider.Decide(new RecordInterInstitutionalMeeting(command.HeldOn,
                meeting.Participants.Where(p => command.Present.Contains(p.Id)).Select(p => p.Organisation).Distinct().ToList(),
                string.Join("; ", command.Decisions.Select(d => d.Title.Trim())), command.Actor), c),
        };
        foreach (var d in command.Decisions)
        {
            steps.Add(c => ClientDecider.Decide(new AddGoal(d.GoalId, d.Title, d.Domain, d.Deadline, command.Actor), c));
            steps.Add(c => ClientDecider.Decide(new SetGoalInstitution(d.GoalId, d.Responsible, command.Actor), c));
        }
        var events = new List<object>();
        foreach (var step in steps)
        {
            var decision = step(client);
            if (!decision.IsAccepted) return decision;
            events.AddRange(decision.Events);
            client = decision.Events.Aggregate(client, ClientDecider.Evolve);
        }
        return Decision.Accept([.. events]);
    }
}
